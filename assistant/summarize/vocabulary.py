"""The workspace's redaction vocabulary: what stewards tell the redactor that grammar cannot.

``keep`` terms (the network's tools, products and brands) are left in the text sent to a
remote endpoint even where they act like people ("Nova flagged the invoice"); ``people`` are
replaced wherever they stand. Both add to the ``ASSISTANT_REDACT_KEEP`` and
``ASSISTANT_REDACT_PEOPLE`` settings, which an operator may keep in the environment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict
from assistant.store.audit import record
from assistant.store.db import insert_ignoring_duplicates, transaction
from assistant.store.models import Meta, RedactionTerm
from assistant.workspace import Workspace

MAX_TERM = 200
LOCK_KEY = "redaction_vocabulary"  # the ``meta`` row every save locks first (see _queue)


@dataclass(frozen=True)
class Vocabulary:
    keep: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


def get_vocabulary(ws: Workspace) -> Vocabulary:
    """The vocabulary stored in the workspace (the settings' terms not included)."""
    with OrmSession(ws.engine) as s:
        return _read(s)


def clean_terms(terms: Iterable[str], what: str) -> tuple[str, ...]:
    """``terms`` as stored: spaces collapsed, blank lines dropped, one spelling per term
    whatever its case (the first), sorted; a term over ``MAX_TERM`` characters is refused
    with its line number in ``what``."""
    out: dict[str, str] = {}
    for n, raw in enumerate(terms, 1):
        term = " ".join(raw.split())
        if not term:
            continue
        if len(term) > MAX_TERM:
            raise AssistantError(f"{what}, line {n}: {term[:40]!r}... is longer than "
                                 f"{MAX_TERM} characters; write one term per line.")
        out.setdefault(term.casefold(), term)
    return tuple(sorted(out.values(), key=str.casefold))


def _in_both(keep: Sequence[str], people: Sequence[str]) -> list[str]:
    """The terms (as spelt in ``keep``) that ``people`` lists too, whatever the case."""
    named = {t.casefold() for t in people}
    return [t for t in keep if t.casefold() in named]


def save_vocabulary(ws: Workspace, *, keep: Iterable[str], people: Iterable[str],
                    actor: Actor = LOCAL, base: Vocabulary | None = None) -> Vocabulary:
    """Save a steward's lists (blank lines dropped, spaces collapsed, one spelling per term
    regardless of case) and return the lists now stored.

    One transaction applies the steward's own changes: the terms in ``keep`` and
    ``people`` that ``base`` (the lists the steward started from; None: what is stored
    when the save runs) lacks are added with ``actor`` as their adder, the terms of
    ``base`` they dropped are removed, and every other stored row is left as it is, its
    adder included. So a term another steward saved meanwhile stays. Saves queue: on SQLite
    the transaction holds the write lock from its start, on PostgreSQL it locks one row
    first, so a save always reads what the one before it wrote. Audited with the lists
    before and after; a save that changes nothing writes nothing.

    A term in both lists is refused (a person wins over a kept term in the redactor, so
    listing it as kept would do nothing); when only another steward's save meanwhile puts
    it in the other list, the save is refused as a :class:`Conflict` and nothing changes."""
    require(actor, "edit_redaction")
    new = Vocabulary(clean_terms(keep, "Terms to keep"), clean_terms(people, "People"))
    if both := _in_both(new.keep, new.people):
        raise AssistantError(f"{', '.join(both)} is listed both to keep and as a person; "
                             "keep it in one list.")
    with transaction(ws.engine) as s:
        _queue(s)
        old = _read(s)
        since = old if base is None else Vocabulary(clean_terms(base.keep, "Terms to keep"),
                                                     clean_terms(base.people, "People"))
        changed = False
        for kind, mine, was in (("keep", new.keep, since.keep),
                                ("person", new.people, since.people)):
            dropped = {t.casefold() for t in was if t not in mine}
            stored = old.keep if kind == "keep" else old.people
            gone = [t for t in stored if t.casefold() in dropped]
            if gone:
                s.execute(delete(RedactionTerm).where(RedactionTerm.kind == kind,
                                                      RedactionTerm.term.in_(gone)))
            present = {t.casefold() for t in stored if t not in gone}
            added = [t for t in mine if t not in was and t.casefold() not in present]
            s.add_all([RedactionTerm(kind=kind, term=t, added_by=actor.name) for t in added])
            changed = changed or bool(gone or added)
        if not changed:
            return old
        s.flush()
        after = _read(s)
        if both := _in_both(after.keep, after.people):
            raise Conflict(f"{', '.join(both)} was put in the other list by another save "
                           "meanwhile, so nothing was saved. Reload the lists and keep it "
                           "in one of them.")
        record(s, actor=actor.name, action="edit_redaction", object_type="redaction",
               object_id="vocabulary",
               before={"keep": list(old.keep), "people": list(old.people)},
               after={"keep": list(after.keep), "people": list(after.people)})
    return after


def _queue(s: OrmSession) -> None:
    """Make concurrent saves take turns: lock the vocabulary's row in ``meta`` (created on
    the first save). SQLite's write transaction already holds the store's write lock;
    PostgreSQL's row lock holds a second save here until the first commits."""
    insert_ignoring_duplicates(s, Meta, [{"key": LOCK_KEY, "value": "redaction terms"}])
    s.execute(select(Meta.key).where(Meta.key == LOCK_KEY).with_for_update())


def _read(s: OrmSession) -> Vocabulary:
    rows = sorted(((k, t) for k, t in s.execute(select(RedactionTerm.kind,
                                                        RedactionTerm.term))),
                  key=lambda r: r[1].casefold())
    return Vocabulary(keep=tuple(t for k, t in rows if k == "keep"),
                      people=tuple(t for k, t in rows if k == "person"))
