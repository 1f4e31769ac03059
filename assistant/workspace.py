"""The workspace: settings plus the clients built from them, made at the entry point.

Library functions take a :class:`Workspace` (or the single client they need) as their first
argument; nothing here reads the environment, :func:`assistant.config.load_settings` does.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from assistant.clock import Clock, SystemClock, today
from assistant.config import Settings
from assistant.index.embedder import CachedEmbedder, Embedder, SentenceTransformerEmbedder
from assistant.index.vectors import VectorIndex, make_chroma_client
from assistant.store.db import init_schema, make_engine
from assistant.store.models import use_clock

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    settings: Settings
    engine: Engine
    embedder: Embedder
    index: VectorIndex
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. an LLM client, passed in
    clock: Clock = field(default_factory=SystemClock)  # every "now" the library needs

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in ("clock", "engine") and "clock" in self.__dict__ and "engine" in self.__dict__:
            use_clock(self.engine, self.clock)  # rows stamped by column defaults follow it

    def today(self) -> dt.date:
        """Today's date where the network is (``ASSISTANT_TIMEZONE``, else the machine's
        zone) by the workspace's clock: the one "today" the library uses."""
        return today(self.clock, self.settings.zone)

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(settings: Settings, *, engine: Engine | None = None,
                   embedder: Embedder | None = None, chroma_client: Any = None,
                   clock: Clock | None = None, reconcile: bool = True) -> Workspace:
    """Build (or take) the engine, embedder and index for ``settings``; create the schema;
    bring the vector index up to date with the record store (``reconcile``).

    The embedding model is loaded lazily, on the first text that needs embedding, and the
    embedded Chroma index on first use.
    """
    try:
        # A new data folder is the owner's alone: it holds password hashes and the cases.
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        from assistant.errors import ConfigError

        raise ConfigError(f"Cannot create the data folder {settings.data_dir} "
                          f"({exc.strerror or exc}). Fix: choose a writable folder with "
                          "--data-dir or ASSISTANT_DATA_DIR.") from None
    engine = engine or make_engine(settings.resolved_database_url)
    init_schema(engine)
    if embedder is None:
        embedder = SentenceTransformerEmbedder(settings.embedding_model,
                                               device=settings.embedding_device,
                                               batch_size=settings.embedding_batch_size)
    if not isinstance(embedder, CachedEmbedder):
        embedder = CachedEmbedder(embedder, engine)
    if chroma_client is None and settings.chroma_url:
        chroma_client = make_chroma_client(url=settings.chroma_url)
    index = VectorIndex(chroma_client) if chroma_client is not None else \
        VectorIndex(path=settings.resolved_chroma_path)
    ws = Workspace(settings=settings, engine=engine, embedder=embedder, index=index,
                   clock=clock or SystemClock())
    if reconcile:
        catch_up(ws)
    return ws


def catch_up(ws: Workspace) -> None:
    """Index what a crash or an index failure left waiting; an index that is still down
    is logged, not fatal: the records are safe and the next reconcile retries."""
    from assistant.errors import AssistantError
    from assistant.index.outbox import needs_reconcile, pending, reconcile

    if not needs_reconcile(ws):
        return
    try:
        reconcile(ws)
    except AssistantError as exc:
        log.warning("vector index behind the record store (%s waiting): %s",
                    pending(ws), exc)
