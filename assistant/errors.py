"""A small exception tree. Every message says what went wrong, where, and how to fix it."""

from __future__ import annotations

import re

#: A spreadsheet's path, alone or with its sheet named (``cases.xlsx (sheet 'Intake')``):
#: its users count rows, where a text file's count lines.
_SPREADSHEET = re.compile(r"\.xls[xm](?: \(sheet .*\))?$", re.IGNORECASE)


class AssistantError(Exception):
    """Base for every error a user should see as a message, not a traceback."""


class ConfigError(AssistantError):
    """A setting is missing or invalid."""


class IngestError(AssistantError):
    """An input file cannot be ingested; nothing of it was stored.

    ``path`` and ``line`` point at the problem (``line`` is a row for sheets, and the
    message says "row N" for a spreadsheet, "line N" for a CSV or text file).
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 fix: str | None = None) -> None:
        self.path = path
        self.line = line
        self.fix = fix
        where = ""
        if path:
            where = f"{path}"
            if line is not None:
                where += f", {'row' if _SPREADSHEET.search(path) else 'line'} {line}"
            where += ": "
        text = f"{where}{message}"
        if fix:
            text += f" Fix: {fix}"
        super().__init__(text)


class DraftError(AssistantError):
    """A draft could not be produced (for example the LLM endpoint kept failing)."""


class NotFound(AssistantError):
    """The thing asked for does not exist."""


class Conflict(AssistantError):
    """The action clashes with the current state (for example an edit on a stale version)."""


class StoreUnavailable(AssistantError):
    """The record store (the database) cannot be reached: down, wrong address, unknown
    database or user. Nothing was read or written."""


class Forbidden(AssistantError):
    """The user's role does not allow the action."""
