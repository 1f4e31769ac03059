"""Database-free core of the drafter: cleaning, the extractive five-bullet recap, the
grounding check and Markdown rendering. Works on plain segment lists, so the evaluations
(``eval/recap.py``, ``eval/script.py``) and the service share exactly the same code."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from assistant.index.texts import cite_shown
from assistant.summarize import prose
from assistant.summarize.duedates import due_shown
from assistant.summarize.grounding import check_claims, describe, describe_notes
from assistant.summarize.steps import CONTENT, OTHER, STEP_KEYS, agenda, assign_steps

Embed = Callable[[list[str]], np.ndarray]

#: The facilitator script: (step name, short heading) in order. One recap bullet per step.
RECAP_STEPS: tuple[tuple[str, str], ...] = (
    ("case", "The case presented"),
    ("happened", "What happened"),
    ("pattern", "The pattern extracted"),
    ("applies", "Where it applies next"),
    ("playbook", "What goes into the playbook"),
)
#: Headings for a session that did not follow the script (a demo day, an ordinary
#: meeting): the same five slots, named for what any meeting has.
NEUTRAL_STEPS: tuple[tuple[str, str], ...] = (
    ("case", "What the session was about"),
    ("happened", "What was discussed"),
    ("pattern", "What stood out"),
    ("applies", "What was agreed"),
    ("playbook", "What happens next"),
)
PATTERN_STEPS: tuple[str, ...] = ("name", "problem", "context", "solution", "applies_when",
                                  "not_when")
#: Pattern fields that hold the reviewer's judgement rather than a report of the sources
#: (where the practice does not hold): the draft leaves them for the reviewer to write, so
#: text there needs no citation. Other drafters' name for the field is included.
OWN_JUDGEMENT_STEPS = frozenset({"not_when", "does_not_apply_when"})
OWN_JUDGEMENT_NOTE = "The reviewer's own judgement; no source needed."
MAX_WORDS = prose.MAX_WORDS
SUPPORT_MIN = 0.35

# Generic cue words per slot and a position prior (where in a meeting the slot usually is).
_CUES: dict[str, tuple[str, ...]] = {
    "case": ("meeting", "about", "project", "problem", "case", "agenda", "aim", "goal",
             "discuss", "today", "introduce", "task", "need"),
    "happened": ("tried", "found", "showed", "look at", "looked", "said", "we did", "result",
                 "because", "turned out", "happened"),
    "pattern": ("should", "decide", "decided", "idea", "approach", "agree", "option",
                "instead", "important", "key", "always", "never"),
    "applies": ("next", "later", "future", "going to", "will", "follow", "apply", "could use",
                "team", "other", "after"),
    "playbook": ("decided", "decision", "final", "agreed", "conclusion", "remember",
                 "lesson", "learn", "action", "send", "summary", "by"),
}
#: The facilitator steering the session: procedure, not content.
_META = re.compile(r"\b(?:let['’]?s|we['’]?re on|moving on|who wants to|any (?:other )?"
                   r"questions|thanks?(?: you)?(?: everyone| all)?|can (?:everyone|you) "
                   r"(?:see|hear)|on mute|recording|quick reminder|how this works|share (?:my|the|"
                   r"your) screen|first up|over to you)\b", re.I)
#: A sentence that only manages the meeting: hands the floor over ("Greta, it's your case",
#: "you're first, go ahead"), reads out or shows ("let me read what I have", "let me share"),
#: or trails off on a hedge ("..., but yeah").
_MANAGE = re.compile(r"\b(?:let (?:me|us|him|her|them) (?:read|present|share|show|start|go|"
                     r"introduce|take|do|try|say)|(?:it['’]?s|is) (?:your|my|his|her|their) "
                     r"(?:turn|case|go)|go ahead|you['’]?re (?:first|next|up)|over to)\b|"
                     r"\b(?:but|or|and) (?:yeah|whatever|so|something)\W*$", re.I)
#: Words that name the meeting and its script rather than the work: a sentence with fewer
#: than three content words besides these (and the speakers' names) carries no content.
_MEETING_WORDS_TEXT = (
    "playbook case cases pattern session step steps title recap bullet entry note notes "
    "write read present share screen slide slides turn agenda minute minutes maybe let "
    "yeah okay shorter longer quick quickly short long start next first last go going "
    "talk say said want think welcome everyone everybody hello morning afternoon look")
_MEETING_WORDS = frozenset(_MEETING_WORDS_TEXT.split())
_PRIOR_CENTER = {"case": 0.05, "happened": 0.35, "pattern": 0.55, "applies": 0.8,
                 "playbook": 0.92}

#: Scoring weights. Tuned on the first six QMSum meetings (ES2002a-d, ES2003a-b, ``python -m
#: eval.recap --split tune``) and the tuning sessions of ``eval/script_sessions``; reported
#: on the other six and on the held-out sessions. "prior_case" pulls the first bullet
#: towards the opening of the session; "slack" lets a bullet add a sentence that scores
#: nearly as well as the best one.
W = {"cent": 1.3, "cue": 1.8, "prior": 0.0, "len": 1.0, "red": 2.0, "width": 0.18,
     "budget": 40, "minw": 8, "prior_case": 2.0, "slack": 2.0, "cuediv": 3, "lcap": 40,
     "content": 3.0, "script_other": 60.0, "region": 2.5, "meta": 2.5, "first": 0.0,
     "case_first": 1.0, "restate": 2.0}

_NOISE = re.compile(r"\{[a-z_]+\}|<[^>]+>|\[[a-z _-]+\]", re.I)
_FILLER = re.compile(r"(?<![\w/])(?:um+|uh+|hmm+|mm-hmm|mm|uh-huh|er+|ah+|erm|(?<!let )you know|"
                     r"i mean|kind of|sort of|like,)(?![\w/])[,.]?\s*", re.I)
_SPACE_PUNCT = re.compile(r"\s+([,.?!;:'])")
_REPEAT = re.compile(r"\b(\w+(?:['’]\w+)?(?:\s+\w+(?:['’]\w+)?)?)(?:,?\s+\1\b)+", re.I)
_WORD = re.compile(r"(?:[^\W_]|')+")
_STOP_WORDS = (
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "it its this that these those i you he she we they me him her us them my your our their "
    "so do does did have has had not no yes okay ok yeah right well just then there here what "
    "which who will would can could should shall may might must about into than too very also "
    "all any some")
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Seg:
    """One transcript turn (or a case field) as the drafter sees it."""

    position: int
    speaker: str
    text: str
    start_s: float | None = None
    session_id: str = ""


def clean(text: str) -> str:
    """Drop annotation tags and fillers, collapse stutters and spacing."""
    t = _NOISE.sub(" ", text)
    t = _FILLER.sub("", t)
    t = _REPEAT.sub(r"\1", t)
    t = re.sub(r"\s+", " ", t)
    t = _SPACE_PUNCT.sub(r"\1", t).strip(" ,;-")
    t = re.sub(r"([,.?!])\1+", r"\1", t)
    return t[:1].upper() + t[1:] if t else t


def words(text: str) -> list[str]:
    return text.split()


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def fmt_ts(start_s: float | None, position: int) -> str:
    if start_s is None or start_s < 0:
        return f"turn {position}"
    m, s = divmod(int(start_s), 60)
    return f"{m}:{s:02d}"


def trim(text: str, limit: int = MAX_WORDS) -> str:
    """At most ``limit`` words, cut at a sentence or clause end when there is one, never
    mid-sentence with an ellipsis."""
    w = words(text)
    if len(w) <= limit:
        return text
    head = " ".join(w[:limit])
    for stop in (". ", "; ", ", "):
        k = head.rfind(stop)
        if k >= len(head) // 3:
            return head[:k].rstrip(",;") + "."
    return head.rstrip(",;:-") + "."


@dataclass(frozen=True)
class _Cand:
    seg: Seg
    text: str  # clean prose
    raw: str  # the sentence as said (for cue phrases)
    rel: float  # relative position in the meeting, 0..1


def candidates(segs: Sequence[Seg], minw: int | None = None, *,
               brief_at: frozenset[int] = frozenset()) -> list[_Cand]:
    """Every source sentence that makes a clean, complete recap sentence. With ``brief_at``
    (turn positions), only those turns' sentences, and short ones count too: two content
    words, complete or not ("Returns desk too.")."""
    n = max(1, len(segs) - 1)
    least = int(W["minw"] if minw is None else minw)
    out: list[_Cand] = []
    for i, s in enumerate(segs):
        if brief_at and s.position not in brief_at:
            continue
        for raw in prose.sentences(clean(s.text)):
            whole = prose.polish(raw, s.speaker)
            for part in prose.clauses(whole):
                text = prose.polish(part)
                if brief_at:  # a question asks for the step; the answer is what was said
                    if len(content_words(text)) < 2 or text.endswith("?") \
                            or not prose.is_clean(text):
                        continue
                elif len(words(text)) < least or len(content_words(text)) < 3 \
                        or not prose.complete(text) or not prose.is_clean(text):
                    continue  # a bullet is built only from sentences that read clean
                out.append(_Cand(s, text, raw, i / n))
    return out


def manages(c: _Cand, names: frozenset[str] = frozenset()) -> bool:
    """The sentence manages the meeting (who speaks, what is read out, the wording of a
    title, a trailing hedge) rather than carrying what the session was about."""
    if _MANAGE.search(c.raw):
        return True
    return len(content_words(c.text) - _MEETING_WORDS - names) < 3


def _cue_score(text: str, step: str) -> float:
    t = " " + text.lower() + " "
    hits = sum(1 for c in _CUES[step] if f" {c}" in t)
    return min(1.0, hits / W["cuediv"])


def _empty_bullets(cases: dict[str, str], steps: Sequence[tuple[str, str]]
                   ) -> list[dict[str, Any]]:
    out = []
    for step, label in steps:
        cites: list[dict[str, Any]] = [{"case_id": c} for c in list(cases)[:1]]
        text = trim(prose.polish(clean(next(iter(cases.values()), "")))) if cases else ""
        out.append({"step": step, "label": label, "text": text, "citations": cites,
                    "flag": "", "support": 0.0})
    return out


def extractive_recap(segs: Sequence[Seg], embed: Embed, *, session_id: str = "",
                     case_texts: dict[str, str] | None = None, facilitator: str = "",
                     steps: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Five bullets, one per script step, each at most 40 words of clean, complete
    sentences from the sources (centrality + cue phrases + position, MMR against earlier
    picks). A session that follows the script draws each bullet from its own step's turns
    (``steps``: one step key or "other" per turn, else :func:`assign_steps`); one that does
    not gets neutral headings."""
    per_turn = list(steps) if steps is not None else assign_steps(segs, facilitator, embed)
    scripted = any(s != OTHER for s in per_turn)
    heads = RECAP_STEPS if scripted else NEUTRAL_STEPS
    cases = case_texts or {}
    cands = candidates(segs)
    if len(cands) < 15:  # a short session: shorter sentences count too
        cands = cands + [c for c in candidates(segs, minw=4) if c not in cands]
    answered: dict[int, int] = {}  # a brief candidate -> the step it answers
    if scripted:
        # A step said in turns too brief to give a sentence above ("Returns desk too.")
        # still draws its bullet from them, not from the neighbouring step's turns: that
        # would put what was said for one heading under another.
        # When its turns hold only the question that asked for it, the brief answer in the
        # next turn ("Where else?" - "Returns desk too.") is that step's too.
        have = {c.seg.position for c in cands}
        order_of = [g.position for g in segs]
        for si, step in enumerate(STEP_KEYS):
            turns = frozenset(g.position for g, st in zip(segs, per_turn, strict=False)
                              if st == step)
            if not turns or turns & have:
                continue
            brief = candidates(segs, brief_at=turns)
            after = order_of.index(max(turns)) + 1
            if not brief and after < len(segs):
                nxt = segs[after]
                said = [c for c in cands if c.seg.position == nxt.position]
                step_of = per_turn[after]
                # ... unless that answer is all its own step has to say
                rest = any(per_turn[order_of.index(c.seg.position)] == step_of
                           and c.seg.position != nxt.position for c in cands)
                if not said:
                    brief = candidates(segs, brief_at=frozenset({nxt.position}))
                elif rest:
                    answered.update({id(c): si for c in said})
            cands += brief
            answered.update({id(c): si for c in brief})
    if not cands:
        return _empty_bullets(cases, heads)
    region_of = {g.position: (STEP_KEYS.index(st) if st in STEP_KEYS else -1)
                 for g, st in zip(segs, per_turn, strict=False)}
    region = np.array([answered.get(id(c), region_of.get(c.seg.position, -1))
                       for c in cands])
    # A bullet states what was said, without the frame it was announced in.
    cands = [replace(c, text=prose.drop_lead_in(c.text)) for c in cands]
    vecs = embed([c.text for c in cands])
    cent = vecs.mean(axis=0)
    cent = cent / (np.linalg.norm(cent) or 1.0)
    centrality = vecs @ cent
    cz = (centrality - centrality.mean()) / (centrality.std() or 1.0)
    lens = np.array([min(len(words(c.text)), W["lcap"]) / W["lcap"] for c in cands])
    rel = np.array([c.rel for c in cands])
    case_vec = embed(list(cases.values())).mean(axis=0) if cases else None
    names = frozenset(w.lower() for g in segs for w in _WORD.findall(g.speaker))
    meta = np.array([1.0 if _META.search(c.raw) or manages(c, names) else 0.0
                     for c in cands])
    meta = np.maximum(meta, np.array([1.0 if agenda(c.raw) else 0.0 for c in cands]))
    restates = _restates_pattern(vecs, region) if scripted else np.zeros(len(cands))
    # Never a bullet: a sentence that only runs the meeting ("Let's break it down."), and, in
    # a session that follows the script, what was said outside its steps. A heading nothing
    # else can fill stays empty (flagged for the reviewer) rather than hold a prompt.
    barred = np.zeros(len(cands), dtype=bool)
    if scripted:
        barred = np.array([bool(_MANAGE.search(c.raw) or (
            _META.search(c.raw)
            and len(content_words(_META.sub(" ", c.text)) - _MEETING_WORDS - names) < 3))
            for c in cands], dtype=bool) | (region < 0)
    chosen: list[int] = []
    bullets: list[dict[str, Any]] = [{} for _ in heads]
    # Steps the session spent time on pick first; a step with no turns of its own (a short
    # session that skipped it) then takes what is left, from the nearest step's turns.
    own_turns = {si for si in range(len(heads)) if scripted and (region == si).any()}
    order = sorted(range(len(heads)), key=lambda si: (si not in own_turns, si))
    for si in order:
        step, label = heads[si]
        cue = np.array([_cue_score(c.raw, step) for c in cands])
        own = np.array([1.0 if step in CONTENT and CONTENT[step].search(c.raw) else 0.0
                        for c in cands])
        prior = np.exp(-((rel - _PRIOR_CENTER[step]) ** 2) / (2 * W["width"] ** 2))
        pw = W["prior_case"] if step == "case" else W["prior"]
        score = (W["cent"] * cz + W["cue"] * cue + pw * prior + W["len"] * lens
                 + W["content"] * own * (1.0 - meta) - W["meta"] * meta)
        if scripted and si in own_turns:  # each step draws on its own part of the session
            score = score + np.where(region == si, W["region"], -W["script_other"])
        elif scripted:
            score = score - np.where(region >= 0, W["region"] * np.abs(region - si),
                                     W["script_other"])
        if scripted and step == "case" and si in own_turns:
            # The case is told first; what worked comes later in the same turns.
            pos = np.array([c.seg.position for c in cands], dtype=float)
            mine = pos[region == si]
            told = pos[(region == si) & (meta == 0)]  # not a hand-over ("over to you")
            mine = told if told.size else mine
            span = max(1.0, float(mine.max() - mine.min()))
            first = np.clip(1 - (pos - mine.min()) / span, 0, 1)
            score = score + W["case_first"] * np.where(pos >= mine.min(), first, 0.0)
        if step in ("case", "happened"):  # the remedy belongs under the pattern
            score = score - W["restate"] * restates
        if case_vec is not None and step in ("case", "pattern"):
            score = score + 1.0 * (vecs @ case_vec)
        score = np.where(barred, -np.inf, score)
        picked = _pick(cands, vecs, score, chosen, max(1, min(3, len(cands) // 5)),
                       reuse=not scripted)
        picked.sort(key=lambda k: (cands[k].seg.position, k))
        chosen.extend(picked)
        text = " ".join(cands[k].text for k in picked).strip()
        if not picked and step == "case" and cases:  # the case as submitted
            text = _empty_bullets(cases, [(step, label)])[0]["text"]
        cites = []
        seen: set[int] = set()
        for k in picked:
            sg = cands[k].seg
            if sg.position in seen:
                continue
            seen.add(sg.position)
            cites.append({"session_id": sg.session_id or session_id,
                          "position": sg.position,
                          "speaker": sg.speaker, "timestamp": fmt_ts(sg.start_s, sg.position)})
        if cases and step in ("case", "playbook"):
            cites.extend({"case_id": cid} for cid in cases)
        bullets[si] = {"step": step, "label": label, "text": text, "citations": cites,
                       "flag": "", "support": 0.0}
    return bullets


def _restates_pattern(vecs: np.ndarray, region: np.ndarray) -> np.ndarray:
    """How unusually closely each sentence says what the pattern step's sentences say: its
    cosine to the nearest of them in standard deviations above the session's other
    sentences (0 when not above their mean). A remedy told while the case or the breakdown
    is still going ("in the end what fixed it was ...") is the pattern said early and
    belongs under the pattern, not under what happened. Scored against the other sentences
    rather than with the session's mean vector taken out: in a short session that mean is
    mostly the few sentences themselves, and every centred cosine comes out below zero."""
    mine = region == STEP_KEYS.index("pattern")
    if not mine.any() or (~mine).sum() < 2:
        return np.zeros(len(vecs))
    uv = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    sim = (uv @ uv[mine].T).max(axis=1)
    rest = sim[~mine]
    z = (sim - rest.mean()) / max(float(rest.std()), 1e-6)
    return np.clip(z, 0.0, None) * (~mine)


def _pick(cands: Sequence[_Cand], vecs: np.ndarray, score: np.ndarray,
          chosen: list[int], most: int = 3, reuse: bool = True) -> list[int]:
    """Up to ``most`` sentences for one bullet, within the word budget, by MMR (``reuse``:
    a sentence another bullet holds may be taken when nothing else is left)."""
    picked: list[int] = []
    budget = int(W["budget"])
    lens = np.array([len(words(c.text)) for c in cands])
    for _ in range(most):
        pool = chosen + picked
        red = (vecs @ vecs[pool].T).max(axis=1) if pool else np.zeros(len(cands))
        mmr = score - W["red"] * red
        for j in chosen:  # said under an earlier heading
            mmr[j] = mmr[j] - 100.0 if reuse else -np.inf
        for j in picked:
            mmr[j] = -np.inf
        top = int(np.argmax(mmr))
        fit = np.where(lens <= budget, mmr, -np.inf)
        best = int(np.argmax(fit))
        if not np.isfinite(fit[best]) or (picked and fit[best] < -50):
            break
        if picked and best != top and fit[best] <= mmr[top] - W["slack"]:
            break  # the next best sentence does not fit and nothing close to it does
        picked.append(best)
        budget -= int(lens[best])
        if budget < 8:
            break
    return picked


# ---- grounding -----------------------------------------------------------------------------

def cite_key(c: dict[str, Any]) -> tuple[Any, ...] | None:
    if c.get("case_id"):
        return ("case", str(c["case_id"]))
    if "position" in c and c.get("session_id") is not None:
        try:
            return ("seg", str(c["session_id"]), int(c["position"]))
        except (TypeError, ValueError):
            return None
    return None


def _strip_speakers(text: str, speakers: set[str]) -> str:
    for sp in speakers:
        if sp:
            text = text.replace(f"{sp}:", " ")
    return text


def ground_bullets(bullets: Sequence[dict[str, Any]], sources: dict[tuple[Any, ...], str],
                   embed: Embed | None = None, *,
                   speakers: set[str] | None = None) -> tuple[list[dict[str, Any]],
                                                              list[dict[str, Any]]]:
    """Score each bullet against what it cites; return (bullets with flag/support, flags).

    ``sources`` maps citation keys (see :func:`cite_key`) to the cited text. Support is the
    larger of the share of the bullet's content words found in the cited text and the
    embedding similarity of bullet and cited text."""
    out: list[dict[str, Any]] = []
    flags: list[dict[str, Any]] = []
    spk = speakers or set()
    for i, b in enumerate(bullets):
        b = dict(b)
        cites = list(b.get("citations") or [])
        text = str(b.get("text", "")).strip()
        missing = [c for c in cites if cite_key(c) not in sources]
        found = [sources[k] for c in cites if (k := cite_key(c)) in sources]
        support = 0.0
        flag = note = ""
        kind = ""
        if not text:
            kind, flag = "empty", "This bullet is empty."
        elif not cites and b.get("step") in OWN_JUDGEMENT_STEPS:
            note = OWN_JUDGEMENT_NOTE
        elif not cites:
            kind, flag = "no_citation", "Cites nothing; add a case or transcript segment."
        elif missing:
            kind = "missing_source"
            flag = ("Cites something that does not exist: "
                    + ", ".join(_cite_str(c) for c in missing) + ".")
        # A drafter cited what does not exist and the citation was left out: the reviewer
        # checks what supports the bullet (until they edit it).
        dropped = [c for c in b.get("dropped") or [] if isinstance(c, dict)]
        if dropped and kind in ("", "no_citation"):
            kind = "missing_source"
            flag = ("Cited something that does not exist ("
                    + ", ".join(_cite_str(c) for c in dropped) + "), left out; check what "
                    "supports this bullet.")
        if found and text:
            body = _strip_speakers(text, spk)
            bw = content_words(body)
            src = " ".join(found)
            sw = content_words(src)
            lex = len(bw & sw) / len(bw) if bw else 0.0
            sem = 0.0
            if embed is not None:
                v = embed([body, src[:4000]])
                sem = float(v[0] @ v[1])
            support = round(max(lex, sem), 3)
            if not kind and support < SUPPORT_MIN:
                kind = "unsupported"
                flag = f"Not supported by what it cites (support {support:.2f})."
            # Who said it is attribution, not a claim: speakers count as present.
            named = [str(c['speaker']) for c in cites if c.get('speaker')]
            claims = check_claims(body, [*found, *map(clean, found), *sorted(spk), *named])
            if describe(claims) and kind in ("", "unsupported"):
                flag = (flag + " " if flag else "") + describe(claims)
                kind = kind or "contradiction"
            note = describe_notes(claims) or note
        b["support"] = support
        b["flag"] = flag
        # A note is shown to the reviewer but, not being a flag, does not block approval.
        if note:
            b["note"] = note
        else:
            b.pop("note", None)
        if kind:
            flags.append({"bullet": i, "step": b.get("step", ""), "kind": kind,
                          "message": flag})
        out.append(b)
    return out, flags


def _cite_str(c: dict[str, Any]) -> str:
    if c.get("case_id"):
        return f"case {c['case_id']}"
    return (f"{c.get('speaker') or 'segment'} at {c.get('timestamp') or c.get('position')}"
            f" (session {c.get('session_id')}, #{c.get('position')})")


# ---- rendering -----------------------------------------------------------------------------

def render_text(kind: str, content: dict[str, Any],
                actions: Sequence[Mapping[str, Any]] | None = None) -> str:
    """The Markdown a reader sees for a draft's content (any kind). ``actions``: a recap's
    action items as stored (people's corrections, "(done)" marks), shown instead of those
    the machine drafted into ``content``."""
    lines: list[str] = []
    title = content.get("title") or {"recap": "Recap", "preread": "Pre-read",
                                     "theme_label": "Theme label",
                                     "pattern": "Pattern candidate"}.get(kind, kind)
    lines.append(f"## {title}")
    if content.get("note"):
        lines.append(f"_{content['note']}_")
    lines.append("")
    for b in content.get("bullets", []):
        cites = "; ".join(cite_shown(c) for c in b.get("citations", []))
        body = b.get("text", "") or (
            "_(empty: the reviewer writes this)_" if b.get("step") in OWN_JUDGEMENT_STEPS
            else "_(empty: the reviewer writes this, citing a case or transcript segment)_")
        line = f"- **{b.get('label') or b.get('step')}:** {body}"
        if cites:
            line += f" [{cites}]"
        if b.get("flag"):
            line += f" ⚠ {b['flag']}"
        if b.get("note"):
            line += f" ℹ {b['note']}"
        lines.append(line)
    items = content.get("actions") if actions is None else actions
    if items:
        lines += ["", "### Action items"]
        for a in items:
            cites = "; ".join(cite_shown(c) for c in a.get("citations", []))
            line = f"- {a.get('owner') or 'Someone'}: {a.get('action', '')}"
            line += f", {due_shown(a['due'], a.get('said_on'))}" if a.get("due") else ""
            line += " (done)" if a.get("done") else ""
            lines.append(line + (f" [{cites}]" if cites else ""))
    for section in content.get("sections", []):
        lines.append("")
        lines.append(f"### {section['heading']}")
        for item in section.get("items", []):
            lines.append(f"- {item}")
    return "\n".join(lines).strip() + "\n"
