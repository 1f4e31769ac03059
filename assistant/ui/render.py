"""Small, pure helpers that turn library records into Markdown and table rows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.index.texts import shorten
from assistant.ingest.records import BIDI_CONTROLS


def esc(text: object) -> str:
    """Escape Markdown/HTML control characters in user text shown inside Markdown, and
    break what the renderer would turn into a link on its own (``http://``, ``www.``, an
    email address): user text is shown as text, nothing in it is clickable."""
    s = _bidi_shown("" if text is None else str(text))
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "@", "~"):
        s = s.replace(ch, "\\" + ch)
    return _no_autolink(s)


def _bidi_shown(s: str) -> str:
    """A bidi embedding/override/isolate control (stored before ingest removed them) shown
    as its code point, so it cannot reorder the text around it ("exe.txt" for "txt.exe")."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", s)


#: ``www.`` starts a link in GitHub-flavoured Markdown even without a scheme.
_WWW = re.compile(r"\bwww\.", re.IGNORECASE)


def _no_autolink(s: str) -> str:
    """``http://``, ``ftp://`` and ``www.`` with the character that makes them a link
    escaped (the renderer shows them the same); "@" is escaped by the caller."""
    return _WWW.sub(lambda m: m.group(0)[:-1] + "\\.", s.replace("://", "\\://"))


def plain_block(text: object) -> str:
    """User text shown as it is, line breaks kept: every Markdown and HTML control character
    escaped, so it can neither format itself, nor load an image, nor inject markup."""
    return "\n\n".join(esc(part) for part in str(text or "").split("\n\n"))


#: ``![alt](url)``, ``![alt][ref]`` and ``![alt]`` (reference) images in Markdown.
_IMAGE = re.compile(r"!\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])?")


def inert_markdown(text: object) -> str:
    """Markdown the app composed around user text (a pre-read, a draft's preview): its
    structure (headings, lists, emphasis) stays, but raw HTML is shown as text, images
    become their alt text and links stay text, so nothing is fetched from another host when
    it is opened and nothing in it is clickable."""
    s = _bidi_shown(str(text or "")).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _IMAGE.sub(lambda m: f"[image: {m.group(1)}]" if m.group(1) else "[image]", s)
    # No links either: "](" cannot open a link's target, and URLs, ``www.`` and email
    # addresses (which the renderer links on its own) lose the character that makes them one.
    return _no_autolink(s.replace("](", "]\\(").replace("]:", "]\\:").replace("@", "\\@"))


def fenced(text: str, lang: str = "") -> str:
    """``text`` in a code fence it cannot close: the fence is longer than any run of
    backticks inside."""
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text}\n{fence}"


class Markdown(str):
    """Text that is already Markdown, written by the app (never user text): a table cell
    shows it as it is instead of escaping it."""


def when(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # an aware one names its zone (e.g. CET, UTC)
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
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


def due_cell(action: Any) -> str:
    """An action item's "by when" cell (an
    :class:`~assistant.summarize.tracking.ActionView`): its due date as shown, marked
    **overdue** when the view says it is past the last day that date can mean; "not said"
    when none was said. Today and the Review screen's action table both show it so."""
    if action.overdue:
        return Markdown(f"{esc(action.due_shown)} — **overdue**")
    return str(action.due_shown or "not said")


def choice_label(ident: str, title: str, width: int = 90) -> str:
    """A dropdown label: the record's title (the id only when it has none). The id stays
    the choice's value, never shown."""
    return shorten(_bidi_shown(title), width) or ident
