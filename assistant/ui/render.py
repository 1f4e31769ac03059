"""Small, pure helpers that turn library records into Markdown and table rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any


def esc(text: object) -> str:
    """Escape Markdown/HTML control characters in user text shown inside Markdown."""
    s = "" if text is None else str(text)
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#", "|"):
        s = s.replace(ch, "\\" + ch)
    return s


class Markdown(str):
    """Text that is already Markdown, written by the app (never user text): a table cell
    shows it as it is instead of escaping it."""


def when(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table; an empty table says so instead of drawing a header alone."""
    body = [r for r in rows]
    if not body:
        return "_None._"
    head = "| " + " | ".join(headers) + " |\n|" + "---|" * len(headers) + "\n"
    return head + "\n".join("| " + " | ".join(_cell(c) for c in r) + " |" for r in body)


def _cell(value: Any) -> str:
    if isinstance(value, Markdown):
        return value.replace("\n", " ")
    if isinstance(value, dt.date | dt.datetime):
        return when(value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return esc(value).replace("\n", " ")


def choice_label(ident: str, title: str, width: int = 90) -> str:
    """A dropdown label: the record's title (the id only when it has none). The id stays
    the choice's value, never shown."""
    flat = " ".join((title or "").split())
    if len(flat) > width:
        flat = flat[: width - 1] + "…"
    return flat or ident
