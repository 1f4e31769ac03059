"""Relative due dates read from the day they were said.

An action item keeps its due date as it was said ("tomorrow", "by Friday", "this week"):
weeks later those words no longer say when. :func:`resolve_due` gives the date they stood
for, counted from the session's date, and :func:`due_shown` puts it after the words
("tomorrow (2026-10-09)"). Only forms with one reading are resolved: "next Friday" (this
coming Friday or the one after?) and a weekday named on that same weekday (today or in a
week?) stay as said, as does everything that is no relative date ("by the tenth",
"before the audit", "2026-11-02").
"""

from __future__ import annotations

import datetime as dt
import re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_PREP = r"(?:(?:by|before|on|until|till|for|no later than)\s+)?"
_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|first thing))?"
_END_OF = r"(?:the )?end of "  # "(by) the end of" a day, week or month
_END = rf"(?:{_END_OF})?"
_FORMS = [
    ("day", 0, re.compile(rf"(?:later )?{_PREP}(?:{_END_OF}(?:the )?day|{_END_OF}today|"
                          rf"today{_TIME_OF_DAY}|tonight|eod|this (?:morning|afternoon|"
                          r"evening))")),
    ("day", 1, re.compile(rf"{_PREP}tomorrow{_TIME_OF_DAY}")),
    ("day", 2, re.compile(rf"{_PREP}the day after tomorrow")),
    ("week", 0, re.compile(rf"{_PREP}{_END}(?:this|the) week|{_PREP}eow|"
                           r"(?:later |sometime )?this week")),
    ("week", 1, re.compile(rf"{_PREP}{_END}next week")),
    ("month", 0, re.compile(rf"{_PREP}{_END}(?:this|the) month|this month")),
    ("month", 1, re.compile(rf"{_PREP}{_END}next month")),
]
_WEEKDAY = re.compile(rf"{_PREP}(?:this )?(?P<day>{'|'.join(_DAYS)}){_TIME_OF_DAY}")
_WITHIN = re.compile(r"(?:in|within)\s+(?P<n>\d{1,2}|" + "|".join(_NUMBERS) +
                     r")\s+(?P<unit>days?|weeks?)")


def resolve_due(due: str, said_on: dt.date | None) -> str | None:
    """The day, week or month ``due`` stands for when said on ``said_on``, as ISO text
    ("2026-10-09", "week of 2026-10-05", "2026-10"); None when it is not one of the
    unambiguous relative forms or the day it was said is not known."""
    if said_on is None or not due:
        return None
    text = " ".join(due.lower().replace("’", "'").split()).strip(" .,;:!?")
    for unit, ahead, form in _FORMS:
        if form.fullmatch(text):
            if unit == "day":
                return (said_on + dt.timedelta(days=ahead)).isoformat()
            if unit == "week":
                monday = said_on - dt.timedelta(days=said_on.weekday()) \
                    + dt.timedelta(weeks=ahead)
                return f"week of {monday.isoformat()}"
            month = said_on.month + ahead
            year = said_on.year + (month - 1) // 12
            return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    if m := _WEEKDAY.fullmatch(text):
        days = (_DAYS.index(m.group("day")) - said_on.weekday()) % 7
        return None if days == 0 else (said_on + dt.timedelta(days=days)).isoformat()
    if m := _WITHIN.fullmatch(text):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n")]
        days = n * (7 if m.group("unit").startswith("week") else 1)
        return (said_on + dt.timedelta(days=days)).isoformat()
    return None


def due_shown(due: str, said_on: dt.date | None) -> str:
    """``due`` as said, with what it resolves to when it is relative: "tomorrow
    (2026-10-09)"; as said otherwise."""
    when = resolve_due(due, said_on)
    return f"{due} ({when})" if when else due


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(?P<mon>" + "|".join(rf"{m[:3]}(?:{m[3:]})?" for m in _MONTHS) + r")\.?"
_ORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
#: Calendar dates written in a due date: ISO "2026-11-02", numeric "2/11/2026" (day and
#: month in either order), "4 December (2026)", "December 4(th)(, 2026)".
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b")
_DAY_MONTH = re.compile(rf"\b{_ORD}(?:\s+of)?\s+{_MONTH}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _written_dates(due: str, said_on: dt.date | None
                   ) -> list[tuple[str, list[dt.date | None]]]:
    """Each calendar date written in ``due``: (the text, its possible readings; None for a
    reading no calendar has). A numeric date has two readings (day/month and month/day); a
    day and month without a year falls on or after ``said_on`` (unknown: no reading)."""
    out: list[tuple[str, list[dt.date | None]]] = []
    for m in _ISO.finditer(due):
        out.append((m.group(), [_date(int(m["y"]), int(m["m"]), int(m["d"]))]))
    for m in _NUMERIC.finditer(due):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        out.append((m.group(), [_date(y, b, a), _date(y, a, b)]))
    for m in (*_DAY_MONTH.finditer(due), *_MONTH_DAY.finditer(due)):
        mon = next(i for i, name in enumerate(_MONTHS, 1)
                   if name.startswith(m["mon"].lower().rstrip(".")))
        day = int(m["day"])
        if m["y"]:
            out.append((m.group(), [_date(int(m["y"]), mon, day)]))
        elif _date(2000, mon, day) is None:  # no year has it (2000 is a leap year)
            out.append((m.group(), [None]))
        elif said_on is not None:
            when = _date(said_on.year, mon, day) or _date(said_on.year + 1, mon, day)
            if when is not None and when < said_on:
                when = _date(said_on.year + 1, mon, day) or _date(said_on.year + 4, mon, day)
            out.append((m.group(), [when]))
    return out


def impossible_date(due: str) -> str | None:
    """The date written in ``due`` that no calendar has ("2026-11-31", "31/11/2026",
    "30 February"), or None when every written date is a real day."""
    for text, readings in _written_dates(due, None):
        if readings and not any(readings):
            return text
    return None


def due_by(due: str, said_on: dt.date | None) -> dt.date | None:
    """The last day ``due`` allows: the day a relative date stands for, the last day of its
    week (Sunday) or month, or a calendar date written in it; None when it names no single
    day (as said, "next Friday", a numeric date readable both ways such as 02/11/2026)."""
    when = resolve_due(due, said_on) if due else None
    if when and when.startswith("week of "):
        return dt.date.fromisoformat(when[8:]) + dt.timedelta(days=6)
    if when and len(when) == 7:  # a month: its last day
        y, m = map(int, when.split("-"))
        return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    if when:
        return dt.date.fromisoformat(when)
    days = {r for _, readings in _written_dates(due or "", said_on) for r in readings if r}
    return days.pop() if len(days) == 1 else None
