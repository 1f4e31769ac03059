"""``assistant charter | roles | sprint | case | pulse | metrics | demoday | kit`` and
``assistant review themes | choose``: the network's operating rhythm (assistant.rhythm)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from assistant.cli.common import app, echo, secho, workspace
from assistant.cli.review import AS_USER, _actor, review_app
from assistant.errors import AssistantError
from assistant.plural import counted

charter_app = typer.Typer(no_args_is_help=True, help="The charter: purpose, results "
                          "(baseline, target), cadence, boundaries.")
roles_app = typer.Typer(no_args_is_help=True, help="Who is sponsor, steward, facilitator, "
                        "data partner (kept with the charter).")
sprint_app = typer.Typer(no_args_is_help=True, help="90-day sprints: start, checklist, "
                         "decision.")
case_app = typer.Typer(no_args_is_help=True, help="Case status and resolution date; "
                       "who submitted a case, their team and the day.")
pulse_app = typer.Typer(no_args_is_help=True, help="The capability pulse (baseline).")
demoday_app = typer.Typer(no_args_is_help=True, help="The demo day pack for sponsors.")
kit_app = typer.Typer(no_args_is_help=True, help="The Excel starter kit (read it back with "
                      "`assistant ingest FILE.xlsx`).")
for _sub, _name in ((charter_app, "charter"), (roles_app, "roles"), (sprint_app, "sprint"),
                    (case_app, "case"), (pulse_app, "pulse"), (demoday_app, "demoday"),
                    (kit_app, "kit")):
    app.add_typer(_sub, name=_name)

ON = typer.Option(None, "--on", help="As of this day, YYYY-MM-DD (default today).")


def _day(value: str | None, what: str = "date") -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise AssistantError(f"The {what} {value!r} is not YYYY-MM-DD.") from None


def _num(v: float | None) -> str:
    return "—" if v is None else f"{v:g}"


# ------------------------------------------------------------------ charter and roles


@charter_app.command("show")
def charter_show(version: int | None = typer.Option(None, "--version", help="An older "
                                                    "version.")) -> None:
    """The charter in force, its red flags and its version."""
    from assistant.rhythm.charter import get_charter, red_flags

    c = get_charter(workspace(), version=version)
    echo(f"Charter version {c.version}" + (f" by {c.author}, {c.created_at:%Y-%m-%d}"
                                                  if c.created_at else " (none written)"))
    echo(f"Purpose: {c.purpose}\nCadence: {c.cadence}\nBoundaries: {c.boundaries}")
    for r in c.results:
        echo(f"  result: {r.name} [{r.unit}] baseline {_num(r.baseline)}, now "
             f"{_num(r.current)}, target {_num(r.target)}, due {r.due or '—'}")
    for a in c.roles:
        echo(f"  {a.role}: {a.person} ({a.team or '—'}; chosen for "
             f"{a.chosen_for or '—'}; {a.commitment or '—'})")
    for f in red_flags(c) if version is None else []:
        secho(f"red flag: {f}", fg="red")


def _result(spec: str) -> dict[str, str]:
    parts = [p.strip() for p in spec.split("|")]
    if len(parts) > 6:
        raise AssistantError(f"--result {spec!r}: at most name|unit|baseline|target|current|"
                             "due.")
    keys = ("name", "unit", "baseline", "target", "current", "due")
    return dict(zip(keys, parts + [""] * (6 - len(parts)), strict=True))


@charter_app.command("edit")
def charter_edit(
    purpose: str | None = typer.Option(None, "--purpose", help="Why the network exists."),
    cadence: str | None = typer.Option(None, "--cadence", help="How often sessions run."),
    boundaries: str | None = typer.Option(None, "--boundaries", help="What the network does "
                                           "not take on."),
    result: list[str] = typer.Option([], "--result", help="name|unit|baseline|target|"
                                     "current|due (repeatable; replaces the results)."),
    base: int | None = typer.Option(None, "--base-version", help="Refuse if the charter "
                                    "moved past this version."),
    note: str = typer.Option("", "--note", help="Why it changed."),
    as_user: str | None = AS_USER,
) -> None:
    """Edit the charter (stewards); every save is a new, audited version."""
    from assistant.rhythm.charter import CharterEdit, save_charter

    c = save_charter(workspace(), CharterEdit(purpose=purpose, cadence=cadence,
                                              boundaries=boundaries,
                                              results=[_result(r) for r in result] or None,
                                              note=note),
                     base_version=base, actor=_actor(as_user))
    echo(f"Charter is at version {c.version}.")


@roles_app.command("show")
def roles_show() -> None:
    """Who holds each role, and the minimal RACI."""
    from assistant.rhythm.charter import RACI, ROLE_NAMES, get_charter

    for r in get_charter(workspace()).roles:
        echo(f"{r.role:13} {r.person} ({r.team or '—'}; chosen for "
             f"{r.chosen_for or '—'}; {r.commitment or '—'})")
    echo("\nRACI: " + " | ".join(ROLE_NAMES))
    for activity, letters in RACI:
        echo(f"  {activity:48} {'  '.join(letters)}")


@roles_app.command("set")
def roles_set(person: str = typer.Argument(..., help="Who holds the role."),
              role: str = typer.Argument(..., help="sponsor, steward, facilitator or data "
                                         "partner"),
              team: str = typer.Option("", "--team", help="Their team."),
              chosen_for: str = typer.Option("", "--chosen-for", help="mandate, expertise, "
                                             "interest or availability"),
              commitment: str = typer.Option("", "--commitment", help="e.g. 2 hours a week"),
              remove: bool = typer.Option(False, "--remove", help="Take the role away."),
              as_user: str | None = AS_USER) -> None:
    """Give PERSON the ROLE (sponsor, steward, facilitator, data partner), or remove it."""
    from assistant.rhythm.charter import CharterEdit, get_charter, make_role, save_charter

    ws = workspace()
    cur = get_charter(ws)
    new = make_role({"person": person, "role": role, "team": team, "chosen_for": chosen_for,
                     "commitment": commitment})
    roles = [r for r in cur.roles if (r.person, r.role) != (new.person, new.role)]
    if not remove:
        roles.append(new)
    c = save_charter(ws, CharterEdit(roles=roles, note=f"role {new.role}: {new.person}"),
                     base_version=cur.version, actor=_actor(as_user))
    echo(f"Roles saved (charter version {c.version}).")


# ------------------------------------------------------------------ sprints


@sprint_app.command("start")
def sprint_start(start: str = typer.Argument(..., help="First day, YYYY-MM-DD."),
                 goals: str = typer.Option("", "--goals", help="What the sprint is for."),
                 as_user: str | None = AS_USER) -> None:
    """Start the next 90-day sprint on START (YYYY-MM-DD)."""
    from assistant.rhythm.sprints import start_sprint

    day = _day(start, "start")
    assert day is not None
    sp = start_sprint(workspace(), day, goals=goals, actor=_actor(as_user))
    echo(f"Sprint {sp.number}: {sp.start} to {sp.end}.")


@sprint_app.command("show")
def sprint_show(number: int | None = typer.Argument(None, help="Sprint number (default the "
                                                     "current one)."),
                on: str | None = ON) -> None:
    """A sprint's phase and checklist (done state from the data)."""
    from assistant.rhythm.sprints import checklist, get_sprint, sprint_now

    ws = workspace()
    now = sprint_now(ws, _day(on))
    when = now.day
    sp = get_sprint(ws, number, on=when)
    echo(now.headline() + ".")
    echo(f"Sprint {sp.number}: {sp.start} to {sp.end}, week {sp.week(when)} "
         f"({sp.phase(when)})")
    if sp.goals:
        echo(f"Goals: {sp.goals}")
    for c in checklist(ws, sp.number, on=when):
        echo(f"  [{'x' if c.done else ' '}] {c.weeks:10} {c.step} — {c.evidence}")
    if sp.decision:
        echo(f"Decision: {sp.decision} ({sp.decided_by}, {sp.decided_on}): "
             f"{sp.reasons}")


@sprint_app.command("decide")
def sprint_decide(number: int = typer.Argument(..., help="Sprint number."),
                  decision: str = typer.Argument(..., help="continue, pause or redesign"),
                  reasons: str = typer.Option(..., "--reasons", help="Why: kept with the "
                                          "decision."),
                  as_user: str | None = AS_USER) -> None:
    """Record the sprint decision with its reasons (sponsor or steward)."""
    from assistant.rhythm.sprints import decide_sprint

    sp = decide_sprint(workspace(), number, decision, reasons, actor=_actor(as_user))
    echo(f"Sprint {sp.number}: {sp.decision}.")


@sprint_app.command("goals")
def sprint_goals(number: int = typer.Argument(..., help="Sprint number."),
                 goals: str = typer.Argument(..., help="The goals, as one text."),
                 as_user: str | None = AS_USER) -> None:
    """Set (lock) a sprint's goals."""
    from assistant.rhythm.sprints import set_goals

    set_goals(workspace(), number, goals, actor=_actor(as_user))
    echo(f"Sprint {number} goals saved.")


# ------------------------------------------------------------------ cases, pulse, metrics


@case_app.command("status")
def case_status(case_id: str = typer.Argument(..., help="Case id (C...)."),
                status: str = typer.Argument(..., help="open, in session, resolved or "
                                             "recurring"),
                resolved_on: str | None = typer.Option(None, "--resolved-on", help="YYYY-MM-DD "
                                                       "(default today)."),
                as_user: str | None = AS_USER) -> None:
    """Set a case's status (data partner or steward); resolved needs a date (default
    today)."""
    from assistant.rhythm.metrics import set_case_status

    st = set_case_status(workspace(), case_id, status,
                         resolved_on=_day(resolved_on, "resolved date"), actor=_actor(as_user))
    echo(f"{st.case_id}: {st.status}" + (f", resolved {st.resolved_on}"
                                               if st.resolved_on else ""))


@case_app.command("edit")
def case_edit(case_id: str = typer.Argument(..., help="Case id (C...)."),
              submitter: str | None = typer.Option(None, "--submitter", help="Who submitted "
                                                   "it (\"\" clears it)."),
              team: str | None = typer.Option(None, "--team", help="Their team or site."),
              submitted_on: str | None = typer.Option(None, "--submitted-on",
                                                      help="YYYY-MM-DD: the day it was "
                                                      "submitted."),
              context: str | None = typer.Option(None, "--context", help="Its context."),
              tried: str | None = typer.Option(None, "--tried", help="What was tried."),
              outcome: str | None = typer.Option(None, "--outcome",
                                                 help="Its outcome (a sheet's Status)."),
              tags: str | None = typer.Option(None, "--tags", help="Its tags, comma- or "
                                              "semicolon-separated (\"\" clears them)."),
              as_user: str | None = AS_USER) -> None:
    """Correct a stored case's details; its id stays (audited, re-indexed).

    Any field an ingest fills in: who submitted it, their team, the day, its context, what
    was tried, its outcome, its tags."""
    from assistant.ingest.service import edit_case

    c = edit_case(workspace(), case_id, submitter=submitter, team=team,
                  submitted_on=submitted_on, context=context, tried=tried, outcome=outcome,
                  tags=tags, actor=_actor(as_user))
    echo(f"{c.id}: submitted by {c.submitter or '(nobody named)'}, team "
         f"{c.team or '(none)'}, on {c.submitted_on or '(no date)'}.")
    for name, given, now in (("context", context, c.context), ("tried", tried, c.tried),
                             ("outcome", outcome, c.outcome),
                             ("tags", tags, ", ".join(c.tags))):
        if given is not None:
            echo(f"  {name}: {now or '(none)'}")


@pulse_app.command("record")
def pulse_record(team: str = typer.Argument(..., help="Team name."),
                 score: float = typer.Argument(..., help="Pulse score."), on: str | None = ON,
                 note: str = typer.Option("", "--note", help="A remark kept with the score."),
                 as_user: str | None = AS_USER) -> None:
    """Record a team's capability pulse score (the first is its baseline)."""
    from assistant.rhythm.metrics import Pulse, record_pulses

    ws = workspace()
    record_pulses(ws, [Pulse(team, _day(on) or ws.today(), score, note)],
                  actor=_actor(as_user))
    echo(f"Pulse recorded for {team}.")


@app.command("metrics")
def metrics(by_theme: bool = typer.Option(False, "--by-theme", help="Also per theme.")
            ) -> None:
    """The three metrics per sprint.

    Patterns used in the field, time to solve, teams repeating methods."""
    from assistant.rhythm.metrics import sprint_metrics

    rows = sprint_metrics(workspace())
    if not rows:
        echo("No sprint yet: `assistant sprint start YYYY-MM-DD`.")
    for sm in rows:
        m = sm.overall
        echo(f"Sprint {sm.number} ({sm.start} to {sm.end}): patterns used "
             f"{m.patterns_used}, median days to solve {_num(m.median_days_to_solve)} "
             f"({m.resolved} solved), teams repeating {m.teams_repeating}; "
             f"{counted(m.cases, 'new case')}, {counted(m.adoptions, 'adoption')}, "
             f"pulse {_num(m.pulse)}")
        for label, t in sm.by_theme.items() if by_theme else ():
            echo(f"  {label}: {counted(t.cases, 'case')}, patterns used {t.patterns_used}, "
                 f"median days {_num(t.median_days_to_solve)}, teams repeating "
                 f"{t.teams_repeating}")


# ------------------------------------------------------------------ quarterly review


@review_app.command("themes")
def review_themes(sprint: int | None = typer.Option(None, "--sprint", help="Sprint number "
                                                   "(default the current one).")) -> None:
    """Theme impact for the quarterly review, and the themes it proposes to retire."""
    from assistant.rhythm.review import theme_impact

    for t in theme_impact(workspace(), sprint):
        mark = "retire?" if t.propose_retire else "keep"
        chosen = f" — chosen: {t.choice}" if t.choice else ""
        echo(f"{t.theme_id}  {t.label}: {counted(t.cases, 'case')}, growth {t.growth:+d}, "
             f"{counted(t.adoptions, 'adoption')}, "
             f"median days {_num(t.median_days_to_solve)} [{mark}: {t.reason}]{chosen}")


@review_app.command("choose")
def review_choose(theme_id: str = typer.Argument(..., help="Theme id."),
                  choice: str = typer.Argument(..., help="keep or retire"),
                  sprint: int | None = typer.Option(None, "--sprint", help="Sprint number "
                                                    "(default the current one)."),
                  note: str = typer.Option("", "--note", help="Why: kept with the choice."),
                  as_user: str | None = AS_USER
                  ) -> None:
    """Record the steward's keep / retire choice for a theme."""
    from assistant.rhythm.review import record_theme_choice
    from assistant.rhythm.sprints import get_sprint

    ws = workspace()
    number = sprint or get_sprint(ws).number
    c = record_theme_choice(ws, number, theme_id, choice, note=note, actor=_actor(as_user))
    echo(f"Sprint {c.sprint}: {c.label} — {c.choice}.")


# ------------------------------------------------------------------ demo day and kit


@demoday_app.command("pack")
def demoday_pack(folder: Path = typer.Argument(Path("demo-day"), help="Folder to write."),
                 sprint: int | None = typer.Option(None, "--sprint", help="Only this sprint "
                                                   "(default every sprint)."),
                 pdf: bool = typer.Option(True, "--pdf/--no-pdf", help="Also print a PDF."),
                 browser: str | None = typer.Option(None, "--browser", help="Chromium to "
                                                    "print the PDF with.")) -> None:
    """Write the demo day pack (HTML and PDF, one page per sprint) into FOLDER."""
    from assistant.rhythm.demoday import write_pack

    for p in write_pack(workspace(), folder, sprint=sprint, pdf=pdf, browser=browser):
        echo(f"Wrote {p}")


@kit_app.command("export")
def kit_export(path: Path = typer.Argument(..., help="Workbook to write (*.xlsx)."),
               blank: bool = typer.Option(False, "--blank", help="An empty kit for a new "
                                          "network.")) -> None:
    """Write the Excel starter kit workbook.

    Charter, roles and RACI, 90-day planner, intake sheet, metrics tracker."""
    from assistant.rhythm.kit import export_kit

    if path.suffix.lower() != ".xlsx":
        raise AssistantError(f"{path}: name the kit *.xlsx.")
    export_kit(None if blank else workspace(), path)
    echo(f"Wrote {path}")
