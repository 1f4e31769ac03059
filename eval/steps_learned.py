"""Leave-one-split-out check of a learned per-turn step evidence for the step model.

    python -m eval.steps_learned --data eval/script_sessions [--splits tune,holdout,...]
        [--weights 0.5,1,2] [--features emb,ctx,pos] [--c 1.0]

For each tuning split, a logistic regression (scikit-learn, lbfgs, deterministic) is trained
on the turns of the *other* splits' scripted sessions (features: the turn's MiniLM vector,
the mean of its neighbours' vectors, its relative place, whether the facilitator says it,
whether it asks, its length; optionally the model's own hand-written evidence), classes the
six reference steps. Its log-probabilities, times a weight, are added to the step model's
unary scores when the steps are read (:func:`assistant.summarize.steps._unary`, reading
only: whether a session follows the script is decided as before). Each split's
step_accuracy (mean over its sessions, as ``eval.script`` reports it) is printed for the
shipped model (weight 0) and every weight; then, per split, the weight best on the *other*
splits' left-out scores and what it gives this split. The last line is JSON.

Measured-only splits (``report`` and the newest blind set) are refused.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.steps_loso import (  # noqa: E402
    PARSES,
    TUNING,
    _memo,
    cached_embed,
    load_sessions,
    tuning_splits,
)

FEATURES = ("emb", "ctx", "pos", "cen", "ev")


def turn_features(turns: Any, fac: str, ev: Any, kinds: tuple[str, ...]) -> Any:
    """(turns x features) for the classifier: the product's groups
    (:func:`assistant.summarize.learned_steps.turn_features`: ``emb``, ``ctx``, ``pos``) and,
    to compare, the turn's vector less the session's mean (``cen``) and the step model's own
    hand-written evidence (``ev``)."""
    import numpy as np

    from assistant.summarize.learned_steps import turn_features as product_features

    vecs = np.asarray(ev.vecs, dtype=float)
    cols = [product_features(turns, fac, vecs, [k for k in kinds if k in ("emb", "ctx", "pos")])]
    if "cen" in kinds:
        c = vecs - vecs.mean(axis=0)
        cols.append(c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-9))
    if "ev" in kinds:
        cols.extend([ev.said_read, ev.sounds, ev.other, ev.aside[:, None]])
    return np.hstack(cols)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder of annotated sessions")
    ap.add_argument("--splits", default=",".join(TUNING),
                    help="comma-separated tuning splits (default: all of them)")
    ap.add_argument("--weights", default="0.5,1,2",
                    help="weights of the learned log-probabilities to try (0, the shipped "
                         "model, is always run)")
    ap.add_argument("--features", default="emb,ctx,pos",
                    help=f"comma-separated feature groups, of {','.join(FEATURES)}; several "
                         f"sets to compare separated by '/'")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--floor", type=float, default=-5.0,
                    help="log-probabilities are clipped below at this")
    args = ap.parse_args(argv)
    splits = tuning_splits(args.splits)
    variants = [tuple(k.strip() for k in v.split(",") if k.strip())
                for v in args.features.split("/")]
    if any(not kinds or set(kinds) - set(FEATURES) for kinds in variants):
        raise SystemExit(f"--features {args.features!r}: give groups of {','.join(FEATURES)}"
                         f" (several sets: separate them by '/').")
    weights = [0.0, *(float(w) for w in args.weights.split(",") if float(w) != 0)]
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from assistant.summarize import steps as S
    from assistant.summarize.learned_steps import LABELS
    from eval.script import load_cases

    embed = cached_embed()
    _, problems = load_cases(args.data)
    sessions = load_sessions(args.data, splits)
    if not sessions:
        print(f"no sessions of {','.join(splits)} in {args.data}", file=sys.stderr)
        return 1

    w_learned = S.W_LEARNED
    originals = {name: getattr(S, name) for name in (*PARSES, "_evidence", "_unary", "_fit")}
    state: dict[str, Any] = {"ev": None, "add": None, "sid": None}
    fits: dict[str, Any] = {}

    def fit(turns: Any, ev: Any, opening: float) -> Any:
        # Whether a session follows the script does not read the learned evidence: decided
        # once per session.
        if state["sid"] not in fits:
            fits[state["sid"]] = originals["_fit"](turns, ev, opening)
        return fits[state["sid"]]

    def evidence(turns: Any, fac: str, embed_: Any) -> Any:
        state["ev"] = originals["_evidence"](turns, fac, embed_)
        return state["ev"]

    def unary(turns: Any, ev: Any, reading: bool, order: Any = None) -> Any:
        u = originals["_unary"](turns, ev, reading, order)
        if reading and state["add"] is not None:
            u = u + state["add"]
        return u

    def run(sid: str, meta: dict[str, Any], segs: Any) -> float:
        state["sid"] = sid
        got = S.assign_steps(segs, str(meta.get("facilitator", "")), embed,
                             session_format=str(meta.get("format", "")),
                             case_problems=[problems.get(c, "") for c in meta.get("cases", [])])
        ref = list(meta.get("steps") or [])
        return sum(S.EVAL_NAMES[g] == r for g, r in zip(got, ref, strict=True)) / max(1, len(ref))

    col = S._learned_columns()  # which label each state of the reading model stands for
    for name in PARSES:
        setattr(S, name, _memo(originals[name]))
    S._evidence, S._unary, S._fit = evidence, unary, fit
    # The model without any learned evidence is the baseline; each fold's is added here.
    S.W_LEARNED = 0.0
    kept: dict[str, tuple[Any, str, Any]] = {}  # session -> turns, facilitator, evidence
    base: dict[str, float] = {}
    # (feature groups, weight) -> split -> the split's sessions' step_accuracy
    scores: dict[tuple[str, float], dict[str, list[float]]] = {}
    try:
        for _split, sid, meta, segs in sessions:
            base[sid] = run(sid, meta, segs)
            kept[sid] = (segs, S.facilitator_of(segs, str(meta.get("facilitator", ""))),
                         state["ev"])
        print(f"{len(sessions)} sessions, {sum(len(s[3]) for s in sessions)} turns",
              flush=True)
        for kinds in variants:
            name = ",".join(kinds)
            feats = {sid: turn_features(*kept[sid], kinds) for sid in kept}
            scores[(name, 0.0)] = {}
            for split, sid, _m, _s in sessions:
                scores[(name, 0.0)].setdefault(split, []).append(base[sid])
            for held in splits:
                train = [(sid, m) for sp, sid, m, _ in sessions if sp != held
                         and any(x != "other" for x in m.get("steps") or [])]
                x = np.vstack([feats[sid] for sid, _ in train])
                y = np.concatenate([[LABELS.index(r) for r in m["steps"]] for _, m in train])
                scaler = StandardScaler().fit(x)
                clf = LogisticRegression(C=args.c, max_iter=3000, solver="lbfgs")
                clf.fit(scaler.transform(x), y)
                for split, sid, meta, segs in sessions:
                    if split != held:
                        continue
                    logp = np.maximum(clf.predict_log_proba(scaler.transform(feats[sid])),
                                      args.floor)
                    # as the product does: a greeting or agenda said in so many words
                    # stays "other" whatever the learned guess (steps._evidence)
                    logp[kept[sid][2].other[:, 0] > 0] = 0.0
                    for w in weights[1:]:
                        state["add"] = w * logp[:, col]
                        scores.setdefault((name, w), {}).setdefault(split, []).append(
                            run(sid, meta, segs))
                    state["add"] = None
                print(f"  [{name}] {held:10} " + " ".join(
                    f"w={w:g}:{np.mean(scores[(name, w)][held]):.3f}" for w in weights),
                    flush=True)
    finally:
        for fname, fn in originals.items():
            setattr(S, fname, fn)
        S.W_LEARNED = w_learned
    mean = {key: {s: float(np.mean(v)) for s, v in per.items()} for key, per in scores.items()}
    shipped = mean[(",".join(variants[0]), 0.0)]
    present = [s for s in splits if s in shipped]
    print("held-out split: shipped -> setting chosen on the other splits' left-out scores")
    chosen = {}
    for s in present:
        best = max(mean, key=lambda key: float(np.mean([mean[key][o] for o in present
                                                        if o != s])))
        chosen[s] = (best, mean[best][s])
        print(f"  {s:10} {shipped[s]:.3f} -> {mean[best][s]:.3f}  {best}")
    summary = {"c": args.c,
               "shipped": round(float(np.mean([shipped[s] for s in present])), 4),
               "by_setting": {f"{key[0]}@{key[1]:g}": round(float(np.mean(
                   [mean[key][s] for s in present])), 4) for key in mean if key[1]},
               "chosen_on_others": round(float(np.mean([chosen[s][1] for s in present])), 4),
               "splits_up": sum(chosen[s][1] > shipped[s] for s in present),
               "splits_down": sum(chosen[s][1] < shipped[s] for s in present)}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
