"""The recap promise counts from a session's end: its start time plus its length, or, when
no start time was given, the end of its day in the network's time zone (it may have been
held at any hour of that day), never the day's first minute."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor
from assistant.clock import FixedClock, session_end
from assistant.review import recap_deadlines
from assistant.sessions import attach_transcript, edit_session, plan_session
from assistant.store.models import Draft
from assistant.summarize import draft_recap
from assistant.workspace import Workspace
from tests.sample_data import TRANSCRIPT

FRAN = Actor(name="fran", role="facilitator")
BERLIN = ZoneInfo("Europe/Berlin")


def _held(ws: Workspace, tmp_path: Path, start_time: str = "") -> str:
    ws.settings.timezone = "Europe/Berlin"
    s = plan_session(ws, title="Evening jam", format="problem-solving jam",
                     date="2026-01-10", start_time=start_time, facilitator="fran", actor=FRAN)
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    attach_transcript(ws, s.id, vtt, actor=FRAN)
    return s.id


def test_without_a_start_time_the_recap_is_due_a_day_after_the_sessions_day_ends(
        ws: Workspace, tmp_path: Path) -> None:
    _held(ws, tmp_path)
    # the morning after the session: not yet due (it was due at 00:02 before)
    ws.clock = FixedClock(dt.datetime(2026, 1, 11, 9, 0, tzinfo=BERLIN))
    (row,) = recap_deadlines(ws)
    assert row.deadline == dt.datetime(2026, 1, 12, 0, 0, tzinfo=BERLIN)
    assert not row.overdue and 14.9 < row.hours_left < 15.1
    ws.clock = FixedClock(dt.datetime(2026, 1, 12, 0, 1, tzinfo=BERLIN))
    (row,) = recap_deadlines(ws)
    assert row.overdue


def test_a_session_with_a_start_time_keeps_its_deadline(ws: Workspace,
                                                        tmp_path: Path) -> None:
    sid = _held(ws, tmp_path, start_time="17:00")
    ws.clock = FixedClock(dt.datetime(2026, 1, 11, 9, 0, tzinfo=BERLIN))
    recap = draft_recap(ws, sid, actor=FRAN)
    (row,) = recap_deadlines(ws)
    # 24 h after its end: 17:00 plus the transcript's length (last cue ends at 2:05)
    assert row.deadline == dt.datetime(2026, 1, 11, 17, 2, 5, tzinfo=BERLIN)
    assert recap.deadline == row.deadline


def test_clearing_or_giving_the_start_time_moves_the_due_time_of_an_unpublished_recap(
        ws: Workspace, tmp_path: Path) -> None:
    sid = _held(ws, tmp_path, start_time="09:00")
    recap = draft_recap(ws, sid, actor=FRAN)

    def due() -> dt.datetime:
        with OrmSession(ws.engine) as s:
            stored = s.get(Draft, recap.id).deadline  # type: ignore[union-attr]
        assert stored is not None
        return stored.replace(tzinfo=dt.UTC).astimezone(BERLIN)

    assert due() == dt.datetime(2026, 1, 11, 9, 2, 5, tzinfo=BERLIN)
    edit_session(ws, sid, start_time="", actor=FRAN)
    assert due() == dt.datetime(2026, 1, 12, 0, 0, tzinfo=BERLIN)
    edit_session(ws, sid, start_time="20:30", actor=FRAN)
    assert due() == dt.datetime(2026, 1, 11, 20, 32, 5, tzinfo=BERLIN)


def test_the_end_of_a_day_is_local_midnight_even_when_the_clocks_change() -> None:
    # 2026-03-29 has 23 hours in Berlin (clocks go forward at 02:00)
    assert session_end(dt.date(2026, 3, 29), "", None, BERLIN) == \
        dt.datetime(2026, 3, 30, 0, 0, tzinfo=BERLIN)
    assert session_end(dt.date(2026, 3, 29), "", 3600.0, BERLIN).utcoffset() == \
        dt.timedelta(hours=2)
    assert session_end(dt.date(2026, 3, 29), "10:15", 1800.0, BERLIN) == \
        dt.datetime(2026, 3, 29, 10, 45, tzinfo=BERLIN)
    assert session_end(dt.date(2026, 3, 29), "soon", None, BERLIN) == \
        dt.datetime(2026, 3, 30, 0, 0, tzinfo=BERLIN)
