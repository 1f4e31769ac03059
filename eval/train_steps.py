"""Train the learned step evidence shipped as assistant/summarize/learned_steps.npz.

    python -m eval.train_steps --data eval/script_sessions [--out PATH] [--check]

Trains :mod:`assistant.summarize.learned_steps`' classifier on every turn of the scripted
sessions (a reference step other than "other") of the tuning splits (``tune``, ``holdout``,
``holdout2`` ... ``holdout16``: :data:`eval.steps_loso.TUNING`), never on the measured-only
splits (``report``, ``holdout17``): scikit-learn's LogisticRegression (lbfgs, C=1), on
standardised features, the scaling then folded into the coefficients so the product needs
numpy only. Sessions are read in file-name order and the solver is deterministic: the same
data gives the same weights (to the solver's tolerance). ``--check`` retrains and compares
with the shipped file instead of writing (exit 1 when they differ). The settings were
chosen by ``python -m eval.steps_learned`` (leave-one-split-out).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.steps_loso import TUNING, load_sessions  # noqa: E402

C = 1.0
#: Retrained weights agree with the shipped ones when every tuning turn's log-probabilities
#: do to this much (lbfgs stops at its own tolerance; BLAS threads may reorder sums).
TOLERANCE = 0.05


def training_data(data: Path, embed: Any) -> tuple[Any, Any]:
    """Features and class indices of every turn of the tuning splits' scripted sessions."""
    import numpy as np

    from assistant.summarize.learned_steps import FEATURES, LABELS, turn_features
    from assistant.summarize.steps import facilitator_of

    xs, ys = [], []
    for _split, _name, meta, segs in load_sessions(data, TUNING):
        ref = list(meta.get("steps") or [])
        if not any(r != "other" for r in ref):
            continue
        fac = facilitator_of(segs, str(meta.get("facilitator", "")))
        xs.append(turn_features(segs, fac, embed([s.text for s in segs]), FEATURES))
        ys.append([LABELS.index(r) for r in ref])
    if not xs:
        raise SystemExit(f"no scripted sessions of the tuning splits in {data}")
    return np.vstack(xs), np.concatenate(ys)


def train(x: Any, y: Any) -> Any:
    """The classifier's weights, on standardised features, the scaling folded back in."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from assistant.summarize.learned_steps import FEATURES, StepWeights

    scaler = StandardScaler().fit(x)
    clf = LogisticRegression(C=C, max_iter=3000, solver="lbfgs").fit(scaler.transform(x), y)
    coef = clf.coef_ / scaler.scale_
    return StepWeights(coef, clf.intercept_ - coef @ scaler.mean_, FEATURES,
                       tuple(TUNING)), np.asarray(x)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder of annotated sessions")
    ap.add_argument("--out", type=Path, default=None,
                    help="where to write the weights (default: the shipped file)")
    ap.add_argument("--check", action="store_true",
                    help="retrain and compare with the shipped weights; write nothing")
    args = ap.parse_args(argv)
    import numpy as np

    from assistant.config import load_settings
    from assistant.index.embedder import SentenceTransformerEmbedder
    from assistant.summarize import learned_steps as L

    model = SentenceTransformerEmbedder(load_settings().embedding_model)
    x, y = training_data(args.data, lambda texts: np.asarray(model.embed(texts)))
    weights, x = train(x, y)
    weights = dataclasses.replace(weights, embedding_model=model.name)
    if args.check:
        shipped = L.read_weights(args.out or L.WEIGHTS_FILE)
        gap = float(np.abs(L.log_probs(weights, x) - L.log_probs(shipped, x)).max())
        print(json.dumps({"turns": len(y), "max_log_prob_gap": round(gap, 5),
                          "same": gap <= TOLERANCE}))
        return 0 if gap <= TOLERANCE else 1
    out = args.out or L.WEIGHTS_FILE
    L.save_weights(weights, out)
    print(json.dumps({"turns": len(y), "features": int(x.shape[1]), "out": str(out),
                      "trained_on": list(TUNING)}), file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
