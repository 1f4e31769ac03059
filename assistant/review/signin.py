"""Sign-in rules that do not depend on the store: the password policy and the throttle.

The throttle counts failed sign-ins per user name and per client address. The first
``free`` failures cost nothing; after that each attempt must wait twice as long as the one
before (``base_s``, doubling, at most ``max_s``). A success clears the user's and the
address's count; a count with no failure for ``window_s`` is forgotten.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.errors import AssistantError

MIN_PASSWORD = 10

#: Passwords that appear at the top of every breached-password list. Not exhaustive: the
#: length rule does most of the work; this catches the ones people type first.
_COMMON = """
123456789012 1234567890 0123456789 1234512345 1q2w3e4r5t 1q2w3e4r5t6y qwertyuiop
qwerty1234 qwerty12345 qwerty123456 asdfghjkl; asdfghjkl1 zaq12wsxcde password12
password123 password1234 passw0rd12 p@ssw0rd12 p@ssword123 iloveyou12 iloveyou123
letmein123 welcome123 welcome1234 changeme123 changeme12 administrator admin12345
adminadmin admin123456 abcdefghij abcd123456 abc1234567 aaaaaaaaaa 1111111111 0000000000
9876543210 football12 baseball12 sunshine12 princess12 dragon1234 monkey1234 superman12
trustno1234 starwars12 whatever12 qazwsxedc1 qazwsxedcrfv 1qaz2wsx3edc zxcvbnm123
"""
COMMON_PASSWORDS = frozenset(_COMMON.split())


class PasswordRejected(AssistantError):
    """A password does not meet the minimum policy."""


def check_password(name: str, password: str) -> None:
    """Raise :class:`PasswordRejected` (saying why and what to do) unless ``password`` is at
    least :data:`MIN_PASSWORD` characters, not one of the commonest passwords, not the user
    name and not a single repeated character."""
    fix = ("Use at least 10 characters; a few unrelated words (e.g. 'lantern river "
           "oboe') are easy to remember and hard to guess.")
    if len(password) < MIN_PASSWORD:
        raise PasswordRejected(f"The password for {name} is too short ({len(password)} "
                               f"characters). {fix}")
    low = password.lower()
    if (low in COMMON_PASSWORDS or len(set(low)) == 1
            or (len(name) >= 3 and name.lower() in low)):
        raise PasswordRejected(f"The password for {name} is too easy to guess (a common "
                               f"password, the user name, or one character repeated). {fix}")


class SignInThrottled(AssistantError):
    """Too many failed sign-ins; ``retry_after`` seconds until the next attempt."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class _Count:
    failures: int = 0
    last: float = 0.0


class SignInThrottle:
    """Failed sign-ins per user name and per address, in memory (one per server)."""

    def __init__(self, *, free: int = 5, base_s: float = 2.0, max_s: float = 900.0,
                 window_s: float = 3600.0, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000) -> None:
        self.free, self.base_s, self.max_s, self.window_s = free, base_s, max_s, window_s
        self.clock, self.max_keys = clock, max_keys
        self._counts: dict[str, _Count] = {}
        self._lock = threading.Lock()

    def _wait(self, key: str, now: float) -> float:
        c = self._counts.get(key)
        if c is None or now - c.last > self.window_s or c.failures < self.free:
            return 0.0
        delay = min(self.max_s, self.base_s * 2 ** (c.failures - self.free))
        return max(0.0, c.last + delay - now)

    def check(self, name: str, address: str | None) -> None:
        """Raise :class:`SignInThrottled` when this user or address must wait."""
        now = self.clock()
        with self._lock:
            waits = [(self._wait(f"user:{name.lower()}", now), f"user {name!r}")]
            if address:
                waits.append((self._wait(f"addr:{address}", now), f"address {address}"))
        wait, who = max(waits)
        if wait > 0:
            raise SignInThrottled(f"Too many failed sign-ins for {who}: try again in "
                                  f"{int(wait) + 1} s. Ask a steward if you forgot the "
                                  "password.", wait)

    def failed(self, name: str, address: str | None) -> None:
        now = self.clock()
        with self._lock:
            if len(self._counts) >= self.max_keys:
                self._counts = {k: c for k, c in self._counts.items()
                                if now - c.last <= self.window_s}
            for key in (f"user:{name.lower()}", f"addr:{address}" if address else None):
                if key is None:
                    continue
                c = self._counts.get(key)
                if c is None or now - c.last > self.window_s:
                    c = self._counts[key] = _Count()
                c.failures, c.last = c.failures + 1, now

    def succeeded(self, name: str, address: str | None) -> None:
        with self._lock:
            self._counts.pop(f"user:{name.lower()}", None)
            if address:
                self._counts.pop(f"addr:{address}", None)
