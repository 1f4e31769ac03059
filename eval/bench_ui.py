"""How long the Themes and Review screens take to render their data at 3,000 cases.

Loads banking77 problem statements as cases (a seeded sample of train.csv rows, ingested
with the column mapping problem=text), computes themes, plans a few sessions with pre-read
drafts so the Review inbox has work in it, then times the handlers that fill each screen
(the same functions the browser calls, minus the network). Goal: under a second each.

    .venv/bin/python -m eval.bench_ui --data ../shared/data/banking77/train.csv --n 3000

The last line printed is a JSON object with the timings.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.auth import LOCAL
from assistant.config import load_settings
from assistant.workspace import open_workspace

GOAL_S = 1.0


def sample_csv(src: Path, n: int, out: Path, seed: int = 7) -> Path:
    """A seeded sample of ``n`` rows (the file is sorted by label: take rows from all)."""
    with src.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    chosen = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["text", "category"])
        w.writeheader()
        w.writerows(rows[i] for i in chosen)
    return out


def timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    fn()  # warm: first call pays imports and cache fills, not what a user waits for twice
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(runs), 4), "max_s": round(max(runs), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/banking77/train.csv"))
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--sessions", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from assistant.cluster import recompute_themes
    from assistant.ingest.service import ingest_paths
    from assistant.ui.handlers import review as review_h
    from assistant.ui.handlers import sessions as sessions_h
    from assistant.ui.handlers import themes as themes_h

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(load_settings(data_dir=Path(tmp) / "data"))
        t0 = time.perf_counter()
        sheet = sample_csv(args.data, args.n, Path(tmp) / "banking77-sample.csv")
        ingest_paths(ws, [sheet], actor=LOCAL, mapping={"problem": "text"})
        t_ingest = time.perf_counter() - t0
        t0 = time.perf_counter()
        recompute_themes(ws, actor=LOCAL)
        t_themes = time.perf_counter() - t0

        _, _, case_choices = sessions_h.overview(ws, LOCAL)
        case_ids = [cid for _, cid in case_choices]
        for i in range(args.sessions):
            _, sid = sessions_h.plan(ws, LOCAL, f"Bench session {i + 1}", "office hours",
                                     "", "", "bench", case_ids[i * 3:(i + 1) * 3])
            sessions_h.preread(ws, LOCAL, sid)
        _, drafts = review_h.inbox(ws, LOCAL)
        first_draft = drafts[0][1] if drafts else None

        def themes_screen() -> None:
            themes_h.theme_list(ws, LOCAL)
            themes_h.theme_map_figure(ws, LOCAL)
            themes_h.trend_figures(ws, LOCAL)

        def review_screen() -> None:
            review_h.inbox(ws, LOCAL)
            if first_draft:
                review_h.open_draft(ws, LOCAL, first_draft)

        result = {
            "bench": "ui", "cases": args.n, "drafts_in_inbox": len(drafts),
            "setup_ingest_s": round(t_ingest, 2), "setup_themes_s": round(t_themes, 2),
            "themes_screen": timed(themes_screen, args.repeat),
            "review_screen": timed(review_screen, args.repeat),
            "goal_s": GOAL_S,
        }
        result["meets_goal"] = all(result[k]["median_s"] < GOAL_S
                                   for k in ("themes_screen", "review_screen"))
        ws.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
