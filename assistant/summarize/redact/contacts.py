"""Emails, phone numbers, dates and identifiers: what is found by pattern, without the language
model (also what the approval gate looks for in a draft)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.summarize.redact.lexicon import _ordinary

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: An email written out to dodge harvesters: "ana.lima at example dot org", "ana [at] x [dot] io",
#: "ana.lima(at)example.org" (a bracketed "at" needs no "dot": its domain may keep real dots).
_SPELT_EMAIL = re.compile(r"(?<![\w.+@-])([\w.+-]+)(?:(?:\s+at\s+|\s*[\[(]at[\])]\s*)[\w-]+"
                          r"(?:(?:\s+dot\s+|\s*[\[(]dot[\])]\s*)[\w-]+)+|"
                          r"\s*[\[(]at[\])]\s*[\w-]+(?:\.[\w-]+)+)(?![\w@])", re.I)
#: A chat mention of a person ("@ana.lima", "@tanvika"): the handle is theirs.
_MENTION = re.compile(r"(?<![\w@.])@([^\W\d_][\w.-]*[^\W_])")
#: A phone-shaped run: optional +country, groups of digits joined by spaces, dots, dashes or
#: brackets, 7 to 15 digits in all.
_PHONE = re.compile(r"(?<![\w+/.:-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}"
                    r"(?:[ .-]\d{2,5}){1,4}(?![\w/:-]|\.\d)")
_DATE = re.compile(r"^(?:\d{4}(?:[-/ ]|\.\s?)\d{1,2}(?:[-/ ]|\.\s?)\d{1,2}\.?|"
                   r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|"
                   r"\d{4}\s*[-–]\s*\d{2,4}|\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?)$")


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


#: Words that announce a phone number shortly before it ("call me on", "mobile:").
_PHONE_CUE = re.compile(r"\b(?:call|calls|called|calling|ring|rang|phone|phoned|tel|telephone|"
                        r"mobile|cell|text|sms|whatsapp|dial|fax|reach|contact|helpline|"
                        r"hotline|line)\b", re.I)
#: Words that announce an identifier ("invoice 20458812", "order no. 4471 2209").
_ID_CUE = re.compile(r"\b(?:order|invoice|inv|account|acct|ref|reference|case|ticket|batch|"
                     r"lot|serial|booking|tracking|po|id|policy|claim|parcel|item|sku|job|"
                     r"request|incident|badge|employee|student|patient|member|unit|"
                     r"licen[cs]e|permit|certificate|cert|registration|reg|contract|quote|"
                     r"receipt|shipment|consignment|voucher|form|file|waybill|manifest|"
                     r"no|nr|number|#)\W*(?:no\.?|nr\.?|number|#)?\W*$", re.I)


def _phone_here(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are a phone number and not an identifier:
    a run glued to letters ("SN-88210045") or announced as an order, invoice or account is
    an identifier; a run with no separators and no ``+`` ("48213377", "20261125") is a phone
    only when a word like "call", "mobile" or "fax" stands just before it."""
    s = text[start:end].strip()
    if _DATE.match(s) or not 7 <= _digits(s) <= 15:
        return False
    if start > 0 and (text[start - 1].isalnum() or (
            text[start - 1] in "-/_" and start > 1 and text[start - 2].isalnum())):
        return False
    before = text[max(0, start - 30):start]
    if _PHONE_CUE.search(before):
        return True
    if _ID_CUE.search(before):
        return False
    return bool(re.search(r"[\s.()\-]", s)) or s.startswith("+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # PERSON | EMAIL | PHONE


def _identifiers(text: str, found: set[str]) -> set[str]:
    """Names found that are, or hold, an identifier: a word with a digit ("L4",
    "C-2026-41") or capitals joined by a hyphen to more ("KE-SL-20931", "SKU END-MB-014");
    with them go the English words and capitals the model read into the same name
    ("Booking", "SKU"). People's names carry no digits, and a name in capitals is not
    glued to a code."""
    ids = {w for n in found for w in n.split() if any(ch.isdigit() for ch in w) or (
        len(w) >= 2 and w.isupper() and re.search(rf"(?<![\w-]){re.escape(w)}-[A-Z\d]", text))}
    if not ids:
        return set()
    bad = {n for n in found if set(n.split()) & ids}
    return bad | {w for n in bad for w in n.split()
                  if w in found and (w.isupper() or _ordinary(w))}


def contact_spans(text: str) -> list[Span]:
    """The email addresses and phone numbers in ``text`` (ids such as "invoice 20458812"
    are no phone), without the language model: what :func:`find_pii` starts from, and what
    the approval gate looks for in a draft."""
    spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(), m.end(), "PHONE") for m in _PHONE.finditer(text)
              if _phone_here(text, m.start(), m.end())]
    return spans
