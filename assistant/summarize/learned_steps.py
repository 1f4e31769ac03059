"""A learned per-turn evidence for the step model (:mod:`assistant.summarize.steps`).

A multinomial logistic regression over a turn's MiniLM vector, the mean of its neighbours'
vectors and a few plain features of the turn (where it sits, whether the facilitator says
it, whether it asks, how long it is), whose classes are the five script steps and "other".
Its log-probabilities, times :data:`assistant.summarize.steps.W_LEARNED`, join the
hand-written evidence when the steps of a scripted session are read.

The weights (``learned_steps.npz`` beside this module, package data) are trained by
``python -m eval.train_steps`` on the scripted sessions of the *tuning* splits of
eval/script_sessions (``tune``, ``holdout``, ``holdout2`` ... ``holdout16``; retrained in
session 22 when holdout16 joined them), never on the measured-only splits (``report``,
``holdout17``). Only numpy is needed to use them: the
scaling of the features is folded into the coefficients.

The weights read the vectors of the embedding model they were trained with (its name is
stored with them, its width is that of the coefficients): with another model
(``ASSISTANT_EMBEDDING_MODEL``) the learned evidence is left out and the hand-written
evidence alone reads the steps, since another model's vectors mean nothing to them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.config import DEFAULT_EMBEDDING_MODEL
from assistant.summarize.steps import EVAL_NAMES, OTHER, STEP_KEYS

log = logging.getLogger(__name__)

#: The classes, in the order of the weights' rows: the annotated sessions' step names, in the
#: script's order (:data:`assistant.summarize.steps.STEP_KEYS`), then "other".
LABELS = tuple(EVAL_NAMES[k] for k in (*STEP_KEYS, OTHER))
#: The feature groups :func:`turn_features` can build (the shipped weights name theirs).
FEATURES = ("emb", "ctx", "pos")
#: How many features the ``pos`` group adds (see :func:`turn_features`).
POS_FEATURES = 6
WEIGHTS_FILE = Path(__file__).with_name("learned_steps.npz")
#: Log-probabilities are clipped below at this: one confident miss of the classifier costs a
#: turn at most this much (times the weight), never an impossible step.
FLOOR = -5.0


class _Turn(Protocol):
    @property
    def speaker(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class StepWeights:
    """A trained classifier: ``coef`` (classes x features), ``intercept`` (classes), the
    feature groups it reads, the splits it was trained on and the embedding model whose
    vectors it reads (weights saved before the model was recorded were trained with the
    default one)."""
    coef: Any
    intercept: Any
    features: tuple[str, ...]
    trained_on: tuple[str, ...]
    embedding_model: str = DEFAULT_EMBEDDING_MODEL

    @property
    def dim(self) -> int:
        """The width of the vectors the weights read."""
        groups = sum(k in self.features for k in ("emb", "ctx"))
        rest = self.coef.shape[1] - (POS_FEATURES if "pos" in self.features else 0)
        return rest // groups if groups else 0


def _model_key(name: str) -> str:
    """A model's name as the product names it: the hub's organisation prefix aside
    (``sentence-transformers/all-MiniLM-L6-v2`` is the default model, too)."""
    return name.strip().removeprefix("sentence-transformers/")


@functools.lru_cache(maxsize=8)
def _say_left_out(why: str) -> None:
    """Log once per reason that the learned evidence is left out."""
    log.warning("learned step evidence not used: %s; the steps are read by the hand-written "
                "evidence alone", why)


def turn_features(turns: Sequence[_Turn], fac: str, vecs: Any,
                  kinds: Sequence[str] = FEATURES) -> Any:
    """(turns x features): per turn, its vector (``emb``); the mean of the vectors of the turns
    before and after it, zero beyond the ends (``ctx``); its relative place (and its square
    and cube), whether the facilitator ``fac`` says it, whether it asks, log(1 + words)
    (``pos``)."""
    import numpy as np

    vecs = np.asarray(vecs, dtype=float).reshape(len(turns), -1)
    n = len(turns)
    cols = []
    if "emb" in kinds:
        cols.append(vecs)
    if "ctx" in kinds:
        zero = np.zeros((1, vecs.shape[1]))
        cols.append((np.vstack([zero, vecs[:-1]]) + np.vstack([vecs[1:], zero]))[:n] / 2)
    if "pos" in kinds:
        rel = np.arange(n) / max(1, n - 1)
        is_fac = np.array([float(bool(fac) and t.speaker == fac) for t in turns])
        asks = np.array([float("?" in t.text) for t in turns])
        words = np.array([np.log1p(len(t.text.split())) for t in turns])
        cols.append(np.stack([rel, rel ** 2, rel ** 3, is_fac, asks, words], axis=1))
    return np.hstack(cols) if cols else np.zeros((n, 0))


def log_probs(weights: StepWeights, feats: Any) -> Any:
    """(turns x classes) log-probabilities of :data:`LABELS`, clipped below at :data:`FLOOR`."""
    import numpy as np

    z = np.asarray(feats, dtype=float) @ weights.coef.T + weights.intercept
    z = z - z.max(axis=1, keepdims=True)
    return np.maximum(z - np.log(np.exp(z).sum(axis=1, keepdims=True)), FLOOR)


def save_weights(weights: StepWeights, path: Path = WEIGHTS_FILE) -> None:
    import numpy as np

    with path.open("wb") as fh:
        np.savez_compressed(fh, coef=weights.coef, intercept=weights.intercept,
                            features=np.array(weights.features),
                            trained_on=np.array(weights.trained_on), labels=np.array(LABELS),
                            embedding_model=np.array(weights.embedding_model))


def read_weights(path: Path) -> StepWeights:
    import numpy as np

    with np.load(path, allow_pickle=False) as z:
        if tuple(str(x) for x in z["labels"]) != LABELS:
            raise ValueError(f"{path}: classes {list(z['labels'])}, expected {list(LABELS)}")
        return StepWeights(np.asarray(z["coef"], dtype=float),
                           np.asarray(z["intercept"], dtype=float),
                           tuple(str(x) for x in z["features"]),
                           tuple(str(x) for x in z["trained_on"]),
                           str(z["embedding_model"]) if "embedding_model" in z.files
                           else DEFAULT_EMBEDDING_MODEL)


@functools.lru_cache(maxsize=1)
def shipped_weights() -> StepWeights | None:
    """The weights shipped with the package (read once), None when the file is absent."""
    return read_weights(WEIGHTS_FILE) if WEIGHTS_FILE.is_file() else None


def turn_log_probs(turns: Sequence[_Turn], fac: str, vecs: Any,
                   weights: StepWeights | None = None, model: str | None = None) -> Any:
    """(turns x classes) log-probabilities under ``weights`` (default: the shipped ones);
    None when there are none or no vectors, or when the vectors are not those the weights
    were trained on: ``model`` (the embedding model's name, when known) is another model,
    or the vectors are of another width (logged once)."""
    import numpy as np

    weights = weights if weights is not None else shipped_weights()
    if weights is None or vecs is None or not len(turns):
        return None
    if model is not None and _model_key(model) != _model_key(weights.embedding_model):
        _say_left_out(f"it was trained on the vectors of {weights.embedding_model!r}, "
                      f"not of {model!r}")
        return None
    vecs = np.asarray(vecs, dtype=float).reshape(len(turns), -1)
    if vecs.shape[1] != weights.dim:
        _say_left_out(f"it reads {weights.dim}-dimensional vectors of "
                      f"{weights.embedding_model!r}, the embedder gives {vecs.shape[1]}")
        return None
    return log_probs(weights, turn_features(turns, fac, vecs, weights.features))
