"""One placeholder per person, and the form of their name a placeholder gives back.

A text names one person in many forms: "Marco Rossi" in a speaker label, "Marco" in the
talk, "Rossi" in a case, "Rossi, Marco" on a form, "marco" in chat, "Dr Rossi". The
endpoint should read them as one person, so every form whose name words are those of one
person found (or part of them, and of no one else's) shares that person's placeholder.
Two people who share a first name stay two ("Marco Rossi", "Marco Bianchi"); the first
name alone, which could be either, gets a placeholder of its own.

What comes back in the endpoint's answer (:meth:`People.restore`) is, in each text, the
person's fullest name the first time and the form the source called them by most after
that ("Marco Rossi ... Marco"): a text that named them that way comes back as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.summarize.redact.lexicon import _PARTICLES, _TITLE_WORD

_SPLIT = re.compile(r"[\s,]+")
_POSSESSIVE = re.compile(r"['’]s$")
PLACEHOLDER = re.compile(r"\[PERSON\d+\]")


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\.?[ \t]+$")


def after_title(text: str, at: int) -> bool:
    """Whether the word straight before ``at`` is a title or a rank ("Dr ", "Mrs. ")."""
    m = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return bool(m and _TITLE_WORD.match(m.group(1)))


def surname_start(words: list[str]) -> int:
    """Where the surname of a full name's ``words`` starts: at its first particle after the
    first word ("Anneke van der Merwe" -> 1), else at its last word."""
    return next((i for i, w in enumerate(words[1:-1], 1) if w in _PARTICLES), len(words) - 1)


def name_words(form: str) -> frozenset[str]:
    """The words of a name that say who it is, in lower case: no title or rank, no
    possessive, no order ("Dr Rossi's" -> {rossi}; "Rossi, Marco" -> {marco, rossi})."""
    words = (_POSSESSIVE.sub("", w).strip(".'’") for w in _SPLIT.split(form))
    return frozenset(w.lower() for w in words if w and not _TITLE_WORD.match(w))


@dataclass
class Person:
    """One person of a draft: the words of their fullest name found so far, their
    placeholder once a form of theirs is replaced, and each form replaced with how often."""

    words: frozenset[str]
    #: a form that fits several people ("Marco" beside two Marcos): never one of theirs
    shared: bool = False
    placeholder: str = ""
    seen: dict[str, int] = field(default_factory=dict)
    #: forms replaced straight after a title ("Dr [Okafor]"), with how often
    titled: dict[str, int] = field(default_factory=dict)

    def full(self) -> str:
        """The fullest form seen, in the order a name is read ("Rossi, Marco" -> "Marco
        Rossi"), capitalised when the source only typed it in lower case."""
        form = max(self._forms(), key=lambda f: (_capital(f), len(name_words(f)),
                                                 "," not in f, self.seen[f]))
        if "," in form:
            last, _, first = form.partition(",")
            form = f"{first.strip()} {last.strip()}"
        return form if _capital(form) else _capitalise(form)

    def short(self) -> str:
        """The form the source called them by most, once the full one has been said."""
        full = self.full()
        size = len(name_words(full))
        shorter = [f for f in self._forms() if "," not in f and len(name_words(f)) < size]
        if not shorter:
            return full
        form = max(shorter, key=lambda f: (_capital(f), self.seen[f]))
        return form if _capital(form) else _capitalise(form)

    def after_title(self) -> str:
        """The form for a placeholder after a title ("Dr [PERSON1]"): the one the source
        wrote after a title, else the surname of the full name ("Dr Okafor", not "Dr
        Chidi")."""
        if self.titled:
            return max(self.titled, key=lambda f: self.titled[f])
        words = self.full().split()
        return " ".join(words[surname_start(words):])

    def forms(self) -> list[str]:
        """Every form this person's placeholder stands for or gives back."""
        return list(dict.fromkeys([*self.seen, self.full(), self.short(), self.after_title()]))

    def _forms(self) -> list[str]:
        """Forms replaced in a text (first seen first); the others only when there are none."""
        said = [f for f, n in self.seen.items() if n]
        return said or list(self.seen)


def _capital(form: str) -> bool:
    return any(ch.isupper() for ch in form)


def _capitalise(form: str) -> str:
    """A name typed in lower case as a draft writes it ("van der berg" -> "van der Berg")."""
    return " ".join(w if w in _PARTICLES else w[:1].upper() + w[1:] for w in form.split())


@dataclass
class People:
    """The persons of one redactor's texts, by the forms of their names."""

    persons: list[Person] = field(default_factory=list)
    by_form: dict[str, Person] = field(default_factory=dict)
    count: int = 0

    def know(self, names: list[str]) -> None:
        """Register the people the caller says are in the texts (speakers, submitters), so
        that a first name alone joins its full name even where the full name is not said."""
        for name in names:
            if name.strip() and name not in self.by_form:
                self.by_form[name] = self._person_for(name)
                self.by_form[name].seen.setdefault(name, 0)

    def add(self, forms: list[str]) -> None:
        """Give each new form its person: fuller names first, so that in one text a first
        name finds the full name said after it."""
        order = {f: i for i, f in reversed(list(enumerate(forms)))}
        for form in sorted(order, key=lambda f: (-len(name_words(f)), order[f])):
            if form not in self.by_form:
                self.by_form[form] = self._person_for(form)
            self.by_form[form].seen.setdefault(form, 0)

    def join(self, form: str, like: str) -> None:
        """Make ``form`` a form of ``like``'s person (the two halves of one name found
        apart, "Van" and "der Meulen")."""
        p = self.by_form[like]
        self.by_form[form] = p
        p.seen.setdefault(form, 0)

    def same(self, a: str, b: str) -> bool:
        """Whether two forms are one person's."""
        return a in self.by_form and self.by_form.get(b) is self.by_form[a]

    def placeholder(self, form: str, *, said: bool = False, titled: bool = False) -> str:
        """The placeholder of ``form``'s person (numbered when first needed); ``said``
        counts one replacement of it in a text, ``titled`` one straight after a title."""
        if form not in self.by_form:
            self.add([form])
        p = self.by_form[form]
        if not p.placeholder:
            self.count += 1
            p.placeholder = f"[PERSON{self.count}]"
        if said:
            p.seen[form] = p.seen.get(form, 0) + 1
        if titled:
            p.titled[form] = p.titled.get(form, 0) + 1
        return p.placeholder

    def restore(self, text: str) -> str:
        """``text`` with each person's placeholder as their full name the first time and
        as the form the source used most after that, and after a title as the source wrote
        them after one ("Dr Okafor"); a placeholder not theirs stays."""
        back = {p.placeholder: p for p in self.persons if p.placeholder}
        said: set[str] = set()

        def one(m: re.Match[str]) -> str:
            p = back.get(m.group(0))
            if p is None:
                return m.group(0)
            first = m.group(0) not in said
            said.add(m.group(0))
            if after_title(text, m.start()):
                return p.after_title()
            return p.full() if first else p.short()

        return PLACEHOLDER.sub(one, text)

    def _person_for(self, form: str) -> Person:
        words = name_words(form) or frozenset({form.lower()})
        exact = [p for p in self.persons if p.words == words]
        if exact:
            return exact[0]
        wider = [p for p in self.persons if not p.shared and words < p.words]
        if len(wider) == 1:
            return wider[0]
        narrower = [p for p in self.persons if not p.shared and p.words < words]
        if not wider and narrower:
            # known so far by part of this name ("Marco", then "Marco Rossi"): the same person
            narrower[0].words = words
            return narrower[0]
        p = Person(words, shared=len(wider) > 1)
        self.persons.append(p)
        return p
