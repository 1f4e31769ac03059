"""Regenerate the derived files of the example network from their sources.

    cases.csv                              -> cases.xlsx (sheet "Intake")
    transcripts/show-and-tell.source.txt   -> transcripts/demo-day-show-and-tell.docx

Run from anywhere:  python examples/onboarding/build.py
Needs only the standard library, openpyxl and python-docx. The output is byte-for-byte
reproducible: document metadata and zip timestamps are pinned.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
CASES_CSV = HERE / "cases.csv"
CASES_XLSX = HERE / "cases.xlsx"
TEAMS_SOURCE = HERE / "transcripts" / "show-and-tell.source.txt"
TEAMS_DOCX = HERE / "transcripts" / "demo-day-show-and-tell.docx"

FIXED_TIME = dt.datetime(2026, 11, 20, 12, 0, 0)
COLUMN_WIDTHS = {
    "Title": 48,
    "Problem": 80,
    "Context": 60,
    "What was tried": 60,
    "Outcome": 50,
    "Submitted by": 18,
    "Team": 22,
    "Submitted": 12,
    "Tags": 30,
}


def build_xlsx(src: Path = CASES_CSV, dst: Path = CASES_XLSX) -> int:
    """Write the intake sheet as Excel: same columns, bold header, real dates. Returns rows."""
    with src.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        rows = list(reader)

    wb = Workbook()
    ws = wb.active
    ws.title = "Intake"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values: list[object] = []
        for col in header:
            value = row[col]
            if col == "Submitted" and value:
                values.append(dt.date.fromisoformat(value))
            else:
                values.append(value if value != "" else None)
        ws.append(values)

    date_col = header.index("Submitted") + 1
    for (cell,) in ws.iter_rows(min_row=2, min_col=date_col, max_col=date_col):
        cell.number_format = "yyyy-mm-dd"
    wrap = Alignment(wrap_text=True, vertical="top")
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = wrap
    for idx, col in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(row=1, column=idx).column_letter].width = COLUMN_WIDTHS.get(
            col, 20
        )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions

    wb.properties.creator = "Peer learning example network"
    wb.properties.title = "Onboarding operations: case intake"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = None
    wb.save(dst)
    _pin_zip(dst)
    return len(rows)


def build_teams_docx(src: Path = TEAMS_SOURCE, dst: Path = TEAMS_DOCX) -> int:
    """Teams transcript export layout: one paragraph per non-empty source line."""
    lines = [ln.rstrip() for ln in src.read_text(encoding="utf-8").splitlines()]
    paragraphs = [ln for ln in lines if ln.strip()]

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    props = document.core_properties
    props.title = paragraphs[0] if paragraphs else ""
    props.author = "Microsoft Teams"
    props.last_modified_by = "Microsoft Teams"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    document.save(str(dst))
    _pin_zip(dst)
    return len(paragraphs)


def _pin_zip(path: Path) -> None:
    """Rewrite a zip (xlsx/docx) with fixed entry timestamps so rebuilds are identical.

    openpyxl stamps dcterms:modified with the current time on save; pin that too."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    modified = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
    entries = [
        (info, modified.sub(rb"\g<1>" + stamp + rb"\g<2>", data))
        if info.filename == "docProps/core.xml"
        else (info, data)
        for info, data in entries
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            pinned = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = 0o644 << 16
            zout.writestr(pinned, data)
    path.write_bytes(buffer.getvalue())


def main() -> None:
    n_rows = build_xlsx()
    print(f"wrote {CASES_XLSX.relative_to(HERE.parent.parent)} ({n_rows} cases)")
    n_pars = build_teams_docx()
    print(f"wrote {TEAMS_DOCX.relative_to(HERE.parent.parent)} ({n_pars} paragraphs)")


if __name__ == "__main__":
    main()
