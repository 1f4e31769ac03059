"""Drafts stored as Draft/DraftVersion rows: pre-reads, recaps, theme labels and pattern
candidates, from the extractive drafter or an OpenAI-compatible endpoint."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import jinja2
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import LOCAL, Actor, require
from assistant.clock import from_db, local_start, to_db
from assistant.errors import AssistantError, Conflict, DraftError, NotFound
from assistant.review.workflow import EDITABLE
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    Case,
    Draft,
    DraftVersion,
    Pattern,
    Session,
    Theme,
    ThemeMember,
    TranscriptSegment,
)
from assistant.summarize.core import (
    PATTERN_STEPS,
    RECAP_STEPS,
    Seg,
    cite_key,
    clean,
    content_words,
    extractive_recap,
    fmt_ts,
    ground_bullets,
    render_text,
    trim,
)
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

EXTRACTIVE_NOTE = ("Extractive draft: sentences selected from the sources, not written by a "
                   "language model. Check and correct before publishing.")
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


@dataclass(frozen=True)
class DraftRecord:
    """A stored draft, detached from the database session."""

    id: str
    kind: str
    subject_type: str
    subject_id: str
    status: str
    backend: str
    model: str
    fallback_reason: str
    version: int
    content: dict[str, Any]
    text: str
    flags: list[dict[str, Any]]
    deadline: dt.datetime | None = None  # aware (UTC)
    usage: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Built:
    content: dict[str, Any]
    flags: list[dict[str, Any]]
    backend: str = "extractive"
    model: str = ""
    prompt_name: str = ""
    prompt_hash: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    fallback_reason: str = ""
    answer: dict[str, Any] = field(default_factory=dict)  # the endpoint's parsed answer


# ---- prompts ----------------------------------------------------------------------------

_MARKER = re.compile(r"<{3,}|>{3,}")


def inert_data(value: Any) -> Any:
    """Every value a prompt template prints: runs of ``<<<`` or ``>>>`` become look-alike
    angle quotes, so source text can never open or close a ``<<<DATA ... DATA>>>`` block."""
    if not isinstance(value, str):
        return value
    return _MARKER.sub(lambda m: ("‹" if m.group(0)[0] == "<" else "›") * len(m.group(0)),
                       value)


def render_prompt(ws: Workspace, name: str, **variables: Any) -> tuple[str, str]:
    """Render ``prompts/<name>.j2`` with strict variables; (text, sha256 of the template)."""
    path = ws.settings.prompts_dir / f"{name}.j2"
    if not path.is_file():
        raise DraftError(f"Prompt template {path} is missing.")
    src = path.read_text(encoding="utf-8")
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False,
                             keep_trailing_newline=True, finalize=inert_data)
    try:
        text = env.from_string(src).render(**variables)
    except jinja2.UndefinedError as exc:
        raise DraftError(f"Prompt {name!r} needs a value it was not given: {exc}") from exc
    return text, hashlib.sha256(src.encode()).hexdigest()


# ---- sources ----------------------------------------------------------------------------

def _case_text(c: Case) -> str:
    return " ".join(x for x in (c.title, c.problem, c.context, c.tried, c.outcome) if x)


def _sources(s: OrmSession, bullets: list[dict[str, Any]]) -> dict[tuple[Any, ...], str]:
    keys = {k for b in bullets for c in b.get("citations") or [] if (k := cite_key(c))}
    out: dict[tuple[Any, ...], str] = {}
    case_ids = [k[1] for k in keys if k[0] == "case"]
    if case_ids:
        for c in s.scalars(select(Case).where(Case.id.in_(case_ids))):
            out[("case", c.id)] = _case_text(c)
    for k in keys:
        if k[0] == "seg":
            g = s.scalar(select(TranscriptSegment).where(
                TranscriptSegment.session_id == k[1], TranscriptSegment.position == k[2]))
            if g is not None:
                out[k] = g.clean_text or g.text
    return out


def ground(ws: Workspace, bullets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bullets with ``flag`` and ``support`` set against what they cite in the store.
    Reusable after a human edit."""
    with OrmSession(ws.engine) as s:
        src = _sources(s, bullets)
        speakers = {str(c.get("speaker")) for b in bullets for c in b.get("citations") or []
                    if c.get("speaker")}
    return ground_bullets(bullets, src, ws.embedder.embed, speakers=speakers)[0]


def flags_of(bullets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"bullet": i, "step": b.get("step", ""), "message": b["flag"]}
            for i, b in enumerate(bullets) if b.get("flag")]


# ---- the LLM path -------------------------------------------------------------------------

_BULLETS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"bullets": {"type": "array", "items": {
        "type": "object",
        "properties": {"step": {"type": "string"}, "text": {"type": "string"},
                       "citations": {"type": "array", "items": {"type": "object"}}},
        "required": ["step", "text", "citations"]}},
        "questions": {"type": "array", "items": {"type": "string"}}},
    "required": ["bullets"],
}


def _llm_bullets(ws: Workspace, prompt_name: str, prompt: str, names: list[str],
                 steps: list[str], valid: set[tuple[Any, ...]],
                 max_words: int = 40) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ask the endpoint; validate; one repair request. Raises DraftError when unusable."""
    from assistant.summarize.llm import SYSTEM, Redactor, chat_json, is_local, remember

    st = ws.settings
    red = Redactor(names, active=st.llm_redact_names and not is_local(st.llm_base_url or ""))
    messages = [{"role": "system", "content": SYSTEM},
                {"role": "user", "content": red.redact(prompt)}]
    usage: dict[str, Any] = {}
    for attempt in range(2):
        raw, u = chat_json(ws, messages, _BULLETS_SCHEMA, name=prompt_name)
        for k, v in u.items():
            if k == "request_hash":
                continue
            usage[k] = usage.get(k, 0) + v if isinstance(v, int) and not isinstance(v, bool) \
                else v
        obj = red.restore(raw)
        problem = _check(obj, steps, valid, max_words)
        if not problem:
            remember(ws, u, raw)
            return obj, usage
        if attempt == 0:
            messages = messages + [
                {"role": "assistant", "content": red.redact(str(obj)[:4000])},
                {"role": "user", "content": f"That answer is not usable: {problem} Answer again "
                 f"with exactly {len(steps)} bullets ({', '.join(steps)}), each citing only "
                 "ids and segment numbers from the data."}]
    raise DraftError(f"the endpoint's answer was not usable after one repair request: {problem}")


def _check(obj: dict[str, Any], steps: list[str], valid: set[tuple[Any, ...]],
           max_words: int) -> str:
    bullets = obj.get("bullets")
    if not isinstance(bullets, list) or len(bullets) != len(steps):
        n = len(bullets) if isinstance(bullets, list) else 0
        return f"it has {n} bullets, not {len(steps)}."
    for b in bullets:
        if not isinstance(b, dict) or not str(b.get("text", "")).strip():
            return "a bullet has no text."
        cites = b.get("citations") or []
        if not isinstance(cites, list) or not cites:
            return f"bullet {b.get('step')!r} cites nothing."
        for c in cites:
            if not isinstance(c, dict) or cite_key(c) not in valid:
                return f"bullet {b.get('step')!r} cites {c!r}, which does not exist."
        if len(str(b["text"]).split()) > max_words:
            return f"bullet {b.get('step')!r} is longer than {max_words} words."
    return ""


def _use_llm(ws: Workspace) -> bool:
    return bool(ws.settings.llm_base_url)


def _llm_draft(ws: Workspace, built: _Built, prompt: str, names: list[str],
               steps: list[str], labels: dict[str, str], valid: set[tuple[Any, ...]],
               segs: dict[tuple[str, int], Seg], max_words: int = 40
               ) -> list[dict[str, Any]] | None:
    """Bullets from the endpoint, citations resolved to cases and turns; None (with the
    reason on ``built``) when the endpoint fails or its answer stays unusable."""
    if not _use_llm(ws):
        return None
    try:
        obj, built.usage = _llm_bullets(ws, built.prompt_name, prompt, names, steps, valid,
                                        max_words)
    except DraftError as exc:
        built.fallback_reason = f"LLM draft failed, extractive draft instead: {exc}"
        log.warning("%s", built.fallback_reason)
        return None
    built.answer = obj
    bullets = []
    for step, b in zip(steps, obj["bullets"], strict=True):
        cites: list[dict[str, Any]] = []
        for c in b["citations"]:
            if c.get("case_id"):
                cites.append({"case_id": str(c["case_id"])})
            else:
                g = segs[(str(c["session_id"]), int(c["position"]))]
                cites.append({"session_id": g.session_id, "position": g.position,
                              "speaker": g.speaker,
                              "timestamp": fmt_ts(g.start_s, g.position)})
        bullets.append({"step": step, "label": labels[step], "text": str(b["text"]).strip(),
                        "citations": cites, "flag": "", "support": 0.0})
    built.backend, built.model = "openai", ws.settings.llm_model
    return bullets


def _note(built: _Built) -> str:
    if built.fallback_reason:
        return f"{built.fallback_reason}. {EXTRACTIVE_NOTE}"
    return EXTRACTIVE_NOTE if built.backend == "extractive" else ""


# ---- builders -----------------------------------------------------------------------------

def _load_session(s: OrmSession, session_id: str) -> Session:
    x = s.scalar(select(Session).where(Session.id == session_id).options(
        selectinload(Session.cases), selectinload(Session.segments)))
    if x is None:
        raise NotFound(f"No session {session_id!r}; `assistant status` counts sessions.")
    return x


def _build_recap(ws: Workspace, session_id: str) -> tuple[_Built, Session]:
    with OrmSession(ws.engine, expire_on_commit=False) as s:
        x = _load_session(s, session_id)
        if not x.segments:
            raise DraftError(f"Session {session_id} has no transcript yet; attach one first "
                             "(`assistant sessions attach SESSION FILE`), then draft the recap.")
        segs = [Seg(g.position, g.speaker, g.clean_text or g.text, g.start_s, x.id)
                for g in x.segments]
        cases = {c.id: _case_text(c) for c in x.cases}
        names = sorted({g.speaker for g in x.segments} | {c.submitter for c in x.cases}
                       | {x.facilitator})
        s.expunge_all()
    sources: dict[tuple[Any, ...], str] = {("seg", x.id, g.position): g.text for g in segs}
    sources.update({("case", k): v for k, v in cases.items()})
    steps = [st for st, _ in RECAP_STEPS]
    labels = dict(RECAP_STEPS)
    prompt, phash = render_prompt(
        ws, "recap", session_title=x.title or x.id, session_format=x.format,
        session_id=x.id, steps=RECAP_STEPS,
        cases=[{"id": c.id, "title": c.title, "problem": c.problem} for c in x.cases],
        segments=[{"position": g.position, "speaker": g.speaker,
                   "timestamp": fmt_ts(g.start_s, g.position), "text": g.text} for g in segs])
    built = _Built({}, [], prompt_name="recap", prompt_hash=phash)
    bullets = _llm_draft(ws, built, prompt, names, steps, labels, set(sources),
                         {(x.id, g.position): g for g in segs})
    if bullets is None:
        bullets = extractive_recap(segs, ws.embedder.embed, session_id=x.id, case_texts=cases)
    graded, flags = ground_bullets(bullets, sources, ws.embedder.embed,
                                   speakers={g.speaker for g in segs})
    built.content = {"title": f"Recap: {x.title or x.id}", "bullets": graded,
                     "note": _note(built),
                     "session_id": x.id}
    built.flags = flags
    return built, x


def _deadline(ws: Workspace, x: Session) -> dt.datetime:
    """When the session's recap is due, as the store keeps it (naive UTC): its end plus
    ``recap_deadline_hours``, its date and start time read in the network's time zone."""
    hours = dt.timedelta(hours=ws.settings.recap_deadline_hours)
    if x.date is None:
        return to_db(ws.clock.now() + hours)
    start = local_start(x.date, x.start_time, ws.settings.zone)
    return to_db(start + dt.timedelta(seconds=x.duration_s or 0) + hours)


def _build_preread(ws: Workspace, session_id: str) -> tuple[_Built, Session]:
    from assistant.index.service import search

    with OrmSession(ws.engine, expire_on_commit=False) as s:
        x = _load_session(s, session_id)
        cases = list(x.cases)
        themes: dict[str, tuple[str, int]] = {}
        for c in cases:
            m = s.get(ThemeMember, c.id)
            if m is not None and m.theme_id:
                t = s.get(Theme, m.theme_id)
                n = s.scalar(select(func.count()).select_from(ThemeMember).where(
                    ThemeMember.theme_id == m.theme_id)) or 0
                themes[c.id] = (t.label if t and t.label else m.theme_id, int(n))
        s.expunge_all()
    if not cases and x.format == "demo day":  # its pre-read is the sprint's results
        return _demo_day_preread(ws, x), x
    if not cases:
        raise DraftError(f"Session {session_id} has no cases; add cases to plan it first.")
    bullets = []
    for c in cases:
        parts = [clean(c.problem)]
        if c.context:
            parts.append("Context: " + clean(c.context))
        if c.tried:
            parts.append("Tried: " + clean(c.tried))
        bullets.append({"step": "case", "label": c.title or c.id, "text": trim(" ".join(parts)),
                        "citations": [{"case_id": c.id}], "flag": "", "support": 0.0})
    mine = {c.id for c in cases}
    similar: list[str] = []
    similar_data: list[dict[str, str]] = []
    patterns: list[str] = []
    seen: set[str] = set()
    with OrmSession(ws.engine) as s:
        for c in cases:
            try:
                hits = search(ws, f"{c.title}. {c.problem}", kind="cases", limit=8)
            except AssistantError:
                hits = []
            n = 0
            for h in hits:
                if h.id in mine or h.id in seen or n >= 2:
                    continue
                past = s.get(Case, h.id)
                if past is None:
                    continue
                seen.add(h.id)
                n += 1
                outcome = trim(clean(past.outcome), 25) if past.outcome else "no outcome recorded"
                similar.append(f"{past.title or past.id} ({past.id}, similarity {h.score:.2f})"
                               f" — what happened: {outcome}")
                similar_data.append({"id": past.id, "title": past.title,
                                     "outcome": past.outcome or "not recorded"})
            try:
                phits = search(ws, f"{c.title}. {c.problem}", kind="patterns", limit=2)
            except Exception:  # noqa: BLE001 - no pattern index yet
                phits = []
            for h in phits:
                p = s.get(Pattern, h.id)
                line = f"{h.title} ({h.id})" + (f": {trim(p.solution, 20)}" if p else "")
                if line not in patterns:
                    patterns.append(line)
    similar = similar[:5]
    theme_lines = [f"{c.id}: theme “{themes[c.id][0]}”, recurred in {themes[c.id][1]} cases"
                   if c.id in themes else f"{c.id}: no theme yet" for c in cases]
    kw = sorted(set.intersection(*[content_words(c.problem) for c in cases])
                if len(cases) > 1 else content_words(cases[0].problem))[:3]
    focus = ", ".join(kw) if kw else (cases[0].title or "this case")
    questions = [f"What have you tried yourself on {focus}, and what happened?",
                 "Which of the similar past cases is closest to yours, and what would you "
                 "do differently?",
                 "What would you need to see to adopt a pattern from this session in your "
                 "team next month?"]
    sheet = RUN_SHEETS.get(x.format, RUN_SHEETS["problem-solving jam"])
    minute = 0
    run = []
    for step, mins in sheet:
        run.append(f"{minute:02d}–{minute + mins:02d} min: {step}")
        minute += mins
    prompt, phash = render_prompt(
        ws, "preread", session_title=x.title or x.id, session_format=x.format,
        cases=[{"id": c.id, "title": c.title, "problem": c.problem, "context": c.context,
                "tried": c.tried} for c in cases], similar=similar_data[:5])
    built = _Built({}, [], prompt_name="preread", prompt_hash=phash)
    sources = {("case", c.id): _case_text(c) for c in cases}
    llm = _llm_draft(ws, built, prompt, sorted({c.submitter for c in cases} - {""}),
                     ["case"] * len(cases), {"case": "Case"}, set(sources), {})
    if llm is not None:
        titles = {c.id: c.title or c.id for c in cases}
        for b in llm:
            first = next((c["case_id"] for c in b["citations"] if c.get("case_id")), "")
            b["label"] = titles.get(first, b["label"])
        bullets = llm
        asked = [str(q).strip() for q in built.answer.get("questions") or [] if str(q).strip()]
        if len(asked) >= 3:
            questions = [trim(q, 40) for q in asked[:3]]
    graded, flags = ground_bullets(bullets, sources, ws.embedder.embed)
    built.content = {
        "title": f"Pre-read: {x.title or x.id} ({x.format})", "bullets": graded,
        "note": _note(built),
        "sections": [{"heading": "Similar past cases", "items": similar or ["none found"]},
                     {"heading": "Related playbook patterns",
                      "items": patterns or ["none yet"]},
                     {"heading": "Themes", "items": theme_lines},
                     {"heading": "Come ready to answer", "items": questions},
                     {"heading": f"Run-sheet ({x.format}, {minute} min)", "items": run}],
        "questions": questions, "session_id": x.id}
    built.flags = flags
    return built, x


def _demo_day_preread(ws: Workspace, x: Session) -> _Built:
    """A demo day without cases: the sprint's results (assistant.rhythm) and the run-sheet."""
    from assistant.rhythm.demoday import preread_sections

    run, minute = [], 0
    for step, mins in RUN_SHEETS["demo day"]:
        run.append(f"{minute:02d}–{minute + mins:02d} min: {step}")
        minute += mins
    sections = [*preread_sections(ws, x.date),
                {"heading": f"Run-sheet ({x.format}, {minute} min)", "items": run}]
    return _Built({"title": f"Pre-read: {x.title or x.id} ({x.format})", "bullets": [],
                   "note": "", "sections": sections, "questions": [], "session_id": x.id},
                  [], prompt_name="preread")


def _theme_cases(s: OrmSession, theme_id: str) -> tuple[Theme, list[Case]]:
    t = s.get(Theme, theme_id)
    if t is None:
        raise NotFound(f"No theme {theme_id!r}; `assistant themes` lists them.")
    ids = list(s.scalars(select(ThemeMember.case_id).where(ThemeMember.theme_id == theme_id)))
    cases = list(s.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id))) if ids \
        else []
    return t, cases


def _central(ws: Workspace, texts: list[str]) -> int:
    v = ws.embedder.embed(texts)
    return int((v @ v.mean(axis=0)).argmax())


#: At most this many of a theme's cases go into its prompt.
_MAX_PROMPT_CASES = 40


def _build_theme_label(ws: Workspace, theme_id: str) -> _Built:
    with OrmSession(ws.engine) as s:
        t, cases = _theme_cases(s, theme_id)
        s.expunge_all()
    if not cases:
        raise DraftError(f"Theme {theme_id} has no cases to label.")
    kws = [str(k) for k in (t.keywords or [])][:3]
    i = _central(ws, [c.problem for c in cases])
    label = " / ".join(kws).title() if kws else trim(cases[i].title or cases[i].problem, 6)
    desc = trim(clean(cases[i].problem.split(". ")[0]), 25)
    prompt, phash = render_prompt(ws, "theme_label", keywords=kws,
                                  cases=[{"id": c.id, "title": c.title, "problem": c.problem}
                                         for c in cases[:_MAX_PROMPT_CASES]])
    built = _Built({}, [], prompt_name="theme_label", prompt_hash=phash)
    sources = {("case", c.id): _case_text(c) for c in cases}
    bullets = _llm_draft(ws, built, prompt, sorted({c.submitter for c in cases} - {""}),
                         ["label", "description"],
                         {"label": "Label", "description": "Description"},
                         {("case", c.id) for c in cases[:_MAX_PROMPT_CASES]}, {},
                         max_words=25)
    if bullets is None:
        cites = [{"case_id": c.id} for c in cases[:3]]
        bullets = [{"step": "label", "label": "Label", "text": label, "citations": cites,
                    "flag": "", "support": 0.0},
                   {"step": "description", "label": "Description", "text": desc,
                    "citations": [{"case_id": cases[i].id}], "flag": "", "support": 0.0}]
    graded, flags = ground_bullets(bullets, sources, ws.embedder.embed)
    built.content = {"title": f"Theme label for {theme_id}", "bullets": graded,
                     "note": _note(built), "theme_id": theme_id}
    built.flags = flags
    return built


def _pattern_content(bullets: list[dict[str, Any]], evidence: dict[str, list[str]]
                     ) -> dict[str, Any]:
    by = {b["step"]: b["text"] for b in bullets}
    return {k: by.get(k, "") for k in PATTERN_STEPS} | {"evidence": evidence}


def _build_pattern(ws: Workspace, *, recap_id: str | None, theme_id: str | None) -> _Built:
    if bool(recap_id) == bool(theme_id):
        raise AssistantError("Give exactly one of a recap draft id or a theme id.")
    labels = {"name": "Name", "problem": "Problem", "context": "Context",
              "solution": "The pattern (what to do)", "applies_when": "Applies when",
              "not_when": "Does not apply when"}
    rows: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    evidence: list[dict[str, str]] = []  # what the endpoint may cite, as it must cite it
    sources: dict[tuple[Any, ...], str] = {}
    segs: dict[tuple[str, int], Seg] = {}
    names: set[str] = set()

    def offer_case(c: Case) -> None:  # a case the endpoint may cite
        sources[("case", c.id)] = _case_text(c)
        names.add(c.submitter)
        evidence.append({"ref": json.dumps({"case_id": c.id}), "text": _case_text(c)})

    with OrmSession(ws.engine) as s:
        if recap_id:
            d = s.get(Draft, recap_id)
            if d is None or d.kind != "recap":
                raise NotFound(f"No recap draft {recap_id!r}.")
            v = d.versions[-1]
            by = {b["step"]: b for b in v.content.get("bullets", [])}
            sess = s.get(Session, d.subject_id)
            case_ids = [c.id for c in sess.cases] if sess else []
            lineage = {"cases": case_ids, "sessions": [d.subject_id], "recaps": [recap_id]}
            positions = sorted({int(c["position"]) for b in v.content.get("bullets", [])
                                for c in b.get("citations", []) if "position" in c})
            for g in s.scalars(select(TranscriptSegment).where(
                    TranscriptSegment.session_id == d.subject_id,
                    TranscriptSegment.position.in_(positions))
                    .order_by(TranscriptSegment.position)):
                sg = Seg(g.position, g.speaker, g.clean_text or g.text, g.start_s,
                         g.session_id)
                segs[(g.session_id, g.position)] = sg
                sources[("seg", g.session_id, g.position)] = sg.text
                names.add(g.speaker)
                evidence.append({"ref": json.dumps({"session_id": g.session_id,
                                                    "position": g.position}),
                                 "text": f"{g.speaker}: {sg.text}"})
            for c in (sess.cases if sess else []):
                offer_case(c)

            def pick(step: str) -> tuple[str, list[dict[str, Any]]]:
                b = by.get(step, {})
                return str(b.get("text", "")), list(b.get("citations", []))

            sol = pick("pattern")
            rows = {"name": (pattern_name(sol[0]), sol[1]),
                    "problem": pick("case"), "context": pick("happened"),
                    "solution": sol, "applies_when": pick("applies")}
            subject = ("draft", recap_id)
        else:
            assert theme_id
            t, cases = _theme_cases(s, theme_id)
            if not cases:
                raise DraftError(f"Theme {theme_id} has no cases to draw a pattern from.")
            s.expunge_all()
            i = _central(ws, [c.problem for c in cases])
            with_outcome = [c for c in cases if c.outcome or c.tried] or cases
            j = _central(ws, [c.outcome or c.tried or c.problem for c in with_outcome])
            sol_case = with_outcome[j]
            ctxs = [c for c in cases if c.context] or cases
            lineage = {"cases": [c.id for c in cases], "sessions": [], "recaps": []}
            for c in cases[:_MAX_PROMPT_CASES]:
                offer_case(c)
            rows = {"name": (t.label or trim(cases[i].title, 8), [{"case_id": cases[i].id}]),
                    "problem": (trim(clean(cases[i].problem)), [{"case_id": cases[i].id}]),
                    "context": (trim(clean(ctxs[0].context or ctxs[0].problem)),
                                [{"case_id": ctxs[0].id}]),
                    "solution": (trim(clean(" ".join(x for x in (sol_case.tried,
                                                                 sol_case.outcome) if x))
                                      or clean(sol_case.problem)),
                                 [{"case_id": sol_case.id}]),
                    "applies_when": (trim(clean(t.description)) if t.description else
                                     f"Cases like {', '.join(c.id for c in cases[:3])} "
                                     f"({len(cases)} in this theme).",
                                     [{"case_id": c.id} for c in cases[:3]])}
            subject = ("theme", theme_id)
    rows["not_when"] = ("Not stated in the sources; the reviewer should say where this does "
                        "not apply.", [])
    prompt, phash = render_prompt(ws, "pattern", steps=list(PATTERN_STEPS), evidence=evidence)
    built = _Built({}, [], prompt_name="pattern", prompt_hash=phash)
    bullets = _llm_draft(ws, built, prompt, sorted(names - {""}), list(PATTERN_STEPS), labels,
                         set(sources), segs)
    if bullets is None:
        bullets = [{"step": k, "label": labels[k], "text": rows[k][0],
                    "citations": rows[k][1], "flag": "", "support": 0.0}
                   for k in PATTERN_STEPS]
    graded = ground(ws, bullets)
    built.content = {"title": "Pattern candidate", "bullets": graded, "note": _note(built),
                     "pattern": _pattern_content(graded, lineage),
                     "subject": {"type": subject[0], "id": subject[1]}}
    built.flags = flags_of(graded)
    return built


_NAME_LEAD = re.compile(r"^(?:(?:so|okay|ok|well|and|right)\b[,.]?\s+)*(?:the\s+)?"
                        r"(?:pattern|lesson|takeaway|rule(?: of thumb)?|playbook entry|entry)"
                        r"(?:\s+(?:is|here is|for me is|would be))?\s*[:,\-–]\s*", re.I)
_QUOTED = re.compile(r"[\"“]([^\"”]{4,80})[\"”]")


def pattern_name(text: str, max_words: int = 12) -> str:
    """A short name for a pattern from the sentence that states it: a quoted name when the
    speaker gave one, else the statement without its lead-in ("So the pattern is: ..."),
    cut at the first clause."""
    body = _strip_speaker(" ".join(text.split()))
    quoted = _QUOTED.search(body)
    if quoted:
        body = quoted.group(1)
    body = _NAME_LEAD.sub("", body)
    body = re.split(r"(?<=[.;:!?])\s|\s[–—-]\s", body, maxsplit=1)[0]
    body = body.strip(" .,;:!?\"“”'")
    w = body.split()
    if len(w) > max_words:
        head = w[:max_words]
        commas = [i for i, x in enumerate(head) if x.endswith(",") and i >= 3]
        body = " ".join(head[:commas[-1] + 1] if commas else head).rstrip(",;:")
    return body[:1].upper() + body[1:] if body else "Unnamed pattern"


def _strip_speaker(text: str) -> str:
    head, sep, rest = text.partition(": ")
    return rest if sep and len(head.split()) <= 3 else text


# ---- storing ------------------------------------------------------------------------------

def _record(d: Draft, v: DraftVersion) -> DraftRecord:
    return DraftRecord(d.id, d.kind, d.subject_type, d.subject_id, d.status, d.backend,
                       d.model, d.fallback_reason, v.number, v.content, v.text, list(v.flags),
                       from_db(d.deadline), dict(d.usage or {}))


def _store(ws: Workspace, actor: Actor, kind: str, subject_type: str, subject_id: str,
           b: _Built, deadline: dt.datetime | None = None) -> DraftRecord:
    with transaction(ws.engine) as s:
        d = Draft(id="D" + uuid.uuid4().hex[:10], kind=kind, subject_type=subject_type,
                  subject_id=subject_id, status="draft", backend=b.backend, model=b.model,
                  prompt_name=b.prompt_name, prompt_hash=b.prompt_hash, usage=b.usage,
                  fallback_reason=b.fallback_reason, deadline=deadline, created_by=actor.name)
        v = DraftVersion(number=1, content=b.content, text=render_text(kind, b.content),
                         flags=b.flags, author=b.backend if b.backend != "extractive"
                         else "assistant", machine=True)
        d.versions.append(v)
        s.add(d)
        record(s, actor=actor.name, action="draft", object_type="draft", object_id=d.id,
               after={"kind": kind, "subject": f"{subject_type}:{subject_id}",
                      "backend": b.backend, "flags": len(b.flags)},
               detail=b.fallback_reason)
        s.flush()
        return _record(d, v)


def draft_recap(ws: Workspace, session_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Draft the five-bullet recap of a session from its transcript."""
    require(actor, "draft")
    b, x = _build_recap(ws, session_id)
    return _store(ws, actor, "recap", "session", session_id, b, _deadline(ws, x))


def draft_preread(ws: Workspace, session_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Draft the one-page pre-read of a planned session."""
    require(actor, "draft")
    b, _ = _build_preread(ws, session_id)
    return _store(ws, actor, "preread", "session", session_id, b)


def draft_pattern(ws: Workspace, *, recap_id: str | None = None, theme_id: str | None = None,
                  actor: Actor = LOCAL) -> DraftRecord:
    """Draft a playbook pattern candidate from a recap draft or a theme."""
    require(actor, "draft")
    b = _build_pattern(ws, recap_id=recap_id, theme_id=theme_id)
    subj = ("draft", recap_id) if recap_id else ("theme", theme_id)
    return _store(ws, actor, "pattern", subj[0], str(subj[1]), b)


def draft_theme_label(ws: Workspace, theme_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Draft a label and one-line description for a theme."""
    require(actor, "draft")
    return _store(ws, actor, "theme_label", "theme", theme_id, _build_theme_label(ws, theme_id))


def label_themes(ws: Workspace, *, actor: Actor = LOCAL) -> list[DraftRecord]:
    """Draft a label for every active theme (none when there are no themes)."""
    require(actor, "draft")
    with OrmSession(ws.engine) as s:
        ids = list(s.scalars(select(Theme.id).where(Theme.status == "active")
                             .order_by(Theme.id)))
    return [draft_theme_label(ws, t, actor=actor) for t in ids]


def regenerate(ws: Workspace, draft_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Build the draft again from its sources as a new machine version (nothing is lost)."""
    require(actor, "draft")
    with OrmSession(ws.engine) as s:
        d = s.get(Draft, draft_id)
        if d is None:
            raise NotFound(f"No draft {draft_id!r}.")
        if d.status not in EDITABLE:
            raise Conflict(f"Draft {draft_id} is {d.status.replace('_', ' ')}; an approved "
                           "draft is not regenerated. Draft a new one instead.")
        kind, st, sid = d.kind, d.subject_type, d.subject_id
        recap_src = None
        if kind == "pattern":
            recap_src = d.versions[0].content.get("subject", {})
    if kind == "recap":
        b, _ = _build_recap(ws, sid)
    elif kind == "preread":
        b, _ = _build_preread(ws, sid)
    elif kind == "theme_label":
        b = _build_theme_label(ws, sid)
    else:
        typ = (recap_src or {}).get("type", st)
        b = _build_pattern(ws, recap_id=sid if typ == "draft" else None,
                           theme_id=sid if typ == "theme" else None)
    with transaction(ws.engine) as s:
        d = s.get(Draft, draft_id)
        if d is None:
            raise NotFound(f"Draft {draft_id} was deleted while it was being regenerated.")
        if d.status not in EDITABLE:  # approved (or sent for review) meanwhile
            raise Conflict(f"Draft {draft_id} became {d.status.replace('_', ' ')} while it "
                           "was being regenerated; nothing was saved. Draft a new one instead.")
        n = max((v.number for v in d.versions), default=0) + 1
        v = DraftVersion(number=n, content=b.content, text=render_text(kind, b.content),
                         flags=b.flags, author=b.backend if b.backend != "extractive"
                         else "assistant", machine=True, note="regenerated")
        d.versions.append(v)
        d.backend, d.model, d.fallback_reason = b.backend, b.model, b.fallback_reason
        d.prompt_name, d.prompt_hash, d.usage = b.prompt_name, b.prompt_hash, b.usage
        d.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        record(s, actor=actor.name, action="regenerate", object_type="draft", object_id=d.id,
               after={"version": n, "backend": b.backend}, detail=b.fallback_reason)
        s.flush()
        return _record(d, v)
