"""The workspace roster's index for redaction: its people prepared once per roster and found
in a text by one pattern.

A roster (everyone the store or the steward knows) may hold thousands of names. Scanning for
each part of each name alone costs a pass over the text per part; instead the parts are
worked out once per roster (:func:`build_index`) and joined into one trie-shaped pattern
(:attr:`RosterIndex.pattern`), so one pass picks the parts a text holds
(:meth:`RosterIndex.present`). What counts as a name's part and as an English word is the
redactor's to say; it passes both in, so this module knows no grammar.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

#: What may not follow a name for it to stand alone ("Anais@", "Ana.Lima", "Anabel").
AFTER_NAME = r"[\w@]|\.\w"
NAME_END = re.compile(AFTER_NAME)
#: Where a name may start: not inside a word, an address or a dotted name ("ana.lima").
BEFORE_NAME = r"(?<![\w@.])"

#: Function words that are never anyone's name typed in lower case.
STOP = frozenset(re.findall(r"\w+", """
    a an the and or but if of to in on at by for with from as is are was be will may can do
    did so no not all any one our out up"""))


@dataclass(frozen=True)
class RosterIndex:
    """A workspace roster prepared once: the parts replaced wherever they stand (with their
    lower-case forms), every part of every name, and one pattern that finds them all."""

    parts: frozenset[str]
    people: frozenset[str]

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """All parts as one trie-shaped alternation, tried at every word start; the
        lookahead keeps matches zero-width, so names that overlap are all seen."""
        return re.compile(rf"{BEFORE_NAME}(?=({trie(self.parts)})(?!{AFTER_NAME}))")

    def present(self, text: str) -> set[str]:
        """The parts that stand as whole words somewhere in ``text``: exactly those a scan
        for each part alone would find. At each start the pattern gives the longest part;
        the shorter parts it begins with are checked one by one."""
        if not self.parts:
            return set()
        out: set[str] = set()
        for m in self.pattern.finditer(text):
            found, start = m.group(1), m.start()
            out.add(found)
            for end in range(1, len(found)):
                if found[:end] in self.parts and not NAME_END.match(text, start + end):
                    out.add(found[:end])
        return out


def trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, built as a trie so
    that each character is tried once however many words there are (an alternation of
    3,000 names tries every name at every position)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def lower_forms(parts: Iterable[str], is_word: Callable[[str], bool]) -> set[str]:
    """The same people typed in lower case ("sakura will send it"), unless that is a word."""
    return {n.lower() for n in parts if " " not in n and len(n) >= 3
            and not is_word(n) and n.lower() not in STOP}


def build_index(roster: Iterable[str], name_parts: Callable[[str], list[str]],
                is_word: Callable[[str], bool]) -> RosterIndex:
    """The roster's index. Replaced wherever they stand: each whole name and each part of it
    (``name_parts``) that is no English word (``is_word``), and their lower-case forms
    ("Will Brown" -> "Will Brown" only; "Ines Duarte" -> all three). An ordinary word is
    left to the grammar, which sees where it stands as a name, so a long roster does not
    mask "Will" or "Brown" in every sentence. ``people`` holds every part of every name."""
    people = {p for k in roster for p in name_parts(k)}
    parts = {p for p in people if " " in p or not is_word(p)}
    return RosterIndex(parts=frozenset(parts | lower_forms(parts, is_word)),
                       people=frozenset(people))
