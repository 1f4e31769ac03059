"""Emails, phone numbers, dates and identifiers: what is found by pattern, without the language
model (also what the approval gate looks for in a draft)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import phonenumbers

from assistant.summarize.redact.lexicon import PHONE_REGIONS, _ordinary

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
                   r"\d{1,2}\.\s\d{1,2}\.\s(?:1[89]|20)\d{2}\.?|"  # "14. 3. 2027."
                   # a time range with dots ("06.45–10.15"), hours and minutes as a clock has
                   r"(?:[01]?\d|2[0-4])\.[0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-4])\.[0-5]\d|"
                   r"(?:1[89]|20)\d{2}\s*[-–]\s*(?:\d{2}|(?:1[89]|20)\d{2})|"  # "2026-27"
                   r"\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?)$")


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2,4})")


def _dated(s: str) -> bool:
    """Whether ``s`` is written as a date, a year range or a time. Day, month and year
    ("25 11 2026", "11-25-26") must be one: a day and a month (either order) and a year of two
    digits or from 1800 to 2099; "34 10 1234" and "80 01 2345" are numbers."""
    if not _DATE.match(s):
        return False
    m = _DAY_MONTH_YEAR.fullmatch(s)
    if m is None:
        return True
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    return (len(year) == 2 or (len(year) == 4 and year[:2] in ("18", "19", "20"))) and \
        1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


#: Words that announce a phone number shortly before it ("call me on", "mobile:").
_PHONE_CUE = re.compile(r"\b(?:call|calls|called|calling|ring|rang|phone|phoned|tel|telephone|"
                        r"mobile|cell|text|sms|whatsapp|dial|fax|reach|contact|helpline|"
                        r"hotline|line)\b", re.I)
#: Words that announce an identifier ("invoice 20458812", "order no. 4471 2209").
_ID_CUE = re.compile(r"\b(?:order|invoice|inv|account|acct|ref|reference|case|ticket|batch|"
                     r"lot|serial|sn|s/n|booking|tracking|po|id|policy|claim|parcel|item|sku|job|"
                     r"request|incident|badge|employee|student|patient|member|unit|"
                     r"licen[cs]e|permit|certificate|cert|registration|reg|contract|quote|"
                     r"receipt|shipment|consignment|voucher|form|file|waybill|awb|tag|manifest|"
                     r"no|nr|number|#)\W*(?:no\.?|nr\.?|number|#)?\W*$", re.I)


#: Digits grouped in thousands ("1 250 000", "12.500.000", "1,250,000"): an amount or a
#: count. A three-digit first group with spaces ("612 345 678") is how Spain and Poland
#: write mobile numbers, so that one stays a phone.
_THOUSANDS = re.compile(r"^(?:[1-9]\d?([ .,\u00a0\u202f])\d{3}(?:\1\d{3})+|"
                        r"[1-9]\d{2}([.,])\d{3}(?:\2\d{3})+)$")
#: A currency just before the digits ("€1.250.000", "USD 4 500 000"): an amount.
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|SEK|NOK|DKK|CHF|JPY|INR|AUD|CAD|"
                              r"NZD|ZAR|BRL|PLN|kr|Rs)\.?)\s?$", re.I)
#: A date with more parts after it ("2026.11.25.1", a build or version): not a phone.
_DATE_START = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")


def _international(s: str) -> bool:
    """A number written with ``+`` and a country code that the country's numbering plan
    holds as a valid number ("+373 298 2 41 17"): a phone whatever word announces it."""
    if not s.startswith("+"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, None))
    except phonenumbers.NumberParseException:
        return False


def _phone_here(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are a phone number and not an identifier,
    a date or an amount: a run glued to letters ("SN-88210045") or announced as an order,
    invoice or account is an identifier; digits after a currency or grouped in thousands
    ("1 250 000") are an amount unless a word like "call" announces them; a run with no
    separators and no ``+`` ("48213377", "20261125") is a phone only when a word like
    "call", "mobile" or "fax" stands just before it; one with ``+`` and a country code its
    plan holds as valid is a phone whatever announces it ("number: +373 ...")."""
    s = text[start:end].strip()
    if _dated(s) or _DATE_START.match(s) or not 7 <= _digits(s) <= 15:
        return False
    if _CURRENCY_BEFORE.search(text, max(0, start - 5), start):
        return False
    if start > 0 and (text[start - 1].isalnum() or (
            text[start - 1] in "-/_" and start > 1 and text[start - 2].isalnum())):
        return False
    before = text[max(0, start - 30):start]
    if _PHONE_CUE.search(before) or _international(s):
        return True  # "Her number: +373 ...": no identifier starts with "+" and a country code
    # a number alone in brackets is set apart as a contact is ("(48213377)", "(71 123 456)")
    enclosed = text[start - 1:start] == "(" and text[end:end + 1] == ")"
    if _ID_CUE.search(before) or (_THOUSANDS.match(s) and not enclosed):
        return False
    return bool(re.search(r"[\s.()\-]", s)) or s.startswith("+") or enclosed


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


#: Seven digits or more, with at most separators between them: without such a run there is
#: no phone number to look for (most text has none, and the matcher runs once per region).
_DIGIT_RUN = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")


_BRACKETS = str.maketrans("[]{}", "    ")


def _plan_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Where Google's ``phonenumbers`` reads a phone number in ``text``: any number written
    as ``+`` and a country code that has a possible length for that country ("+44 7911
    123456", "+447911123456"), and a national number valid in one of
    :data:`PHONE_REGIONS` ("07700 900123")."""
    if not _DIGIT_RUN.search(text):
        return
    # the matcher reads no number straight after a square or curly bracket ("[+44 7700
    # 900123]"): read the text with them as spaces (same length, same offsets)
    scan = text.translate(_BRACKETS)
    seen: set[tuple[int, int]] = set()
    for region in PHONE_REGIONS:
        for m in phonenumbers.PhoneNumberMatcher(scan, region,
                                                 leniency=phonenumbers.Leniency.POSSIBLE):
            where = (m.start, m.end)
            if where in seen:
                continue
            if m.raw_string.startswith("+") or phonenumbers.is_valid_number(m.number):
                seen.add(where)
                yield where


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """A number's span without a bracket it does not close or open: "(+371 2945 1187)" and
    "(2028-02-26 to ...)" are read from their first digit or "+", so the bracket stays in
    the text and a date in brackets is seen as a date."""
    while start < end and text[start] in "([" and ")" not in text[start:end] \
            and "]" not in text[start:end]:
        start += 1
    while start < end and text[end - 1] in ")]" and "(" not in text[start:end - 1] \
            and "[" not in text[start:end - 1]:
        end -= 1
    return start, end


def contact_spans(text: str) -> list[Span]:
    """The email addresses and phone numbers in ``text`` (ids such as "invoice 20458812"
    are no phone), without the language model: what :func:`find_pii` starts from, and what
    the approval gate looks for in a draft. A phone is what the numbering plans read as one
    (:func:`_plan_numbers`) or a run of digit groups (``_PHONE``), unless it is a date, a
    time or an identifier (:func:`_phone_here`); of overlapping readings the longest wins."""
    spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
    found = [_balanced(text, a, b) for a, b in
             (*_plan_numbers(text), *((m.start(), m.end()) for m in _PHONE.finditer(text)))]
    # The phones taken so far, disjoint and kept in order of their starts: whether a reading
    # overlaps one is a look at its two neighbours (bisect), not at every phone taken.
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(found, key=lambda x: (x[0] - x[1], x[0])):  # longest first
        if not _overlaps(starts, ends, start, end) and _phone_here(text, start, end):
            at = bisect.bisect_left(starts, start)
            starts.insert(at, start)
            ends.insert(at, end)
    # emails come from one scan, so they too are disjoint and in order of their starts
    e_starts, e_ends = [e.start for e in spans], [e.end for e in spans]
    return spans + [Span(a, b, "PHONE") for a, b in zip(starts, ends, strict=True)
                    if not _overlaps(e_starts, e_ends, a, b)]


def _overlaps(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the disjoint spans ``starts``/``ends``
    (sorted by start): only the span starting last before ``end`` can, as the spans are
    disjoint."""
    at = bisect.bisect_left(starts, end) - 1
    return at >= 0 and ends[at] > start
