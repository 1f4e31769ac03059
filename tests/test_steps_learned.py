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
