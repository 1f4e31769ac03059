"""What the readers produce: plain records, validated, not yet stored."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.errors import IngestError

#: The longest case or session title accepted, in characters: a title is a line a list,
#: a pre-read and a playbook page show whole; longer text belongs in the problem.
TITLE_MAX = 200


#: Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
#: invisible, they reorder what follows, so "Payroll export \u202etxt.exe" reads as
#: "...exe.txt". Right-to-left text itself (Hebrew, Arabic) and the plain marks
#: U+200E/U+200F need none of them and are kept.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    """``text`` with the bidi controls of :data:`BIDI_CONTROLS` removed (titles and names
    are read where they are shown, so none may reorder them)."""
    return BIDI_CONTROLS.sub("", text) if text else text


def check_title(title: str, what: str, *, path: str | None = None,
                line: int | None = None) -> str:
    """``title`` when it is at most :data:`TITLE_MAX` characters, else an
    :class:`IngestError` naming the field (``what``: "case title", "session title"), the
    limit and the length given. The app, the command line and every reader call it."""
    if len(title) > TITLE_MAX:
        said = f"the {what} is {len(title)} characters long; at most {TITLE_MAX} are allowed."
        # After a file name the message goes on in lower case; alone it is a sentence.
        raise IngestError(said if path else said[:1].upper() + said[1:],
                          path=path, line=line,
                          fix=f"shorten the {what} (the details belong in the "
                              + ("problem or context)." if what.startswith("case")
                                 else "transcript or the cases)."))
    return title


def shorten_title(title: str) -> str:
    """A title made from a file name or a transcript's first line, cut at a word to
    :data:`TITLE_MAX` characters (nobody typed it, so it is shortened, not refused)."""
    if len(title) <= TITLE_MAX:
        return title
    cut = title[:TITLE_MAX - 1].rsplit(" ", 1)[0] or title[:TITLE_MAX - 1]
    return cut.rstrip() + "…"


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

    def __post_init__(self) -> None:
        for name in ("title", "submitter", "team"):
            object.__setattr__(self, name, without_bidi_controls(getattr(self, name)))
        check_title(self.title, "case title", path=self.source or None, line=self.line)


@dataclass(frozen=True)
class SegmentRecord:
    """One speaker turn of a transcript, original text and timestamps in seconds."""

    speaker: str
    text: str
    start_s: float | None = None
    end_s: float | None = None
    line: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "speaker", without_bidi_controls(self.speaker))


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", without_bidi_controls(self.title))
