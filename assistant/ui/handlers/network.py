"""Network screen: the charter and roles, the sprint's checklist and decision, the three
metrics, case status and pulse, the quarterly theme review, the demo day pack, the kit, and
the redaction vocabulary.

Plain functions of (workspace, actor, inputs) returning Markdown or file paths, so a test
calls them without a browser. Tables go through :func:`render.table` (user text escaped).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from assistant.auth import Actor, require
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.rhythm.charter import CharterEdit, get_charter, red_flags, save_charter
from assistant.ui.render import esc, table
from assistant.workspace import Workspace

RESULT_FIELDS = ("name", "unit", "baseline", "target", "current", "due")
ROLE_FIELDS = ("person", "role", "team", "chosen_for", "commitment")


def _num(v: float | None) -> str:
    return "—" if v is None else f"{v:g}"


def red_flag_line(ws: Workspace, actor: Actor | None = None) -> str:
    """One line for Today: the charter's red flags, or nothing when it is sound."""
    flags = red_flags(get_charter(ws))
    return ("\n\n**Charter red flag:** " + esc(" ".join(flags))) if flags else ""


def charter_view(ws: Workspace, actor: Actor) -> tuple[str, str, str, str, str, str, int]:
    """Markdown summary, then the editor's fields: purpose, cadence, boundaries, results
    (one per line, ``|``-separated), roles (likewise), and the version shown."""
    require(actor, "read")
    c = get_charter(ws)
    flags = red_flags(c)
    md = [f"### Charter (version {c.version})" if c.version else "### No charter yet"]
    if flags:
        md.append("\n".join(f"- **Red flag:** {esc(f)}" for f in flags))
    md.append(table(("business result", "unit", "baseline", "now", "target", "due"),
                    [(r.name, r.unit, _num(r.baseline), _num(r.current), _num(r.target),
                      r.due or "") for r in c.results]))
    md.append(table(("role", "person", "team", "chosen for", "time"),
                    [(r.role, r.person, r.team, r.chosen_for, r.commitment)
                     for r in c.roles]))
    results = "\n".join(" | ".join(_cell(getattr(r, f)) for f in RESULT_FIELDS)
                        for r in c.results)
    roles = "\n".join(" | ".join(getattr(r, f) for f in ROLE_FIELDS) for r in c.roles)
    return "\n\n".join(md), c.purpose, c.cadence, c.boundaries, results, roles, c.version


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _lines(text: str, fields: tuple[str, ...], what: str) -> list[dict[str, str]]:
    out = []
    for n, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > len(fields):
            raise AssistantError(f"{what}, line {n}: at most {len(fields)} parts "
                                 f"({' | '.join(fields)}).")
        out.append(dict(zip(fields, parts + [""] * (len(fields) - len(parts)), strict=True)))
    return out


def save_charter_form(ws: Workspace, actor: Actor, purpose: str, cadence: str, boundaries: str,
                      results: str, roles: str, base_version: int, note: str = "") -> str:
    """Save the editor as a new version (stale edits are refused with a clear message)."""
    c = save_charter(ws, CharterEdit(
        purpose=purpose, cadence=cadence, boundaries=boundaries,
        results=_lines(results, RESULT_FIELDS, "Business results"),
        roles=_lines(roles, ROLE_FIELDS, "Roles"), note=note),
        base_version=int(base_version or 0), actor=actor)
    return f"Saved: the charter is at version {c.version}."


def sprint_view(ws: Workspace, actor: Actor, number: int | None = None,
                on: dt.date | None = None) -> str:
    """The sprint's phase, goals, checklist and decision as Markdown."""
    from assistant.rhythm.sprints import checklist, get_sprint, sprint_now

    require(actor, "read")
    now = sprint_now(ws, on)
    day = now.day
    try:
        sp = get_sprint(ws, number, on=day)
    except AssistantError as exc:  # none yet, or no such number
        return f"_{esc(exc)}_" if now.sprint is None else \
            f"### {esc(now.headline())}\n_{esc(exc)}_"
    # The headline is Today's: both screens say the same sprint is running (or none).
    head = (f"### {esc(now.headline())}\nSprint {sp.number}: {sp.start} to {sp.end}"
            + ("" if sp == now.running else f" ({esc(sp.phase(day))})") + "\n\n")
    if sp.goals:
        head += f"Goals: {esc(sp.goals)}\n\n"
    rows = [("yes" if c.done else "no", c.weeks, c.step, c.due, c.evidence)
            for c in checklist(ws, sp.number, on=day)]
    decision = (f"\n\n**Decision:** {esc(sp.decision)} ({esc(sp.decided_by)}, "
                f"{sp.decided_on}): {esc(sp.reasons)}" if sp.decision else
                "\n\n**Decision:** not taken yet (continue, pause or redesign).")
    return head + table(("done", "weeks", "step", "due", "evidence"), rows) + decision


def decide(ws: Workspace, actor: Actor, number: int | None, decision: str, reasons: str) -> str:
    from assistant.rhythm.sprints import decide_sprint, get_sprint

    n = number or get_sprint(ws).number
    sp = decide_sprint(ws, n, decision or "", reasons or "", actor=actor)
    return f"Sprint {sp.number}: {sp.decision} recorded."


def start(ws: Workspace, actor: Actor, day: str, goals: str) -> str:
    from assistant.rhythm.sprints import start_sprint
    from assistant.ui.handlers.intake import parse_date

    d = parse_date(day)
    if d is None:
        raise AssistantError("Give the sprint's first day as YYYY-MM-DD.")
    sp = start_sprint(ws, d, goals=goals or "", actor=actor)
    return f"Sprint {sp.number} starts {sp.start} and ends {sp.end}."


def metrics_view(ws: Workspace, actor: Actor) -> str:
    """The three metrics per sprint, then per theme for the latest sprint."""
    from assistant.rhythm.metrics import list_pulses, pulse_changes, sprint_metrics

    require(actor, "read")
    ms = sprint_metrics(ws)
    if not ms:
        return "_No sprint yet: start one below._"
    overall = table(("sprint", "patterns used in the field", "median days to solve",
                     "teams repeating methods", "new cases", "solved", "adoptions", "pulse"),
                    [(m.number, m.overall.patterns_used, _num(m.overall.median_days_to_solve),
                      m.overall.teams_repeating, m.overall.cases, m.overall.resolved,
                      m.overall.adoptions, _num(m.overall.pulse)) for m in ms])
    last = ms[-1]
    themes = table(("theme", "cases", "median days to solve", "patterns used",
                    "teams repeating", "adoptions"),
                   [(label, t.cases, _num(t.median_days_to_solve), t.patterns_used,
                     t.teams_repeating, t.adoptions) for label, t in last.by_theme.items()])
    pulse = table(("team", "baseline", "latest"),
                  [(p.team, f"{p.baseline:g} ({p.baseline_on})", f"{p.latest:g} "
                    f"({p.latest_on})") for p in pulse_changes(list_pulses(ws))])
    return (f"{overall}\n\n#### Per theme, sprint {last.number}\n{themes}"
            f"\n\n#### Capability pulse\n{pulse}")


def set_status(ws: Workspace, actor: Actor, case_id: str, status: str, resolved_on: str) -> str:
    from assistant.rhythm.metrics import set_case_status
    from assistant.ui.handlers.intake import parse_date

    st = set_case_status(ws, (case_id or "").strip(), status or "",
                         resolved_on=parse_date(resolved_on), actor=actor)
    return f"{st.case_id}: {st.status}" + (f", resolved {st.resolved_on}"
                                           if st.resolved_on else "") + "."


def add_pulse(ws: Workspace, actor: Actor, team: str, score: float | None, day: str) -> str:
    from assistant.rhythm.metrics import Pulse, record_pulses
    from assistant.ui.handlers.intake import parse_date

    if score is None:
        raise AssistantError("Give the team's survey score.")
    record_pulses(ws, [Pulse(team or "", parse_date(day) or ws.today(),
                             float(score))], actor=actor)
    return f"Pulse recorded for {esc(team)}."


def review_view(ws: Workspace, actor: Actor) -> tuple[str, list[tuple[str, str]]]:
    """Theme impact for the current sprint's review, and the theme choices."""
    from assistant.rhythm.review import theme_impact

    require(actor, "read")
    try:
        rows = theme_impact(ws)
    except AssistantError as exc:
        return f"_{esc(exc)}_", []
    md = table(("theme", "new cases", "growth", "adoptions", "median days to solve",
                "proposal", "steward's choice"),
               [(t.label, t.cases, f"{t.growth:+d}", t.adoptions,
                 _num(t.median_days_to_solve),
                 ("retire? " if t.propose_retire else "keep: ") + t.reason, t.choice or "—")
                for t in rows])
    return md, [(f"{t.label} · {t.theme_id}", t.theme_id) for t in rows]


def choose(ws: Workspace, actor: Actor, theme_id: str | None, choice: str, note: str) -> str:
    from assistant.rhythm.review import record_theme_choice
    from assistant.rhythm.sprints import get_sprint

    if not theme_id:
        raise AssistantError("Pick a theme first.")
    c = record_theme_choice(ws, get_sprint(ws).number, theme_id, choice or "",
                            note=note or "", actor=actor)
    return f"Sprint {c.sprint}: {esc(c.label)} — {c.choice}."


def demo_pack(ws: Workspace, actor: Actor, pdf: bool = True) -> list[str]:
    """Build the demo day pack into a fresh folder; the file paths to download."""
    from assistant.rhythm.demoday import write_pack

    require(actor, "read")
    folder = Path(tempfile.mkdtemp(prefix="demo-day-"))
    return [str(p) for p in write_pack(ws, folder, pdf=pdf)]


def kit_file(ws: Workspace, actor: Actor, blank: bool = False) -> str:
    """Export the starter kit (or a blank one); the path to download."""
    from assistant.rhythm.kit import export_kit

    require(actor, "read")
    folder = Path(tempfile.mkdtemp(prefix="kit-"))
    name = "starter-kit-blank.xlsx" if blank else "starter-kit.xlsx"
    return str(export_kit(None if blank else ws, folder / name))


def redaction_view(ws: Workspace, actor: Actor) -> tuple[str, str, str]:
    """What the redactor does with this workspace's endpoint, then the editor's two lists
    (one term per line): terms to keep, people to replace."""
    from assistant.summarize.llm import is_local
    from assistant.summarize.vocabulary import get_vocabulary

    require(actor, "read")
    st = ws.settings
    if not st.llm_base_url:
        state = ("No LLM endpoint is configured: drafts are written here and nothing is sent "
                 "anywhere. These lists apply once a remote endpoint is set.")
    elif is_local(st.llm_base_url):
        state = "The LLM endpoint runs on this machine: text is sent to it unredacted."
    elif not st.llm_redact_names:
        state = ("**Redaction is switched off** (`ASSISTANT_LLM_REDACT_NAMES=false`): names "
                 "reach the remote endpoint.")
    else:
        state = ("Before text goes to the remote endpoint, names, emails and phone numbers are "
                 "replaced and put back in the answer.")
    v = get_vocabulary(ws)
    extra = [f"{label} from the settings: {esc(', '.join(terms))}." for label, terms in
             (("Kept", st.redact_keep), ("People", st.redact_people)) if terms]
    md = " ".join([state, f"Stored: {counted(len(v.keep), 'term')} kept, "
                   f"{counted(len(v.people), 'person', 'people')}.",
                   *extra])
    return md, "\n".join(v.keep), "\n".join(v.people)


def save_redaction(ws: Workspace, actor: Actor, keep: str, people: str,
                   loaded: tuple[str, str] | None = None) -> str:
    """Save the editor's two lists. ``loaded``: the lists (keep, people) the editor showed
    before the steward typed, so only the steward's own additions and removals are saved
    and another steward's change saved meanwhile stays (None: the lists become exactly
    ``keep`` and ``people``)."""
    from assistant.summarize.vocabulary import Vocabulary, clean_terms, save_vocabulary

    base = None if loaded is None else Vocabulary(tuple(loaded[0].splitlines()),
                                                  tuple(loaded[1].splitlines()))
    v = save_vocabulary(ws, keep=(keep or "").splitlines(), people=(people or "").splitlines(),
                        actor=actor, base=base)
    note = ""
    if (v.keep, v.people) != (clean_terms((keep or "").splitlines(), "Terms to keep"),
                              clean_terms((people or "").splitlines(), "People")):
        note = (" Another steward changed the lists meanwhile; their change is kept too, as "
                "the lists below show.")
    return (f"Saved: {counted(len(v.keep), 'term')} kept, "
            f"{counted(len(v.people), 'person', 'people')} replaced.{note}")
