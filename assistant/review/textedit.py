"""A draft's bullets as one plain text, to edit outside the app (a text editor, a file, a
script), and that text read back as bullet texts for :func:`assistant.review.workflow.edit_draft`.

The text has a comment line naming the draft and the version it shows, then one ``## ``
heading per bullet with the bullet's text under it; its sources and grounding flag follow as
comment lines (``#``), which are ignored when the text is read back. A text without headings
is read as one bullet per paragraph (paragraphs are separated by a blank line).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.errors import AssistantError
from assistant.index.texts import cite_shown
from assistant.review.citing import CITE, FORMS, split_sources
from assistant.review.workflow import DraftDetail, kind_name

_HEAD = re.compile(r"^# Draft (\S+) .*\bversion (\d+)\b")


def _source(c: dict[str, Any]) -> str:
    if c.get("case_id"):
        return f"case {c['case_id']}"
    who = c.get("speaker") or "speaker"
    at = f" at {c['timestamp']}" if c.get("timestamp") else ""
    return f"{who}{at} in session {c.get('session_id')}"


def editable_text(d: DraftDetail) -> str:
    """The latest version of draft ``d`` as text to edit (see the module docstring)."""
    v = d.versions[-1]
    lines = [f"# Draft {d.id} ({kind_name(d.kind)} about {' '.join(d.subject.split())}), "
             f"version {v.number}, {d.status.replace('_', ' ')}.",
             "# Edit the text under each '## ' heading: one heading per bullet, in this "
             "order.",
             "# Lines starting with '#' (like this one, the sources and the flags) are "
             "ignored.",
             f"# To set a bullet's sources, end its text with them in brackets: {FORMS}; "
             "e.g. '... [Ana Lima 0:41; C0eb7442f]'. Without brackets it keeps its own.",
             ""]
    for b in v.content.get("bullets", []):
        lines.append(f"## {b.get('label') or b.get('step') or 'Bullet'}")
        lines.append(str(b.get("text", "")))
        cites = b.get("citations", [])
        if cites:
            lines.append("# sources: [" + "; ".join(cite_shown(c) for c in cites) + "] ("
                         + "; ".join(_source(c) for c in cites) + ")")
        if b.get("flag"):
            lines.append(f"# flag: {' '.join(str(b['flag']).split())}")
        if b.get("note"):
            lines.append(f"# note: {' '.join(str(b['note']).split())}")
        lines.append("")
    return "\n".join(lines)


def read_edited(text: str, d: DraftDetail) -> tuple[int | None, list[str]]:
    """(the version the text says it was edited from, or None when it names none; the
    bullet texts, whitespace collapsed). Raises :class:`AssistantError` when the text is of
    another draft or does not hold one part per bullet of ``d``."""
    base, texts, _ = read_edited_cited(text, d)
    return base, texts


def read_edited_cited(text: str, d: DraftDetail
                      ) -> tuple[int | None, list[str], list[list[str] | None]]:
    """:func:`read_edited`, and for each bullet the sources typed in brackets at its end
    (:func:`assistant.review.citing.split_sources`; None where none were)."""
    base: int | None = None
    sections: list[list[str]] = []
    loose: list[str] = []  # lines before any heading
    for line in text.splitlines():
        head = _HEAD.match(line)
        if head:
            if head.group(1) != d.id:
                raise AssistantError(f"This text is of draft {head.group(1)}, not {d.id}. "
                                     f"Edit the text of {d.id} (`assistant review edit "
                                     f"{d.id}`).")
            base = int(head.group(2))
        elif line.startswith("## "):
            sections.append([])
        elif line.startswith("#"):
            continue
        else:
            (sections[-1] if sections else loose).append(line)
    if sections:
        texts = [" ".join(" ".join(part).split()) for part in sections]
    else:  # no headings: one bullet per paragraph
        texts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "\n".join(loose))
                 if p.strip()]
    typed = [split_sources(_without_flag(_SHOWN_HEAD.sub("", t.strip())))[1] for t in texts]
    texts = [without_shown_markers(t) for t in texts]
    n = len(d.versions[-1].content.get("bullets", []))
    if len(texts) != n:
        raise AssistantError(f"Draft {d.id} has {n} bullets; the edited text has "
                             f"{len(texts)} parts. Keep one '## ' heading per bullet (or, "
                             "without headings, one paragraph per bullet).")
    return base, texts, typed


def _without_flag(text: str) -> str:
    while (cut := re.sub(r"\s*⚠[^\[]*$", "", text)) != text:
        text = cut
    return text


def unchanged(d: DraftDetail, texts: list[str], typed: list[list[str] | None]) -> bool:
    """Whether bullet ``texts`` and typed sources say what the latest version of ``d``
    says (a bullet without typed sources keeps its own)."""
    bullets = d.versions[-1].content.get("bullets", [])
    return texts == bullet_texts(d) and all(
        t is None or t == [cite_shown(c) for c in b.get("citations") or []]
        for b, t in zip(bullets, typed, strict=True))


#: The sources ``review show`` prints after a bullet (:data:`assistant.review.citing.CITE`)
#: and its flag.
_SHOWN_TAIL = re.compile(rf"(?:\s*\[{CITE}(?:; {CITE})*\]|\s*⚠[^\[]*)$")
_SHOWN_HEAD = re.compile(r"^-\s+\*\*[^*\n]{1,80}:\*\*\s+")


def without_shown_markers(text: str) -> str:
    """A bullet's text copied from ``review show`` (``- **Label:** text [Ana Silva 0:03]
    ⚠ flag``) without what the display added: the label, the sources in brackets and the
    flag. The sources stay the bullet's own; typed into the text they would be read as
    words and numbers the sources do not hold."""
    text = _SHOWN_HEAD.sub("", text.strip())
    while True:
        shorter = _SHOWN_TAIL.sub("", text).rstrip()
        if shorter == text or not shorter:
            return text
        text = shorter


def bullet_texts(d: DraftDetail) -> list[str]:
    """The latest bullet texts of ``d``, whitespace collapsed as :func:`read_edited` does."""
    return [" ".join(str(b.get("text", "")).split())
            for b in d.versions[-1].content.get("bullets", [])]
