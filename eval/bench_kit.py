"""Starter-kit speed and fidelity: build a store of N cases (banking77 texts) with a year of
operating rhythm (charter, four sprints, case status, patterns, adoptions, pulses), export
its kit, ingest the kit into an empty store, export again, and compare the two workbooks.

    python -m eval.bench_kit --cases 20000

Prints progress lines, then one JSON object as the last line: ``export_s`` (first export),
``ingest_s`` (reading and storing every record; embedding excluded — ``assistant reindex``
embeds afterwards, at the rate eval.bench_ingest measures), ``export2_s`` and
``roundtrip_equal``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from assistant.auth import LOCAL
from assistant.config import PROJECT_ROOT, load_settings
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.ingest import persist
from assistant.ingest.records import CaseRecord
from assistant.rhythm.adoptions import Adoption, PatternEntry, import_patterns_and_adoptions
from assistant.rhythm.charter import CharterEdit, save_charter
from assistant.rhythm.kit import differences, export_kit, workbook_values
from assistant.rhythm.kitread import ingest_kit
from assistant.rhythm.metrics import CaseStatus, Pulse, record_pulses, set_case_statuses
from assistant.rhythm.sprints import decide_sprint, start_sprint
from assistant.store.db import transaction
from assistant.workspace import Workspace, open_workspace

DATA = PROJECT_ROOT.parent / "shared" / "data" / "banking77"
START = dt.date(2025, 12, 1)
TEAMS = [f"Team {i:02d}" for i in range(40)]


def _say(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)


def texts() -> list[tuple[str, str]]:
    """(text, category) of every banking77 row, train then test."""
    out = []
    for name in ("train.csv", "test.csv"):
        with (DATA / name).open(encoding="utf-8-sig", newline="") as fh:
            out += [(r["text"].strip(), r["category"]) for r in csv.DictReader(fh)]
    return out


def build(ws: Workspace, n: int) -> None:
    """N distinct cases (a text reused gets another team and date) and a year of rhythm."""
    src = texts()
    recs = [CaseRecord(problem=src[i % len(src)][0], title=src[i % len(src)][1].replace("_",
                                                                                         " "),
                       team=TEAMS[i % len(TEAMS)],
                       submitted_on=START + dt.timedelta(days=(i * 7) % 355),
                       tags=(src[i % len(src)][1],), source="banking77", line=i + 2)
            for i in range(n)]
    hashes = [persist.case_hash(r) for r in recs]
    with transaction(ws.engine) as s:
        ids = persist.assign_ids(s, hashes)
        persist.insert_cases(s, persist.case_rows(recs, hashes, ids))
    save_charter(ws, CharterEdit(
        purpose="Resolve card and transfer problems at the first contact.",
        cadence="Two sessions a month", boundaries="Retail banking support",
        results=[{"name": "First-contact resolution", "unit": "%", "baseline": 61,
                  "target": 75, "current": 66, "due": "2026-12-31"}],
        roles=[{"person": "Ada", "role": "sponsor", "chosen_for": "mandate"},
               {"person": "Ben", "role": "steward", "chosen_for": "mandate"},
               {"person": "Cy", "role": "facilitator", "chosen_for": "expertise"},
               {"person": "Di", "role": "data partner", "chosen_for": "expertise"}]))
    for k in range(4):
        start_sprint(ws, START + dt.timedelta(days=90 * k), goals=f"Quarter {k + 1} goals")
    for k in range(3):
        decide_sprint(ws, k + 1, "continue", "Adoption grew", on=START +
                      dt.timedelta(days=90 * k + 85))
    statuses = []
    for i, (h, r) in enumerate(zip(hashes, recs, strict=True)):
        if i % 5 in (0, 1):
            assert r.submitted_on is not None
            statuses.append(CaseStatus(ids[h], "resolved",
                                       r.submitted_on + dt.timedelta(days=3 + i % 40)))
        elif i % 5 == 2:
            statuses.append(CaseStatus(ids[h], "recurring", None))
    set_case_statuses(ws, statuses)
    cats = sorted({c for _, c in src})[:30]
    import_patterns_and_adoptions(
        ws, [PatternEntry(f"Playbook: {c.replace('_', ' ')}", START + dt.timedelta(days=20))
             for c in cats],
        [Adoption(f"Playbook: {cats[j % len(cats)].replace('_', ' ')}", TEAMS[j % len(TEAMS)],
                  START + dt.timedelta(days=25 + (j * 3) % 330)) for j in range(600)],
        source="bench")
    record_pulses(ws, [Pulse(t, START + dt.timedelta(days=5 + 90 * k), 2.5 + 0.1 * k + i / 100)
                       for k in range(4) for i, t in enumerate(TEAMS)])


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=20000, help="Cases in the store.")
    args = ap.parse_args(argv)
    embedder = SentenceTransformerEmbedder()  # lazy: never loaded, nothing is embedded
    on = START + dt.timedelta(days=400)
    with tempfile.TemporaryDirectory(prefix="bench-kit-") as tmp:
        root = Path(tmp)
        src = open_workspace(load_settings(data_dir=root / "src"), embedder=embedder)
        t0 = time.perf_counter()
        build(src, args.cases)
        _say(f"built a store of {args.cases} cases in {time.perf_counter() - t0:.1f}s")
        t0 = time.perf_counter()
        first = export_kit(src, root / "kit.xlsx", on=on)
        export_s = time.perf_counter() - t0
        _say(f"export: {export_s:.2f}s ({first.stat().st_size / 1e6:.1f} MB)")
        dst = open_workspace(load_settings(data_dir=root / "dst"), embedder=embedder)
        t0 = time.perf_counter()
        report = ingest_kit(dst, first, actor=LOCAL, index=False)
        ingest_s = time.perf_counter() - t0
        _say(f"ingest: {ingest_s:.2f}s ({report.cases_added} cases; {'; '.join(report.notes)})")
        t0 = time.perf_counter()
        second = export_kit(dst, root / "again.xlsx", on=on)
        export2_s = time.perf_counter() - t0
        diff = differences(workbook_values(first), workbook_values(second))
        for d in diff:
            _say(f"differs: {d}")
        src.close()
        dst.close()
    result: dict[str, object] = {
        "cases": args.cases, "export_s": round(export_s, 2), "ingest_s": round(ingest_s, 2),
        "export2_s": round(export2_s, 2), "roundtrip_equal": not diff,
        "cases_ingested": report.cases_added}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
