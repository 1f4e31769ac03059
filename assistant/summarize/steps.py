"""Which step of the facilitator script each turn of a session belongs to.

Follows the session rather than the clock: a facilitator's explicit cue ("what actually
happened?", "so what's the pattern?") opens a step, a participant drifting into the next
step ("my takeaway here is ...") moves the session on, a cue for an earlier step brings
the session back to it, and the greeting, the agenda and the goodbyes are "other". A
session in which fewer than three steps are ever cued (a demo day, an ordinary meeting)
does not follow the script: every turn is "other" and the recap gets neutral headings.

The cue lists are generic facilitation language, not any one network's wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Protocol

#: The script's steps in order (recap step keys) and the names the annotated sessions use.
STEP_KEYS = ("case", "happened", "pattern", "applies", "playbook")
EVAL_NAMES = {"case": "present", "happened": "breakdown", "pattern": "pattern",
              "applies": "applies", "playbook": "capture", "other": "other"}
OTHER = "other"


class Turn(Protocol):
    @property
    def speaker(self) -> str: ...
    @property
    def text(self) -> str: ...


def _rx(*alts: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alts) + r")", re.I)


#: How a facilitator moves the session to a step.
CUES: dict[str, re.Pattern[str]] = {
    "case": _rx(r"today['’]?s case", r"(?:the|our|this|your|first) case (?:is|today|we['’]re)",
                r"present (?:the|my|our|this|your) (?:case|problem)",
                r"(?:tell|walk) us (?:about|through) (?:the|your) (?:case|problem|situation)",
                r"what['’]?s the (?:case|problem|situation)", r"set (?:it|the case|us) up",
                r"over to you", r"(?:start|kick off) with (?:the|your) case",
                r"bring(?:ing)? (?:us )?(?:the|a|your) case",
                r"(?:give|tell) us (?:the|some|a bit of) (?:background|context)",
                r"what['’]?s the (?:background|context|story)"),
    "happened": _rx(r"what (?:actually |really |exactly )?happened",
                    r"break (?:it|this|that) down", r"breakdown",
                    r"walk (?:us )?through what happened", r"what went wrong",
                    r"how did (?:it|that|this) (?:go|happen|unfold)", r"root cause",
                    r"why did (?:it|that|this) happen", r"what did you try",
                    r"what (?:was|have you) tried", r"dig into", r"unpack",
                    r"how did (?:we|you|they) end up", r"what led to", r"what caused",
                    r"why (?:do|did) you think", r"what did you (?:find|see|notice)"),
    "pattern": _rx(r"(?:name|what['’]?s|what is|find|spot) (?:the|a|this) pattern",
                   r"the pattern\b(?! library)", r"what['’]?s the (?:\w+ )?(?:lesson|takeaway|"
                   r"principle|general rule|rule)", r"rule of thumb", r"(?:do|done) differently",
                   r"what do we (?:take away|learn)", r"the (?:lesson|takeaway) (?:is|here)",
                   r"generali[sz]e"),
    "applies": _rx(r"where (?:else )?(?:does|would|could|might|do|will) (?:it|this|that|we) "
                   r"(?:appl|work|fit|use)", r"where else", r"apply (?:it|this|that) next",
                   r"who else (?:could|would|might|has)", r"appl(?:y|ies) (?:next|elsewhere)",
                   r"where next", r"(?:doesn['’]?t|not|wouldn['’]?t) apply",
                   r"what other (?:teams|sites|places|cases)",
                   r"anywhere (?:else|this|that|it)\b", r"who else could"),
    "playbook": _rx(r"playbook", r"write (?:it|this|that) (?:up|down)", r"write-up",
                    r"capture (?:it|this|that)", r"what goes (?:in|into)",
                    r"for the (?:record|library|wiki)", r"pattern library",
                    r"actions? (?:items?|for)", r"who (?:does|owns|takes) what"),
}
#: What a participant says when the discussion has moved into a step on its own.
CONTENT: dict[str, re.Pattern[str]] = {
    "pattern": _rx(r"(?:the|my|our) (?:pattern|lesson|takeaway|principle|trick) "
                   r"(?:is|here|for me|would be)",
                   r"rule of thumb", r"(?:always|never) (?:test|check|ask|start|assume)"),
    "applies": _rx(r"(?:this|it|that) (?:would|could) (?:also )?(?:work|apply) (?:for|to|at)",
                   r"appl(?:y|ies) (?:next|elsewhere|to|also|just as)",
                   r"same (?:thing|problem) (?:at|in|for|with)",
                   r"(?:doesn['’]?t|wouldn['’]?t|does not) apply"),
    "playbook": _rx(r"(?:for|in|into|to) the playbook", r"playbook entry",
                    r"(?:i['’]?ll|i will|let me) write (?:it|this|that) up"),
}
#: A participant taking the session back to an earlier step ("hang on, back to the
#: breakdown for a second").
RETURN = _rx(r"going back", r"back to", r"one more thing", r"before we move on",
             r"sorry,? (?:just )?(?:on|about)")
#: The session closing: after the last step, these turns are "other".
CLOSING = _rx(r"thanks?(?: you)?,? (?:everyone|all|folks|team|both)", r"\bbye\b", r"see you",
              r"good night", r"take care",
              r"stop (?:the )?recording", r"that['’]?s (?:time|all|it for today)",
              r"have a good (?:one|day|week|evening)")
GREETING = _rx(r"^(?:hi|hello|hey|morning|good (?:morning|afternoon))\b",
               r"can (?:everyone|you all|you) (?:hear|see)", r"(?:we['’]?re|it['’]?s) "
               r"recording", r"you['’]?re on mute", r"give (?:it|people) a (?:minute|second)")


#: What a facilitator asks to open each step, in plain words. A facilitator's question the
#: cue phrases above miss still opens a step when it means one of these (sentence
#: embeddings): "can you take us through the sequence of events?" is a breakdown cue.
PROMPTS: dict[str, tuple[str, ...]] = {
    "case": ("Tell us about the case.", "Can you present your problem to the group?",
             "What's the situation you're dealing with?", "Give us some background on it."),
    "happened": ("What actually happened?", "Let's break down what went wrong and why.",
                 "Walk us through the sequence of events, step by step.",
                 "Why did it go that way?"),
    "pattern": ("What's the general lesson here?", "What pattern do you see across these?",
                "What would you do differently next time?"),
    "applies": ("In which other places could this be used?",
                "Which other teams might use this, and where would it not work?"),
    "playbook": ("What should we write in the playbook?", "Who will do what, and by when?"),
}
#: A question opens a step when it is this close to one of the step's prompts and this much
#: closer to it than to any other step's. Set on the tuning sessions of eval/script_sessions:
#: there the questions that open a step reach 0.34-1.0 and every other question stays under
#: 0.26.
PROMPT_MIN, PROMPT_MARGIN = 0.40, 0.10
_QUESTION = re.compile(r"[^.?!]*\?")


def _prompt_cues(turns: Sequence[Turn], fac: str,
                 embed: Callable[[list[str]], Any]) -> dict[int, str]:
    """Turn index -> step for the facilitator's questions that mean a step's prompt."""
    import numpy as np

    asked = [(i, q.strip()) for i, t in enumerate(turns) if t.speaker == fac
             for q in _QUESTION.findall(t.text) if len(q.split()) >= 3]
    if not asked:
        return {}
    keys = [k for k in STEP_KEYS for _ in PROMPTS[k]]
    pv = np.asarray(embed([p for k in STEP_KEYS for p in PROMPTS[k]]))
    qv = np.asarray(embed([q for _, q in asked]))
    sim = qv @ pv.T
    out: dict[int, str] = {}
    for row, (i, _q) in enumerate(asked):
        best = {k: max(float(sim[row, j]) for j, kk in enumerate(keys) if kk == k)
                for k in STEP_KEYS}
        top, second = sorted(best.values(), reverse=True)[:2]
        if top >= PROMPT_MIN and top - second >= PROMPT_MARGIN:
            out[i] = max(best, key=lambda k: best[k])  # the last such question wins
    return out


def agenda(text: str, started: bool = True) -> bool:
    """A turn that names three or more steps at once lays out the agenda; so does one that
    names two before the script has started ("then we'll do the usual: what happened,
    what's the pattern"), where later in a session two cues mean moving from one step to
    the next."""
    return sum(1 for r in CUES.values() if r.search(text)) >= (3 if started else 2)


def _agendas(turns: Sequence[Turn]) -> set[int]:
    out: set[int] = set()
    started = False
    for i, t in enumerate(turns):
        if agenda(t.text, started):
            out.add(i)
        elif any(r.search(t.text) for r in CUES.values()):
            started = True
    return out


def facilitator_of(turns: Sequence[Turn], given: str = "") -> str:
    """The facilitator: the one given when they spoke, else who voiced most step cues."""
    speakers = {t.speaker for t in turns}
    if given and given in speakers:
        return given
    if given:  # "Ana" given, "Ana Lopez" in the transcript, or the other way round
        first = given.split()[0].lower()
        for sp in speakers:
            if sp and sp.split()[0].lower() == first:
                return sp
    votes = Counter(t.speaker for t in turns for r in CUES.values() if r.search(t.text))
    return votes.most_common(1)[0][0] if votes else ""


def assign_steps(turns: Sequence[Turn], facilitator: str = "",
                 embed: Callable[[list[str]], Any] | None = None) -> list[str]:
    """One step key (or "other") per turn; all "other" when the session does not follow
    the script. With ``embed`` (sentence embeddings), a facilitator's question that no cue
    phrase catches opens the step whose prompt it means (:data:`PROMPTS`)."""
    fac = facilitator_of(turns, facilitator)
    agendas = _agendas(turns)
    meant = _prompt_cues(turns, fac, embed) if embed is not None and fac else {}
    cued: list[str | None] = []
    for i, t in enumerate(turns):
        step = None
        if i not in agendas:
            hits = [s for s in STEP_KEYS if CUES[s].search(t.text)]
            if hits and (t.speaker == fac or not fac or RETURN.search(t.text)):
                step = _last_cued(t.text, hits)
            elif i in meant:
                step = meant[i]
        cued.append(step)
    said = {s for s in cued if s} | {s for i, t in enumerate(turns) if i not in agendas
                                     for s in CONTENT if CONTENT[s].search(t.text)}
    if len({s for s in cued if s}) < 2 or len(said) < 3:
        return [OTHER] * len(turns)
    out: list[str] = []
    state = OTHER
    for i, t in enumerate(turns):
        if i in agendas:
            out.append(OTHER)
            continue
        if cued[i]:
            state = str(cued[i])
        else:
            drift = [s for s in CONTENT if CONTENT[s].search(t.text)]
            if drift and state in STEP_KEYS and \
                    STEP_KEYS.index(drift[0]) > STEP_KEYS.index(state):
                state = drift[0]
        if state == OTHER and not any(cued[:i]) and _substantive(t.text) and any(cued[i:]) \
                and (i - 1 in agendas or (i > 0 and out[-1] == "case") or len(out) >= 2):
            out.append("case")  # the case is presented before any later step is cued
            continue
        if state == OTHER or (CLOSING.search(t.text) and state == "playbook"
                              and len(t.text.split()) < 25):
            out.append(OTHER)
            continue
        out.append(state)
    # Goodbyes at the end are not the last step, nor greetings before the first.
    for i in range(len(out) - 1, -1, -1):
        if CLOSING.search(turns[i].text) or GREETING.search(turns[i].text):
            out[i] = OTHER
        elif len(turns[i].text.split()) > 6:
            break
    return out


def _substantive(text: str) -> bool:
    return len(text.split()) >= 8 and not GREETING.search(text) and not CLOSING.search(text)


def _last_cued(text: str, hits: list[str]) -> str:
    """When a turn cues two steps ("that's the breakdown; so what's the pattern?"), the
    session moves to the one it names last."""
    return max(hits, key=lambda s: max(m.start() for m in CUES[s].finditer(text)))


def is_scripted(steps: Sequence[str]) -> bool:
    return any(s != OTHER for s in steps)
