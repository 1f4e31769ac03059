"""Time: one clock, timezone-aware datetimes, the network's time zone.

Library code asks ``ws.clock.now()`` (an aware UTC datetime) instead of reading the system
clock, so tests and tools can fix or move time. The record store keeps naive UTC datetimes
(portable across SQLite and PostgreSQL); :func:`to_db` and :func:`from_db` convert at that
boundary. Session dates and start times are local to the network's zone
(``ASSISTANT_TIMEZONE``, else the machine's own); :func:`session_end` turns them into
the instant a recap deadline counts from, and :func:`today` is the one place a day is read
off the clock.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


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


def local_zone() -> dt.tzinfo:
    """The machine's own time zone: ``TZ`` when it names an IANA zone, else the system's
    ``/etc/localtime`` (both keep daylight-saving rules), else today's fixed UTC offset."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a POSIX rule string or a path: the system zone below still applies
    try:
        with open("/etc/localtime", "rb") as f:
            return ZoneInfo.from_file(f, key="localtime")
    except (OSError, ValueError):
        pass
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def today(clock: Clock | None = None, zone: dt.tzinfo | None = None) -> dt.date:
    """Today's date in ``zone`` (the machine's own when None) by ``clock`` (the system clock
    when None). ``Workspace.today()`` passes the workspace's clock and the network's zone;
    code with no workspace calls this with neither."""
    now = (clock or SystemClock()).now()
    return aware(now).astimezone(zone or local_zone()).date()


def clock_time(start_time: str) -> dt.time | None:
    """A session's ``HH:MM`` start time as a time of day; None when missing or unreadable."""
    if not start_time:
        return None
    try:
        hour, minute = (int(p) for p in start_time.split(":")[:2])
        return dt.time(hour, minute)
    except ValueError:
        return None


def session_end(date: dt.date, start_time: str, duration_s: float | None,
                zone: dt.tzinfo) -> dt.datetime:
    """The instant a session is taken to end, which its recap deadline counts from: its
    local start plus its length (a length not known counts as none); with no start time,
    the end of its day in ``zone`` (midnight after it), since it may have been held at any
    hour of that day and a deadline counted from the day's first minute would fall due
    before the day after it was over."""
    start = clock_time(start_time)
    if start is None:
        return dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0, 0), tzinfo=zone)
    return dt.datetime.combine(date, start, tzinfo=zone) + dt.timedelta(
        seconds=duration_s or 0)
