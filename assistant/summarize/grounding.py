"""Claim checks for grounding: a bullet's numbers, names, negations and word choices must
agree with the text it cites.

Similarity scores cannot see a contradiction: "Danish customers found it 1000x too cheap"
citing "Swedish customers found it 100x too expensive" shares almost every word with its
source. These checks look at the parts of a bullet that carry its facts:

- **numbers** (digits, "2 million", "twenty five", "100x", "40%") must occur in the source,
  compared by value ("5" and "five", "2,000,000" and "2 million" agree);
- **names** (capitalised words inside a sentence, acronyms such as "CFO" or "SEK": people,
  places, organisations, products, currencies) must occur in the source;
- **negations**: aligned with its closest source sentence, the bullet must not add or drop
  a negation ("did not test" vs "tested", "can't" vs "can"); differences in function words
  ("I" retold as "they") do not hide a flip;
- **swapped words**: a bullet word absent from the source, standing between the same two
  words as a different source word ("too cheap for" vs "too expensive for"), is reported as
  a substitution. This catches antonyms without an antonym list (none ships in a package
  here, and sentence embeddings score "cheap"/"expensive" as close as "big"/"large"). A
  swapped adjective, adverb or name changes the claim ("early" / "late") and blocks approval.
  A verb or noun swapped for another is as often a paraphrase ("writes" / "logs") as an
  opposite ("approved" / "rejected"), and nothing offline tells them apart (no WordNet data
  here; MiniLM scores "rejected"/"approved" 0.61 and "writes"/"logs" 0.34), so it is
  reported as a note that does not block (``blocking=False``): check it means the same.

Every finding is a sentence a reviewer can act on. The module holds no word lists shaped by
a data set: only English function words, number words and negation words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.summarize.prose import unstutter

#: Words that say "not": English function words, not tuned on any data.
NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
                       "without", "cannot", "nowhere"})

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "mn": 1_000_000}
_WORD_SCALES = {"hundred", "thousand", "million", "billion"}
#: "one" is a pronoun after these ("the one on the left", "which one").
_ONE_PRONOUN = frozenset({"the", "this", "that", "which", "each", "every", "any", "no",
                          "another", "other", "a", "an", "little", "big", "new", "old"})

_STOP_WORDS = """a an the and or but if then than so of to in on at by for with from as
into onto over under about after before this that these those it its it's is are was were
be been being am do does did done have has had i you he she we they me him her us them my
your his our their what which who whom whose when where why how all any both each few more
most other some such only own same too very can will just should would could may might must
shall also there here up down out off again further once yeah yes okay ok oh um uh well
really like just get got going go gonna lot lots thing things one ones"""
_STOP = frozenset(_STOP_WORDS.split())

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|[.!?;:]")
_NUM_TOKEN = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d{3})*(?:\.\d+)?)\s*(%|x|×|k|m|bn|mn|"
                        r"hundred|thousand|million|billion)?(?![\w])", re.I)
_SENT_END = frozenset({".", "!", "?", ";", ":"})


@dataclass(frozen=True)
class Finding:
    """One disagreement between a bullet and what it cites."""

    kind: str  # "number" | "name" | "negation" | "substitution" | "wording"
    value: str
    message: str
    #: False for a note a reviewer should read but that need not hold up approval.
    blocking: bool = True


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _norm(tok: str) -> str:
    t = tok.lower().replace("’", "'")
    return t[:-2] if t.endswith("'s") else t


def _stem(word: str) -> str:
    """A crude shared prefix for inflections (tested/testing/tests)."""
    w = _norm(word)
    for suf in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


# ---- numbers -------------------------------------------------------------------------------

def numbers(text: str) -> list[tuple[str, float]]:
    """Every number in ``text`` as (as written, value): digits with scales, number words."""
    out: list[tuple[str, float]] = []
    for m in _NUM_TOKEN.finditer(text):
        raw, scale = m.group(1), (m.group(2) or "").lower()
        digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) else \
            raw.replace(",", ".")
        try:
            v = float(digits)
        except ValueError:
            continue
        v *= _SCALES.get(scale, 1)
        out.append((m.group(0).strip(), v))
    words = [(w.group(0), w.start()) for w in re.finditer(r"[A-Za-z]+", text)]
    i = 0
    while i < len(words):
        w = words[i][0].lower()
        pronoun = w == "one" and i and words[i - 1][0].lower() in _ONE_PRONOUN
        after_digits = re.search(r"\d\s*$", text[:words[i][1]]) is not None
        if not after_digits and ((w in _UNITS and not pronoun) or (w in _WORD_SCALES and not (
                i + 1 < len(words) and words[i + 1][0].lower() == "of"))):
            total, cur, j = 0, 0, i
            said: list[str] = []
            while j < len(words):
                x = words[j][0].lower()
                if x in _UNITS:
                    cur += _UNITS[x]
                elif x in _WORD_SCALES:
                    cur = max(cur, 1) * _SCALES[x]
                    if _SCALES[x] >= 1000:
                        total, cur = total + cur, 0
                elif x == "and" and said and j + 1 < len(words) and \
                        words[j + 1][0].lower() in _UNITS:
                    pass
                else:
                    break
                said.append(words[j][0])
                j += 1
            out.append((" ".join(said), float(total + cur)))
            i = j
        else:
            i += 1
    return out


#: A phone number (or any long number written in digit groups): "+44 20 7946 0991",
#: "(020) 7946 0991", "555-123-4567". Nine digits or more, so a date (2026-11-04) is not one.
_GROUPED = re.compile(r"(?<![\w+])(?:\+\d{1,3}|\(\d{1,5}\)|\d{1,5})(?:[ .\-]\(?\d{1,5}\)?){2,}"
                      r"(?![\w])")


def _grouped(text: str) -> list[re.Match[str]]:
    return [m for m in _GROUPED.finditer(text) if len(re.sub(r"\D", "", m.group())) >= 9]


def _number_findings(bullet: str, source: str) -> list[Finding]:
    have = {round(v, 6) for _, v in numbers(source)}
    out: list[Finding] = []
    # A number written in digit groups is one number, checked once by its digits: its
    # groups are no numbers of their own.
    src_digits = re.sub(r"\D", "", " ".join(m.group() for m in _grouped(source)))
    for m in reversed(_grouped(bullet)):
        digits = re.sub(r"\D", "", m.group()).lstrip("0")
        if digits not in src_digits:
            out.insert(0, Finding("number", m.group(),
                                  f"number {m.group()!r} is not in the cited source"))
        bullet = bullet[:m.start()] + " " * len(m.group()) + bullet[m.end():]
    for said, v in numbers(bullet):
        if round(v, 6) not in have:
            out.append(Finding("number", said,
                               f"number {said!r} is not in the cited source"))
    return out


# ---- names ---------------------------------------------------------------------------------

#: A unit written after a number ("11°C", "5 kW", "20 GB", "3 PM"): up to three letters.
_UNIT_AFTER = re.compile(r"\d\s?°?$")


def names(text: str) -> list[str]:
    """Capitalised words inside a sentence and acronyms: the bullet's proper names. A short
    word right after a number is its unit ("11°C", "20 GB"), not a name."""
    out: list[str] = []
    start = True
    for m in _TOKEN.finditer(text):
        t = m.group()
        if t in _SENT_END:
            start = True
            continue
        if t[0].isdigit():
            start = False
            continue
        if len(t) <= 3 and _UNIT_AFTER.search(text[max(0, m.start() - 3):m.start()]):
            start = False
            continue
        acronym = len(t) >= 2 and t.isupper() and t.isalpha()
        if (acronym or (not start and t[0].isupper() and t != "I" and
                        not t.startswith(("I'", "I’")))):
            out.append(t)
        start = False
    return out


def _name_findings(bullet: str, source_words: set[str]) -> list[Finding]:
    out, seen = [], set()
    for n in names(bullet):
        key = _norm(n)
        if key in seen or key in source_words or _stem(n) in source_words:
            continue
        seen.add(key)
        out.append(Finding("name", n, f"name {n!r} is not in the cited source"))
    return out


# ---- negation ------------------------------------------------------------------------------

def _sentences(text: str) -> list[list[str]]:
    """Token lists per sentence; a line break (between cited segments) ends one too."""
    sents: list[list[str]] = [[]]
    for line in text.splitlines():
        for t in tokens(line):
            if t in _SENT_END:
                if sents[-1]:
                    sents.append([])
            else:
                sents[-1].append(t)
        if sents[-1]:
            sents.append([])
    return [s for s in sents if s]


def _is_neg(tok: str) -> bool:
    t = _norm(tok)
    return t in NEGATIONS or t.endswith("n't")


_CONTRACTED = {"can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"],
               "shan't": ["shall", "not"]}
_CLITICS = {"ve": "have", "re": "are", "m": "am", "ll": "will", "d": "would"}


def _expand(sent: list[str]) -> list[str]:
    """Lower-cased tokens with negations spelled out ("didn't" -> "did not")."""
    out: list[str] = []
    for t in sent:
        n = _norm(t)
        if n in _CONTRACTED:
            out += _CONTRACTED[n]
        elif n.endswith("n't") and len(n) > 3:
            out += [n[:-3], "not"]
        elif (m := re.fullmatch(r"(\w+)'(ve|re|m|ll|d)", n)):
            out += [m.group(1), _CLITICS[m.group(2)]]
        else:
            out.append(n)
    return out


def _flip(b: list[str], s: list[str]) -> tuple[bool, str] | None:
    """(bullet adds a negation?, the word it bears on) when ``b`` and ``s`` differ only by a
    negation somewhere; None otherwise."""
    from difflib import SequenceMatcher

    sm = SequenceMatcher(None, b, s, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        # the two sides differ in a negation and at most in function words ("I" / "they")
        nb = sum(t in NEGATIONS for t in b[i1:i2])
        ns = sum(t in NEGATIONS for t in s[j1:j2])
        bn = [t for t in b[i1:i2] if t not in NEGATIONS and t not in _STOP]
        sn = [t for t in s[j1:j2] if t not in NEGATIONS and t not in _STOP]
        single_swap = (i2 - i1) == (j2 - j1) == 1 and nb + ns == 1
        if nb != ns and (bn == sn or single_swap):
            around = next((t for t in b[i2:] if t not in _STOP and t not in NEGATIONS),
                          b[i1 - 1] if i1 else "")
            return nb > ns, around
    return _local_flip(b, s)


def _local_flip(b: list[str], s: list[str]) -> tuple[bool, str] | None:
    """A negation between two words in one text, where the other text has the same two
    words side by side ("is not he" / "is he"), whatever else differs."""
    for x, y, adds in ((b, s, True), (s, b, False)):
        pairs = set(zip(y, y[1:], strict=False))
        for i in range(1, len(x) - 1):
            if x[i] in NEGATIONS and (x[i - 1], x[i + 1]) in pairs:
                around = next((t for t in x[i + 1:] if t not in _STOP and t not in NEGATIONS),
                              x[i + 1])
                return adds, around
    return None


def _as_cleaned(text: str) -> str:
    """``text`` read as the drafter cleans a spoken sentence, line by line (a restart such as
    "there's no, like, there's no ..." kept once), so a cleaned bullet aligns with its
    source."""
    return "\n".join(unstutter(line) for line in text.splitlines())


def _negation_findings(bullet: str, source: str) -> list[Finding]:
    src = [(set(t), t) for t in (_expand(s) for s in _sentences(_as_cleaned(source)))]
    out = []
    for sent in _sentences(_as_cleaned(bullet)):
        bt = _expand(sent)
        if len(bt) < 2:
            continue
        bset = set(bt) - NEGATIONS
        best, best_overlap = None, 0.0
        for st, stoks in src:
            overlap = len(bset & st) / max(1, len(bset))
            if overlap > best_overlap:
                best, best_overlap = stoks, overlap
        if best is None or best_overlap < (0.6 if len(bset) >= 4 else 1.0):
            continue
        flip = _flip(bt, best)
        if flip is None:
            continue
        adds, word = flip
        neg = next((t for t in sent if _is_neg(t)), "not")
        msg = (f"says {neg!r} about {word!r} where the cited source does not" if adds
               else f"drops the negation the cited source puts on {word!r}")
        out.append(Finding("negation", word or neg, msg))
    return out


# ---- substituted words ---------------------------------------------------------------------

def _substitution_findings(bullet: str, source: str, source_stems: set[str]
                           ) -> list[Finding]:
    src_sents = [[_norm(t) for t in s] for s in _sentences(source)]
    triples: dict[tuple[str, str], set[str]] = {}
    for s in src_sents:
        padded = ["<s>", *s, "</s>"]
        for a, y, b in zip(padded, padded[1:], padded[2:], strict=False):
            triples.setdefault((a, b), set()).add(y)
    out: list[Finding] = []
    swaps: list[tuple[str, str]] = []
    for s in _sentences(bullet):
        padded = ["<s>", *[_norm(t) for t in s], "</s>"]
        for a, w, b in zip(padded, padded[1:], padded[2:], strict=False):
            if w in _STOP or len(w) < 3 or w.isdigit() or _stem(w) in source_stems:
                continue
            if (a, b) == ("<s>", "</s>"):
                continue
            ys = sorted(y for y in triples.get((a, b), ())
                        if y not in _STOP and len(y) > 2 and not y.isdigit()
                        and _stem(y) != _stem(w)
                        and _stem(y) not in {_stem(x) for x in padded})
            if not ys:
                continue
            swaps.append((w, ys[0]))
    if not swaps:
        return out
    said, cited = _word_classes(bullet), _word_classes(source)
    for w, y in swaps:
        said_as, cited_as = said.get(w), cited.get(y)
        # A word spaCy split differently ("isn't") has no class here: not ordinary.
        if said_as and cited_as and said_as <= _ORDINARY and cited_as <= _ORDINARY:
            # One verb or noun for another: a paraphrase or an opposite; the reader decides.
            out.append(Finding("wording", w, f"says {w!r} where the cited source says {y!r}",
                               blocking=False))
            continue
        out.append(Finding("substitution", w, f"says {w!r} where the cited source says {y!r}"))
    return out


#: Word classes whose swap may be a paraphrase ("writes" / "logs") or an opposite
#: ("approved" / "rejected"): reported as a note. A swapped quality ("cheap" /
#: "expensive", "early" / "late") or name (adjectives, adverbs, proper nouns) blocks.
_ORDINARY = frozenset({"VERB", "NOUN"})


def _word_classes(text: str) -> dict[str, set[str]]:
    """Each word of ``text`` (as :func:`_norm` spells it) and the parts of speech the
    English model gives it there."""
    from assistant.summarize.redact import spacy_parser

    out: dict[str, set[str]] = {}
    for t in spacy_parser()(text):
        out.setdefault(_norm(t.text), set()).add(t.pos_)
    return out


# ---- entry point ---------------------------------------------------------------------------

def check_claims(bullet: str, sources: Iterable[str]) -> list[Finding]:
    """Disagreements between ``bullet`` and the texts it cites, most specific first."""
    source = "\n".join(sources)
    if not bullet.strip() or not source.strip():
        return []
    src_words = {_norm(t) for t in tokens(source)}
    src_stems = {_stem(t) for t in src_words}
    found = (_number_findings(bullet, source) + _name_findings(bullet, src_words | src_stems)
             + _negation_findings(bullet, source)
             + _substitution_findings(bullet, source, src_stems))
    seen: set[str] = set()
    out = []
    for f in found:
        if f.value.lower() not in seen:
            seen.add(f.value.lower())
            out.append(f)
    return out


def describe(findings: list[Finding]) -> str:
    """One flag sentence for a reviewer from the blocking findings: "Disagrees with what it
    cites: number '1000x' ..."."""
    blocking = [f for f in findings if f.blocking]
    if not blocking:
        return ""
    return "Disagrees with what it cites: " + "; ".join(f.message for f in blocking) + "."


def describe_notes(findings: list[Finding]) -> str:
    """One note sentence from the findings that do not block approval (words swapped for
    others, which may or may not mean the same); empty when there are none."""
    notes = [f for f in findings if not f.blocking]
    if not notes:
        return ""
    return ("Worded differently from what it cites: " + "; ".join(f.message for f in notes)
            + ". Check it means the same.")
