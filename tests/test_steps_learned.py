"""The learned step evidence: the shipped weights are what the training script makes from
the tuning splits (never the measured-only ones), and the step model reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import eval.train_steps as train_steps
from assistant.summarize import learned_steps as L
from assistant.summarize import steps as S
from eval.steps_loso import MEASURED_ONLY, TUNING
from tests.test_recap_prose import SCRIPTED, _segs

DATA = Path(__file__).resolve().parent.parent / "eval" / "script_sessions"


def test_the_shipped_weights_were_trained_on_the_tuning_splits_only() -> None:
    w = L.shipped_weights()
    assert w is not None, "assistant/summarize/learned_steps.npz is missing"
    assert w.trained_on == TUNING and not set(w.trained_on) & set(MEASURED_ONLY)
    assert w.coef.shape == (len(L.LABELS), 2 * 384 + 6) and w.intercept.shape == (6,)
    assert w.features == L.FEATURES


def test_retraining_on_the_tuning_splits_reproduces_the_shipped_weights() -> None:
    assert train_steps.main(["--data", str(DATA), "--check"]) == 0


def test_learned_log_probabilities_are_a_distribution_clipped_at_the_floor(
        embedder: Any) -> None:
    turns = _segs(SCRIPTED)
    logp = L.turn_log_probs(turns, "Ana", embedder.embed([t.text for t in turns]))
    assert logp.shape == (len(turns), len(L.LABELS))
    assert (logp >= L.FLOOR).all() and (logp <= 0).all()
    assert np.allclose(np.exp(logp).sum(axis=1), 1.0, atol=len(L.LABELS) * np.exp(L.FLOOR))


def test_the_step_model_reads_the_learned_evidence_when_the_steps_are_read(
        embedder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    turns = _segs(SCRIPTED)
    assert S.W_LEARNED > 0
    shipped = S.assign_steps(turns, "Ana", embedder.embed)
    # A classifier sure that every turn breaks the case down pulls the reading there.
    coef = np.zeros((len(L.LABELS), 2 * 384 + 6))
    sure = L.StepWeights(coef, np.array([0.0, 20.0, 0.0, 0.0, 0.0, 0.0]), L.FEATURES, TUNING)
    monkeypatch.setattr(L, "shipped_weights", lambda: sure)
    monkeypatch.setattr(S, "W_LEARNED", 5.0)
    pulled = S.assign_steps(turns, "Ana", embedder.embed)
    assert pulled.count("happened") > shipped.count("happened")
    monkeypatch.setattr(S, "W_LEARNED", 0.0)
    assert S.assign_steps(turns, "Ana", embedder.embed) != pulled


class _Fake:
    """An embedder of another model: unit vectors of ``dim`` from the text's hash."""

    def __init__(self, name: str, dim: int) -> None:
        self.name, self.dim = name, dim

    def embed(self, texts: list[str]) -> Any:
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=self.dim)
                for t in texts]
        v = np.array(rows).reshape(len(texts), self.dim)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


def test_another_embedding_model_reads_the_steps_without_the_learned_evidence(
        embedder: Any) -> None:
    """ASSISTANT_EMBEDDING_MODEL set to a 768-dimensional model (or another 384-dimensional
    one): the steps are read, by the hand-written evidence alone; the default model keeps
    the learned evidence."""
    turns = _segs(SCRIPTED)
    for fake in (_Fake("all-mpnet-base-v2", 768), _Fake("paraphrase-MiniLM-L3-v2", 384)):
        assert len(S.assign_steps(turns, "Ana", fake.embed)) == len(turns)
        assert S._evidence(turns, "Ana", fake.embed).learned is None
    unnamed = _Fake("", 768).embed  # a plain function: the width alone tells
    assert S._evidence(turns, "Ana", lambda texts: unnamed(texts)).learned is None
    assert S._evidence(turns, "Ana", embedder.embed).learned is not None


def test_the_weights_record_the_embedding_model_they_read(tmp_path: Path) -> None:
    w = L.shipped_weights()
    assert w is not None and w.embedding_model == "all-MiniLM-L6-v2" and w.dim == 384
    other = L.StepWeights(w.coef, w.intercept, w.features, w.trained_on, "my-model")
    L.save_weights(other, tmp_path / "w.npz")
    assert L.read_weights(tmp_path / "w.npz").embedding_model == "my-model"
