"""The vector index: Chroma collections over the record store (rebuildable from it)."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import numpy as np

from assistant.errors import AssistantError, ConfigError

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


class IndexUnavailable(AssistantError):
    """The vector index cannot be read or written (Chroma down, or its files damaged).

    The record store is unaffected: what is waiting is indexed by the next reconcile, and
    ``assistant reindex`` rebuilds a damaged index from the record store.
    """


class _SharedChroma:
    """The one embedded Chroma client of this process for one folder.

    An embedded Chroma keeps its vector graph in memory: a process does not see what
    another process (the CLI beside the app) wrote until it reopens the client. Every
    writer therefore takes a file lock, reopens first when the index changed since it last
    looked, and leaves a new *generation* token in a file beside the folder. Readers compare
    that token (one small file read) and reopen when it moved.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.client: Any = None
        self.seen: str | None = None
        self.epoch = 0  # bumped on every reopen; collection handles are per epoch
        self._gen_file = path.parent / f"{path.name}.generation"
        self._lock_file = path.parent / f"{path.name}.lock"

    def generation(self) -> str:
        """The token of the last write: a random token in a file, and the lock file's
        modification time (which a writer sets even when the disk is full)."""
        try:
            token = self._gen_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            token = ""
        try:
            return f"{token}:{self._lock_file.stat().st_mtime_ns}"
        except FileNotFoundError:
            return token

    def current(self) -> Any:
        """The client, reopened when another process changed the index (hold ``lock``)."""
        gen = self.generation()
        if self.client is None or gen != self.seen:
            self.reopen(gen)
        return self.client

    def reopen(self, gen: str | None = None) -> None:
        self.close()
        try:
            self.client = make_chroma_client(path=self.path)
        except ConfigError:
            raise
        except Exception as exc:
            # A client that failed to open can leave its half-built system in chromadb's
            # per-process cache, which every later open (the rebuild's too) would get again.
            self._forget_system()
            raise IndexUnavailable(
                f"The vector index in {self.path} cannot be opened ({exc}). Run `assistant "
                "reindex` to rebuild it from the record store.") from exc
        self.seen = self.generation() if gen is None else gen
        self.epoch += 1

    def close(self) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.close()
            # A close that failed half-way (its folder gone) can leave a stopped system in
            # chromadb's per-process cache, which every later client would get again.
            self._forget_system()
        self.client = None

    def _forget_system(self) -> None:
        with contextlib.suppress(Exception):
            from chromadb.api.shared_system_client import SharedSystemClient

            ident = str(self.path)
            system = SharedSystemClient._identifier_to_system.pop(ident, None)
            SharedSystemClient._identifier_to_refcount.pop(ident, None)
            if system is not None:
                system.stop()

    @contextlib.contextmanager
    def exclusive(self, *, write: bool = True) -> Iterator[None]:
        """Hold the cross-process lock; after a write, publish a new generation. Reads take
        it too: an embedded Chroma is not built for several processes at once, and its
        reads may apply pending log entries to the files."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.lock, open(self._lock_file, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                # Reads are marked too: an embedded Chroma applies and purges its log on
                # reads, so a read can fail (a full disk) or die half-way like a write.
                mark = self._mark(required=write)
                try:
                    yield
                except (ValueError, KeyError, TypeError):  # refused before Chroma acted
                    if mark is not None:
                        with contextlib.suppress(OSError):
                            mark.unlink()
                    raise
                except BaseException:
                    # An operation that failed part-way (full disk, folder gone, a Chroma
                    # error) may have damaged what was there before: the next reconcile
                    # audits the index.
                    self._fault(mark)
                    raise
                if mark is not None:
                    with contextlib.suppress(OSError):
                        mark.unlink()
            finally:
                if write:
                    self._bump()
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _mark(self, *, required: bool) -> Path | None:
        """Leave a mark for the operation about to start: a process killed inside it leaves
        the mark behind (with its dead pid), so the next reconcile knows to audit the index.
        A write that cannot leave its mark is not attempted; a read goes on without."""
        mark = self.path.parent / f"{self.path.name}.writing-{os.getpid()}-{uuid.uuid4().hex}"
        try:
            mark.touch()
        except OSError as exc:
            if not required:
                return None
            raise IndexUnavailable(f"The vector index cannot be written ({exc}); the records "
                                   "are safe and wait for the next reconcile.") from exc
        return mark

    def _fault(self, mark: Path | None) -> None:
        fault = self.path.parent / f"{self.path.name}.fault-{uuid.uuid4().hex}"
        with contextlib.suppress(OSError):
            if mark is not None:
                os.replace(mark, fault)
            else:
                fault.touch()

    def fault_marks(self) -> list[Path]:
        """Marks of operations that failed, or whose process died during them: the index may
        have lost vectors it had confirmed, so it needs an audit (:mod:`assistant.index.audit`)."""
        out = []
        for mark in self.path.parent.glob(f"{self.path.name}.*"):
            name = mark.name[len(self.path.name) + 1:]
            if name.startswith("fault-"):
                out.append(mark)
            elif name.startswith("writing-"):
                pid = name.split("-")[1]
                if pid.isdigit() and not _alive(int(pid)):
                    out.append(mark)
        return sorted(out)

    def _bump(self) -> None:
        tmp = self._gen_file.with_name(self._gen_file.name + f".{os.getpid()}.tmp")
        try:
            tmp.write_text(uuid.uuid4().hex, encoding="utf-8")
            os.replace(tmp, self._gen_file)
        except OSError:  # a full disk: the lock file's time below still moves
            with contextlib.suppress(OSError):
                tmp.unlink()
        # An explicit time in nanoseconds, always later than the last: unique even when
        # two writes fall in one tick of the file system's clock. Needs no free space.
        last = self._lock_file.stat().st_mtime_ns
        ns = max(time.time_ns(), last + 1)
        os.utime(self._lock_file, ns=(ns, ns))
        self.seen = self.generation()

    def move_aside(self) -> Path | None:
        """Move a damaged index folder out of the way (hold ``exclusive``)."""
        self.close()
        if not self.path.exists():
            return None
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        dest = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{uuid.uuid4().hex[:6]}")
        self.path.rename(dest)
        return dest


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


_SHARED: dict[Path, _SharedChroma] = {}
_SHARED_LOCK = threading.Lock()


def _shared_for(path: Path) -> _SharedChroma:
    key = path.resolve()
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = _SharedChroma(key)
        return _SHARED[key]


class VectorIndex:
    """Three cosine-space collections (cases, segments, patterns) with our own embeddings.

    Give it a ``client`` (a Chroma server, or any client the caller manages) or the
    ``path`` of an embedded index, which is then opened lazily, shared by the process,
    written under a cross-process lock and reopened when another process changed it.
    """

    def __init__(self, client: Any = None, *, prefix: str = "assistant",
                 path: Path | None = None) -> None:
        if client is None and path is None:
            raise ConfigError("A vector index needs a Chroma client or a folder.")
        self._client = client
        self._shared = _shared_for(path) if client is None and path is not None else None
        self.prefix = prefix
        self._collections: dict[str, Any] = {}
        self._epoch = -1
        self._lock = self._shared.lock if self._shared else threading.RLock()

    @property
    def client(self) -> Any:
        if self._shared is None:
            return self._client
        with self._shared.lock:
            return self._shared.current()

    @property
    def path(self) -> Path | None:
        return self._shared.path if self._shared else None

    @contextlib.contextmanager
    def _op(self, what: str, *, write: bool = False) -> Iterator[None]:
        """Run one Chroma operation: fresh client, errors as :class:`IndexUnavailable`."""
        ctx = self._shared.exclusive(write=write) if self._shared else self._lock
        with ctx:
            try:
                if self._shared is not None:
                    self._shared.current()
                    if self._shared.epoch != self._epoch:
                        self._collections.clear()
                        self._epoch = self._shared.epoch
                yield
            except (AssistantError, ValueError, KeyError, TypeError):
                raise
            except Exception as exc:  # chromadb raises many types; all mean "not now"
                self._collections.clear()
                if self._shared is not None:
                    # A client that failed (a full disk, its folder gone) can keep broken
                    # connections to its own files: the next operation opens a fresh one.
                    self._shared.close()
                raise IndexUnavailable(
                    f"The vector index could not {what} ({type(exc).__name__}: {exc}). The "
                    "records are safe; the index catches up at the next reconcile (`assistant "
                    "status` shows what is waiting; `assistant reindex` rebuilds it).") from exc

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
        with self._op("store vectors", write=True):
            col = self.collection(kind)
            step = 2000  # below Chroma's maximum batch size
            for i in range(0, len(ids), step):
                col.upsert(ids=list(ids[i:i + step]), embeddings=vectors[i:i + step],
                           metadatas=[dict(m) for m in metadatas[i:i + step]])

    def delete(self, kind: Kind, ids: Sequence[str]) -> None:
        if ids:
            with self._op("delete vectors", write=True):
                self.collection(kind).delete(ids=list(ids))

    def delete_where(self, kind: Kind, where: Mapping[str, Any]) -> None:
        with self._op("delete vectors", write=True):
            self.collection(kind).delete(where=dict(where))

    def count(self, kind: Kind) -> int:
        with self._op("count vectors"):
            return int(self.collection(kind).count())

    def ids(self, kind: Kind) -> set[str]:
        with self._op("list vectors"):
            return set(self.collection(kind).get(include=[])["ids"])

    def ids_where(self, kind: Kind, where: Mapping[str, Any]) -> set[str]:
        with self._op("list vectors"):
            return set(self.collection(kind).get(where=dict(where), include=[])["ids"])

    def present(self, kind: Kind, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` the index holds."""
        if not ids:
            return set()
        with self._op("look up vectors"):
            col = self.collection(kind)
            out: set[str] = set()
            for i in range(0, len(ids), 2000):
                out.update(col.get(ids=list(ids[i:i + 2000]), include=[])["ids"])
            return out

    def nearest_ids(self, kind: Kind, vectors: np.ndarray, limit: int) -> list[list[str]]:
        """For each vector, the ids of its ``limit`` nearest entries (an audit's lookup)."""
        if len(vectors) == 0:
            return []
        with self._op("search"):
            col = self.collection(kind)
            n = col.count()
            if n == 0:
                return [[] for _ in range(len(vectors))]
            res = col.query(query_embeddings=vectors, n_results=min(limit, n), include=[])
        return [list(ids) for ids in res["ids"]]

    def query(self, kind: Kind, vector: np.ndarray, limit: int,
              where: Mapping[str, Any] | None = None) -> list[VectorHit]:
        with self._op("search"):
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

    def fault_marks(self) -> list[Path]:
        """Marks left by index operations that failed or died part-way (none for a server)."""
        return self._shared.fault_marks() if self._shared else []

    def clear_fault_marks(self, marks: Sequence[Path]) -> None:
        for mark in marks:
            with contextlib.suppress(OSError):
                mark.unlink()

    def reset(self, kind: Kind) -> None:
        name = f"{self.prefix}_{kind}"
        with self._op("drop a collection", write=True):
            with contextlib.suppress(Exception):  # absent already
                self.client.delete_collection(name)
            self._collections.pop(kind, None)

    def reset_all(self) -> Path | None:
        """Drop every collection. An embedded index that cannot even be opened or listed
        (damaged files) is moved aside and started afresh; returns where it went."""
        if self._shared is None:
            for kind in KINDS:
                self.reset(kind)
            return None
        with self._shared.exclusive():
            moved = None
            try:
                client = self._shared.current()
                client.list_collections()
                for kind in KINDS:
                    with contextlib.suppress(Exception):  # absent already
                        client.delete_collection(f"{self.prefix}_{kind}")
            except Exception as exc:
                moved = self._shared.move_aside()
                log.warning("vector index in %s is damaged (%s): moved it to %s and "
                            "rebuilding it from the record store", self._shared.path, exc,
                            moved)
                self._shared.reopen()
            self._collections.clear()
            self._epoch = -1
            return moved
