"""Reading the starter kit back: every sheet of a workbook written by
:func:`assistant.rhythm.kit.export_kit` (or filled in by hand from a blank kit), a title row
above each header tolerated, validated completely before anything is stored.

The kit is recognised by its sheet names; any other workbook is a plain intake sheet.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, IngestError
from assistant.ingest.cases import (
    Row,
    norm_header,
    parse_date,
    rows_to_cases,
    workbook_rows,
)
from assistant.ingest.files import check_case_count
from assistant.ingest.records import CaseRecord
from assistant.rhythm.adoptions import CONTENT_FIELDS, Adoption, PatternEntry
from assistant.rhythm.charter import make_result, make_role
from assistant.rhythm.kit import CHARTER_FIELDS, LAYOUT, PATTERN_TEXT_COLUMNS, Block
from assistant.rhythm.metrics import Pulse
from assistant.store.models import CASE_STATUSES
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

#: A workbook with at least this many of the kit's sheet names is read as a kit.
MIN_KIT_SHEETS = 3


def is_kit(path: Path) -> bool:
    """Whether ``path`` is a starter-kit workbook (judged by its sheet names)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not zipfile.is_zipfile(path):
        return False
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # not readable as a workbook: the plain reader explains why
        return False
    try:
        names = {n.strip().lower() for n in wb.sheetnames}
    finally:
        wb.close()
    return sum(1 for n in LAYOUT if n.lower() in names) >= MIN_KIT_SHEETS



@dataclass
class KitData:
    """What a kit holds, validated, not yet stored."""

    path: str
    charter: dict[str, str] = field(default_factory=dict)
    results: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    sprints: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    cases: list[CaseRecord] = field(default_factory=list)
    case_status: list[tuple[int, str, dt.date | None]] = field(default_factory=list)
    patterns: list[PatternEntry] = field(default_factory=list)
    adoptions: list[Adoption] = field(default_factory=list)
    pulses: list[Pulse] = field(default_factory=list)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return " ".join(str(v).split())


def _blocks(rows: list[Row], blocks: tuple[Block, ...]) -> dict[str, tuple[int, list[Any],
                                                                          list[Row]]]:
    """block key -> (header line, header cells, data rows): a block starts at a row whose
    first cell is the block's first header; it ends at a blank row or another header."""
    firsts = {norm_header(b.headers[0]): b for b in blocks}
    found: dict[str, tuple[int, list[Any], list[Row]]] = {}
    current: list[Row] | None = None
    for n, r in rows:
        first = norm_header(r[0]) if r else ""
        if first in firsts and firsts[first].key not in found:
            b = firsts[first]
            current = []
            found[b.key] = (n, list(r), current)
            continue
        if not any(_text(v) for v in r):
            current = None
            continue
        if current is not None:
            current.append((n, r))
    return found


def _read_columns(where: str, line: int, header: list[Any], block: Block) -> dict[str, int]:
    """Normalised header -> its column. A header the block reads that heads two columns
    (a second 'Team' typed right of the table) would have one column read and the other's
    values lost unseen: refused with the sheet, the header's cells and the fix. A repeated
    header the block does not read loses nothing and is left alone."""
    from openpyxl.utils import get_column_letter as col

    read = {norm_header(h) for h in block.headers if h not in block.derived_cols}
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        if not _text(h):
            continue
        nh = norm_header(h)
        if nh in cols and nh in read:
            same = [c for c, x in enumerate(header) if _text(x) and norm_header(x) == nh]
            cells = [f"{col(c + 1)}{line}" for c in same]
            raise IngestError(
                f"the {block.headers[0]!r} table's cells {', '.join(cells[:-1])} and "
                f"{cells[-1]} are {'both' if len(same) == 2 else 'all'} headed "
                f"{_text(header[same[0]])!r}; only one could be read and the values under "
                f"the other{'s' if len(same) > 2 else ''} would be lost.", path=where,
                line=line, fix="give each column its own header (or merge the columns into "
                "one, or delete the extra one), then save and import the kit again.")
        cols.setdefault(nh, i)
    return cols


def _columns(where: str, line: int, header: list[Any], block: Block) -> dict[str, int]:
    cols = _read_columns(where, line, header, block)
    missing = [h for h in block.headers if h not in block.derived_cols
               and h not in block.optional_cols and norm_header(h) not in cols]
    if missing:
        raise IngestError(f"the {block.headers[0]!r} table lacks the column(s) "
                          f"{', '.join(missing)}.", path=where, line=line,
                          fix="restore the header from a blank kit (assistant kit export "
                              "--blank).")
    return cols


def _get(r: Sequence[Any], cols: dict[str, int], name: str) -> Any:
    i = cols.get(norm_header(name))
    return r[i] if i is not None and i < len(r) else None


def _date(where: str, n: int, value: Any, what: str) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise IngestError(f"{what} {_text(value)!r} is not a date.", path=where, line=n,
                          fix="write dates as YYYY-MM-DD, e.g. 2026-09-14.") from None


def _int(where: str, n: int, value: Any, what: str) -> int:
    try:
        f = float(value)
        if not f.is_integer():
            raise ValueError
        return int(f)
    except (TypeError, ValueError):
        raise IngestError(f"{what} {_text(value)!r} is not a whole number.", path=where,
                          line=n, fix="write the sprint number, e.g. 1.") from None


def read_kit(path: Path) -> KitData:
    """Parse and validate every sheet; :class:`IngestError` names sheet, row and fix."""
    sheets = {title.strip().lower(): (title, rows)
              for title, rows in workbook_rows(path, lambda sheets: sheets)}
    data = KitData(path=str(path))
    for name, (_, _, blocks) in LAYOUT.items():
        if name.lower() not in sheets:
            continue
        title, rows = sheets[name.lower()]
        where = f"{path} (sheet {title!r})"
        found = _blocks(rows, blocks)
        for b in blocks:
            if b.key not in found or b.derived:
                continue
            line, header, body = found[b.key]
            if b.key == "cases":
                _cases(data, where, line, header, body, b)
                continue
            cols = _columns(where, line, header, b)
            for n, r in body:
                try:
                    _row(data, b.key, where, n, r, cols)
                except IngestError:
                    raise
                except AssistantError as exc:
                    raise IngestError(str(exc), path=where, line=n,
                                      fix="correct the cell and import again.") from None
    return data


def _row(data: KitData, key: str, where: str, n: int, r: Sequence[Any],
         cols: dict[str, int]) -> None:
    def g(name: str) -> Any:
        return _get(r, cols, name)

    if key == "charter":
        fld = _text(g("Field")).capitalize()
        if fld not in CHARTER_FIELDS:
            raise IngestError(f"unknown charter field {fld!r}.", path=where, line=n,
                              fix=f"use {', '.join(CHARTER_FIELDS)}.")
        raw = g("Value")
        data.charter[fld.lower()] = "" if raw is None else str(raw).strip()
    elif key == "results":
        data.results.append(make_result({
            "name": g("Business result"), "unit": _text(g("Unit")), "baseline": g("Baseline"),
            "target": g("Target"), "current": g("Current"),
            "due": _date(where, n, g("Due"), "due date")}).__dict__)
    elif key == "roles":
        data.roles.append(make_role({"person": g("Person"), "role": g("Role"),
                                     "team": _text(g("Team")),
                                     "chosen_for": _text(g("Chosen for")),
                                     "commitment": _text(g("Time committed"))}).__dict__)
    elif key == "sprints":
        start = _date(where, n, g("Start"), "start")
        if start is None:
            raise IngestError("a sprint needs its start date.", path=where, line=n,
                              fix="write the first day, e.g. 2026-09-01.")
        data.sprints.append({"number": _int(where, n, g("Sprint"), "sprint"), "start": start,
                             "goals": str(g("Goals") or "").strip(),
                             "decision": _text(g("Decision")).lower(),
                             "reasons": str(g("Reasons") or "").strip(),
                             "decided_by": _text(g("Decided by")),
                             "decided_on": _date(where, n, g("Decided on"), "decided on"),
                             "line": n})
    elif key == "sessions":
        data.sessions.append({"date": _date(where, n, g("Date"), "session date"),
                              "title": _text(g("Session")), "format": _text(g("Format")),
                              "facilitator": _text(g("Facilitator")),
                              "cases": [c.strip() for c in str(g("Cases discussed") or "")
                                        .split(";") if c.strip()], "line": n})
    elif key == "review":
        data.review.append({"sprint": _int(where, n, g("Review sprint"), "sprint"),
                            "theme_id": _text(g("Theme id")), "label": _text(g("Theme")),
                            "choice": _text(g("Choice")), "note": str(g("Note") or "").strip(),
                            "line": n})
    elif key == "patterns":
        text = [str(g(h) or "").strip() for h in PATTERN_TEXT_COLUMNS]
        data.patterns.append(PatternEntry(
            _text(g("Pattern")), _date(where, n, g("Published on"), "published on"),
            tuple(c.strip() for c in str(g("Evidence cases") or "").split(";") if c.strip()),
            **dict(zip(CONTENT_FIELDS, text, strict=True))))
    elif key == "adoptions":
        applied = _date(where, n, g("Applied on"), "applied on")
        if applied is None or not _text(g("Adopted pattern")) or not _text(g("Team")):
            raise IngestError("an adoption needs the pattern, the team and the day it was "
                              "applied.", path=where, line=n, fix="fill the three cells.")
        data.adoptions.append(Adoption(_text(g("Adopted pattern")), _text(g("Team")), applied,
                                       str(g("Outcome") or "").strip()))
    elif key == "pulse":
        taken = _date(where, n, g("Taken on"), "taken on")
        try:
            score = float(g("Score"))
        except (TypeError, ValueError):
            raise IngestError(f"score {_text(g('Score'))!r} is not a number.", path=where,
                              line=n, fix="write the survey score, e.g. 3.4.") from None
        if taken is None or not _text(g("Pulse team")):
            raise IngestError("a pulse needs the team and the day it was taken.", path=where,
                              line=n, fix="fill both cells.")
        data.pulses.append(Pulse(_text(g("Pulse team")), taken, score,
                                 str(g("Note") or "").strip()))


def _cases(data: KitData, where: str, line: int, header: list[Any], body: list[Row],
           block: Block) -> None:
    if not body:
        return
    data.cases = rows_to_cases(where, header, body, None, header_line=line)
    cols = _read_columns(where, line, header, block)
    rows = {n: r for n, r in body}
    for rec in data.cases:
        assert rec.line is not None
        r = rows[rec.line]
        status = _text(_get(r, cols, "Case status")).lower() or "open"
        resolved = _date(where, rec.line, _get(r, cols, "Resolved on"), "resolved on")
        if status not in CASE_STATUSES:
            raise IngestError(f"case status {status!r} is unknown.", path=where,
                              line=rec.line, fix=f"use one of {', '.join(CASE_STATUSES)}.")
        if status == "resolved" and resolved is None:
            raise IngestError("the case is resolved but has no resolved date.", path=where,
                              line=rec.line, fix="write the day it was solved in Resolved on.")
        data.case_status.append((rec.line, status, resolved))


# ------------------------------------------------------------------ storing


@dataclass(frozen=True)
class KitReport:
    path: str
    cases_added: int
    cases_known: int
    case_ids: tuple[str, ...]
    notes: tuple[str, ...]


def ingest_kit(ws: Workspace, path: Path, *, actor: Actor = LOCAL, index: bool = True,
               progress: bool = False) -> KitReport:
    """Read a kit and store what it holds: charter and roles (a new version when they
    differ), sprints and decisions, sessions, the theme review, cases with their status,
    patterns, adoptions and pulses. Re-importing the same kit adds nothing. With
    ``index=False`` cases are stored but not embedded (``assistant reindex`` does it)."""
    require(actor, "ingest")
    data = read_kit(path)
    check_case_count(str(path), len(data.cases), ws.settings.max_cases_per_file)
    from assistant.rhythm import kitstore

    return kitstore.store(ws, data, actor=actor, index=index, progress=progress)
