"""Cost of the index audit a reconcile runs after a failed index operation, against an
ordinary reconcile with nothing waiting, on one store of N cases.

    python -m eval.bench_audit --data ../shared/data/banking77/train.csv --n 3000

Ingests the first N rows (not timed), then times, side by side and three times each:
``reconcile`` with nothing waiting, and ``reconcile(verify=True)`` (every case listed and
found by its own vector, vectors from the embedding cache). Then it removes 1 % of the
vectors behind the index's back and checks that the audit puts every one back. Prints
progress, then one JSON object as the last line.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assistant.config import PROJECT_ROOT, load_settings
from assistant.index.outbox import reconcile
from assistant.ingest.service import ingest_paths
from assistant.workspace import open_workspace


def _say(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)


def main(argv: list[str] | None = None) -> dict[str, float | int]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="CSV with a text column.")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--column", default="text")
    args = ap.parse_args(argv)
    data = args.data if args.data.is_absolute() or args.data.exists() else PROJECT_ROOT / args.data
    with data.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for _, r in zip(range(args.n), csv.DictReader(fh), strict=False)]
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        sheet = Path(tmp) / "cases.csv"
        with sheet.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["Title", "Problem"])
            w.writerows([r[args.column][:60], r[args.column]] for r in rows)
        ws = open_workspace(load_settings(data_dir=Path(tmp) / "data"))
        t0 = time.perf_counter()
        ingest_paths(ws, [sheet])
        _say(f"ingested {len(rows)} cases in {time.perf_counter() - t0:.0f} s")
        plain, audit = [], []
        for _ in range(3):
            t0 = time.perf_counter()
            reconcile(ws)
            plain.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            reconcile(ws, verify=True)
            audit.append(time.perf_counter() - t0)
            _say(f"reconcile {plain[-1]:.3f} s, with audit {audit[-1]:.2f} s")
        col = ws.index.collection("cases")
        ids = sorted(col.get(include=[])["ids"])[:: 100]
        col.delete(ids=ids)
        t0 = time.perf_counter()
        report = reconcile(ws, verify=True)
        repair = time.perf_counter() - t0
        restored = len(ws.index.present("cases", ids))
        ws.close()
    out: dict[str, float | int] = {
        "cases": len(rows), "reconcile_s": round(statistics.median(plain), 3),
        "audit_s": round(statistics.median(audit), 2),
        "removed": len(ids), "restored": restored, "repair_s": round(repair, 2),
        "reindexed": report.cases}
    print(json.dumps(out), flush=True)
    return out


if __name__ == "__main__":
    main()
