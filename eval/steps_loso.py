"""Leave-one-split-out check of the step model's settings on the tuning splits.

    python -m eval.steps_loso --data eval/script_sessions [--splits tune,holdout,...]
        [--set W_POS=0.4,0.8 --set W_EMB=5,8 ...]

Runs :func:`assistant.summarize.steps.assign_steps` (as ``eval.script`` does, cue by cue)
on every session of the given splits under every combination of the ``--set`` values
(module constants of ``assistant.summarize.steps``; the shipped values are always one of
the settings), and prints each setting's step_accuracy per split (mean over the split's
sessions, as ``eval.script`` reports it). Then, for each split, the setting that scores
best on the *other* splits and what it scores on this one: a setting earns its place only
when it helps the splits it was not chosen on. Last, the pooled confusion of reference and
drafted steps under the shipped setting.

The shipped learned step evidence (``steps.W_LEARNED``) was trained on all the tuning
splits, so with it these figures are in-sample for it: ``--set W_LEARNED=0`` reads without
it, and ``python -m eval.steps_learned`` measures it leave-one-split-out.

Measured-only splits (``report`` and the newest blind set) are refused: they are run by
``eval.script`` once before and once after a change, summary line only.

Each distinct turn text is embedded once, and the parses (commitments, sentence forms,
announcements) are made once per session, whatever the number of settings.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TUNING = ("tune", "holdout", *(f"holdout{i}" for i in range(2, 17)))
MEASURED_ONLY = ("report", "holdout17")
#: Functions of the step model that parse a session; none reads a setting this tool varies.
PARSES = ("_action_turns", "_form_steps", "_announcements")


def parse_sets(items: list[str], module: Any) -> dict[str, list[Any]]:
    """``NAME=v1,v2`` -> {NAME: [v1, v2]}, values typed as the module's constant is."""
    out: dict[str, list[Any]] = {}
    for item in items:
        name, _, vals = item.partition("=")
        if not hasattr(module, name) or not vals:
            raise SystemExit(f"--set {item!r}: give NAME=v1,v2 with NAME a constant of "
                             f"assistant.summarize.steps (e.g. W_POS=0.4,0.8).")
        kind = type(getattr(module, name))
        if kind is bool:
            out[name] = [v.strip().lower() in ("1", "true", "yes") for v in vals.split(",")]
        else:
            out[name] = [kind(v) for v in vals.split(",")]
    return out


def _memo(fn: Callable[..., Any]) -> Callable[..., Any]:
    seen: dict[Any, Any] = {}

    @functools.wraps(fn)
    def wrapped(turns: Any, *args: Any) -> Any:
        key = (tuple((t.speaker, t.text) for t in turns), args)
        if key not in seen:
            seen[key] = fn(turns, *args)
        return seen[key]
    return wrapped


def tuning_splits(text: str) -> list[str]:
    """``--splits`` as a list; a measured-only split refused before anything runs."""
    splits = [s.strip() for s in text.split(",") if s.strip()]
    refused = sorted(set(splits) & set(MEASURED_ONLY))
    if refused:
        raise SystemExit(f"--splits {','.join(refused)}: measured-only splits are run by "
                         f"eval.script once before and once after a change, not tuned on.")
    return splits


def load_sessions(data: Path, splits: Collection[str]
                  ) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    """(split, name, reference, cues) of every annotated session of ``splits`` in ``data``
    with its transcript, in file-name order."""
    from eval.script import load_cues

    out = []
    for p in sorted(data.glob("*.json")):
        split = p.stem.split("_", 1)[0]
        if split in splits and p.with_suffix(".vtt").is_file():
            meta = json.loads(p.read_text(encoding="utf-8"))
            out.append((split, p.stem, meta, load_cues(p.with_suffix(".vtt"), p.stem)))
    return out


def cached_embed() -> Callable[[list[str]], Any]:
    """The configured embedder's ``embed``, each distinct text embedded once per run."""
    import numpy as np

    from assistant.config import load_settings
    from assistant.index.embedder import SentenceTransformerEmbedder

    model = SentenceTransformerEmbedder(load_settings().embedding_model)
    vectors: dict[str, Any] = {}

    def embed(texts: list[str]) -> Any:
        new = [t for t in dict.fromkeys(texts) if t not in vectors]
        if new:
            vectors.update(zip(new, np.asarray(model.embed(new)), strict=True))
        return np.stack([vectors[t] for t in texts])

    return embed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder of annotated sessions")
    ap.add_argument("--splits", default=",".join(TUNING),
                    help="comma-separated tuning splits (default: all of them)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=v1,v2",
                    help="a constant of assistant.summarize.steps and values to try")
    args = ap.parse_args(argv)
    splits = tuning_splits(args.splits)
    import numpy as np

    from assistant.summarize import steps as S
    from eval.script import load_cases

    grid = parse_sets(args.set, S)
    shipped = {k: getattr(S, k) for k in grid}
    settings = [dict(zip(grid, vals, strict=True)) for vals in itertools.product(*grid.values())]
    if shipped not in settings:
        settings.insert(0, shipped)
    embed = cached_embed()
    _, problems = load_cases(args.data)
    sessions = load_sessions(args.data, splits)
    if not sessions:
        print(f"no sessions of {','.join(splits)} in {args.data}", file=sys.stderr)
        return 1
    originals = {name: getattr(S, name) for name in PARSES}
    for name in PARSES:
        setattr(S, name, _memo(originals[name]))
    scores: list[dict[str, float]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    try:
        for n, setting in enumerate(settings):
            for k, v in setting.items():
                setattr(S, k, v)
            S._transitions.cache_clear()
            per: dict[str, list[float]] = {}
            for split, _name, meta, segs in sessions:
                got = S.assign_steps(segs, str(meta.get("facilitator", "")), embed,
                                     session_format=str(meta.get("format", "")),
                                     case_problems=[problems.get(c, "")
                                                    for c in meta.get("cases", [])])
                ref = list(meta.get("steps") or [])
                drafted = [S.EVAL_NAMES[g] for g in got]
                per.setdefault(split, []).append(
                    sum(a == b for a, b in zip(drafted, ref, strict=True)) / max(1, len(ref)))
                if setting == shipped:
                    confusion.update(zip(ref, drafted, strict=True))
            scores.append({s: float(np.mean(v)) for s, v in per.items()})
            print(f"[{n}] {setting or 'shipped'}: " + " ".join(
                f"{s}={scores[-1][s]:.3f}" for s in splits if s in scores[-1]), flush=True)
    finally:
        for k, v in shipped.items():
            setattr(S, k, v)
        for name, fn in originals.items():
            setattr(S, name, fn)
        S._transitions.cache_clear()
    base = scores[settings.index(shipped)]
    print("held-out split: shipped -> setting chosen on the other splits")
    held = []
    for s in base:
        best = max(range(len(settings)),
                   key=lambda i: float(np.mean([scores[i][o] for o in base if o != s])))
        held.append(scores[best][s])
        print(f"  {s:10} {base[s]:.3f} -> {scores[best][s]:.3f}  {settings[best]}")
    print(f"  {'mean':10} {np.mean(list(base.values())):.3f} -> {np.mean(held):.3f}")
    names = [S.EVAL_NAMES[k] for k in (*S.STEP_KEYS, S.OTHER)]
    print("confusion, shipped (rows: reference, columns: drafted):")
    print("          " + " ".join(f"{n[:7]:>8}" for n in names))
    for a in names:
        print(f"  {a[:8]:8}" + " ".join(f"{confusion[(a, b)]:8d}" for b in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
