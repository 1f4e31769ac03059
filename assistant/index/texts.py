"""What text of a record is embedded, how transcripts are chunked into passages, and how a
text is shortened for a snippet or a label."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from assistant.store.models import Case, Pattern, Session, TranscriptSegment

PASSAGE_WORDS = 120  # a passage is a few speaker turns: enough context, still one subject


def shorten(text: str | None, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: a longer one is cut after its
    last whole word that fits and ends with "…" (mid-word only when that would keep less
    than half of ``limit``, as with one very long word)."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit - 1]
    if flat[limit - 1] != " ":  # the cut falls inside a word: drop the part that fits
        whole = head.rsplit(" ", 1)[0]
        if " " in head and len(whole) >= limit // 2:
            head = whole
    return head.rstrip(" ,;:") + "…"


def case_text(case: Case) -> str:
    """The text a case is embedded, clustered and searched by: its title, problem and context."""
    parts = [case.title.strip(), case.problem.strip(), case.context.strip()]
    return "\n".join(p for p in parts if p)


#: The fields a pattern version holds (what ``Pattern.published_version`` keeps).
PATTERN_FIELDS = ("name", "problem", "context", "solution", "applies_when", "not_when")
#: The patterns in the library (searchable, adoptable): published, or approved again as a
#: new version that waits for the next publish (their published version stays in).
IN_LIBRARY = (Pattern.status == "published") | Pattern.published_version.is_not(None)
#: Where a case belongs in the index: not archived.
INDEXED_CASE = Case.archived_at.is_(None)
#: Where a session's passages belong in the index: it has a transcript, and neither the
#: session nor its transcript is archived.
INDEXED_TRANSCRIPT = (Session.transcript_hash.is_not(None) & Session.archived_at.is_(None)
                      & Session.transcript_archived_at.is_(None))


def library_version(p: Pattern) -> Pattern | None:
    """The version of ``p`` the pattern library holds: ``p`` itself when published; while a
    newer approved version waits for the next publish, a detached copy holding the version
    last published; None for a pattern never published."""
    if p.status == "published":
        return p
    if not p.published_version:
        return None
    was = p.published_version
    return Pattern(id=p.id, status="published", published_at=p.published_at,
                   **{k: str(was.get(k) or "") for k in PATTERN_FIELDS})


def pattern_text(p: Pattern) -> str:
    parts = [p.name, p.problem, p.context, p.solution, p.applies_when]
    return "\n".join(x.strip() for x in parts if x and x.strip())


@dataclass(frozen=True)
class Passage:
    id: str
    session_id: str
    first_position: int
    last_position: int
    speakers: tuple[str, ...]
    start_s: float | None
    end_s: float | None
    text: str  # "Speaker: clean text" lines


def chunk_segments(session_id: str, segments: Sequence[TranscriptSegment],
                   max_words: int = PASSAGE_WORDS) -> list[Passage]:
    """Merge consecutive speaker turns into passages of about ``max_words`` words."""
    passages: list[Passage] = []
    buf: list[TranscriptSegment] = []
    words = 0

    def flush() -> None:
        nonlocal buf, words
        if not buf:
            return
        speakers = tuple(dict.fromkeys(s.speaker for s in buf if s.speaker))
        text = "\n".join(f"{s.speaker}: {s.clean_text}" if s.speaker else s.clean_text
                         for s in buf)
        passages.append(Passage(
            id=f"{session_id}:{buf[0].position}-{buf[-1].position}", session_id=session_id,
            first_position=buf[0].position, last_position=buf[-1].position, speakers=speakers,
            start_s=buf[0].start_s, end_s=buf[-1].end_s, text=text))
        buf, words = [], 0

    for seg in segments:
        n = len(seg.clean_text.split())
        if n == 0:
            continue
        if buf and words + n > max_words:
            flush()
        buf.append(seg)
        words += n
    flush()
    return passages


def cite_shown(c: dict[str, Any]) -> str:
    """A citation as drafts show it after a bullet: its case id, or speaker and timestamp
    ("Ana Silva 0:03", "? 1:02:03" for a turn without a speaker)."""
    if c.get("case_id"):
        return str(c["case_id"])
    return f"{c.get('speaker') or '?'} {c.get('timestamp') or ''}".strip()


def format_timestamp(seconds: float | None) -> str:
    """``75.2`` -> ``"1:15"``; ``3725`` -> ``"1:02:05"``; None -> ``""``."""
    if seconds is None:
        return ""
    total = int(seconds)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
