"""Ingest speed: the whole pipeline (read CSV, validate, hash, store, embed, index) against
plain ``SentenceTransformer.encode`` of the same texts, and re-ingest of the same file.

    python -m eval.bench_ingest --data ../shared/data/banking77/train.csv --n 3000

Prints progress lines, then one JSON object as the last line. The model is loaded before any
timing, so load time counts for neither side; raw encoding runs before and after the pipeline
and the mean is used, which is fair on a noisy machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from assistant.auth import LOCAL
from assistant.config import PROJECT_ROOT, load_settings
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.ingest.service import ingest_paths
from assistant.workspace import open_workspace


def _say(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="CSV with a text column.")
    ap.add_argument("--n", type=int, default=3000, help="Rows to ingest.")
    ap.add_argument("--column", default="text", help="Column holding the problem text.")
    args = ap.parse_args(argv)
    data = args.data if args.data.is_absolute() or args.data.exists() else PROJECT_ROOT / args.data
    with data.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for _, r in zip(range(args.n), csv.DictReader(fh), strict=False)]
    texts = [r[args.column].strip() for r in rows]
    _say(f"read {len(rows)} rows from {data}")

    embedder = SentenceTransformerEmbedder()
    model = embedder.model  # loaded now: load time is excluded from both measurements
    model.encode(texts[:64])  # warm up kernels once for both sides

    def raw() -> float:
        t0 = time.perf_counter()
        model.encode(texts)
        return time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        sheet = Path(tmp) / "cases.csv"
        with sheet.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        raw_1 = raw()
        _say(f"raw encode #1: {raw_1:.2f}s")
        ws = open_workspace(load_settings(data_dir=Path(tmp) / "data"), embedder=embedder)
        t0 = time.perf_counter()
        report = ingest_paths(ws, [sheet], actor=LOCAL, mapping={"problem": args.column},
                              progress=False)
        first = time.perf_counter() - t0
        _say(f"pipeline: {first:.2f}s ({report})")
        raw_2 = raw()
        _say(f"raw encode #2: {raw_2:.2f}s")
        t0 = time.perf_counter()
        again = ingest_paths(ws, [sheet], actor=LOCAL, mapping={"problem": args.column})
        second = time.perf_counter() - t0
        _say(f"re-ingest: {second:.3f}s ({again})")
        ws.close()
    n_cases = report.cases_added
    raw_mean = (raw_1 + raw_2) / 2
    result = {
        "n": len(rows),
        "cases_added": n_cases,
        "pipeline_per_s": round(len(rows) / first, 1),
        "raw_encode_per_s": round(len(texts) / raw_mean, 1),
        "ratio": round(raw_mean / first, 3),
        "reingest_speedup": round(first / second, 1),
        "seconds": {"pipeline": round(first, 2), "raw_mean": round(raw_mean, 2),
                    "raw_runs": [round(raw_1, 2), round(raw_2, 2)],
                    "reingest": round(second, 3)},
    }
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
