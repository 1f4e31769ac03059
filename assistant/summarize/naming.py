"""A pattern's name: the practice a sentence states, as a 3-8 word imperative or noun phrase.

The sentence is parsed (spaCy's small English model, the one redaction loads) and shortened
by dropping whole optional parts of its tree (prepositional phrases, subordinate and relative
clauses, appositions, adverbs) until it fits, so a name keeps its articles and prepositions
and never stops mid-clause: "before each shift, check the spare radios against the sign-out
sheet in the depot office" -> "Check the spare radios against the sign-out sheet".
"""

from __future__ import annotations

import functools
import re
from typing import Any

from assistant.summarize import prose
from assistant.summarize.redact import spacy_parser

NAME_MIN, NAME_MAX = 3, 8

#: Lead-ins that introduce the practice rather than state it.
_LEAD = re.compile(
    r"^(?:(?:so|and|okay|yes|yeah|right|well|great|good point)\b[,.]?\s*)*"
    r"(?:(?:i['’]?d say|i think|for me)\s*,?\s*)?"
    # a person's too: recaps tell "my takeaway" as "Sam's takeaway" (prose.third_person)
    r"(?:(?:the|my|our|their|your|(?:the )?(?-i:(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)['’]s) )?"
    r"(?:pattern|lesson|takeaway|rule(?: of thumb)?|principle"
    r"|general rule|trick|learning|practice|fix|answer|idea)\b"  # not "Fixed the ..."
    r"(?:\s+(?:for (?:me|us|\w+)|here|we['’]?d take(?: from this)?))?"
    r"(?:\s+(?:is|would be|still holds|here is|should be))?(?:\s+(?:that|to))?\s*[:,-]?\s*"
    # "the fix isn't ..." says what the practice is not
    r"(?!\s*(?:(?:(?:is|was|are|would|should)\s+)?not\b|(?:is|was|are|would|should)?n['’]?t\b))",
    re.I)
PLAYBOOK_LEAD = re.compile(
    r"^.*?\b(?:(?:for|in|into|to) the playbook|playbook entry|pattern library)\b"
    r"(?:\s+as)?(?:,?\s*then)?\s*[:,]?\s*", re.I)
#: A clause joined on to say what the practice brings about ("..., so nothing waits").
_CONSEQUENCE = re.compile(r",\s*(?:so that|so|then|that way|and then|otherwise|because|since)\s+",
                          re.I)
_MODAL_SUBJECT = re.compile(r"^(?:we|you|they|everyone|every team|teams|people)\s+(?:should|"
                            r"need to|have to|must|could|can|ought to|want to)\s+", re.I)
#: Running the meeting, or agreeing where the practice applies: never a practice's name.
_NOT_A_PRACTICE = re.compile(r"\b(?:appl(?:y|ies|ied)|agreed?|we said|sounds good|let['’]?s|"
                             r"let (?:me|us)|write (?:it|this|that) up|playbook|pattern)\b",
                             re.I)
_TAIL_STOPS = frozenset(prose.words(
    "a an the and or but of to in on at by for with from as is are was that which who not "
    "just before after into over under between while when until without its their our "
    "your my you we they it i he she whenever where if"))
#: Parts of a clause a name can do without (whole subtrees are dropped, never single words
#: out of the middle of a phrase).
_OPTIONAL = frozenset({"prep", "advcl", "advmod", "npadvmod", "relcl", "acl", "appos", "conj",
                       "parataxis", "intj", "dep", "meta", "dative", "punct"})
_VALUE = {"VERB": 1.0, "NOUN": 1.0, "PROPN": 1.0, "NUM": 0.8, "ADJ": 0.8, "ADV": 0.4}
_MAX_UNITS = 11
#: What completes "be" as a main verb ("is [in the chair]", "are [ready]", "is [a list]").
_BE_COMPLEMENTS = frozenset({"attr", "acomp", "prep", "oprd", "ccomp", "xcomp", "dobj",
                             "advcl", "pcomp", "npadvmod", "expl"})
#: Forms of "be" (the shared parser loads no lemmatizer, so lemmas are empty)
_BE = frozenset({"be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m"})


@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> Any:
    return spacy_parser()(text)


def _without_consequence(side: str) -> str:
    head = _CONSEQUENCE.split(side, 1)[0]
    return head if len(head.split()) >= NAME_MIN else side


def stated(text: str) -> list[str]:
    """The practice a sentence states, without its lead-in ("For the playbook:", "the
    lesson is that", "we should"): one or two readings (each side of a colon)."""
    t = " ".join(prose.polish(text).split()).rstrip(".!?")
    quoted = re.search(r"[\"“]([^\"”]{4,80})[\"”]", t)
    if quoted:
        t = quoted.group(1)
    t = PLAYBOOK_LEAD.sub("", t) if PLAYBOOK_LEAD.match(t) else t
    t = _LEAD.sub("", t)
    t = re.split(r"\s*(?:;|—|–| - )\s*", t)[0]
    sides = [s.strip(" ,.:") for s in t.split(":", 1)] if ":" in t else [t]
    # "do X, so Y happens": Y is what the practice brings about, never the practice
    sides = [_without_consequence(s) for s in sides]
    return [_MODAL_SUBJECT.sub("", s) for s in sides if s]


def form(text: str) -> str:
    """"imperative" ("label the keys"), "noun" ("a shared calendar") or "statement"."""
    doc = _parse(text)
    root = next(iter(doc.sents)).root if len(doc) else None
    if root is None:
        return ""
    subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
               for c in root.children)
    if root.tag_ in ("VB", "VBP") and not subj:
        return "imperative"
    if root.pos_ in ("NOUN", "PROPN") and not subj:
        return "noun"
    return "statement"


def _depth(t: Any) -> int:
    d = 0
    while t.head.i != t.i:
        t, d = t.head, d + 1
    return d


def _unit(u: Any) -> frozenset[int]:
    """What goes when ``u`` goes: its subtree, and for a second item or an apposition the
    "and", "not" or comma that joins it on (", not just the location")."""
    ids = {s.i for s in u.subtree}
    if u.dep_ in ("conj", "appos"):
        j = u.left_edge.i - 1
        while j > u.head.i and u.doc[j].head.i == u.head.i and u.doc[j].dep_ in (
                "cc", "punct", "neg", "preconj"):
            ids.add(j)
            j -= 1
    return frozenset(ids)


def _render(kept: list[Any]) -> str:
    """The kept tokens as text: their own spacing where they were adjacent, one space over
    a dropped part; a comma only between two kept neighbours."""
    ids = {t.i for t in kept}
    out = ""
    for k, t in enumerate(kept):
        doc = t.doc
        if t.is_punct and t.text not in ("-", "’", "'", "/") \
                and not (t.text == "," and t.i - 1 in ids and t.i + 1 in ids):
            out += " " if k and not out.endswith(" ") else ""
            continue
        out += t.text
        out += t.whitespace_ if t.i + 1 in ids or t.i + 1 >= len(doc) else " "
    out = re.sub(r"\s+,", ",", out)
    return " ".join(out.split()).strip(" ,")


def _valid(kept: list[Any]) -> bool:
    ws = [t for t in kept if not t.is_punct]
    if not NAME_MIN <= len(_render(kept).split()) <= NAME_MAX:  # "sign-in" is one word
        return False
    first, last = ws[0], ws[-1]
    # "before" or "after" as an adverb ("two days before") and a verb's particle ("put
    # in", "sign out") end a phrase
    tail_stop = last.lower_ in _TAIL_STOPS and not (
        (last.tag_ == "RB" and last.lower_ in ("before", "after")) or last.dep_ == "prt")
    if tail_stop or (last.tag_ in ("DT", "IN", "CC", "TO", "PRP$", "WDT", "WP", "WRB", "MD",
                                   "POS") and last.dep_ != "prt"):
        return False
    if first.dep_ in ("cc", "mark", "prep", "punct"):
        return False
    # a comparison cut before what it compares with ("rather [than relying on people]",
    # "earlier [than the contract says]", "instead [of waiting]") reads cut off
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if after is not None and (after.lower_ == "than" or (
            after.lower_ == "of" and last.tag_ in ("RB", "RBR", "IN"))):
        return False
    # a clause that stops at its auxiliary ("where it's [put in]") or keeps "be" without
    # what follows it ("while the order is still [on the bench]") is cut off
    if last.dep_ in ("aux", "auxpass"):
        return False
    kept_i = {t.i for t in kept}
    if any(t.lower_ in _BE and t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")
           and not any(c.i in kept_i and c.dep_ in _BE_COMPLEMENTS for c in t.children)
           for t in ws):
        return False
    # a question word whose clause is gone ("tell the riders when [and how]") and a
    # conjunction without its second part read cut off
    if any(t.tag_ in ("WRB", "WP", "WDT") and t.i + 1 not in kept_i for t in ws):
        return False
    return all(any(c.i in kept_i for c in t.head.children if c.dep_ == "conj")
               for t in ws if t.dep_ == "cc")


def shorten(text: str) -> str:
    """``text`` (one sentence) cut to a 3-8 word name by dropping optional subtrees; the
    reading that keeps the most content near the head of the sentence wins. An "of" phrase
    stays with its noun unless no reading fits otherwise (then "give every new driver a
    map [of the yard]" keeps the verb's object, where cutting at a phrase's end would lose
    it). "" when no reading fits."""
    doc = _parse(text)
    if not len(doc):
        return ""
    return _shorten(text, keep_of=True) or _shorten(text, keep_of=False) or _prefix(
        [t for t in next(iter(doc.sents)) if not t.is_space])


def _shorten(text: str, *, keep_of: bool) -> str:
    doc = _parse(text)  # not empty: see shorten
    sent = next(iter(doc.sents))
    toks = [t for t in sent if not (t.is_space)]
    depth = {t.i: _depth(t) - _depth(sent.root) for t in toks}
    # "of ..." completes the noun it hangs on ("a pair [of hands]"): never dropped alone
    units = sorted((t for t in toks if t.dep_ in _OPTIONAL and t.i != sent.root.i
                    and t.tag_ not in ("WRB", "WDT", "WP")
                    and not (keep_of and t.dep_ == "prep" and t.lower_ == "of"
                             and t.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"))),
                   key=lambda t: (depth[t.i], -len(list(t.subtree)), t.i))[:_MAX_UNITS]
    subtrees = [_unit(u) for u in units]
    size = [sum(1 for j in st if not doc[j].is_punct) for st in subtrees]
    # units inside another unit: dropping both is dropping the outer one
    inside = [sum(1 << o for o in range(len(units)) if o != b and subtrees[b] < subtrees[o])
              for b in range(len(units))]
    total = sum(1 for t in toks if not t.is_punct)
    # a name names one practice: what is joined on with "and" counts for less, and so does
    # an opening "whenever ..." or "at every ..." (a name starts with the practice)
    minor = frozenset(s.i for t in toks if t.dep_ == "conj" or (
        t.dep_ in _OPTIONAL and t.i < sent.root.i) for s in t.subtree)
    best: tuple[float, str] = (-1.0, "")
    for mask in range(1 << len(units)):
        chosen = [b for b in range(len(units)) if mask >> b & 1]
        if any(mask & inside[b] for b in chosen):
            continue
        if total - sum(size[b] for b in chosen) < NAME_MIN:
            continue
        gone = frozenset().union(*(subtrees[b] for b in chosen))
        kept = [t for t in toks if t.i not in gone]
        while kept and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "punct")):
            kept.pop()
        while kept and kept[0].is_punct:
            kept.pop(0)
        if not _valid(kept):
            continue
        # a part dropped from the middle leaves words side by side that were never said
        # together ("label every spare key [with the room] it opens"): a name is one run
        # of the sentence
        if any(b.i - a.i > 1 and not all(doc[j].is_punct for j in range(a.i + 1, b.i))
               for a, b in zip(kept, kept[1:], strict=False)):
            continue
        score = sum(_VALUE.get(t.pos_, 0.1) * 0.8 ** depth[t.i] * (0.5 if t.i in minor else 1)
                    for t in kept)
        if score > best[0]:
            best = (score, _render(kept))
    return best[1]


def _prefix(toks: list[Any]) -> str:
    """The longest opening run of 3-8 words that ends where a phrase ends: for a sentence
    whose parse leaves no optional part to drop (the small model misreads some)."""
    ends = {t.right_edge.i for t in toks if t.right_edge.i != toks[-1].i}
    for k in range(len(toks) - 1, 0, -1):
        kept = toks[:k]
        if kept[-1].i not in ends:
            continue
        while kept and kept[-1].is_punct:
            kept.pop()
        if kept and _valid(kept):
            return _render(kept)
    return ""


def practice_name(text: str) -> str:
    """A 3-8 word name for the practice a sentence states ("So the pattern is: give every
    newcomer a named buddy" -> "Give every newcomer a named buddy"); "" when the sentence
    yields no such name (it says where the practice applies, or runs the meeting)."""
    return named(text)[0]


@functools.lru_cache(maxsize=1024)  # a field and the name ask for the same sentences
def named(text: str) -> tuple[str, str]:
    """(name, :func:`form` of the part of ``text`` it was made from); ("", "") for none."""
    for side in stated(text):
        if _NOT_A_PRACTICE.search(side):
            continue
        name = shorten(side)
        if not name:
            continue
        kind = form(side)
        if kind == "noun":  # a title: "Shared calendar", not "A shared calendar"
            name = re.sub(r"^(?:a|an|the)\s+", "", name, flags=re.I)
            if len(name.split()) < NAME_MIN:
                continue
        return capital(name), kind
    return "", ""


def capital(text: str) -> str:
    """``text`` with a capital first letter, unless its first word is written with a capital
    inside it ("iPhone", "eBay"): such a name is spelled as it is."""
    first = text.split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]):
        return text
    return text[:1].upper() + text[1:]


_SUBORDINATOR = re.compile(r"^(?:once|when|whenever|if|because|although|though|unless|until|"
                          r"which|while|after|before|since|as soon as|so that)\b", re.I)


def fragment(text: str) -> bool:
    """Only a subordinate clause ("After the audit is done."): it opens with a
    subordinating word and holds no second clause (no comma, at most one subject)."""
    t = text.strip()
    if not _SUBORDINATOR.match(t):
        return False
    if "," in t:
        return False
    return sum(1 for tok in _parse(t) if tok.dep_ in ("nsubj", "nsubjpass", "expl")) <= 1


def as_practice(text: str) -> str:
    """A sentence that states a practice, without its lead-in: "The rule is: label the
    spare keys" -> "Label the spare keys."; unchanged when what follows the lead-in is not
    a clause of its own ("The lesson is a shared calendar" keeps its lead-in)."""
    body = text.rstrip()
    end = body[-1] if body.endswith((".", "!")) else "."
    sides = stated(body)
    if not sides:
        return text
    rest = sides[-1].strip(" \"“”")
    if len(rest.split()) < NAME_MIN or rest.lower() == body.lower().rstrip(".!") \
            or form(rest) == "noun":
        return text
    return capital(rest).rstrip(".!?") + end
