"""Case readers: intake sheets (XLSX, CSV), JSON/JSONL exports and folders of Markdown/text
files, each turned into validated :class:`CaseRecord` rows or one clear :class:`IngestError`.

Row numbers in errors are the ones a spreadsheet user sees: the header is row 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import IngestError
from assistant.ingest.files import check_archive, check_json_depth, read_text
from assistant.ingest.records import CaseRecord, shorten_title

FIELDS = ("title", "problem", "context", "tried", "outcome", "submitter", "team",
          "submitted_on", "tags")

#: Header spellings people use for each field, compared case- and punctuation-insensitively.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "case title", "case", "case name", "name of case", "summary", "subject",
              "headline", "short title"),
    "problem": ("problem", "problem statement", "description", "issue", "challenge",
                "what is the problem", "the problem", "problem description", "case description",
                "details", "question", "text"),
    "context": ("context", "background", "situation", "setting", "circumstances"),
    "tried": ("what was tried", "what we tried", "what have you tried", "what i tried",
              "attempts", "actions taken", "tried", "actions", "steps taken", "attempted"),
    # Not "status": a case's status ("Open") is where it stands, not what came of it.
    "outcome": ("outcome", "result", "results", "resolution", "what happened"),
    "submitter": ("submitted by", "submitter", "name", "author", "owner", "reporter",
                  "your name", "raised by", "reported by", "requested by", "requester",
                  "requestor", "logged by", "opened by", "created by"),
    "team": ("team", "department", "group", "unit", "org", "organisation", "organization",
             "site", "branch", "division", "business unit"),
    "submitted_on": ("submitted", "date", "submitted on", "date submitted", "submission date",
                     "submitted date", "created", "created at", "timestamp", "date reported",
                     "reported on", "reported date", "date raised", "raised on", "date logged",
                     "logged on", "date opened", "opened on", "date created", "created on"),
    "tags": ("tags", "labels", "keywords", "tag", "label", "categories", "category", "topics"),
}
#: Wider intake vocabulary (``Reported by``, ``Site``, ``Date reported``): a header here is
#: read for its field only when no other alias of that field heads a column, so a sheet
#: with ``Team`` and ``Site`` (or ``Submitted by`` and ``Created by``) reads ``Team`` as
#: before and reports ``Site`` as a column not read.
FALLBACK_ALIASES: dict[str, tuple[str, ...]] = {
    "submitter": ("reported by", "requested by", "requester", "requestor", "logged by",
                  "opened by", "created by"),
    "team": ("site", "branch", "division", "business unit"),
    "submitted_on": ("date reported", "reported on", "reported date", "date raised",
                     "raised on", "date logged", "logged on", "date opened", "opened on",
                     "date created", "created on"),
}
FIELD_NAMES = {"tried": "What was tried", "submitted_on": "Submitted"}
MAP_FIX = ('say which column holds it: --map problem="Description" on the command line, or '
           '"problem=Description" under Column names in the app.')


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """``["problem=Description", ...]`` (``--map`` values, or the app's Column names split
    at commas and lines) as {field: header}; a pair that is not ``field=Header`` is refused."""
    out = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise IngestError(f"{pair.strip()!r} is not field=Header.",
                              fix='write it like problem=Description.')
        out[field.strip()] = header.strip().strip('"\'')
    return out


def norm_header(text: Any) -> str:
    """``" What was tried? "`` -> ``"what was tried"``."""
    s = re.sub(r"[_\-]+", " ", str(text or "")).strip().lower()
    s = re.sub(r"[^\w\s]", "", s)
    return " ".join(s.split())


_ALIAS_INDEX = {norm_header(a): f for f, names in ALIASES.items() for a in names}
_FALLBACK = frozenset(norm_header(a) for names in FALLBACK_ALIASES.values() for a in names)
_FIELD_KEYS = {**{norm_header(f): f for f in FIELDS}, "submitted on": "submitted_on",
               "date": "submitted_on", **_ALIAS_INDEX}


def _drop_fallbacks(by_alias: dict[str, list[Any]], normed: Callable[[Any], str]) -> None:
    """Keep a fallback header (:data:`FALLBACK_ALIASES`) for its field only when no main
    alias of that field is there; ``normed`` gives a column's or key's normalised name."""
    for f, found in list(by_alias.items()):
        main = [x for x in found if normed(x) not in _FALLBACK]
        if main:
            by_alias[f] = main


def field_for(key: str) -> str:
    """Resolve a field name or alias given by a user (``"tried"``, ``"What was tried"``)."""
    f = _FIELD_KEYS.get(norm_header(key))
    if f is None:
        raise IngestError(f"unknown case field {key!r}.",
                          fix=f"use one of: {', '.join(FIELDS)}.")
    return f


def resolve_columns(headers: Sequence[Any], mapping: Mapping[str, str] | None, *,
                    path: str, line: int | None = 1) -> dict[str, int]:
    """Which column holds which field. ``mapping`` (field -> header) wins over aliases."""
    normed = [norm_header(h) for h in headers]
    cols: dict[str, int] = {}
    by_alias: dict[str, list[int]] = {}  # field -> every column whose header names it
    for i, h in enumerate(normed):
        if f := _ALIAS_INDEX.get(h):
            by_alias.setdefault(f, []).append(i)
    _drop_fallbacks(by_alias, lambda i: normed[i])
    shown = ", ".join(repr(str(h)) for h in headers if str(h or "").strip()) or "none"
    mapped = set()
    for key, header in (mapping or {}).items():
        f = field_for(key)
        mapped.add(f)
        try:
            cols[f] = normed.index(norm_header(header))
        except ValueError:
            raise IngestError(f"{key}={header!r}: there is no column {header!r}. "
                              f"Columns found: {shown}.", path=path, line=line,
                              fix="spell the header exactly as in the file.") from None
    # A column mapped to another field is that field's: it neither holds nor doubles a
    # field its header also names (Problem, Description with context=Description).
    claimed = {cols[f] for f in mapped}
    free = {f: [i for i in found if i not in claimed] for f, found in by_alias.items()
            if f not in mapped}
    cols |= {f: found[0] for f, found in free.items() if found}
    if "problem" not in cols:
        raise IngestError(f"no column holds the problem text. Columns found: {shown}.",
                          path=path, line=line, fix=MAP_FIX)
    _refuse_a_read_header_given_twice(headers, normed, cols, path=path, line=line)
    for f, found in free.items():
        _refuse_two_headers_for_one_field(f, headers, normed, found, path=path, line=line)
    return cols


def _refuse_two_headers_for_one_field(f: str, headers: Sequence[Any], normed: Sequence[str],
                                      found: Sequence[int], *, path: str,
                                      line: int | None) -> None:
    """Two different headers that both name field ``f`` (``Problem`` and ``Description``):
    only the first would be read and the other's values lost unseen. Refused, naming both
    headers and their columns, with the fix: keep one, or say which to read with --map.
    A header given twice is :func:`_refuse_a_read_header_given_twice`'s case."""
    from openpyxl.utils import get_column_letter as col

    cols = sorted({normed[i]: i for i in reversed(found)}.values())  # first of each header
    if len(cols) < 2:
        return
    named = [f"{str(headers[i]).strip()!r} (column {col(i + 1)})" for i in cols]
    first, lost = col(cols[0] + 1), [col(i + 1) for i in cols[1:]]
    header = str(headers[cols[0]]).strip()
    raise IngestError(
        f"{', '.join(named[:-1])} and {named[-1]} {'both' if len(named) == 2 else 'all'} "
        f"name the {f!r} field; only {first} would be read and the values in "
        f"{', '.join(lost[:-1]) + ' and ' if len(lost) > 1 else ''}{lost[-1]} would be lost.",
        path=path, line=line,
        fix="keep one: merge the columns into one, or rename the ones not to be read to a "
        "header the assistant does not know (such as 'Notes'); or say which one to read: "
        f"--map {f}=\"{header}\" on the command line, or \"{f}={header}\" under Column "
        "names in the app. Then ingest the file again.")


def _refuse_a_read_header_given_twice(headers: Sequence[Any], normed: Sequence[str],
                                      cols: Mapping[str, int], *, path: str,
                                      line: int | None) -> None:
    """Two columns with the same header (``Problem,Problem``): only one is read, so the
    other's values would be lost unseen. Refused, naming the header, its columns and the
    fix. A repeated header that no field reads is left alone (neither column is read)."""
    from openpyxl.utils import get_column_letter as col

    for i in sorted(cols.values()):
        same = [k for k, h in enumerate(normed) if h == normed[i]]
        if len(same) > 1:
            letters = [col(k + 1) for k in same]
            others = [col(k + 1) for k in same if k != i]
            both = "both" if len(same) == 2 else "all"
            raise IngestError(
                f"columns {', '.join(letters[:-1])} and {letters[-1]} are {both} headed "
                f"{str(headers[i]).strip()!r}; only {col(i + 1)} would be read and the values "
                f"in {', '.join(others[:-1]) + ' and ' if len(others) > 1 else ''}"
                f"{others[-1]} would be lost.", path=path, line=line,
                fix="give each column its own header (or merge the columns into one), then "
                "save and ingest the file again.")


# ---------------------------------------------------------------- values and dates

def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    return str(value).strip()


def split_tags(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list | tuple) else re.split(r"[;,]", _text(value))
    return tuple(dict.fromkeys(t for t in (_text(x).strip() for x in items) if t))


_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDY_DMY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_WORDY_MDY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


class DateOrder:
    """Day-first or month-first for a whole column, learned from its unambiguous values
    (a day above 12), so ``04/03/2024`` reads the same way as ``14/03/2024`` next to it."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        dmy = mdy = False
        for v in values:
            m = _NUMERIC.match(v.strip())
            if m and len(m.group(1)) <= 2:
                a, b = int(m.group(1)), int(m.group(2))
                dmy |= a > 12 >= b
                mdy |= b > 12 >= a
        self.day_first = not (mdy and not dmy)
        #: Nothing in the column tells day-first from month-first: a date such as
        #: ``04/03/2026`` is refused rather than guessed.
        self.unknown = not (dmy or mdy)

    def ambiguous(self, value: Any) -> bool:
        """Whether ``value`` reads as two different days, and the column cannot say which."""
        m = _NUMERIC.match(str(value).strip()) if isinstance(value, str) else None
        return bool(self.unknown and m and len(m.group(1)) <= 2
                    and int(m.group(1)) <= 12 and int(m.group(2)) <= 12
                    and m.group(1).lstrip("0") != m.group(2).lstrip("0"))


def parse_date(value: Any, order: DateOrder | None = None) -> dt.date | None:
    """A date from a cell: ISO text, d/m/Y or m/d/Y text, ``3 Sep 2026``, an Excel serial
    number or a real date. Empty -> None; anything else raises ``ValueError``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(value)
    s = str(value).strip().lower()
    try:
        return dt.date.fromisoformat(s[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", s) else \
            _parse_text_date(s, order or DateOrder())
    except (ValueError, KeyError):
        raise ValueError(value) from None


def _parse_text_date(s: str, order: DateOrder) -> dt.date:
    s = re.sub(r"[t ]\d{1,2}:\d{2}(:\d{2})?.*$", "", s).strip() if ":" in s else s
    m = _NUMERIC.match(s)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:
            return dt.date(int(a), int(b), int(c))
        year = int(c) + (2000 if len(c) == 2 else 0)
        day, month = (int(a), int(b)) if order.day_first else (int(b), int(a))
        return dt.date(year, month, day)
    m = _WORDY_DMY.match(s)
    if m:
        return dt.date(int(m.group(3)), _MONTHS[m.group(2)[:3]], int(m.group(1)))
    m = _WORDY_MDY.match(s)
    if m:
        return dt.date(int(m.group(3)), _MONTHS[m.group(1)[:3]], int(m.group(2)))
    if s.isdigit():
        return EXCEL_EPOCH + dt.timedelta(days=int(s))
    raise ValueError(s)


# ---------------------------------------------------------------- rows -> records

Row = tuple[int, Sequence[Any]]  # (row number as the user sees it, cell values)

#: Headers of a sheet's own case identifiers. A case's id comes from its text (the same
#: case read twice is one case), so such a column is not read, and the report says so.
ID_HEADERS = frozenset({"id", "case id", "caseid", "case no", "case number", "ticket id",
                        "ref", "reference", "case ref"})
#: Headers of where a case stands ("Open", "Closed"): not its outcome, so not read; the
#: report says so, and how to read the column as the outcome if it holds one.
STATUS_HEADERS = frozenset({"status", "case status", "ticket status"})


class CaseList(list[CaseRecord]):
    """Cases read from one source, with notes for the ingest report (a column not read)."""

    notes: tuple[str, ...] = ()


#: How far down a sheet the header row is looked for, in filled rows (a title, a subtitle,
#: an instructions line above the table).
HEADER_SEARCH_ROWS = 10


def find_header_row(path: str, rows: Sequence[Row], mapping: Mapping[str, str] | None
                    ) -> tuple[int, tuple[str, ...]]:
    """Index in ``rows`` of the header row, and a note when rows above it were passed over.

    The first filled row, unless it names no problem column and a row below it (among the
    first :data:`HEADER_SEARCH_ROWS` filled ones) does (its headers, or the ``mapping``'s):
    then the rows above it are a title, skipped and named in the note when each has at most
    one filled cell, and otherwise the file is refused with the row the headers look like."""
    filled = [k for k, (_, r) in enumerate(rows) if any(_text(v) for v in r)]
    if not filled:
        return -1, ()
    wanted = {norm_header(h) for h in (mapping or {}).values()}

    def names_problem(r: Sequence[Any]) -> bool:
        normed = {norm_header(v) for v in r if _text(v)}
        if wanted:
            return wanted <= normed
        return any(_ALIAS_INDEX.get(h) == "problem" for h in normed)

    first = filled[0]
    if names_problem(rows[first][1]):
        return first, ()
    k = next((k for k in filled[1:HEADER_SEARCH_ROWS] if names_problem(rows[k][1])), None)
    if k is None:
        return first, ()
    n = rows[k][0]
    above = [(m, [_text(v) for v in r if _text(v)]) for m, r in rows[:k]]
    if any(len(cells) > 1 for _, cells in above):
        shown = ", ".join(repr(_text(v)) for v in rows[k][1] if _text(v))
        raise IngestError(
            f"the headers look like row {n} ({shown}), and the rows above it hold more than "
            "a title.", path=path, line=n,
            fix=f"delete the rows above the headers (rows {rows[0][0]}-{n - 1}), or move what "
            "they hold below the table; then save and ingest the file again.")
    titles = [f"row {m} ({cells[0][:60]!r})" for m, cells in above if cells]
    return k, (f"{path}: the headers are on row {n}; {' and '.join(titles)} above them "
               f"{'was' if len(titles) == 1 else 'were'} taken as the sheet's title, not as "
               f"{'a case' if len(titles) == 1 else 'cases'}",)


def rows_to_cases(path: str, headers: Sequence[Any], rows: Iterable[Row],
                  mapping: Mapping[str, str] | None, *, header_line: int | None = 1
                  ) -> list[CaseRecord]:
    """Validate table rows into cases; fully blank rows are skipped."""
    cols = resolve_columns(headers, mapping, path=path, line=header_line)
    rows = [(n, r) for n, r in rows if any(_text(v) for v in r)]

    def cell(r: Sequence[Any], f: str) -> Any:
        i = cols.get(f)
        return r[i] if i is not None and i < len(r) else None

    order = DateOrder(_text(cell(r, "submitted_on")) for _, r in rows)
    out: list[CaseRecord] = []
    for n, r in rows:
        problem = _text(cell(r, "problem"))
        if not problem:
            header = headers[cols["problem"]]
            raise IngestError(f"this row has no problem text (column {str(header)!r} is empty).",
                              path=path, line=n,
                              fix="write the problem in that cell, or delete the row.")
        raw_date = cell(r, "submitted_on")
        if order.ambiguous(raw_date):
            raise IngestError(f"{_text(raw_date)!r} could be either of two days (day first or "
                              "month first), and no other date in the column says which.",
                              path=path, line=n, fix="write dates as YYYY-MM-DD, e.g. "
                              "2026-09-14, or with the month in words (14 Sep 2026).")
        try:
            submitted = parse_date(raw_date, order)
        except ValueError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", _text(raw_date)):
                raise IngestError(f"{_text(raw_date)!r} is no day of the calendar.", path=path,
                                  line=n, fix="check the day and the month.") from None
            raise IngestError(f"{_text(raw_date)!r} is not a date I can read.", path=path,
                              line=n, fix="write dates as YYYY-MM-DD, e.g. 2026-09-14.") from None
        out.append(CaseRecord(
            problem=problem, title=_text(cell(r, "title")), context=_text(cell(r, "context")),
            tried=_text(cell(r, "tried")), outcome=_text(cell(r, "outcome")),
            submitter=_text(cell(r, "submitter")), team=_text(cell(r, "team")),
            submitted_on=submitted, tags=split_tags(cell(r, "tags")), source=path, line=n))
    if not out:
        raise IngestError("the file has a header but no cases.", path=path,
                          fix="add one case per row below the header.")
    cases = CaseList(out)
    cases.notes = _columns_not_read(path, headers, cols, rows)
    return cases


def _columns_not_read(path: str, headers: Sequence[Any], cols: Mapping[str, int],
                      rows: Sequence[Row], read: Mapping[str, str] | None = None, *,
                      noun: str = "column") -> tuple[str, ...]:
    """One note per column that holds values but is not read, so nothing is dropped unseen:
    a sheet's own id column (ids come from the text), and any header no field knows
    ("Reported by" would otherwise leave every case without its submitter and dated by
    the ingest), with the ``--map`` that reads it. ``read``: fields read from
    elsewhere (the other keys of JSON objects: field -> the key read for it), and ``noun``
    what a header is called there ("key")."""
    used = set(cols.values())
    read_from = {f: str(headers[i]).strip() for f, i in cols.items()} | dict(read or {})
    free = [f for f in FIELDS if f not in read_from]
    names = "Column names" if noun == "column" else f"Column names ({noun}s)"
    notes = []
    for i, h in enumerate(headers):
        header = str(h if h is not None else "").strip()
        if i in used or not any(i < len(r) and _text(r[i]) for _, r in rows):
            continue
        if norm_header(h) in ID_HEADERS:
            notes.append(f"{path}: {noun} {header!r} is not read; each case gets its own id "
                         "from its text (the same case read again is not added twice)")
            continue
        if not header:
            notes.append(f"{path}: {noun} {_column_letter(i)} holds values but has no header, "
                         "so they are not stored; give it a header and ingest the file again")
            continue
        if norm_header(h) in STATUS_HEADERS:
            read_as = ("" if "outcome" in read_from else
                       "; if it says what came of each case, read it as the outcome: "
                       f"--map outcome=\"{header}\" on the command line, or "
                       f"\"outcome={header}\" under {names} in the app, then ingest the file "
                       "again")
            notes.append(f"{path}: {noun} {header!r} is not read (a case's status, such as "
                         "'Open', is where it stands, not its outcome), so its values are not "
                         f"stored{read_as}")
            continue
        field = _ALIAS_INDEX.get(norm_header(h))
        why = (f"the {field!r} field is read from {noun} {read_from[field]!r}"
               if field in read_from else "no case field has that name")
        notes.append(f"{path}: {noun} {header!r} is not read ({why}), "
                     f"so its values are not stored; if it holds a case field, say which: "
                     f"--map FIELD=\"{header}\" on the command line, or \"FIELD={header}\" "
                     f"under {names} in the app, then ingest the file again (fields with "
                     f"no {noun}: {', '.join(free) if free else 'none'})")
    return tuple(notes)


def _column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


# ---------------------------------------------------------------- formats

def _delimiter(text: str) -> str:
    """The delimiter that splits the most of the first :data:`HEADER_SEARCH_ROWS` non-empty
    lines into one same number (above 1) of cells: the table's, not a title line's above it
    (``Support cases; Q1, 2026`` over a ``;`` table). Ties go to ``,`` then ``;``."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:HEADER_SEARCH_ROWS]

    def score(d: str) -> tuple[int, int]:
        counts: dict[int, int] = {}
        for ln in lines:
            try:
                n = len(next(csv.reader([ln], delimiter=d)))
            except (csv.Error, StopIteration):
                continue
            if n > 1:
                counts[n] = counts.get(n, 0) + 1
        return max(((k, n) for n, k in counts.items()), default=(0, 0))

    return max((",", ";", "\t"), key=score)


def read_csv(path: Path, mapping: Mapping[str, str] | None = None) -> list[CaseRecord]:
    text = read_text(path, fix_encoding="save the sheet as CSV UTF-8 (in Excel: File > "
                     "Save As > CSV UTF-8).", what="CSV file")
    delimiter = _delimiter(text)
    # strict: a quote that never closes is an error, not a cell that swallows the rows
    # after it. Each record keeps the line it starts on (a cell may span several lines).
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    begins = 1
    try:
        for rec in reader:
            records.append((begins, rec))
            begins = reader.line_num + 1
    except csv.Error as exc:
        what = (f"a quoted cell opens on this line and its closing quote (\") never comes "
                f"({exc})" if "end of data" in str(exc) or text.count('"') % 2 else
                f"the CSV is malformed here ({exc})")
        fix = ("close the quote, or double a quote inside a cell (\"\"); re-exporting the sheet "
               "as CSV UTF-8 does both." if "field larger" not in str(exc) else
               "this cell holds more text than a case can (128 KB); shorten it.")
        raise IngestError(f"{what}.", path=str(path), line=begins, fix=fix) from None
    start, notes = find_header_row(str(path), records, mapping)
    if start < 0:
        raise IngestError("the file is empty.", path=str(path), fix="choose the intake sheet.")
    headers = records[start][1]
    for n, r in records[start + 1:]:
        # Cells past the last header belong to no column and would be dropped unseen; most
        # often a cell's own delimiter split it. Empty trailing cells (a, b,,) are harmless.
        extra = [c for c in r[len(headers):] if c.strip()]
        if extra:
            sep = {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
            example = f' ("a{delimiter} b")' if delimiter != "\t" else ""
            raise IngestError(
                f"this row has {len(r)} cells under {len(headers)} headers, so "
                f"{', '.join(repr(c.strip()[:40]) for c in extra[:3])} would be lost; an "
                f"unquoted {sep} inside a cell splits it.", path=str(path), line=n,
                fix=f"put that cell in double quotes{example} or add a header for the "
                "extra column; re-exporting the sheet as CSV UTF-8 quotes cells for you.")
    return _with_notes(rows_to_cases(str(path), headers, records[start + 1:], mapping,
                                     header_line=records[start][0]), notes)


def workbook_rows(path: Path, pick: Callable[[list[Any]], Iterable[Any]]
                  ) -> list[tuple[str, list[Row]]]:
    """(title, numbered rows) of the worksheets ``pick`` chooses among the workbook's.

    A damaged workbook (a sheet's XML missing or cut short inside a valid zip) fails in
    openpyxl as it is opened or only as its rows are read lazily, with its own warnings:
    both steps are guarded, and whatever ``pick`` raises but an :class:`IngestError`, so
    the user gets one line and the fix, not a traceback."""
    import openpyxl

    def cannot_open(exc: BaseException) -> IngestError:
        return IngestError(f"cannot open the workbook ({str(exc) or type(exc).__name__}).",
                           path=str(path), fix="open it in Excel and save it again as .xlsx.")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # corrupt archive, not a workbook inside
            raise cannot_open(exc) from None
        try:
            return [(sh.title, [(i, tuple(r))
                                for i, r in enumerate(sh.iter_rows(values_only=True), 1)])
                    for sh in pick(wb.worksheets)]
        except IngestError:
            raise
        except Exception as exc:  # the sheet's XML is missing, cut short or not XML
            raise cannot_open(exc) from None
        finally:
            wb.close()


def _intake_sheet(sheets: list[Any]) -> list[Any]:
    """The sheet named like Intake, else the first."""
    if not sheets:
        raise ValueError("it holds no readable sheet")
    return [next((ws for ws in sheets if "intake" in ws.title.lower()), sheets[0])]


def read_xlsx(path: Path, mapping: Mapping[str, str] | None = None) -> list[CaseRecord]:
    if not zipfile.is_zipfile(path):
        raise IngestError("this is not an Excel workbook (.xlsx files are zip archives).",
                          path=str(path), fix="open it in Excel and save as .xlsx or CSV UTF-8.")
    check_archive(path, "Excel workbook")
    [(title, rows)] = workbook_rows(path, _intake_sheet)
    where = f"{path} (sheet {title!r})"
    header_at, notes = find_header_row(where, rows, mapping)
    if header_at < 0:
        raise IngestError("the sheet is empty.", path=where, fix="put the cases on the first "
                          "sheet, or on a sheet named Intake.")
    n, headers = rows[header_at]
    _refuse_cells_past_the_headers(where, headers, rows[header_at + 1:])
    return _with_notes(rows_to_cases(where, headers, rows[header_at + 1:], mapping,
                                     header_line=n), notes)


def _with_notes(cases: list[CaseRecord], notes: tuple[str, ...]) -> list[CaseRecord]:
    if notes and isinstance(cases, CaseList):
        cases.notes = notes + cases.notes
    return cases


def _refuse_cells_past_the_headers(where: str, headers: Sequence[Any],
                                   rows: Sequence[Row]) -> None:
    """A value right of the last header belongs to no column and would be dropped unseen
    (a row pasted one column too far, a note typed beside the table): refused, naming the
    row, its cell count, the columns and the fix, as the CSV reader does."""
    from openpyxl.utils import get_column_letter as col

    # openpyxl pads every row (the header too) with empty cells to the sheet's width
    width = max((i + 1 for i, h in enumerate(headers) if _text(h)), default=0)
    for n, r in rows:
        extra = [(i, v) for i, v in enumerate(r) if i >= width and _text(v)]
        if not extra:
            continue
        shown = ", ".join(f"{_text(v)[:40]!r} in column {col(i + 1)}" for i, v in extra[:3])
        raise IngestError(
            f"this row has {extra[-1][0] + 1} cells under {width} headers (columns "
            f"A-{col(width)}), so {shown} would be lost.", path=where, line=n,
            fix=f"give column {col(extra[0][0] + 1)} a header, or move the value into the "
            f"column it belongs to (A-{col(width)}); then save and ingest the sheet again.")


class _Object(dict[str, Any]):
    """A JSON object that gave a key more than once (a parser keeps the last value):
    ``repeated`` holds those keys, so a case field given twice can be refused."""

    repeated: frozenset[str] = frozenset()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: the object as ``json`` builds it, marked when a key repeats."""
    out = _Object(pairs)
    if len(out) < len(pairs):
        keys = [k for k, _ in pairs]
        out.repeated = frozenset(k for k in out if keys.count(k) > 1)
    return out


def _items_with_lines(text: str, path: str) -> list[tuple[int, Any]]:
    """Items of the top-level JSON array (or of ``{"cases": [...]}``) with their lines."""
    try:
        doc = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON: {exc.msg}.", path=path, line=exc.lineno,
                          fix="fix the JSON syntax (a JSON validator shows where).") from None
    if isinstance(doc, dict) and isinstance(doc.get("cases"), list):
        m = re.search(r'"cases"\s*:\s*\[', text)
        start = m.end() if m else 0
        items = doc["cases"]
    elif isinstance(doc, list):
        start = text.index("[") + 1
        items = doc
    else:
        raise IngestError("expected a list of cases or an object with a \"cases\" list.",
                          path=path, line=1, fix='write [{"problem": "..."}, ...].')
    # Walk the array once more with raw_decode to learn where each item starts.
    dec, pos, out = json.JSONDecoder(), start, []
    for item in items:
        while text[pos] in " \t\n\r,":
            pos += 1
        out.append((text.count("\n", 0, pos) + 1, item))
        _, pos = dec.raw_decode(text, pos)
    return out


def _objects_to_cases(path: str, items: list[tuple[int, Any]],
                      mapping: Mapping[str, str] | None) -> list[CaseRecord]:
    """Objects may spell their keys differently from one another, so each is resolved on
    its own keys (``mapping`` first, then the aliases)."""
    if not items:
        raise IngestError("the file holds no cases.", path=path, fix="add at least one case.")
    override = {norm_header(h): field_for(f) for f, h in (mapping or {}).items()}
    rows: list[Row] = []
    keys: list[str] = []
    sources: list[dict[str, str]] = []  # per item: field -> the key it was read from
    for line, item in items:
        if not isinstance(item, dict):
            raise IngestError(f"this item is a {type(item).__name__}, not an object.",
                              path=path, line=line, fix='write each case as {"problem": ...}.')
        keys.extend(k for k in item if k not in keys)
        src = _keys_for_fields(path, line, len(rows) + 1, item, override)
        values = {f: item[k] for f, k in src.items()}
        sources.append(src)
        rows.append((line, [values.get(f) for f in FIELDS]))
    if all(r[FIELDS.index("problem")] is None for _, r in rows):
        shown = ", ".join(repr(k) for k in keys) or "none"
        raise IngestError(f"no key holds the problem text. Keys found: {shown}.", path=path,
                          line=items[0][0], fix=MAP_FIX)
    for i, ((line, _), (_, r), src) in enumerate(zip(items, rows, sources, strict=True),
                                                 start=1):
        _check_json_values(path, line, i, src, dict(zip(FIELDS, r, strict=True)))
    cases = rows_to_cases(path, list(FIELDS), rows, None, header_line=items[0][0])
    # Keys no field reads, seen as the columns of one table (a key is a column's header).
    read = {k for src in sources for k in src.values()}
    unread = [k for k in keys if k not in read]
    table = [(line, [item.get(k) if isinstance(item.get(k), str) or item.get(k) is None
                     else json.dumps(item.get(k)) for k in unread]) for line, item in items]
    if isinstance(cases, CaseList) and unread:
        cases.notes = _columns_not_read(
            path, unread, {}, table, {f: k for src in reversed(sources) for f, k in src.items()},
            noun="key")
    return cases


def _keys_for_fields(path: str, line: int, n: int, item: Mapping[str, Any],
                     override: Mapping[str, str]) -> dict[str, str]:
    """Which key of case object ``item`` holds which field: a key the mapping names is read
    for its field (and then the field's aliases are not read); otherwise the aliases say.
    Two keys for one field (``title`` and ``Title``, ``problem`` and ``description``), or a
    read key given twice, would have one value read and the other lost unseen: refused as
    :func:`resolve_columns` refuses two headers for one field, naming the case and its line."""
    mapped: dict[str, list[str]] = {}
    by_alias: dict[str, list[str]] = {}
    for k in item:
        if f := override.get(norm_header(k)):
            mapped.setdefault(f, []).append(k)
        elif f := _ALIAS_INDEX.get(norm_header(k)):
            by_alias.setdefault(f, []).append(k)
    _drop_fallbacks(by_alias, norm_header)
    by_field = by_alias | mapped
    which = f"case {n} of the list"
    for f, ks in by_field.items():
        if twice := [k for k in ks if k in getattr(item, "repeated", ())]:
            k = twice[0]
            raise IngestError(f"{which}: key {k!r} is given twice; only one of its values "
                              "would be read and the other lost.", path=path, line=line,
                              fix=f"keep one {k!r} in that case (merge the two texts into "
                              "one), then ingest the file again.")
        if len(ks) > 1:
            shown = [repr(k) for k in ks]
            lost = shown[1:]
            # --map names a key as the readers compare keys (title = Title): it can pick
            # only a key whose spelling, so compared, is the case's one key of that name
            normed = [norm_header(k) for k in ks]
            pick = next((k for k, nk in zip(ks, normed, strict=True)
                         if normed.count(nk) == 1), None)
            raise IngestError(
                f"{which}: keys {', '.join(shown[:-1])} and {shown[-1]} "
                f"{'both' if len(ks) == 2 else 'all'} name the {f!r} field; only {shown[0]} "
                f"would be read and the value{'s' if len(lost) > 1 else ''} of "
                f"{', '.join(lost[:-1]) + ' and ' if len(lost) > 1 else ''}{lost[-1]} would "
                "be lost.", path=path, line=line,
                fix="keep one: merge the values into one key, or rename the others to a key "
                "the assistant does not know (such as \"notes\")" + (
                    f"; or say which one to read: --map {f}=\"{pick}\" on the command line, "
                    f"or \"{f}={pick}\" under Column names in the app" if pick else "")
                + ". Then ingest the file again.")
    return {f: ks[0] for f, ks in by_field.items()}


def _check_json_values(path: str, line: int, n: int, src: Mapping[str, str],
                       values: Mapping[str, Any]) -> None:
    """A case object's fields hold text (tags: also a list of text; the date: also a number,
    as a spreadsheet's serial); a number, true/false or an object is refused rather than
    stored as its spelling ("problem": 5 is no problem statement), and a case with no
    problem text is named by its place in the list."""
    title = values.get("title")
    which = f"case {n} of the list" + (f" ({title!r})" if isinstance(title, str) and title
                                        else "")
    for f, v in values.items():
        ok = v is None or isinstance(v, str) or (
            f == "tags" and isinstance(v, list) and all(isinstance(x, str) for x in v)) or (
            f == "submitted_on" and isinstance(v, int | float) and not isinstance(v, bool))
        if not ok:
            key = src.get(f, f)
            kind = {bool: "true/false", int: "a number", float: "a number", dict: "an object",
                    list: "a list"}.get(type(v), type(v).__name__)
            raise IngestError(f"{which}: {key!r} is {kind} ({json.dumps(v)[:40]}), not text.",
                              path=path, line=line,
                              fix=f'write it as text in quotes, e.g. "{key}": "...".')
    if not _text(values.get("problem")):
        raise IngestError(f"{which} has no problem text (its problem is "
                          f"{'null' if values.get('problem') is None else 'empty'}).",
                          path=path, line=line,
                          fix="write the problem statement for it, or remove that case.")


def read_json(path: Path, mapping: Mapping[str, str] | None = None) -> list[CaseRecord]:
    text = read_text(path, what="JSON file")
    check_json_depth(text, str(path))
    return _objects_to_cases(str(path), _items_with_lines(text, str(path)), mapping)


def read_jsonl(path: Path, mapping: Mapping[str, str] | None = None) -> list[CaseRecord]:
    text = read_text(path, what="JSON Lines file")
    check_json_depth(text, str(path))
    items = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            items.append((n, json.loads(line, object_pairs_hook=_object)))
        except json.JSONDecodeError as exc:
            raise IngestError(f"invalid JSON: {exc.msg}.", path=str(path), line=n,
                              fix="each line must be one JSON object.") from None
    return _objects_to_cases(str(path), items, mapping)


# ---------------------------------------------------------------- Markdown / text files

_FRONT = re.compile(r"^\s*([A-Za-z][\w ?'/-]{0,40}?)\s*:\s*(.*)$")
_SECTION = re.compile(r"^#{2,6}\s+(.+?)\s*#*\s*$")


def read_case_file(path: Path) -> CaseRecord:
    """One case from a Markdown or text file: ``# Title``, optional ``Field: value`` lines,
    optional ``## Context`` / ``## What was tried`` / ``## Outcome`` sections; the rest is the
    problem."""
    text = read_text(path, what="Markdown or text file")
    lines = text.split("\n")
    title = ""
    values: dict[str, str] = {}
    body: list[str] = []
    section: str | None = "problem"
    sections: dict[str, list[str]] = {}
    front = True
    for line in lines:
        h1 = re.match(r"^#\s+(.+?)\s*#*\s*$", line)
        if h1 and not title and not any(x.strip() for x in body):
            title = h1.group(1)
            continue
        m = _FRONT.match(line)
        if front and m and _ALIAS_INDEX.get(norm_header(m.group(1))) and m.group(2).strip():
            values[_ALIAS_INDEX[norm_header(m.group(1))]] = m.group(2).strip()
            continue
        if line.strip():
            front = False
        s = _SECTION.match(line)
        if s:
            section = _ALIAS_INDEX.get(norm_header(s.group(1)))
            if section is None:  # an unknown section stays part of the problem text
                section = "problem"
                body.append(line)
            continue
        (body if section in (None, "problem") else sections.setdefault(section, [])
         ).append(line)
    for f, chunk in sections.items():
        values[f] = "\n".join(chunk).strip()
    problem = values.pop("problem", "") or "\n".join(body).strip()
    if not problem:
        raise IngestError("the file has no problem text.", path=str(path), line=1,
                          fix="write the problem below the title.")
    if not title:
        title = values.pop("title", "") or shorten_title(
            re.sub(r"[_-]+", " ", path.stem).strip().capitalize())
    try:
        submitted = parse_date(values.get("submitted_on"))
    except ValueError:
        raise IngestError(f"{values['submitted_on']!r} is not a date I can read.",
                          path=str(path), fix="write dates as YYYY-MM-DD.") from None
    return CaseRecord(problem=problem, title=title, context=values.get("context", ""),
                      tried=values.get("tried", ""), outcome=values.get("outcome", ""),
                      submitter=values.get("submitter", ""), team=values.get("team", ""),
                      submitted_on=submitted, tags=split_tags(values.get("tags", "")),
                      source=str(path), line=1)


def read_case_folder(folder: Path) -> list[CaseRecord]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower()
                   in (".md", ".markdown", ".txt") and not p.name.startswith("."))
    if not files:
        raise IngestError("the folder holds no .md or .txt case files.", path=str(folder),
                          fix="put one case per Markdown file in it.")
    return [read_case_file(p) for p in files]


CASE_READERS = {".csv": read_csv, ".xlsx": read_xlsx, ".xlsm": read_xlsx, ".json": read_json,
                ".jsonl": read_jsonl, ".ndjson": read_jsonl}


def read_cases(path: Path, mapping: Mapping[str, str] | None = None) -> list[CaseRecord]:
    """Read any supported case source (file or folder of Markdown files)."""
    if path.is_dir():
        return read_case_folder(path)
    reader = CASE_READERS.get(path.suffix.lower())
    if reader is not None:
        return reader(path, mapping)
    return [read_case_file(path)]
