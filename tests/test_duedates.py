"""A due date reads as the days it can mean, counted from the day it was said, and is
overdue only after the last of them: every form that names a day can become overdue, and
none is shown overdue while one of its readings is still ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summarize.duedates import due_by, due_shown, impossible_date, resolve_due

THU = dt.date(2026, 10, 8)  # a Thursday


@pytest.mark.parametrize(("due", "shown", "last"), [
    # two readings: this coming Friday or the one after
    ("next Friday", "next Friday (2026-10-09 or 2026-10-16)", "2026-10-16"),
    ("by next Tuesday at 2 a.m.", "by next Tuesday at 2 a.m. (2026-10-13 or 2026-10-20)",
     "2026-10-20"),
    # a weekday said on that same weekday: today or in a week
    ("by Thursday", "by Thursday (2026-10-08 or 2026-10-15)", "2026-10-15"),
    ("first thing Thursday", "first thing Thursday (2026-10-08 or 2026-10-15)", "2026-10-15"),
    ("next Thursday", "next Thursday (2026-10-15 or 2026-10-22)", "2026-10-22"),
    ("this coming Thursday", "this coming Thursday (2026-10-15)", "2026-10-15"),
    ("a week on Thursday", "a week on Thursday (2026-10-15 or 2026-10-22)", "2026-10-22"),
    ("Friday week", "Friday week (2026-10-16)", "2026-10-16"),
    ("before Monday's session", "before Monday's session (2026-10-12)", "2026-10-12"),
    # a day of the month: the first such day on or after the day it was said
    ("by the tenth", "by the tenth (2026-10-10)", "2026-10-10"),
    ("by the 14th", "by the 14th (2026-10-14)", "2026-10-14"),
    ("on the eighth", "on the eighth (2026-10-08)", "2026-10-08"),  # that same day
    ("by the 7th", "by the 7th (2026-11-07)", "2026-11-07"),  # this month's is past
    ("the twenty-first", "the twenty-first (2026-10-21)", "2026-10-21"),
    ("the 3rd of next month", "the 3rd of next month (2026-11-03)", "2026-11-03"),
    ("the first of the month", "the first of the month (2026-11-01)", "2026-11-01"),
    ("the tenth of May", "the tenth of May (2027-05-10)", "2027-05-10"),
    # parts of a month read as the month, due by its last day
    ("mid-February", "mid-February (2027-02)", "2027-02-28"),
    ("by the end of January", "by the end of January (2027-01)", "2027-01-31"),
    ("the first weekend in December", "the first weekend in December (2026-12)",
     "2026-12-31"),
    ("in October", "in October (2026-10)", "2026-10-31"),  # this October: not yet over
    ("the start of next month", "the start of next month (2026-11)", "2026-11-30"),
    ("by the end of the year", "by the end of the year (2026)", "2026-12-31"),
    # weeks and weekends
    ("this weekend", "this weekend (weekend of 2026-10-10)", "2026-10-11"),
    ("next weekend", "next weekend (weekend of 2026-10-10 or 2026-10-17)", "2026-10-18"),
    ("early next week", "early next week (week of 2026-10-12)", "2026-10-18"),
    ("the week after next", "the week after next (week of 2026-10-19)", "2026-10-25"),
    ("in the next fortnight", "in the next fortnight (2026-10-22)", "2026-10-22"),
    ("by close of play", "by close of play (2026-10-08)", "2026-10-08"),
    ("before Christmas", "before Christmas (2026-12-25)", "2026-12-25"),
    # numeric dates: each reading on or after the day said
    ("02/11/2026", "02/11/2026 (2026-11-02)", "2026-11-02"),  # 11 February is past
    ("by 2/11/26", "by 2/11/26 (2026-11-02)", "2026-11-02"),
    ("13/11/2026", "13/11/2026 (2026-11-13)", "2026-11-13"),
    ("by 4 December", "by 4 December (2026-12-04)", "2026-12-04"),
    ("2026-11-02", "2026-11-02", "2026-11-02"),  # the words already say it
])
def test_a_due_date_shows_what_it_reads_and_is_due_by_its_last_reading(
        due: str, shown: str, last: str) -> None:
    assert due_shown(due, THU) == shown
    assert due_by(due, THU) == dt.date.fromisoformat(last)


@pytest.mark.parametrize("due", [
    "before the audit", "from Monday", "after Easter", "from the first of June",
    "from 4 December", "by the summer", "by the end of the quarter", "for a month",
    "in weeks", "the day", "the next committee meeting",
    "the 31st of next month",  # November has no 31st
    "the 5th of this month",  # past when it was said
])
def test_a_due_date_that_names_no_day_stays_as_said_and_never_overdue(due: str) -> None:
    assert due_shown(due, THU) == due
    assert due_by(due, THU) is None and resolve_due(due, THU) is None


def test_a_numeric_date_readable_both_ways_is_overdue_only_after_its_later_reading() -> None:
    said = dt.date(2026, 1, 20)  # both 11 February and 2 November are ahead
    assert due_shown("02/11/2026", said) == "02/11/2026 (2026-02-11 or 2026-11-02)"
    assert due_by("02/11/2026", said) == dt.date(2026, 11, 2)
    # said after both: the words name a day already past, whichever; the later one stands
    assert due_by("02/11/2026", dt.date(2026, 12, 1)) == dt.date(2026, 11, 2)
    # no session date: both readings, nothing to drop
    assert due_shown("02/11/2026", None) == "02/11/2026 (2026-02-11 or 2026-11-02)"
    assert due_by("02/11/2026", None) == dt.date(2026, 11, 2)
    assert due_by("31/12/2026", None) == dt.date(2026, 12, 31)  # one reading only


@pytest.mark.parametrize(("due", "said", "shown_as", "last"), [
    ("tomorrow", "2026-12-31", "2027-01-01", "2027-01-01"),
    ("next week", "2026-12-30", "week of 2027-01-04", "2027-01-10"),
    ("this week", "2027-01-03", "week of 2026-12-28", "2027-01-03"),  # said on its Sunday
    ("next month", "2026-12-15", "2027-01", "2027-01-31"),
    ("by the end of the month", "2028-02-10", "2028-02", "2028-02-29"),  # a leap year
    ("the 3rd of next month", "2026-12-20", "2027-01-03", "2027-01-03"),
    ("by the 14th", "2026-12-20", "2027-01-14", "2027-01-14"),
    ("by the 31st", "2026-11-10", "2026-12-31", "2026-12-31"),  # November has no 31st
    ("by the 30th", "2027-01-31", "2027-03-30", "2027-03-30"),  # nor February a 30th
    ("the 29th", "2027-02-01", "2027-03-29", "2027-03-29"),
    ("the 29th", "2028-02-01", "2028-02-29", "2028-02-29"),
    ("within a month", "2027-01-31", "2027-02-28", "2027-02-28"),
    ("next Friday", "2026-12-31", "2027-01-01 or 2027-01-08", "2027-01-08"),
    ("next Friday", "2027-01-01", "2027-01-08 or 2027-01-15", "2027-01-15"),  # a Friday
    ("by the end of January", "2027-01-31", "2027-01", "2027-01-31"),
    ("by the end of January", "2027-02-01", "2028-01", "2028-01-31"),
    ("before Christmas", "2026-12-26", "2027-12-25", "2027-12-25"),
    ("next weekend", "2026-10-10", "weekend of 2026-10-17 or 2026-10-24", "2026-10-25"),
    ("by the weekend", "2026-10-11", "weekend of 2026-10-10", "2026-10-11"),  # a Sunday
])
def test_due_dates_across_month_and_year_ends(due: str, said: str, shown_as: str,
                                               last: str) -> None:
    assert resolve_due(due, dt.date.fromisoformat(said)) == shown_as
    assert due_by(due, dt.date.fromisoformat(said)) == dt.date.fromisoformat(last)


@pytest.mark.parametrize("due", ["tomorrow", "next Friday", "by Thursday", "by the 14th",
                                 "mid-February", "this weekend"])
def test_a_session_with_no_date_leaves_relative_due_dates_as_said(due: str) -> None:
    assert due_shown(due, None) == due
    assert due_by(due, None) is None


def test_a_written_date_needs_no_session_date() -> None:
    assert due_shown("2026-11-02", None) == "2026-11-02"
    assert due_by("2026-11-02", None) == dt.date(2026, 11, 2)
    assert due_by("4 December 2026", None) == dt.date(2026, 12, 4)
    assert due_by("4 December", None) is None  # which year?


@pytest.mark.parametrize(("due", "wrong"), [("the 32nd", "32nd"), ("the thirty-second", "32nd"),
                                            ("31/11/26", "31/11/26")])
def test_a_day_of_the_month_no_calendar_has_is_named(due: str, wrong: str) -> None:
    assert impossible_date(due) == wrong
    assert impossible_date("the 31st") is None and impossible_date("the thirtieth") is None
