"""The Excel starter kit: five sheets (charter, roles and RACI, 90-day planner, intake
sheet, metrics tracker) written from the store, formatted for people, and read back by
:mod:`assistant.rhythm.kitread`.

Each sheet has a title row, a hint row, then one or more blocks: a bold header row and its
rows, blocks separated by a blank row. Grey header cells are filled by the assistant and
ignored on import; the others are the network's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.clock import today
from assistant.errors import AssistantError
from assistant.rhythm.metrics import Facts
from assistant.workspace import Workspace


@dataclass(frozen=True)
class Block:
    key: str
    headers: tuple[str, ...]
    derived: bool = False  # filled by the assistant, ignored on import
    derived_cols: tuple[str, ...] = ()  # derived columns inside an input block
    optional_cols: tuple[str, ...] = ()  # read when present (a kit from an older version)


#: The patterns table's text columns, in the order of the store's fields (CONTENT_FIELDS).
PATTERN_TEXT_COLUMNS = ("Problem", "Context", "What to do", "Applies when",
                        "Does not apply when")


#: sheet name -> (title, hint, blocks). Sheet names identify the kit on import.
LAYOUT: dict[str, tuple[str, str, tuple[Block, ...]]] = {
    "Charter": ("Network charter", "Purpose, the business results the network is "
                "accountable for (baseline and target), cadence, boundaries.", (
                    Block("charter", ("Field", "Value")),
                    Block("results", ("Business result", "Unit", "Baseline", "Target",
                                      "Current", "Due")),
                    Block("flags", ("Red flag",), derived=True))),
    "Roles and RACI": ("Roles and RACI", "Role is sponsor, steward, facilitator or data "
                       "partner; chosen for is mandate, expertise, interest or availability.", (
                           Block("roles", ("Person", "Role", "Team", "Chosen for",
                                           "Time committed")),
                           Block("raci", ("Activity", "Sponsor", "Steward", "Facilitators",
                                          "Data partner"), derived=True))),
    "90-day planner": ("90-day cycle planner", "Weeks 1-3: baseline pulse, gather cases, "
                       "refresh the charter. Weeks 4-8: two or three sessions, playbook v0.1. "
                       "Weeks 9-12: demo day, review, decide, lock next goals.", (
                           Block("sprints", ("Sprint", "Start", "End", "Goals", "Decision",
                                             "Reasons", "Decided by", "Decided on"),
                                 derived_cols=("End",)),
                           Block("checklist", ("Step", "Sprint", "Weeks", "Due", "Done",
                                               "Evidence"), derived=True),
                           Block("sessions", ("Date", "Session", "Format", "Facilitator",
                                              "Cases discussed")),
                           Block("review", ("Review sprint", "Theme id", "Theme", "Choice",
                                            "Note")))),
    "Intake": ("Case and content intake", "One case per row. Case status is open, in "
               "session, resolved or recurring; a resolved case needs its resolved date.", (
                   Block("cases", ("Case id", "Title", "Problem", "Context", "What was tried",
                                   "Outcome", "Submitted by", "Team", "Submitted", "Tags",
                                   "Case status", "Resolved on", "Theme"),
                         derived_cols=("Case id", "Theme")),)),
    "Metrics tracker": ("Metrics tracker", "Three things only: patterns used in the field, "
                        "time to solve recurring problems, teams repeating methods.", (
                            Block("per_sprint", ("Sprint", "Start", "End", "Cases",
                                                 "Resolved", "Median days to solve",
                                                 "Patterns used in the field",
                                                 "Teams repeating methods", "Adoptions",
                                                 "Capability pulse"), derived=True),
                            Block("per_theme", ("Theme sprint", "Theme", "Cases", "Resolved",
                                                "Median days to solve",
                                                "Patterns used in the field",
                                                "Teams repeating methods", "Adoptions"),
                                  derived=True),
                            Block("patterns", ("Pattern", "Published on", "Evidence cases",
                                               *PATTERN_TEXT_COLUMNS),
                                  optional_cols=PATTERN_TEXT_COLUMNS),
                            Block("adoptions", ("Adopted pattern", "Team", "Applied on",
                                                "Outcome")),
                            Block("pulse", ("Pulse team", "Taken on", "Score", "Note")))),
}
SHEETS = tuple(LAYOUT)
CHARTER_FIELDS = ("Purpose", "Cadence", "Boundaries")

Rows = list[tuple[Any, ...]]


def _d(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def collect(ws: Workspace | None, *, on: dt.date | None = None) -> dict[str, Rows]:
    """Every block's rows from the store (``ws`` None: a blank kit)."""
    from assistant.rhythm.charter import EMPTY, RACI, get_charter, red_flags

    day = on or (ws.today() if ws is not None else today())
    ch = get_charter(ws) if ws is not None else EMPTY
    out: dict[str, Rows] = {
        "charter": [("Purpose", ch.purpose), ("Cadence", ch.cadence),
                    ("Boundaries", ch.boundaries)],
        "results": [(r.name, r.unit, r.baseline, r.target, r.current, r.due)
                    for r in ch.results],
        "flags": [(f,) for f in red_flags(ch)] if ws is not None else [],
        "roles": [(r.person, r.role, r.team, r.chosen_for, r.commitment) for r in ch.roles],
        "raci": [(a, *letters) for a, letters in RACI],
    }
    if ws is None:
        return out | {k: [] for k in ("sprints", "checklist", "sessions", "review", "cases",
                                      "per_sprint", "per_theme", "patterns", "adoptions",
                                      "pulse")}
    from assistant.rhythm.metrics import load_facts

    facts = load_facts(ws)
    out |= _planner(ws, day)
    out |= _intake(ws, facts)
    out |= _metrics(ws, facts)
    return out


def _planner(ws: Workspace, day: dt.date) -> dict[str, Rows]:
    from assistant.rhythm.review import review_choices
    from assistant.rhythm.sprints import checklist, list_sprints
    from assistant.store.models import Session

    sprints = list_sprints(ws)
    rows: Rows = [(x.number, x.start, x.end, x.goals, x.decision or "", x.reasons,
                   x.decided_by, x.decided_on) for x in sprints]
    checks: Rows = [(c.step, x.number, c.weeks, c.due, "yes" if c.done else "no", c.evidence)
                    for x in sprints for c in checklist(ws, x.number, on=day)]
    with OrmSession(ws.engine) as s:
        sessions: Rows = [(x.date, x.title, x.format, x.facilitator,
                           "; ".join(c.id for c in x.cases))
                          for x in s.scalars(select(Session).options(selectinload(Session.cases))
                                             .order_by(Session.date, Session.title))]
    review: Rows = [(c.sprint, c.theme_id, c.label, c.choice, c.note)
                    for c in review_choices(ws)]
    return {"sprints": rows, "checklist": checks, "sessions": sessions, "review": review}


def _intake(ws: Workspace, f: Facts) -> dict[str, Rows]:
    from assistant.store.models import Case, CaseState

    cols = (Case.id, Case.title, Case.problem, Case.context, Case.tried, Case.outcome,
            Case.submitter, Case.team, Case.submitted_on, Case.tags)
    with OrmSession(ws.engine) as s:
        states = {cid: (st, day) for cid, st, day in s.execute(
            select(CaseState.case_id, CaseState.status, CaseState.resolved_on))}
        rows: Rows = []
        for r in s.execute(select(*cols).order_by(Case.submitted_on, Case.id)):
            st, day = states.get(r[0], ("open", None))
            rows.append((*r[:9], "; ".join(r[9] or ()), st, day,
                         f.labels.get(f.theme_of.get(r[0], ""), "")))
    return {"cases": rows}


def _metrics(ws: Workspace, f: Facts) -> dict[str, Rows]:
    from assistant.index.texts import library_version
    from assistant.rhythm.metrics import list_pulses, sprint_metrics
    from assistant.store.models import Pattern, PatternAdoption

    per_sprint: Rows = []
    per_theme: Rows = []
    for sm in sprint_metrics(ws, facts=f):
        m = sm.overall
        per_sprint.append((sm.number, sm.start, sm.end, m.cases, m.resolved,
                           m.median_days_to_solve, m.patterns_used, m.teams_repeating,
                           m.adoptions, m.pulse))
        per_theme += [(sm.number, label, t.cases, t.resolved, t.median_days_to_solve,
                       t.patterns_used, t.teams_repeating, t.adoptions)
                      for label, t in sm.by_theme.items()]
    with OrmSession(ws.engine) as s:
        # The library's version of each pattern: the one last published while a newer
        # approved version waits for the next publish (adoptions name it the same way).
        rows = list(s.scalars(select(Pattern)))
        lib = {p.id: (library_version(p), p) for p in rows}
        pats = sorted(((v, p) for v, p in lib.values() if v is not None),
                      key=lambda vp: (vp[0].name, vp[0].id))
        patterns: Rows = [(v.name, _d(v.published_at),
                           "; ".join((p.evidence or {}).get("cases", [])),
                           v.problem, v.context, v.solution, v.applies_when, v.not_when)
                          for v, p in pats]
        names = {pid: (v or p).name for pid, (v, p) in lib.items()}
        adoptions: Rows = sorted(
            ((names[a.pattern_id], a.team, a.applied_on or a.created_at.date(), a.outcome)
             for a in s.scalars(select(PatternAdoption))),
            key=lambda r: (r[2], r[0], r[1], r[3]))
    pulse: Rows = [(p.team, p.taken_on, p.score, p.note) for p in
                   sorted(list_pulses(ws), key=lambda p: (p.taken_on, p.team))]
    return {"per_sprint": per_sprint, "per_theme": per_theme, "patterns": patterns,
            "adoptions": adoptions, "pulse": pulse}


# ------------------------------------------------------------------ writing


def export_kit(ws: Workspace | None, path: Path | str, *, on: dt.date | None = None) -> Path:
    """Write the starter kit to ``path`` (``ws`` None: a blank kit for a new network).
    Written to a temporary file first, so a failure leaves no half-written workbook."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"{path}: the kit is an Excel workbook; name it *.xlsx.")
    if not path.parent.is_dir():
        # A typo in the folder should not create a tree of folders somewhere.
        raise AssistantError(f"{path}: the folder {path.parent} does not exist. Fix: create "
                             "it first, or choose a folder that exists.")
    data = collect(ws, on=on)
    wb = _workbook(data)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _workbook(data: dict[str, Rows]) -> Any:
    """A write-only workbook (rows streamed, no cell objects kept): widths and frozen panes
    are set from the data before the rows are written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    input_fill = PatternFill("solid", fgColor="DCE6F1")
    derived_fill = PatternFill("solid", fgColor="E7E6E6")
    wb = Workbook(write_only=True)
    for name, (title, hint, blocks) in LAYOUT.items():
        sh = wb.create_sheet(name)
        widths: dict[int, int] = {}
        for block in blocks:
            for ci, h in enumerate(block.headers, 1):
                widths[ci] = max(widths.get(ci, 0), len(h) + 2)
            for row in data[block.key]:
                for ci, v in enumerate(row, 1):
                    if v is not None:
                        w = 12 if isinstance(v, dt.date) else min(60, len(str(v)) + 2)
                        if w > widths.get(ci, 0):
                            widths[ci] = w
        for ci, w in widths.items():
            sh.column_dimensions[_col(ci)].width = max(10, min(60, w))
        sh.freeze_panes = "A4"  # title, hint, then the first block's header
        title_cell = WriteOnlyCell(sh, value=title)
        title_cell.font = title_font
        sh.append([title_cell])
        sh.append([hint])
        last = 2
        positions: dict[str, tuple[int, int]] = {}  # block -> (header row, last row)
        for bi, block in enumerate(blocks):
            if bi:
                sh.append([])
                last += 1
            header = []
            for h in block.headers:
                c = WriteOnlyCell(sh, value=h)
                c.font = bold
                c.fill = derived_fill if block.derived or h in block.derived_cols \
                    else input_fill
                header.append(c)
            sh.append(header)
            last += 1
            hrow = last
            for row in data[block.key]:
                sh.append([_date_cell(sh, v, WriteOnlyCell) if isinstance(v, dt.date)
                           else _text_cell(sh, v, WriteOnlyCell) if _formula_like(v) else v
                           for v in row])
            last += len(data[block.key])
            positions[block.key] = (hrow, last)
        if name == "Metrics tracker":
            _chart(sh, *positions["per_sprint"])
    return wb


def _date_cell(sh: Any, value: dt.date, cell_type: Any) -> Any:
    c = cell_type(sh, value=value)
    c.number_format = "yyyy-mm-dd"
    return c


#: A cell starting with one of these is taken for a formula by openpyxl ("=") or by Excel
#: when someone edits it (OWASP, CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _text_cell(sh: Any, value: str, cell_type: Any) -> Any:
    """User text that looks like a formula (a case title ``=HYPERLINK(...)``) written as a
    text cell, with Excel's quote prefix so editing it keeps it text; read back unchanged."""
    c = cell_type(sh, value=value)
    c.data_type = "s"
    c.quotePrefix = True
    return c


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(i))


def _chart(sh: Any, header: int, last: int) -> None:
    """A line chart of the three metrics per sprint, next to the tracker."""
    if last <= header:
        return
    from openpyxl.chart import LineChart, Reference

    chart = LineChart()
    chart.title = "The three metrics per sprint"
    chart.y_axis.title = "count / days"
    chart.x_axis.title = "Sprint"
    for col in (6, 7, 8):  # median days, patterns used, teams repeating
        chart.add_data(Reference(sh, min_col=col, min_row=header, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(sh, min_col=1, min_row=header + 1, max_row=last))
    chart.height, chart.width = 8, 16
    sh.add_chart(chart, "L3")


# ------------------------------------------------------------------ comparing


def workbook_values(path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values, rows with trailing blanks trimmed (dates as dates): what
    "the same workbook" means for the round trip."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for sh in wb.worksheets:
            rows = []
            for r in sh.iter_rows(values_only=True):
                vals = [_d(v) if isinstance(v, dt.datetime) and v.time() == dt.time() else v
                        for v in r]
                while vals and vals[-1] in (None, ""):
                    vals.pop()
                rows.append(tuple(vals))
            while rows and not rows[-1]:
                rows.pop()
            out[sh.title] = rows
        return out
    finally:
        wb.close()


def differences(a: dict[str, Sequence[tuple[Any, ...]]],
                b: dict[str, Sequence[tuple[Any, ...]]], *, limit: int = 5) -> list[str]:
    """Where two workbooks' values differ (sheet, row), at most ``limit`` lines."""
    out = []
    for sheet in sorted(set(a) | set(b)):
        ra, rb = a.get(sheet, []), b.get(sheet, [])
        for i in range(max(len(ra), len(rb))):
            x = ra[i] if i < len(ra) else None
            y = rb[i] if i < len(rb) else None
            if x != y:
                out.append(f"{sheet} row {i + 1}: {x!r} != {y!r}")
                if len(out) >= limit:
                    return out
    return out
