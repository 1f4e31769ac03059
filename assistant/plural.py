"""Counts in words: what the command line, the app and the reports print ("1 case",
"2 cases"), so no message says "1 cases" or "case(s)"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, in the plural unless ``n`` is 1: ``counted(1, "case")`` is
    "1 case", ``counted(3, "speaker turn")`` "3 speaker turns" (a compound noun takes the
    plural on its last word), ``counted(2, "person", "people")`` "2 people"."""
    if n == 1:
        return f"{n} {noun}"
    if plural is None:
        head, sep, last = noun.rpartition(" ")
        plural = f"{head}{sep}{_plural(last)}"
    return f"{n} {plural}"


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    return word + "s"
