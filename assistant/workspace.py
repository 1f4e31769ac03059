"""The workspace: settings plus the clients built from them, made at the entry point.

Library functions take a :class:`Workspace` (or the single client they need) as their first
argument; nothing here reads the environment, :func:`assistant.config.load_settings` does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from assistant.clock import Clock, SystemClock
from assistant.config import Settings
from assistant.index.embedder import CachedEmbedder, Embedder, SentenceTransformerEmbedder
from assistant.index.vectors import VectorIndex, make_chroma_client
from assistant.store.db import init_schema, make_engine

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    settings: Settings
    engine: Engine
    embedder: Embedder
    index: VectorIndex
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. an LLM client, passed in
    clock: Clock = field(default_factory=SystemClock)  # every "now" the library needs

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(settings: Settings, *, engine: Engine | None = None,
                   embedder: Embedder | None = None, chroma_client: Any = None,
                   clock: Clock | None = None) -> Workspace:
    """Build (or take) the engine, embedder and index for ``settings``; create the schema.

    The embedding model is loaded lazily, on the first text that needs embedding.
    """
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = engine or make_engine(settings.resolved_database_url)
    init_schema(engine)
    if embedder is None:
        embedder = SentenceTransformerEmbedder(settings.embedding_model,
                                               device=settings.embedding_device,
                                               batch_size=settings.embedding_batch_size)
    if not isinstance(embedder, CachedEmbedder):
        embedder = CachedEmbedder(embedder, engine)
    if chroma_client is None:
        chroma_client = make_chroma_client(path=settings.resolved_chroma_path,
                                           url=settings.chroma_url)
    return Workspace(settings=settings, engine=engine, embedder=embedder,
                     index=VectorIndex(chroma_client), clock=clock or SystemClock())
