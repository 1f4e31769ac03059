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
