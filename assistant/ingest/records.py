"""What the readers produce: plain records, validated, not yet stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaseRecord:
    """One case as read from an intake sheet, JSON or a Markdown/text file."""

    problem: str
    title: str = ""
    context: str = ""
    tried: str = ""
    outcome: str = ""
    submitter: str = ""
    team: str = ""
    submitted_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    source: str = ""  # file path
    line: int | None = None  # row or line in the source file


@dataclass(frozen=True)
class SegmentRecord:
    """One speaker turn of a transcript, original text and timestamps in seconds."""

    speaker: str
    text: str
    start_s: float | None = None
    end_s: float | None = None
    line: int | None = None


@dataclass(frozen=True)
class TranscriptRecord:
    """A whole transcript: ordered segments plus what the file says about the session."""

    segments: tuple[SegmentRecord, ...]
    source: str = ""
    title: str = ""
    date: dt.date | None = None
    start_time: str = ""  # "HH:MM"
    duration_s: float | None = None
    extra: dict[str, str] = field(default_factory=dict)
