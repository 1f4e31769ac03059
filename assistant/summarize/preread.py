"""The one-page pre-read of a planned session: its cases, similar past cases above a
similarity floor (most similar first), related playbook patterns above a floor with their
adoptions, earlier sessions and recaps on the same themes, three questions and a
run-sheet."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, DraftError
from assistant.index.texts import library_version
from assistant.plural import counted
from assistant.store.models import (
    Case,
    Draft,
    Pattern,
    PatternAdoption,
    Session,
    Theme,
    ThemeMember,
    session_cases,
)
from assistant.summarize.core import clean, ground_bullets, trim
from assistant.summarize.drafter import DraftRequest, apply, drafter_for
from assistant.summarize.drafts import (
    Built,
    DraftRecord,
    case_text,
    load_session,
    note,
    render_prompt,
    store,
)
from assistant.workspace import Workspace

#: At most this many words in a case's bullet drafted by an endpoint (the prompt says so).
PREREAD_WORDS = 70
#: Cosine similarity (MiniLM) below which a past case or a pattern is not "related".
SIMILAR_FLOOR = 0.30
PATTERN_FLOOR = 0.35
RUN_SHEETS: dict[str, list[tuple[str, int]]] = {
    "problem-solving jam": [("Welcome and goal", 5), ("The case presented", 10),
                            ("What happened: clarifying questions", 10),
                            ("The pattern extracted: ideas and options", 20),
                            ("Where it applies next", 10), ("What goes into the playbook", 5)],
    "office hours": [("Welcome", 5), ("The case presented", 10), ("What happened", 10),
                     ("Advice and the pattern extracted", 15), ("Where it applies next", 5),
                     ("What goes into the playbook", 5)],
    "show-and-tell demo": [("Welcome", 5), ("Demo: the case presented", 15),
                           ("What happened: questions", 10), ("The pattern extracted", 10),
                           ("Where it applies next", 10), ("What goes into the playbook", 5)],
    "demo day": [("Welcome", 5), ("Demos: the cases presented", 30),
                 ("What happened: questions", 15), ("The patterns extracted", 15),
                 ("Where they apply next", 10), ("What goes into the playbook", 5)],
}


def questions_for(cases: list[Case], has_similar: bool) -> list[str]:
    """Three questions that read well whatever the case titles say: a title is quoted as
    a name, never spliced into the grammar. What was tried is asked about only for a case
    whose submitter said nothing about it; when every case says, the pre-read shows it and
    the question follows it up."""
    def title_of(c: Case) -> str:
        return trim(" ".join((c.title or "").split()).rstrip(".?!"), 12).rstrip(".")

    untried = [c for c in cases if not (getattr(c, "tried", "") or "").strip()]
    if not untried:
        named = title_of(cases[0]) if len(cases) == 1 else ""
        which = f"on “{named}”" if named else (
            "on this case" if len(cases) == 1 else "on these cases")
        first = (f"What was tried {which} is above: what has happened since, and what would "
                 "you try next?")
    elif len(untried) == 1 and title_of(untried[0]):
        first = f"What have you already tried on “{title_of(untried[0])}”, and what happened?"
    else:
        first = "What have you already tried on cases like these, and what happened?"
    second = ("Which of the similar past cases is closest to yours, and what would you do "
              "differently?") if has_similar else (
        "Who else in the network has met a problem like this, and what did they do?")
    return [first, second, "What would you need to see to adopt a pattern from this "
                           "session in your team next month?"]


#: Words of each case field a pre-read bullet keeps: whole sentences from its start while
#: they fit (the first one cut at a clause when it alone is longer). The problem gets the
#: most; what was tried and what came of it follow, so the session starts from there.
CASE_WORDS = {"problem": 45, "context": 20, "tried": 30, "outcome": 20}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(]?[A-Z0-9])")


def gist(text: str, limit: int) -> str:
    """The start of ``text`` in whole sentences, at most ``limit`` words (the first sentence
    cut at a clause end when it alone is longer), ending with a full stop."""
    out: list[str] = []
    n = 0
    # written text, kept as written: the transcript cleaner (fillers, "kind of") is not for it
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        k = len(sentence.split())
        if out and n + k > limit:
            break
        out.append(trim(sentence, limit) if not out else sentence)
        n += k
    said = " ".join(out).strip()
    return said if not said or said[-1] in ".!?…" else said + "."


def brought_by(c: Case) -> str:
    """``Brought by Priya (Support).``, or "" when the case names neither."""
    who, team = " ".join((c.submitter or "").split()), " ".join((c.team or "").split())
    if who and team:
        return f"Brought by {who} ({team})."
    if who or team:
        return f"Brought by {who or 'the ' + team + ' team'}."
    return ""


def case_bullet_text(c: Case) -> str:
    """What the pre-read says of one case (the built-in drafter's bullet): its problem,
    context, what was tried, what came of it and who brought it, each short."""
    parts = [gist(c.problem, CASE_WORDS["problem"])]
    for field, lead in (("context", "Context"), ("tried", "Tried"), ("outcome", "Outcome")):
        value = getattr(c, field) or ""
        if value.strip():
            parts.append(f"{lead}: {gist(value, CASE_WORDS[field])}")
    parts.append(brought_by(c))
    return " ".join(p for p in parts if p)


def _themes(s: OrmSession, cases: list[Case]) -> dict[str, tuple[str, str, int]]:
    """Case id -> (theme id, theme label, cases in the theme)."""
    out: dict[str, tuple[str, str, int]] = {}
    for c in cases:
        m = s.get(ThemeMember, c.id)
        if m is not None and m.theme_id:
            t = s.get(Theme, m.theme_id)
            n = s.scalar(select(func.count()).select_from(ThemeMember).where(
                ThemeMember.theme_id == m.theme_id)) or 0
            out[c.id] = (m.theme_id, t.label if t and t.label else m.theme_id, int(n))
    return out


def _earlier(s: OrmSession, x: Session, theme_ids: set[str]) -> list[str]:
    """Other sessions with cases in the same themes, and the state of their recaps."""
    if not theme_ids:
        return []
    rows = s.execute(select(Session.id, Session.title, Session.date)
                     .join(session_cases, session_cases.c.session_id == Session.id)
                     .join(ThemeMember, ThemeMember.case_id == session_cases.c.case_id)
                     .where(ThemeMember.theme_id.in_(theme_ids), Session.id != x.id)
                     .distinct()).all()
    out = []
    for sid, title, date in sorted(rows, key=lambda r: (str(r[2] or ""), r[0])):
        if x.date is not None and date is not None and date > x.date:
            continue
        recap = s.scalars(select(Draft).where(Draft.kind == "recap", Draft.subject_id == sid)
                          .order_by(Draft.created_at.desc())).first()
        state = f"recap {recap.id} ({recap.status.replace('_', ' ')})" if recap else \
            "no recap yet"
        out.append(f"{title or sid} ({date or 'undated'}): {state}")
    return out[:5]


def build_preread(ws: Workspace, session_id: str) -> tuple[Built, Session]:
    from assistant.index.service import search

    with OrmSession(ws.engine, expire_on_commit=False) as s:
        x = load_session(s, session_id)
        cases = list(x.cases)
        themes = _themes(s, cases)
        earlier = _earlier(s, x, {t[0] for t in themes.values()})
        s.expunge_all()
    if not cases and x.format == "demo day":  # its pre-read is the sprint's results
        return _demo_day_preread(ws, x), x
    if not cases:
        raise DraftError(f"Session {session_id} has no cases; add cases to plan it first.")
    bullets = [{"step": "case", "label": c.title or c.id, "text": case_bullet_text(c),
                "citations": [{"case_id": c.id}], "flag": "", "support": 0.0} for c in cases]
    mine = {c.id for c in cases}
    found: dict[str, float] = {}
    pfound: dict[str, float] = {}
    for c in cases:
        try:
            hits = search(ws, f"{c.title}. {c.problem}", kind="cases", limit=8)
        except AssistantError:
            hits = []
        for h in hits:
            if h.id not in mine and h.score >= SIMILAR_FLOOR:
                found[h.id] = max(found.get(h.id, 0.0), h.score)
        try:
            phits = search(ws, f"{c.title}. {c.problem}", kind="patterns", limit=3)
        except Exception:  # noqa: BLE001 - no pattern index yet
            phits = []
        for h in phits:
            if h.score >= PATTERN_FLOOR:
                pfound[h.id] = max(pfound.get(h.id, 0.0), h.score)
    similar: list[str] = []
    similar_data: list[dict[str, str]] = []
    patterns: list[str] = []
    with OrmSession(ws.engine) as s:
        for cid, score in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
            past = s.get(Case, cid)
            if past is None:
                continue
            outcome = trim(clean(past.outcome), 25) if past.outcome else "no outcome recorded"
            similar.append(f"{past.title or past.id} (similarity {score:.2f})"
                           f" — what happened: {outcome}")
            similar_data.append({"id": past.id, "title": past.title,
                                 "outcome": past.outcome or "not recorded"})
        for pid, score in sorted(pfound.items(), key=lambda kv: (-kv[1], kv[0])):
            stored = s.get(Pattern, pid)
            p = library_version(stored) if stored is not None else None  # as searched
            if p is None:
                continue
            teams = sorted({a.team for a in s.scalars(select(PatternAdoption).where(
                PatternAdoption.pattern_id == pid)) if a.team})
            adopted = (f"; adopted by {counted(len(teams), 'team')} "
                       f"({', '.join(teams[:3])})") if teams else "; no adoptions recorded yet"
            patterns.append(f"{p.name} (similarity {score:.2f}): "
                            f"{trim(p.solution, 20)}{adopted}")
    theme_lines = [f"{c.title or c.id}: theme “{themes[c.id][1]}”, recurred in "
                   f"{counted(themes[c.id][2], 'case')}" if c.id in themes
                   else f"{c.title or c.id}: no theme yet" for c in cases]
    questions = questions_for(cases, bool(similar))
    sheet = RUN_SHEETS.get(x.format, RUN_SHEETS["problem-solving jam"])
    minute = 0
    run = []
    for step, mins in sheet:
        run.append(f"{minute:02d}–{minute + mins:02d} min: {step}")
        minute += mins
    prompt, phash = render_prompt(
        ws, "preread", session_title=x.title or x.id, session_format=x.format,
        cases=[{"id": c.id, "title": c.title, "problem": c.problem, "context": c.context,
                "tried": c.tried, "outcome": c.outcome, "submitter": c.submitter,
                "team": c.team} for c in cases], similar=similar_data[:5])
    built = Built({}, [], prompt_name="preread", prompt_hash=phash)
    # who brought a case is part of what its bullet says, so of what it is checked against
    sources = {("case", c.id): " ".join(x for x in (case_text(c), brought_by(c)) if x)
               for c in cases}
    drafted = drafter_for(ws).draft(DraftRequest(
        "preread", prompt, ["case"] * len(cases), {"case": "Case"}, set(sources),
        lambda: bullets, names=sorted({c.submitter for c in cases} - {""}),
        max_words=PREREAD_WORDS))
    out = apply(built, drafted)
    if drafted.backend != "extractive":
        titles = {c.id: c.title or c.id for c in cases}
        for b in out:
            first = next((c["case_id"] for c in b["citations"] if c.get("case_id")), "")
            b["label"] = titles.get(first, b["label"])
        asked = [str(q).strip() for q in drafted.answer.get("questions") or []
                 if str(q).strip()]
        if len(asked) >= 3:
            questions = [trim(q, 40) for q in asked[:3]]
    graded, flags = ground_bullets(out, sources, ws.embedder.embed)
    sections: list[dict[str, Any]] = [
        {"heading": "Similar past cases", "items": similar or ["none above the similarity "
                                                               "floor"]},
        {"heading": "Related playbook patterns", "items": patterns or ["none yet"]},
        {"heading": "Themes", "items": theme_lines},
        {"heading": "Earlier sessions on these themes",
         "items": earlier or ["none yet"]},
        {"heading": "Come ready to answer", "items": questions},
        {"heading": f"Run-sheet ({x.format}, {minute} min)", "items": run}]
    built.content = {"title": f"Pre-read: {x.title or x.id} ({x.format})", "bullets": graded,
                     "note": note(built), "sections": sections, "questions": questions,
                     "session_id": x.id}
    built.flags = flags
    return built, x


def draft_preread(ws: Workspace, session_id: str, *, actor: Actor = LOCAL,
                  over_edit: bool = True) -> DraftRecord:
    """Draft the one-page pre-read of a planned session."""
    require(actor, "draft")
    b, _ = build_preread(ws, session_id)
    return store(ws, actor, "preread", "session", session_id, b,
                 over_edit=over_edit)


def _demo_day_preread(ws: Workspace, x: Session) -> Built:
    """A demo day without cases: the sprint's results (assistant.rhythm) and the run-sheet."""
    from assistant.rhythm.demoday import preread_sections

    run, minute = [], 0
    for step, mins in RUN_SHEETS["demo day"]:
        run.append(f"{minute:02d}–{minute + mins:02d} min: {step}")
        minute += mins
    sections = [*preread_sections(ws, x.date),
                {"heading": f"Run-sheet ({x.format}, {minute} min)", "items": run}]
    return Built({"title": f"Pre-read: {x.title or x.id} ({x.format})", "bullets": [],
                  "note": "", "sections": sections, "questions": [], "session_id": x.id},
                 [], prompt_name="preread")
