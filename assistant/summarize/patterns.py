"""A pattern candidate from a session, without a language model: each field comes from the
part of the session that holds it (problem from the case presented, context from the
breakdown, what to do from the pattern step, where it applies and where it does not from
the applies step), and the name is the practice itself in 3-8 words. A field the session
never filled stays empty for the reviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.summarize import prose
from assistant.summarize.core import _META, Embed, Seg, candidates, content_words, fmt_ts
from assistant.summarize.steps import CONTENT

FIELD_STEP = {"problem": ("case",), "context": ("happened",),
              "solution": ("pattern", "playbook"),
              "applies_when": ("applies",), "not_when": ("applies",)}
#: Talk about the session itself rather than its content ("let me try to put that
#: together", "who wants to name the pattern?", "I'll write it up"): never a field's text.
_PROCESS = re.compile(r"\b(?:pattern|playbook|write (?:it|that|this|one) up|writing (?:it|that|"
                      r"this|one) up|let (?:me|us|\w+) (?:try|say)|let me|something like that|"
                      r"title)\b", re.I)
_LET_ME = re.compile(r"\blet me\b", re.I)
#: A practice the session rejects ("the fix is not 'be more careful'").
_REJECTED = re.compile(r"\b(?:not|never|isn['’]t|no longer)\s+(?:just\s+)?[\"“]", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]{12,}[\"”]")
NAME_MIN, NAME_MAX = 3, 8

_NEGATIVE = re.compile(r"\b(?:doesn['’]?t|does not|wouldn['’]?t|would not|won['’]?t|not for|"
                       r"not in|not when|not (?:at|on|with)|unless|except|never needed|"
                       r"already (?:have|has|use))\b", re.I)
_LEAD = re.compile(
    r"^(?:(?:so|and|okay|yes|yeah|right|well|great|good point)\b[,.]?\s*)*"
    r"(?:(?:i['’]?d say|i think|for me)\s*,?\s*)?"
    r"(?:(?:the|my|our) )?(?:pattern|lesson|takeaway|rule(?: of thumb)?|principle|general rule"
    r"|trick|learning)(?:\s+(?:for me|here|we['’]?d take(?: from this)?))?"
    r"(?:\s+(?:is|would be|still holds|here is))?(?:\s+(?:that|to))?\s*[:,-]?\s*", re.I)
_PLAYBOOK_LEAD = re.compile(
    r"^.*?\b(?:(?:for|in|into|to) the playbook|playbook entry|pattern library)\b"
    r"(?:\s+as)?(?:,?\s*then)?\s*[:,]?\s*", re.I)
_MODAL_SUBJECT = re.compile(r"^(?:we|you|they|everyone|every team|teams|people)\s+(?:should|"
                            r"need to|have to|must|could|can|ought to|want to)\s+", re.I)
_ADVERBIAL = re.compile(r"^(?:at|on|in|for|after|before|when|whenever|if|during|with)\b[^,]{2,"
                        r"40},\s*", re.I)
_NOT_A_PRACTICE = re.compile(r"\b(?:appl(?:y|ies|ied)|agreed?|we said|sounds good)\b", re.I)
_ARTICLES = re.compile(r"\b(?:the|a|an)\s+", re.I)
_BREAK_WORDS = ("because", "so that", "which", "whereas", "rather than", "that way", "but")

def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WEAK_START = _set("when if anything it this that there we you i they because so and but "
                   "what which everything nothing someone")
_TAIL_STOPS = _set("a an the and or but of to in on at by for with from as is are was that "
                   "which who not just before after into over under between while when "
                   "until without its their our your my you we they it i he she")


def practice_name(text: str) -> str:
    """A 3-8 word name for the practice a sentence states ("So the pattern is: give every
    newcomer a named buddy" -> "Give every newcomer a named buddy"); "" when the sentence
    yields no such name."""
    t = " ".join(prose.polish(text).split()).rstrip(".!?")
    quoted = re.search(r"[\"“]([^\"”]{4,80})[\"”]", t)
    if quoted:
        t = quoted.group(1)
    t = _PLAYBOOK_LEAD.sub("", t) if _PLAYBOOK_LEAD.match(t) else t
    t = _LEAD.sub("", t)
    if ":" in t:  # "Name one owner per alert: the rest follows" keeps the head
        head, tail = t.split(":", 1)
        t = head if len(head.split()) >= NAME_MIN else tail
    t = re.split(r"\s*(?:;|—|–| - )\s*", t)[0]
    t = _ADVERBIAL.sub("", t)
    t = _MODAL_SUBJECT.sub("", t)
    for brk in _BREAK_WORDS:
        t = re.split(rf",?\s+{brk}\b", t, maxsplit=1, flags=re.I)[0]
    t = t.strip(" ,.;:")
    w = t.split()
    if len(w) > NAME_MAX:  # the longest run of whole clauses that fits
        parts = t.split(",")
        fits = [",".join(parts[:k]).split() for k in range(len(parts), 0, -1)]
        w = next((f for f in fits if NAME_MIN <= len(f) <= NAME_MAX), w)
    if len(w) > NAME_MAX:
        w = _ARTICLES.sub("", " ".join(w)).split()
    if len(w) > NAME_MAX:
        w = w[:NAME_MAX]
    while w and w[-1].lower().strip(",") in _TAIL_STOPS:
        w = w[:-1]
    if len(w) < NAME_MIN:
        return ""
    name = " ".join(w).strip(" ,")
    if _NOT_A_PRACTICE.search(name):  # where it applies, or that people agreed: not a name
        return ""
    return name[:1].upper() + name[1:]


def _stated(text: str) -> str:
    """What a sentence states, without "The pattern is that" or "For the playbook:"."""
    return _LEAD.sub("", _body(text))


def _body(text: str) -> str:
    """A sentence without its "For the playbook:" lead-in."""
    if not _PLAYBOOK_LEAD.match(text):
        return text
    body = _PLAYBOOK_LEAD.sub("", text).strip(" \"“”")
    if (body.count('"') + body.count("“") + body.count("”")) % 2:  # the quote's other half
        body = re.sub(r"[\"“”]", "", body)                          # went with the lead-in
    return body[:1].upper() + body[1:] if len(body.split()) >= NAME_MIN else text


def _cite(g: Seg, session_id: str) -> dict[str, Any]:
    return {"session_id": g.session_id or session_id, "position": g.position,
            "speaker": g.speaker, "timestamp": fmt_ts(g.start_s, g.position)}


def pattern_fields(segs: Sequence[Seg], steps: Sequence[str], embed: Embed, *,
                   session_id: str = "") -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Field -> (text, citations) for name, problem, context, solution, applies_when and
    not_when, each from its own step's turns; ("", []) where the session has nothing."""
    step_of = {g.position: st for g, st in zip(segs, steps, strict=False)}
    cands = candidates(segs, minw=4)
    out: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    vecs = embed([c.text for c in cands]) if cands else np.zeros((0, 1))
    for field, fsteps in FIELD_STEP.items():
        # the facilitator running the session ("let me present Greta's first", "we're on
        # imports") is no field's content
        idx = [i for i, c in enumerate(cands) if step_of.get(c.seg.position) in fsteps
               and not (_META.search(c.raw) or _LET_ME.search(c.raw))]
        if field == "applies_when":
            idx = [i for i in idx if not _NEGATIVE.search(cands[i].raw)]
        elif field == "not_when":
            idx = [i for i in idx if _NEGATIVE.search(cands[i].raw)]
        elif field == "solution":
            # what to do is the practice as stated: not where it applies, not a question,
            # not the facilitator running the session
            idx = [i for i in idx if not (CONTENT["applies"].search(cands[i].raw)
                                          or _NEGATIVE.search(cands[i].raw)
                                          or cands[i].raw.rstrip().endswith("?")
                                          or _PROCESS.search(_stated(cands[i].text))
                                          or _PROCESS.search(_stated(cands[i].raw))
                                          or _REJECTED.search(cands[i].raw)
                                          or _META.search(cands[i].raw))]
        if not idx:
            out[field] = ("", [])
            continue
        sub = vecs[idx]
        cent = sub @ sub.mean(axis=0)
        cue = np.array([2.0 if any(st in CONTENT and CONTENT[st].search(cands[i].raw)
                                   for st in fsteps) else 0.0 for i in idx])
        if field == "solution":  # the session's own wording of the practice, quoted
            cue += np.array([1.0 if _QUOTED.search(cands[i].raw) else 0.0 for i in idx])
        order = [idx[k] for k in np.argsort(-(cent + cue), kind="stable")]
        picked: list[int] = []
        budget = prose.MAX_WORDS
        for i in order:
            n = len(cands[i].text.split())
            if n <= budget and (not picked or content_words(cands[i].text)
                                - set().union(*(content_words(cands[j].text)
                                                for j in picked))):
                picked.append(i)
                budget -= n
            if budget < 8 or len(picked) == 2:
                break
        picked.sort()
        text = " ".join(_body(cands[i].text) if field == "solution" else cands[i].text
                        for i in picked)
        out[field] = (text, [_cite(cands[i].seg, session_id) for i in picked])
    out["name"] = _name(cands, step_of, session_id)
    return out


def _name(cands: Sequence[Any], step_of: dict[int, str], session_id: str
          ) -> tuple[str, list[dict[str, Any]]]:
    """The name from what the session said the practice is: the pattern step's statements
    first, then what the facilitator put into the playbook."""
    ranked: list[tuple[float, str, Any]] = []
    for c in cands:
        st = step_of.get(c.seg.position)
        if st not in ("pattern", "playbook"):
            continue
        name = practice_name(c.raw)
        if not name or CONTENT["applies"].search(name) or _NEGATIVE.search(name) \
                or _REJECTED.search(c.raw):
            continue
        score = 1.0 if st == "pattern" else 0.8
        if _QUOTED.search(c.raw):  # the session's own wording of the practice
            score += 0.5
        if name.split()[0].lower() not in _WEAK_START:  # reads as an imperative or a noun
            score += 1.0
        if CONTENT["pattern"].search(c.raw) or (st == "playbook"
                                                and CONTENT["playbook"].search(c.raw)):
            score += 1.0
        ranked.append((score, name, c.seg))
    if not ranked:
        return "", []
    ranked.sort(key=lambda r: -r[0])
    _, name, seg = ranked[0]
    return name, [_cite(seg, session_id)]
