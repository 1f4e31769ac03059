"""The vector index: Chroma collections over the record store (rebuildable from it)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError

log = logging.getLogger(__name__)

Kind = Literal["cases", "segments", "patterns"]
KINDS: tuple[Kind, ...] = ("cases", "segments", "patterns")
Scalar = str | int | float | bool


def make_chroma_client(*, path: Path | None = None, url: str | None = None) -> Any:
    """An embedded ``PersistentClient`` at ``path``, or an ``HttpClient`` for a server URL."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    quiet = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url)
        if not parsed.hostname:
            raise ConfigError(f"Chroma URL {url!r} has no host. Fix ASSISTANT_CHROMA_URL, "
                              "e.g. http://localhost:8000")
        return chromadb.HttpClient(host=parsed.hostname, port=parsed.port or 8000,
                                   ssl=parsed.scheme == "https", settings=quiet)
    if path is None:
        raise ConfigError("Neither a Chroma path nor a Chroma URL is set.")
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=quiet)


@dataclass(frozen=True)
class VectorHit:
    id: str
    score: float  # cosine similarity, 1.0 is identical
    metadata: Mapping[str, Scalar]


class VectorIndex:
    """Three cosine-space collections (cases, segments, patterns) with our own embeddings."""

    def __init__(self, client: Any, *, prefix: str = "assistant") -> None:
        self.client = client
        self.prefix = prefix
        self._collections: dict[str, Any] = {}

    def collection(self, kind: Kind) -> Any:
        if kind not in self._collections:
            self._collections[kind] = self.client.get_or_create_collection(
                f"{self.prefix}_{kind}", embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}})
        return self._collections[kind]

    def upsert(self, kind: Kind, ids: Sequence[str], vectors: np.ndarray,
               metadatas: Sequence[Mapping[str, Scalar]]) -> None:
        """Store vectors with small filter metadata. Texts stay in the record store (the
        system of record), which also halves Chroma's write time: no full-text index."""
        if not ids:
            return
        col = self.collection(kind)
        step = 2000  # below Chroma's maximum batch size
        for i in range(0, len(ids), step):
            col.upsert(ids=list(ids[i:i + step]), embeddings=vectors[i:i + step],
                       metadatas=[dict(m) for m in metadatas[i:i + step]])

    def delete(self, kind: Kind, ids: Sequence[str]) -> None:
        if ids:
            self.collection(kind).delete(ids=list(ids))

    def count(self, kind: Kind) -> int:
        return int(self.collection(kind).count())

    def ids(self, kind: Kind) -> set[str]:
        return set(self.collection(kind).get(include=[])["ids"])

    def query(self, kind: Kind, vector: np.ndarray, limit: int,
              where: Mapping[str, Any] | None = None) -> list[VectorHit]:
        col = self.collection(kind)
        n = col.count()
        if n == 0:
            return []
        res = col.query(query_embeddings=[vector], n_results=min(limit, n),
                        where=dict(where) if where else None,
                        include=["metadatas", "distances"])
        hits = []
        for id_, meta, dist in zip(res["ids"][0], res["metadatas"][0], res["distances"][0],
                                   strict=True):
            hits.append(VectorHit(id=id_, score=round(1.0 - float(dist), 4), metadata=meta or {}))
        return hits

    def reset(self, kind: Kind) -> None:
        name = f"{self.prefix}_{kind}"
        with contextlib.suppress(Exception):  # absent already
            self.client.delete_collection(name)
        self._collections.pop(kind, None)
