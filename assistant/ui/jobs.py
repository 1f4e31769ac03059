"""Background jobs for the app: long work (a theme recompute) runs in a thread so no page
waits on it; screens poll :meth:`Job.status` and refresh when it is done."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import AssistantError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobStatus:
    running: bool
    message: str  # what a screen shows: started/finished/failed, with times
    finished_at: float | None = None


class Job:
    """One job of a kind at a time: starting it while it runs says so instead of queueing."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._status = JobStatus(False, "")

    def start(self, fn: Callable[[], object], who: str) -> JobStatus:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return self._status
            started = time.time()
            self._status = JobStatus(True, f"⏳ {self.name} started by {who} at "
                                           f"{time.strftime('%H:%M:%S')}; keep working, this "
                                           "page refreshes when it is done.")

            def run() -> None:
                try:
                    result = fn()
                    msg = (f"✅ {self.name} done in {time.time() - started:.1f} s: {result}")
                except AssistantError as exc:
                    msg = f"❌ {self.name} failed: {exc}"
                except Exception as exc:  # never leave a job "running" forever
                    log.exception("%s failed", self.name)
                    msg = f"❌ {self.name} failed: {exc.__class__.__name__}: {exc}"
                self._status = JobStatus(False, msg, time.time())

            self._thread = threading.Thread(target=run, name=self.name, daemon=True)
            self._thread.start()
            return self._status

    def status(self) -> JobStatus:
        return self._status

    def wait(self, timeout: float | None = None) -> JobStatus:
        t = self._thread
        if t is not None:
            t.join(timeout)
        return self._status
