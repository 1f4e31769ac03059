"""A pattern candidate from a session, without a language model: each field comes from the
part of the session that holds it (problem from the case presented, context from the
breakdown, what to do from the pattern step, where it applies and where it does not from
the applies step), and the name is the practice itself in 3-8 words. Neither what to do nor
the name is ever a task someone took on (the action reader's commitments). A field the
session never filled stays empty for the reviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.summarize import prose
from assistant.summarize.actions import extract_actions
from assistant.summarize.core import (
    _META,
    Embed,
    Seg,
    _Cand,
    _restates_pattern,
    candidates,
    clean,
    content_words,
    fmt_ts,
    trim,
)
from assistant.summarize.naming import (
    _LEAD,
    NAME_MIN,
    PLAYBOOK_LEAD,
    as_practice,
    capital,
    fragment,
    named,
    practice_name,
)
from assistant.summarize.steps import CONTENT, CUES, STEP_KEYS

__all__ = ["commitments", "pattern_fields", "practice_name", "states_commitment"]

FIELD_STEP = {"problem": ("case",), "context": ("happened",),
              "solution": ("pattern", "playbook"),
              "applies_when": ("applies",), "not_when": ("applies",)}
#: Talk about the session itself rather than its content ("let me try to put that
#: together", "who wants to name the pattern?", "I'll write it up"): never a field's text.
_PROCESS = re.compile(r"\b(?:pattern|playbook|write (?:it|that|this|one) up|writing (?:it|that|"
                      r"this|one) up|let (?:me|us|\w+) (?:try|say)|let me|something like that|"
                      r"title)\b", re.I)
_LET_ME = re.compile(r"\blet me\b", re.I)
#: A sentence about what was tried or what helped.
_REMEDY = re.compile(r"\b(?:we|they|i|you) (?:tried|fixed|solved)\b|\bwhat (?:worked|helped)\b|"
                     r"\bworked for (?:us|them|me)\b", re.I)
#: A sentence telling what put the problem right ("what fixed it was ...", "that did the
#: trick"): the remedy, which a context never holds (a failed attempt is context).
_REMEDIED = re.compile(r"\b(?:what (?:\w+ )?(?:worked|helped|fixed|solved|sorted|cured|changed)"
                       r"|(?:worked|helped) for (?:us|them|me)|did the trick|made the difference"
                       r"|(?:fixed|solved|sorted|cured) (?:it|that|this)\b(?! (?:yet|either)))",
                       re.I)
#: A question, asked or wondered aloud, states no field.
_ASKS = re.compile(r"\?\s*$|\b(?:i|we)\s+(?:wonder|was wondering|were wondering)\b", re.I)
#: A sentence opening on a promise ("sure, I will ring them on Friday", "we'll send it"): a
#: commitment even where the action reader lists no task ("I'll do it now": done in the call).
_COMMITS = re.compile(r"^(?:\w+,\s*)?(?:sure|yes|yeah|ok(?:ay)?)?[,.]?\s*(?:I['’]ll|I will|"
                      r"I['’]m going to|we['’]ll|we will)\b", re.I)
#: A practice the session rejects ("the fix is not 'be more careful'").
_REJECTED = re.compile(r"\b(?:not|never|isn['’]t|no longer)\s+(?:just\s+)?[\"“]", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]{12,}[\"”]")

_NEGATIVE = re.compile(r"\b(?:doesn['’]?t|does not|wouldn['’]?t|would not|won['’]?t|not for|"
                       r"not in|not when|not (?:at|on|with)|unless|except|never needed|"
                       r"already (?:have|has|use)|(?:is|are|['’]s) different|not the same|"
                       r"(?:don['’]?t|doesn['’]?t|wouldn['’]?t|won['’]?t) need)\b", re.I)

#: A limit stated as one: the practice does not fit there, is not needed there (the need
#: is already met) or is not worth it; a "no" given as the answer; "too big to ...".
_LIMIT = re.compile(
    r"\b(?:(?:does|do|would|will|could|did)(?:n['’]?t| not) (?:really |quite )?(?:apply|work|"
    r"fit|help|need|make sense|be (?:worth|needed|necessary)|pay off|matter)"
    r"|won['’]?t (?:apply|work|fit|help|need|make sense|be (?:worth|needed|necessary)|pay off)"
    # a limit said as an opinion ("Dev doesn't think it applies to the kiosks", "we don't
    # reckon the rota would work for nights"); "I don't think so" is no limit (_NO_LIMIT)
    r"|(?:(?:do|does|did|would|will)(?:n['’]?t| not)|won['’]?t) (?:think|reckon|believe|expect|"
    r"see how) (?:(?:it|this|that|they|the \w+) )?(?:(?:would|will|could|really) )?(?:apply|"
    r"applies|work|works|fit|fits|help|helps|make sense|makes sense|be worth|is worth)"
    r"|(?:would|will|could|should)(?:n['’]?t| not) (?:use|do|try|bother with|recommend) "
    r"(?:it|this|that)(?: \w+)? (?:for|on|in|with|at|when)"
    r"|not (?:for|in|when|at|on|with|worth|needed|necessary|the same|really (?:for|needed))"
    r"|no (?:point|need|use)|never needed|overkill|pointless|unless|except (?:for|in|when|where)"
    r"|too \w+(?:,? (?:and|or) too \w+)? to"
    r"|(?:is|are|['’]s|['’]re) (?:quite |very |a bit )?(?:an? (?:quite |very )?)?different"
    # "they already do it" (no need there), not a relative clause ("a user who already
    # exists" describes someone)
    r"|(?<!\bwho )(?<!\bthat )(?<!\bwhich )already \w+|anyway"
    r"|no\s*[,;!—–]|no\.?\s*$"
    r"|(?:nothing|nobody|no one|none) (?:there|here|of (?:it|them|that)) (?:is|are|needs?)"
    r")(?!\w)", re.I)
#: Saying there is none, or not knowing, is no limit ("none that we know of", "we are not
#: sure it was ever tried there").
_NO_LIMIT = re.compile(
    r"\b(?:not that (?:i|we|anyone) (?:can|could) (?:think|see)(?: of)?"
    r"|not that (?:i|we) know(?: of)?"
    r"|(?:i|we) (?:can['’]?t|cannot|couldn['’]?t) (?:think of|see) (?:any|one|a )"
    r"|none that (?:i|we)|(?:i['’]?m|i am|we['’]re|we are) not (?:sure|certain)"
    r"|(?:i|we) (?:don['’]?t|do not) (?:know|think so|see why not)|no idea|yes or no)[^,.;]*", re.I)


#: The practice carrying over ("it would work there too", "same problem as well").
_CARRIES = re.compile(r"\b(?:the same (?:way|thing|problem|issue)|same (?:problem|issue|thing)"
                      r"|as well|also|everywhere|(?:would|will|could|should|does|do|can)\s+"
                      r"(?:\w+ly\s+|still\s+)?(?:work|apply|fit|help))\b|\btoo\b(?=[,.!]|$)",
                      re.I)
#: An explicit negation: a sentence that has one may still say where the practice stops.
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|none)\b|n['’]t\b", re.I)


def limit(sentence: str) -> bool:
    """The sentence states a limit of the practice as one (where it does not fit, is not
    needed or is not worth it), not a negation in passing ("the night shift never sees the
    board either"), nor saying there is none ("none that we know of"), nor saying that the
    practice carries over with no negation in it ("the vans already run fixed routes, so it
    would work there too")."""
    said = _NO_LIMIT.sub(" ", sentence)
    if _CARRIES.search(said) and not _NEGATION.search(said):
        return False
    return bool(_LIMIT.search(said) or _NOT_THERE.match(said))


#: A sentence opening on "not" and what it leaves out ("Not the loading bay, it ...").
_NOT_THERE = re.compile(r"\W*not\s+(?!only\b|just\b|yet\b|quite\b|bad\b|sure\b|that\b)"
                        r"(?:the|in|for|on|at|during|when|if|our|their|those|these|with)\b", re.I)


#: A question asking where the practice does not hold ("is there anywhere this would not
#: work?", "any exceptions?"): the answer to it names a limit unless it says there is none.
_ASKS_EXCEPTION = re.compile(r"\b(?:exceptions?|where not|not (?:a )?good fit)\b",
                             re.I)
#: An answer said at the end of a sentence ("..., the lid stays shut, so no."): what comes
#: before it is a whole sentence, which the general sentence filter drops as cut off.
_ANSWER_TAIL = re.compile(r",\s*(?:(?:so|then|and)\s+)?(?:no|nope|yes|yeah)[.!]?$", re.I)


def _answered(segs: Sequence[Seg], have: Sequence[Any]) -> list[Any]:
    """Sentences ending on a spoken answer, without it (``raw`` keeps it: a "no" there is
    the limit), that :func:`candidates` left out."""
    seen = {(c.seg.position, c.raw) for c in have}
    n = max(1, len(segs) - 1)
    out = []
    for i, g in enumerate(segs):
        for raw in prose.sentences(clean(g.text)):
            if (g.position, raw) in seen or not _ANSWER_TAIL.search(raw):
                continue
            text = prose.polish(_ANSWER_TAIL.sub("", raw), g.speaker)
            if len(text.split()) >= 4 and len(content_words(text)) >= 3 \
                    and prose.complete(text):
                out.append(_Cand(g, text, raw, i / n))
    return out


#: A yes/no question asking whether the practice holds somewhere ("could we do it on the
#: ward?", "does it hold at weekends?"): an auxiliary verb opens it.
_ASKS_IF_HOLDS = re.compile(r"^(?:(?:and|so|but|ok(?:ay)?|right)\b,?\s*)?(?:would|will|does|do|"
                            r"did|could|can|is|are|should|might)(?:n['’]?t)?\s+(?:it|that|this|"
                            r"the same|we|they|you)\b", re.I)
#: An answer that says no, or only partly ("not at weekends", "less so, ..."), to it.
_SAYS_NO = re.compile(r"^\W*(?:no|nope|not|less|hardly|rarely|never|only partly|"
                      r"probably not|not really)\b", re.I)


def _limit_answers(segs: Sequence[Seg], step_of: dict[int, str]) -> set[int]:
    """Positions of turns that answer, in the applies step, a question asking where the
    practice does not hold, or say no to one asking whether it holds somewhere (the next
    turn by someone else)."""
    out: set[int] = set()
    for a, b in zip(segs, segs[1:], strict=False):
        q, answer = clean(a.text).rstrip(), clean(b.text)
        if step_of.get(a.position) != "applies" or not q.endswith("?") \
                or a.speaker.strip() == b.speaker.strip() or _NO_LIMIT.match(answer):
            continue
        if limit(q) or _ASKS_EXCEPTION.search(q):
            if not re.match(r"\W*(?:no|nope|none|nowhere|not really)\b", answer, re.I):
                out.add(b.position)
        elif _ASKS_IF_HOLDS.match(re.split(r"(?<=[.!?])\s+", q)[-1]) \
                and _SAYS_NO.match(answer):
            out.add(b.position)
    return out


#: How well each form of sentence names a practice (see :func:`naming.form`).
_FORM_SCORE = {"imperative": 1.0, "noun": 0.5}
_IMPERATIVE = 1.0
#: A sentence this many standard deviations closer to the pattern step's sentences than
#: the session's other sentences are restates the practice (one: the usual "unusual").
_RESTATES = 1.0
_SENTENCES = 2  # at most this many sentences per field (one was worse on the tuning sessions)


def _stated(text: str) -> str:
    """What a sentence states, without "The pattern is that" or "For the playbook:"."""
    return _LEAD.sub("", _body(text))


def _body(text: str) -> str:
    """A sentence without its lead-in: "For the playbook: ..." or a remark running the
    meeting before a colon ("Let's settle the line: make finished work visible"), or a
    short label naming the step ("Today's case: ...")."""
    if not PLAYBOOK_LEAD.match(text):
        head, colon, tail = text.partition(":")
        if colon and len(tail.split()) >= NAME_MIN and (
                _META.search(head) or _PROCESS.search(head)
                or (len(head.split()) <= 4 and any(r.search(head) for r in CUES.values()))):
            tail = tail.strip(" \"“”")
            return capital(tail)
        return text
    body = PLAYBOOK_LEAD.sub("", text).strip(" \"“”")
    if (body.count('"') + body.count("“") + body.count("”")) % 2:  # the quote's other half
        body = re.sub(r"[\"“”]", "", body)                          # went with the lead-in
    return capital(body) if len(body.split()) >= NAME_MIN else text


#: "This would help with ..." / "it applies to ... as well": the frame around the place or
#: situation named, which the field's label already says.
_SCOPE_FRAME = re.compile(
    r"^(?:(?:and|so|yes|yeah|oh|well)\b,?\s*)*(?:i think\s+|probably\s+|definitely\s+)?"
    r"(?:it|this|that|the same(?: thing)?)\s+(?:would|will|could|should|might|does|do)?\s*"
    r"(?:also\s+|probably\s+|definitely\s+)?(?:work|apply|applies|help|helps|fit|fits)\s+"
    r"(?:just as well\s+)?(?:for|to|in|with|at|on)\s+", re.I)
_SCOPE_TAIL = re.compile(r"(?:,\s*(?:so|and)\s+(?:there|here|them|it)|,?\s+)\s*(?:too|as well|"
                         r"also)(?=[.!]?$)", re.I)


def _scope(text: str) -> str:
    """Where the practice applies, without the frame around it: "This applies to every
    night shift as well." -> "Every night shift." (unchanged when little is left)."""
    rest = _SCOPE_TAIL.sub("", _SCOPE_FRAME.sub("", text.strip()))
    rest = _ANSWERED.sub("", rest)
    return capital(rest) if len(rest.split()) >= NAME_MIN else text


#: The answer word in a reply that names a place ("Props, yes, they ...", "Wheel nuts,
#: definitely, ..."): the field's label already says the practice applies there.
_ANSWERED = re.compile(r",\s*(?:yes|yeah|yep|definitely|absolutely|sure|certainly)(?=\s*(?:,|"
                       r"[.!]?$))", re.I)


def _tidy(text: str) -> str:
    """No stray quote left by a lead-in taken off, no doubled full stop."""
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = re.sub(r"[\"“”]", "", text)
    text = re.sub(r"([.!?])([\"”]?)[.]+", r"\1\2", text)
    return capital(" ".join(text.split()))


def _cite(g: Seg, session_id: str) -> dict[str, Any]:
    return {"session_id": g.session_id or session_id, "position": g.position,
            "speaker": g.speaker, "timestamp": fmt_ts(g.start_s, g.position)}


def commitments(segs: Sequence[Seg], session_id: str = "") -> dict[int, list[set[str]]]:
    """Turn position -> the content words of each task someone took on in that turn, as the
    action reader (:func:`actions.extract_actions`) reads the whole session: a request
    and the yes to it, an offer taken up, a task handed on. A task that names nothing
    ("I'll do that") counts too: it is still a commitment, never a practice."""
    out: dict[int, list[set[str]]] = {}
    for a in extract_actions(segs, session_id=session_id, unnamed=True):
        for c in a.get("citations") or []:
            if "position" in c:
                out.setdefault(int(c["position"]), []).append(content_words(str(a["action"])))
    return out


def _holds(text: str, task: set[str]) -> bool:
    """``text`` says the task: it holds most of the task's content words (a practice may
    share one with it: "get the boiler serviced every spring" is not "get quotes")."""
    return bool(task) and 2 * len(content_words(text) & task) > len(task)


def states_commitment(text: str, g: Seg, committed: dict[int, list[set[str]]]) -> bool:
    """``text``, said in turn ``g`` (or drafted from it), is someone taking on a task rather
    than stating a practice: the action reader finds a commitment in that turn
    (``committed``, from :func:`commitments`) and ``text`` says that task, or one the turn
    holds read alone as its speaker said it ("And I'll print the new labels" is an
    action wherever it is said; a practice said before it in the same turn is not), or
    read alone takes a task on itself (the yes to a request asked in the turn before)."""
    tasks = committed.get(g.position)
    if not tasks:
        return False
    if any(_holds(text, t) for t in tasks):
        return True
    alone = extract_actions([Seg(g.position, g.speaker, g.text, g.start_s, g.session_id)],
                            unnamed=True)
    if any(_holds(text, content_words(str(a["action"]))) for a in alone):
        return True
    # the yes to a request ("Sure, Ana will do it after Friday"), whose task was said in the
    # question, shares no words with it: the text itself takes on a task
    return bool(extract_actions([Seg(g.position, g.speaker, text, g.start_s, g.session_id)],
                                unnamed=True))


def pattern_fields(segs: Sequence[Seg], steps: Sequence[str], embed: Embed, *,
                   session_id: str = "", facilitator: str = "", case_id: str = "",
                   case_problem: str = ""
                   ) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Field -> (text, citations) for name, problem, context, solution, applies_when and
    not_when, each from its own step's turns; ("", []) where the session has nothing.
    The problem is the presented case's problem as its submitter wrote it down
    (``case_problem``, cited to ``case_id``) when there is one: a statement of the
    situation rather than the story told aloud. Otherwise it is told by whoever brought the
    case: the ``facilitator``'s own sentences count only when nobody else spoke to it."""
    step_of = {g.position: st for g, st in zip(segs, steps, strict=False)}
    cands = candidates(segs, minw=4)
    cands = cands + _answered(segs, cands)
    answers = _limit_answers(segs, step_of)
    # Someone taking on a task ("And I'll print the new labels before Thursday")
    # is an action item, never what to do nor the practice's name.
    committed = commitments(segs, session_id)
    commits = {i for i, c in enumerate(cands)
               if _COMMITS.search(c.raw) or states_commitment(c.text, c.seg, committed)}
    out: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    vecs = embed([c.text for c in cands]) if cands else np.zeros((0, 1))
    # A remedy told while the case or the breakdown is still going says what the pattern
    # step says: it is the practice, not the situation (see core._restates_pattern).
    region = np.array([STEP_KEYS.index(step_of[c.seg.position])
                       if step_of.get(c.seg.position) in STEP_KEYS else -1 for c in cands])
    restates = _restates_pattern(vecs, region) if cands else np.zeros(0)
    for field, fsteps in FIELD_STEP.items():
        if field == "problem" and case_problem.strip() and case_id:  # the case as submitted
            out[field] = (trim(clean(case_problem)), [{"case_id": case_id}])
            continue
        # the facilitator running the session ("let me present Greta's first", "we're on
        # imports") is no field's content
        said = [_body(c.raw) if field == "solution" else c.raw for c in cands]
        idx = [i for i, c in enumerate(cands) if step_of.get(c.seg.position) in fsteps
               and not (_META.search(said[i]) or _LET_ME.search(said[i])
                        or _ASKS.search(c.raw) or fragment(c.text))]
        if field == "problem":
            if facilitator:
                own = [i for i in idx if cands[i].seg.speaker.strip() != facilitator.strip()]
                idx = own or idx
            # what was tried or what worked is the remedy, not the problem
            idx = [i for i in idx if not _REMEDY.search(cands[i].raw)
                   and restates[i] < _RESTATES] or idx
        if field == "context":  # the situation and its cause, never the remedy
            idx = [i for i in idx if not _REMEDIED.search(cands[i].raw)]
            idx = [i for i in idx if restates[i] < _RESTATES] or sorted(
                idx, key=lambda i: restates[i])[:1]
        if field == "applies_when":
            idx = [i for i in idx if not (limit(cands[i].raw) or (
                cands[i].seg.position in answers and _SAYS_NO.match(cands[i].raw)))]
        elif field == "not_when":
            # "read the values back in words, not in numbers" is a practice, not a limit
            idx = [i for i in idx if (limit(cands[i].raw) or (
                       cands[i].seg.position in answers and not _CARRIES.search(cands[i].raw)))
                   and named(cands[i].raw)[1] != "imperative"]
        elif field == "solution":
            # what to do is the practice as stated: not where it applies, not a question,
            # not the facilitator running the session
            # ("do X, not Y" is an instruction, and stays one)
            idx = [i for i in idx if not (CONTENT["applies"].search(said[i])
                                          or (_NEGATIVE.search(said[i])
                                              and named(cands[i].raw)[1] != "imperative")
                                          or cands[i].raw.rstrip().endswith("?")
                                          or _PROCESS.search(_stated(cands[i].text))
                                          or _PROCESS.search(_stated(said[i]))
                                          or _REJECTED.search(said[i])
                                          or i in commits
                                          or fragment(_body(cands[i].text)))]
        if not idx:
            out[field] = ("", [])
            continue
        sub = vecs[idx]
        cent = sub @ sub.mean(axis=0)
        cue = np.array([2.0 if any(st in CONTENT and CONTENT[st].search(cands[i].raw)
                                   for st in fsteps) else 0.0 for i in idx])
        if field == "solution":  # the session's own wording of the practice, quoted, and
            # an instruction rather than a remark on how things are
            cue += np.array([1.0 if _QUOTED.search(cands[i].raw) else 0.0 for i in idx])
            cue += np.array([_IMPERATIVE if named(cands[i].raw)[1] == "imperative" else 0.0
                             for i in idx])
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
            if budget < 8 or len(picked) == _SENTENCES:
                break
        if field == "solution":  # what to do is an instruction: when the session gave
            # one, a remark picked beside it ("the handoff matters more") is not what to do
            told = [i for i in picked if named(cands[i].raw)[1] == "imperative"]
            picked = told or picked
        picked.sort()
        text = " ".join(as_practice(_body(cands[i].text)) if field == "solution"
                        else _scope(_body(cands[i].text)) if field == "applies_when"
                        else _body(cands[i].text) for i in picked)
        out[field] = (_tidy(text), [_cite(cands[i].seg, session_id) for i in picked])
    out["name"] = _name([c for i, c in enumerate(cands) if i not in commits], step_of,
                        session_id)
    return out


def _name(cands: Sequence[Any], step_of: dict[int, str], session_id: str
          ) -> tuple[str, list[dict[str, Any]]]:
    """The name from what the session said the practice is: the pattern step's statements
    and what the facilitator put into the playbook, an instruction ("label the keys") or a
    noun phrase ("a shared calendar") before a statement about how things are."""
    ranked: list[tuple[float, str, Any]] = []
    for c in cands:
        st = step_of.get(c.seg.position)
        if st not in ("pattern", "playbook") or c.raw.rstrip().endswith("?"):
            continue
        name, kind = named(c.raw)
        if not name or CONTENT["applies"].search(name) or _NEGATIVE.search(name) \
                or _REJECTED.search(c.raw):
            continue
        score = 1.0 if st == "pattern" else 0.8
        if _QUOTED.search(c.raw):  # the session's own wording of the practice
            score += 0.5
        score += _FORM_SCORE.get(kind, 0.0)
        if CONTENT["pattern"].search(c.raw) or (st == "playbook"
                                                and CONTENT["playbook"].search(c.raw)):
            score += 1.0
        ranked.append((score, name, c.seg))
    if not ranked:
        return "", []
    ranked.sort(key=lambda r: -r[0])
    _, name, seg = ranked[0]
    return name, [_cite(seg, session_id)]
