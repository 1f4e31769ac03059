"""Due dates read from the day they were said.

An action item keeps its due date as it was said ("tomorrow", "by Friday", "next Friday",
"02/11/2026"): weeks later those words no longer say when. :func:`read_due` gives what they
read as on the calendar, counted from the session's date, and the last day they can mean;
:func:`due_shown` puts the reading after the words ("tomorrow (2026-10-09)", "next Friday
(2026-10-09 or 2026-10-16)") and :func:`due_by` gives that last day. An open item is overdue
only after it, so "overdue" is true whichever reading was meant, and every form that names
a day of the calendar can become overdue.

A form with two readings keeps both: "next Friday" (this coming Friday or the one after), a
weekday named on that same weekday (today or in a week), a numeric date readable both ways
(02/11/2026: 2 November or 11 February). A reading before the day the words were said is
none (nobody sets a deadline in the past), unless every reading is. "By the 14th" is the
first 14th on or after that day; a part of a month ("mid-March", "early May") reads as the
month, due by its last day. What names no day of the calendar stays as said: "before the
audit", "from Monday" and "after Easter" (a start, not a deadline), "by the summer" (which
hemisphere's?), "the end of the quarter" (which year's quarters?).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """What a due date reads as on the calendar."""

    #: "2026-10-09", "2026-10-09 or 2026-10-16", "week of 2026-10-05", "weekend of
    #: 2026-10-10", "2026-10" (a month), "2026" (a year).
    text: str
    #: The last day it can mean: an open item is overdue only after it.
    last: dt.date


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINALS = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth"], 1)} | {"thirtieth": 30}
_UNITS = "|".join(list(_ORDINALS)[:9])  # "twenty-first" .. "thirty-first"

# Prepositions that make a phrase a deadline. "from", "after", "since" and "over" are not
# among them: "from Monday" says when something starts, and has no last day.
_PREP = r"(?:(?:by|before|on|until|till|for|at|in|during|within|no later than|ahead of)\s+)?"
_CLOCK = (r"(?:,? at (?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight))?")
_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|first thing))?" + _CLOCK
_FIRST = r"(?:first thing\s+)?"
_END_OF = r"(?:the )?(?:end|close) of "  # "(by) the end of" a day, week, month or year
_PART = r"(?:(?:the )?(?:start|beginning|middle|end|close|rest) of |(?:early|late|mid)[- ]?)"
_DAY_FORMS = [
    (0, re.compile(rf"(?:later )?{_PREP}{_FIRST}(?:{_END_OF}(?:the )?day|{_END_OF}today|"
                   rf"(?:later )?today{_TIME_OF_DAY}|tonight{_CLOCK}|eod|cob|cop|close of "
                   rf"(?:play|business)|lunch(?:time)?|this (?:morning|afternoon|evening)"
                   rf"{_CLOCK})")),
    (1, re.compile(rf"{_PREP}{_FIRST}tomorrow{_TIME_OF_DAY}")),
    (2, re.compile(rf"{_PREP}the day after tomorrow{_TIME_OF_DAY}")),
]
_WEEK_FORMS = [
    (0, re.compile(rf"(?:later |sometime )?{_PREP}(?:{_PART}|later |sometime )?(?:this|the) "
                   rf"week|{_PREP}(?:eow|mid-?week)")),
    (1, re.compile(rf"{_PREP}(?:{_PART})?next week")),
    (2, re.compile(rf"{_PREP}(?:the )?week after next")),
]
_WEEKEND = re.compile(rf"{_PREP}(?:(?P<which>this|the|(?:the )?next) )?weekend")
_MONTH_PART = (rf"(?:{_PART}(?:the )?|(?:the )?(?:first|second|third|fourth|last|final) "
               r"(?:week|weekend|fortnight|half) (?:of|in) (?:the )?)?")
_THIS_MONTH = re.compile(rf"{_PREP}{_MONTH_PART}(?P<which>this |next |the )?month")
_MONTH_ABBR = "|".join(rf"{m[:3]}(?:{m[3:]})?" for m in _MONTHS) + "|sept"
_NAMED_MONTH = re.compile(rf"{_PREP}{_MONTH_PART}(?P<mon>{_MONTH_ABBR})\.?"
                          r"(?:,? (?P<y>\d{4}))?")
_YEAR = re.compile(rf"{_PREP}(?:{_END_OF})?(?P<which>this |the |next )?year")
_CHRISTMAS = re.compile(rf"{_PREP}christmas(?P<eve> eve)?(?: day)?")
_DAY_NAME = r"(?P<day>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|" + "|".join(_DAYS) + ")"
_WEEKDAY = re.compile(rf"{_PREP}{_FIRST}(?P<wk>a week on )?(?:(?P<which>this coming|this|coming|"
                      rf"next) )?{_DAY_NAME}(?P<week> week)?{_TIME_OF_DAY}(?:'s [a-z][\w-]*)?")
_WITHIN = re.compile(r"(?:in|within)\s+(?P<next>the next\s+)?(?:(?P<n>\d{1,2}|"
                     + "|".join(_NUMBERS) + r")\s+)?(?P<unit>days?|weeks?|fortnights?|months?)"
                     r"(?:'s time|' time)?")
_DAY_OF_MONTH = re.compile(rf"{_PREP}(?:the )?(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
                           rf"(?: of (?P<which>this|the|next) month)?{_CLOCK}")


def _plain(due: str) -> str:
    return " ".join(_ordinals_as_digits(due).lower().replace("’", "'").split()).strip(" .,;:!?")


def _ordinals_as_digits(due: str) -> str:
    """Days of the month in words as digits ("the tenth" -> "the 10th", "the twenty-first
    of May" -> "the 21st of May"); case and everything else kept. Only where a word names a
    day: after "the" at the end, or before "of" and a month ("the first week" stays)."""
    month = rf"(?:(?:this |the |next )?month|{_MONTH_ABBR})\b"

    def digits(m: re.Match[str]) -> str:
        if m["tens"]:
            n = (20 if m["tens"].lower() == "twenty" else 30) + _ORDINALS[m["unit"].lower()]
        else:
            n = _ORDINALS[m["word"].lower()]
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n // 10 != 1 else 0, "th")
        return f"{n}{suffix}"

    return re.sub(rf"(?<=\bthe )(?:(?P<tens>twenty|thirty)[- ](?P<unit>{_UNITS})|"
                  rf"(?P<word>{'|'.join(_ORDINALS)}))\b"
                  rf"(?=\s*(?:$|[,.;:!?)]|at\b)|\s+of\s+{month})", digits, due, flags=re.I)


def _months_on(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after month ``m`` of year ``y`` (``m`` may run past 12)."""
    return y + (m - 1 + k) // 12, (m - 1 + k) % 12 + 1


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(*_months_on(y, m, 1), 1) - dt.timedelta(days=1)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _days(*days: dt.date) -> Reading:
    ds = sorted(set(days))
    return Reading(" or ".join(d.isoformat() for d in ds), ds[-1])


def _month(y: int, m: int) -> Reading:
    y, m = _months_on(y, m, 0)
    return Reading(f"{y:04d}-{m:02d}", _month_end(y, m))


def _weekday_ahead(m: re.Match[str], said_on: dt.date) -> list[int]:
    """Days from ``said_on`` to each day ``m`` (a _WEEKDAY match) can mean."""
    day = next(i for i, d in enumerate(_DAYS) if d.startswith(m["day"][:3]))
    ahead = (day - said_on.weekday()) % 7
    which = m["which"] or ""
    if which == "next":  # this coming one or the one after
        days = [ahead or 7, (ahead or 7) + 7]
    elif "coming" in which:
        days = [ahead or 7]
    else:  # named on that same weekday: today or in a week
        days = [ahead] if ahead else [0, 7]
    # "a week on Friday", "Friday week": a week after the Friday meant
    return [d + 7 for d in days] if m["wk"] or m["week"] else days


def _relative(text: str, said_on: dt.date) -> Reading | None:
    """What ``text`` (plain) stands for counted from ``said_on``, when it is a relative
    form that names a day, a week, a month or a year; None otherwise."""
    for ahead, form in _DAY_FORMS:
        if form.fullmatch(text):
            return _days(said_on + dt.timedelta(days=ahead))
    monday = said_on - dt.timedelta(days=said_on.weekday())
    for ahead, form in _WEEK_FORMS:
        if form.fullmatch(text):
            start = monday + dt.timedelta(weeks=ahead)
            return Reading(f"week of {start.isoformat()}", start + dt.timedelta(days=6))
    if m := _WEEKEND.fullmatch(text):
        saturday = monday + dt.timedelta(days=5)  # this week's: said on a Sunday, yesterday
        if "next" in (m["which"] or ""):  # the coming weekend or the one after
            first = saturday + dt.timedelta(weeks=1 if said_on >= saturday else 0)
            sats = [first, first + dt.timedelta(weeks=1)]
        else:
            sats = [saturday]
        return Reading("weekend of " + " or ".join(s.isoformat() for s in sats),
                       sats[-1] + dt.timedelta(days=1))
    if m := _THIS_MONTH.fullmatch(text):
        return _month(said_on.year, said_on.month + (m["which"] == "next "))
    if m := _NAMED_MONTH.fullmatch(text):
        mon = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m["mon"][:3]))
        if m["y"]:
            return _month(int(m["y"]), mon)
        return _month(said_on.year + (mon < said_on.month), mon)  # on or after said_on
    if m := _YEAR.fullmatch(text):
        y = said_on.year + (m["which"] == "next ")
        return Reading(str(y), dt.date(y, 12, 31))
    if m := _CHRISTMAS.fullmatch(text):
        day = 24 if m["eve"] else 25
        return _days(dt.date(said_on.year + (dt.date(said_on.year, 12, day) < said_on), 12,
                             day))
    if m := _WEEKDAY.fullmatch(text):
        return _days(*(said_on + dt.timedelta(days=d) for d in _weekday_ahead(m, said_on)))
    if (m := _WITHIN.fullmatch(text)) and (m["n"] or m["next"]):  # not "in weeks"
        n = 1 if not m["n"] else int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
        if m["unit"].startswith("month"):
            y, mo = _months_on(said_on.year, said_on.month, n)
            return _days(min(dt.date(y, mo, 1) + dt.timedelta(days=said_on.day - 1),
                             _month_end(y, mo)))
        per = {"d": 1, "w": 7, "f": 14}[m["unit"][0]]
        return _days(said_on + dt.timedelta(days=n * per))
    if m := _DAY_OF_MONTH.fullmatch(text):
        return _day_of_month(int(m["n"]), m["which"], said_on)
    return None


def _day_of_month(n: int, which: str | None, said_on: dt.date) -> Reading | None:
    """"The 14th" (of this or next month): the first such day on or after ``said_on``;
    None when the month named has no such day or this month's is past."""
    if which == "next":
        when = _date(*_months_on(said_on.year, said_on.month, 1), n)
        return _days(when) if when else None
    for k in range(12 if which != "this" else 1):
        when = _date(*_months_on(said_on.year, said_on.month, k), n)
        if when is not None and when >= said_on:
            return _days(when)
    return None


_MONTH = rf"(?P<mon>{_MONTH_ABBR})\.?"
_ORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
#: Calendar dates written in a due date: ISO "2026-11-02", numeric "2/11/2026" or "2/11/26"
#: (day and month in either order), "4 December (2026)", "December 4(th)(, 2026)".
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(rf"\b{_ORD}(?:\s+of)?\s+{_MONTH}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
#: Words before a written date that make it a start, not a deadline ("from 4 December").
_START = re.compile(r"\b(?:from|after|since|starting(?: on| from)?|beginning|as of|not "
                    r"before)\s+(?:the\s+)?$", re.I)
_ONWARDS = re.compile(r"\s*(?:onwards?|and after)\b", re.I)
#: A day of the month alone ("the 14th"): one above 31 is on no calendar.
_NTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)\b", re.I)


def _written_dates(due: str, said_on: dt.date | None
                   ) -> list[tuple[re.Match[str], list[dt.date | None]]]:
    """Each calendar date written in ``due`` (ordinals in words as digits): (where, its
    possible readings; None for a reading no calendar has). A numeric date has two readings
    (day/month and month/day); a day and month without a year falls on or after
    ``said_on`` (unknown: no reading)."""
    due = _ordinals_as_digits(due)
    out: list[tuple[re.Match[str], list[dt.date | None]]] = []
    for m in _ISO.finditer(due):
        out.append((m, [_date(int(m["y"]), int(m["m"]), int(m["d"]))]))
    for m in _NUMERIC.finditer(due):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y += 2000 if len(m["y"]) == 2 else 0
        out.append((m, [_date(y, b, a), _date(y, a, b)]))
    for m in (*_DAY_MONTH.finditer(due), *_MONTH_DAY.finditer(due)):
        mon = next(i for i, name in enumerate(_MONTHS, 1)
                   if name.startswith(m["mon"].lower()[:3]))
        day = int(m["day"])
        if m["y"]:
            out.append((m, [_date(int(m["y"]), mon, day)]))
        elif _date(2000, mon, day) is None:  # no year has it (2000 is a leap year)
            out.append((m, [None]))
        elif said_on is not None:
            when = _date(said_on.year, mon, day) or _date(said_on.year + 1, mon, day)
            if when is not None and when < said_on:
                when = _date(said_on.year + 1, mon, day) or _date(said_on.year + 4, mon, day)
            out.append((m, [when]))
    return out


def _written(due: str, said_on: dt.date | None) -> Reading | None:
    """The calendar dates written in ``due`` as deadlines (not "from 4 December"), each
    reading on or after ``said_on`` (all of a date's readings when none is: the words say a
    day already past)."""
    days: list[dt.date] = []
    for m, readings in _written_dates(due, said_on):
        if _START.search(m.string[:m.start()]) or _ONWARDS.match(m.string, m.end()):
            continue
        real = [r for r in readings if r is not None]
        days += [r for r in real if said_on is None or r >= said_on] or real
    return _days(*days) if days else None


def read_due(due: str, said_on: dt.date | None) -> Reading | None:
    """What ``due``, said on ``said_on``, reads as on the calendar and the last day it can
    mean; None when it names no day of the calendar ("before the audit"), or is relative
    ("tomorrow", "by the 14th") and the day it was said is not known."""
    if not due:
        return None
    if said_on is not None and (r := _relative(_plain(due), said_on)):
        return r
    return _written(due, said_on)


def resolve_due(due: str, said_on: dt.date | None) -> str | None:
    """What ``due`` said on ``said_on`` reads as, as ISO text ("2026-10-09", "2026-10-09 or
    2026-10-16", "week of 2026-10-05", "weekend of 2026-10-10", "2026-10", "2026"); None
    when it names no day of the calendar (see :func:`read_due`)."""
    r = read_due(due, said_on)
    return r.text if r else None


def due_shown(due: str, said_on: dt.date | None) -> str:
    """``due`` as said, with what it reads as when the words do not already say it:
    "tomorrow (2026-10-09)", "next Friday (2026-10-09 or 2026-10-16)", "02/11/2026
    (2026-02-11 or 2026-11-02)"; "2026-11-02" and "before the audit" as said."""
    r = read_due(due, said_on)
    return due if r is None or r.text in due else f"{due} ({r.text})"


def due_by(due: str, said_on: dt.date | None) -> dt.date | None:
    """The last day ``due`` can mean (:func:`read_due`): the later of two readings, a week's
    Sunday, a month's last day; None when it names no day of the calendar."""
    r = read_due(due, said_on)
    return r.last if r else None


def impossible_date(due: str) -> str | None:
    """The date written in ``due`` that no calendar has ("2026-11-31", "31/11/2026",
    "30 February", "the 32nd"), or None when every written date is a real day."""
    for m, readings in _written_dates(due, None):
        if readings and not any(readings):
            return m.group()
    for m in _NTH.finditer(_ordinals_as_digits(due)):
        if not 1 <= int(m["day"]) <= 31:
            return m.group()
    return None
