"""Speed of reading a transcript's sentence forms for the step assignment (spaCy), side by
side in one run: every participant turn parsed (the way before session 10) against only
the turns long enough to hold a sentence that counts, with the outputs compared.

    python -m eval.bench_steps [--meeting ../shared/data/qmsum/ES2002d.json] [--repeat 3]

Prints one line per variant (best of ``--repeat`` wall times) and, last, a JSON line with
both times, their ratio and whether the outputs are identical.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def parse_every_turn(turns: Sequence[Any], fac: str) -> dict[int, set[str]]:
    """The reference: :func:`assistant.summarize.steps._form_steps` as it was, parsing
    every participant turn whatever its length."""
    from assistant.summarize.redact import spacy_parser
    from assistant.summarize.steps import doc_steps

    idx = [i for i, t in enumerate(turns) if t.speaker != fac or not fac]
    docs = spacy_parser().pipe([turns[i].text[:2000] for i in idx], batch_size=64)
    found = {i: doc_steps(doc) for i, doc in zip(idx, docs, strict=True)}
    return {i: steps for i, steps in found.items() if steps}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meeting", type=Path,
                    default=Path("../shared/data/qmsum/ES2002d.json"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from assistant.summarize.redact import spacy_parser
    from assistant.summarize.steps import _form_steps, facilitator_of
    from eval.recap import load_meeting

    turns = load_meeting(args.meeting)
    fac = facilitator_of(turns)
    spacy_parser()  # loaded once, outside the timings
    times: dict[str, float] = {}
    outs: dict[str, dict[int, set[str]]] = {}
    for name, fn in (("parse_every_turn", parse_every_turn), ("parse_long_turns", _form_steps)):
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            outs[name] = fn(turns, fac)
            best = min(best, time.perf_counter() - t0)
        times[name] = best
        print(f"{name}: {best:.2f} s ({len(turns)} turns)")
    print(json.dumps({"meeting": args.meeting.stem, "turns": len(turns),
                      **{k: round(v, 3) for k, v in times.items()},
                      "ratio": round(times["parse_every_turn"] / times["parse_long_turns"], 2),
                      "identical": outs["parse_every_turn"] == outs["parse_long_turns"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
