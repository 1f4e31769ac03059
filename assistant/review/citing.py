"""Sources a reviewer types: a bullet's text may end with its citations in brackets, in the
form a draft shows them ("... keeps the log. [Jonas Weber 0:41; C0eb7442f]"), and those
become the bullet's citations when the edit is saved.

Accepted forms, separated by "; ": ``[Speaker m:ss]`` for a transcript turn of the draft's
session (the speaker as the transcript names them, the time the turn starts; ``Speaker turn
N`` for a transcript without times, ``?`` for a turn without a speaker) and ``[case id]`` for
a case. A bracket at the end of a bullet is read as sources only when it names one (a case,
or a turn of the draft's sessions or one of their speakers): "booked for [Friday 9:30]" or
"[?]" stay text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import AssistantError
from assistant.store.models import Case, TranscriptSegment

#: One source as a draft shows it after a bullet (``core.render_text``): a case id, or a
#: speaker and a timestamp ("Ana Silva 0:03", "? 1:02:03"), or a speaker and the turn's
#: number when the transcript has no times ("Ana Silva turn 3", ``summarize.core.fmt_ts``).
CITE = (r"(?:C[0-9a-f]{6,16}|[^\[\];\n]{1,80}? (?:\d{1,3}:\d{2}(?::\d{2})?|turn \d{1,6})"
        r"|\?)")
_TAIL = re.compile(rf"\s*\[({CITE}(?:;\s*{CITE})*)\]\s*$")
_CASE = re.compile(r"C[0-9a-f]{6,16}")
_TURN = re.compile(r"(.+?) (\d{1,3}:\d{2}(?::\d{2})?|turn (\d{1,6}))")

FORMS = ("[Speaker m:ss] (or [Speaker turn N]) for a turn of this draft's session (as "
         "the draft shows its sources) or [case id] for a case, several separated by '; '")


def split_sources(text: str) -> tuple[str, list[str] | None]:
    """(the bullet's text, the sources typed in brackets at its end, or None when it ends
    with none)."""
    m = _TAIL.search(text)
    if m is None:
        return text, None
    return text[:m.start()].rstrip(), [p.strip() for p in m.group(1).split(";") if p.strip()]


def resolve(s: OrmSession, typed: list[str], sessions: Iterable[str], where: str
            ) -> list[dict[str, Any]] | None:
    """The citations ``typed`` names, looked up in the store: cases by id, turns of
    ``sessions`` by speaker and start time (or turn number). None when ``typed`` names no
    source at all (no case, no turn, no speaker of ``sessions``): the bracket was text.
    Raises :class:`AssistantError` naming the first source that is none when others are
    (a typo in one of several sources must not be dropped), and the forms accepted."""
    from assistant.summarize.core import fmt_ts

    sessions = sorted(set(sessions))
    turns = list(s.scalars(select(TranscriptSegment).where(
        TranscriptSegment.session_id.in_(sessions))
        .order_by(TranscriptSegment.session_id, TranscriptSegment.position))) \
        if sessions else []
    speakers = {(g.speaker or "").casefold() for g in turns}
    out: list[dict[str, Any]] = []
    unknown: list[str] = []
    meant = False  # whether any part reads as a source, found or not
    for t in typed:
        cite: dict[str, Any] | None = None
        if _CASE.fullmatch(t):
            meant = True  # a case id is no ordinary text
            if s.get(Case, t) is not None:
                cite = {"case_id": t}
        elif m := _TURN.fullmatch(t):
            # a turn without a speaker is shown as "?"
            who = "" if m.group(1).strip() == "?" else m.group(1).strip().casefold()
            at, number = m.group(2), m.group(3)
            meant = meant or (who in speakers and bool(who))
            for g in turns:
                if (g.speaker or "").casefold() == who and (
                        fmt_ts(g.start_s, g.position) == at
                        or (number is not None and g.position == int(number))):
                    cite = {"session_id": g.session_id, "position": g.position,
                            "speaker": g.speaker, "timestamp": fmt_ts(g.start_s, g.position)}
                    break
        if cite is None:
            unknown.append(t)
            continue
        meant = True
        if cite not in out:
            out.append(cite)
    if not meant:
        return None
    if unknown:
        of = f" of session {', '.join(sessions)}" if sessions else ""
        raise AssistantError(
            f"{where} cites [{unknown[0]}], which is no case and no transcript turn{of}. "
            f"Cite {FORMS}. Nothing was saved.")
    return out
