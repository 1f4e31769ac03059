"""Time: one clock, timezone-aware datetimes, the network's time zone.

Library code asks ``ws.clock.now()`` (an aware UTC datetime) instead of reading the system
clock, so tests and tools can fix or move time. The record store keeps naive UTC datetimes
(portable across SQLite and PostgreSQL); :func:`to_db` and :func:`from_db` convert at that
boundary. Session dates and start times are local to the network's zone
(``ASSISTANT_TIMEZONE``); :func:`local_start` turns them into an instant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


@dataclass(frozen=True)
class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


@dataclass
class FixedClock:
    """A clock that shows ``at`` until moved (tests, replays)."""

    at: dt.datetime

    def __post_init__(self) -> None:
        self.at = aware(self.at)

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


def aware(t: dt.datetime) -> dt.datetime:
    """``t`` as an aware datetime; a naive one is taken to be UTC (how the store keeps it)."""
    return t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t


def to_db(t: dt.datetime) -> dt.datetime:
    """An instant as the store keeps it: naive UTC."""
    return aware(t).astimezone(dt.UTC).replace(tzinfo=None)


def from_db(t: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) datetime as an aware UTC one."""
    return None if t is None else aware(t).astimezone(dt.UTC)


def local_start(date: dt.date, start_time: str, zone: ZoneInfo) -> dt.datetime:
    """The instant a session starts: its date and ``HH:MM`` start time (midnight when the
    time is missing or unreadable) read as local time in ``zone``."""
    hour = minute = 0
    if start_time:
        try:
            hour, minute = (int(p) for p in start_time.split(":")[:2])
            dt.time(hour, minute)
        except ValueError:
            hour = minute = 0
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=zone)
