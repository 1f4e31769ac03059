"""Open action items past their due date are marked overdue on Today and in `actions list`,
listed overdue first then by due date; a due date no calendar has is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.auth import LOCAL
from assistant.clock import FixedClock
from assistant.errors import DraftError
from assistant.sessions import attach_transcript, plan_session
from assistant.summarize import (
    draft_recap,
    edit_action,
    mark_action,
    open_actions,
    recap_actions,
)
from assistant.summarize.duedates import due_by, impossible_date
from assistant.workspace import Workspace
from tests.test_cli_review import invoke

VTT = """WEBVTT

00:00:02.000 --> 00:00:20.000
<v Lena Ortiz>Today's case is Omar's: night deliveries keep arriving after the gate is locked.

00:00:21.000 --> 00:00:34.000
<v Omar Said>Drivers get the gate code from an old email, so they wait outside for an hour.

00:00:35.000 --> 00:00:50.000
<v Lena Ortiz>The pattern is one named owner for every shared access code.

00:00:51.000 --> 00:01:05.000
<v Omar Said>I'll update the gate code email template by the end of the month.

00:01:06.000 --> 00:01:20.000
<v Lena Ortiz>And I'll send the carrier list to security today.

00:01:21.000 --> 00:01:30.000
<v Omar Said>I'll check the door codes with the cold store team too. Thanks, bye.
"""


@pytest.fixture
def late(ws: Workspace, tmp_path: Path) -> Workspace:
    sv = plan_session(ws, title="Jam: locked gates", format="problem-solving jam",
                      date="2026-11-03", start_time="09:00", facilitator="Lena Ortiz",
                      actor=LOCAL)
    p = tmp_path / "gates.vtt"
    p.write_text(VTT, encoding="utf-8")
    attach_transcript(ws, sv.id, p, actor=LOCAL)
    draft_recap(ws, sv.id)
    ws.clock = FixedClock(dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC))
    return ws


def test_the_last_day_a_due_date_allows() -> None:
    said = dt.date(2026, 11, 3)
    assert due_by("today", said) == said
    assert due_by("by the end of the month", said) == dt.date(2026, 11, 30)
    assert due_by("next week", said) == dt.date(2026, 11, 15)  # that week's Sunday
    assert due_by("2026-12-01", said) == dt.date(2026, 12, 1)
    assert due_by("by 4 December", said) == dt.date(2026, 12, 4)
    assert due_by("30/11/2026", said) == dt.date(2026, 11, 30)
    # 2 November or 11 February: both before the day said, so the later stands
    assert due_by("02/11/2026", said) == dt.date(2026, 11, 2)
    # this coming Friday or the one after: overdue only after the later one
    assert due_by("by next Friday", said) == dt.date(2026, 11, 13)


@pytest.mark.parametrize(("due", "between", "after", "shown"), [
    ("by next Friday", "2026-11-10", "2026-11-14", "by next Friday (2026-11-06 or 2026-11-13)"),
    ("by Tuesday", "2026-11-05", "2026-11-11", "by Tuesday (2026-11-03 or 2026-11-10)"),
    ("11/12/2026", "2026-11-15", "2026-12-12", "11/12/2026 (2026-11-12 or 2026-12-11)"),
])
def test_a_due_date_with_two_readings_is_overdue_only_after_the_later_one(
        late: Workspace, due: str, between: str, after: str, shown: str) -> None:
    from assistant.ui.handlers import today

    first = open_actions(late)[0]  # the session was on Tuesday 2026-11-03
    edit_action(late, first.id, owner=first.owner, action=first.action, due=due)
    for day, overdue in ((between, False), (after, True)):
        late.clock = FixedClock(dt.datetime.fromisoformat(f"{day}T12:00:00+00:00"))
        got = next(a for a in open_actions(late) if a.id == first.id)
        assert (got.due_shown, got.overdue) == (shown, overdue), day
        assert (f"| {shown} — **overdue** |" in today.today(late, LOCAL).actions) is overdue


def test_the_review_action_table_marks_overdue_ones_as_today_does(late: Workspace) -> None:
    from assistant.ui.handlers import review, today

    acts = open_actions(late)
    draft_id = acts[0].draft_id
    table = review.open_draft(late, LOCAL, draft_id).actions
    for cell in ("today (2026-11-03) — **overdue**",
                 "by the end of the month (2026-11) — **overdue**"):
        assert f"| {cell} |" in table and f"| {cell} |" in today.today(late, LOCAL).actions
    assert table.count("**overdue**") == 2
    mark_action(late, acts[0].id)  # done: no longer overdue, in Review either
    table = review.open_draft(late, LOCAL, draft_id).actions
    assert table.count("**overdue**") == 1 and "| today (2026-11-03) | done |" in table
    # the table the correction box returns after a save is the same table
    b = acts[1]
    _, after = review.edit_action(late, LOCAL, draft_id, b.id, b.owner, b.action, "2027-01-15")
    assert "**overdue**" not in after and "| 2027-01-15 | open |" in after


def test_open_actions_past_due_are_marked_overdue_and_listed_first(late: Workspace) -> None:
    from assistant.ui.handlers import today

    acts = open_actions(late)
    assert [(a.due, a.overdue) for a in acts][:2] == [("today", True),
                                                      ("by the end of the month", True)]
    assert all(not a.overdue for a in acts[2:])
    t = today.today(late, LOCAL)
    assert "| today (2026-11-03) — **overdue** |" in t.actions
    assert "| by the end of the month (2026-11) — **overdue** |" in t.actions
    assert t.actions.index("carrier list") < t.actions.index("email template")
    edit_action(late, acts[0].id, owner=acts[0].owner, action=acts[0].action,
                due="2027-01-15")  # moved on: no longer overdue, listed after
    again = open_actions(late)
    assert [a.due for a in again][:1] == ["by the end of the month"]
    assert not next(a for a in again if a.id == acts[0].id).overdue
    # the CLI reads the same store with the system clock: 2026-11 is past on any day it runs
    if dt.date.today() > dt.date(2026, 11, 30):
        code, out = invoke(["--data-dir", str(late.settings.data_dir)], "actions", "list")
        assert code == 0 and "by the end of the month (2026-11) — overdue  — Jam" in out, out


@pytest.mark.parametrize("due", ["2026-11-31", "31/11/2026", "11/31/2026", "30 February"])
def test_a_due_date_no_calendar_has_is_refused(late: Workspace, due: str) -> None:
    a = recap_actions(late, open_actions(late)[0].draft_id)[0]
    assert impossible_date(due)
    with pytest.raises(DraftError, match="not a day on the calendar"):
        edit_action(late, a.id, owner=a.owner, action=a.action, due=due)
    assert recap_actions(late, a.draft_id)[0].due == a.due  # nothing saved
