"""The workspace's redaction vocabulary: what stewards tell the redactor that grammar cannot.

``keep`` terms (the network's tools, products and brands) are left in the text sent to a
remote endpoint even where they act like people ("Nova flagged the invoice"); ``people`` are
replaced wherever they stand. Both add to the ``ASSISTANT_REDACT_KEEP`` and
``ASSISTANT_REDACT_PEOPLE`` settings, which an operator may keep in the environment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import RedactionTerm
from assistant.workspace import Workspace

MAX_TERM = 200


@dataclass(frozen=True)
class Vocabulary:
    keep: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


def get_vocabulary(ws: Workspace) -> Vocabulary:
    """The vocabulary stored in the workspace (the settings' terms not included)."""
    with OrmSession(ws.engine) as s:
        rows = sorted(((k, t) for k, t in s.execute(select(RedactionTerm.kind,
                                                             RedactionTerm.term))),
                      key=lambda r: r[1].casefold())
    return Vocabulary(keep=tuple(t for k, t in rows if k == "keep"),
                      people=tuple(t for k, t in rows if k == "person"))


def _clean(terms: Iterable[str], what: str) -> tuple[str, ...]:
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


def save_vocabulary(ws: Workspace, *, keep: Iterable[str], people: Iterable[str],
                    actor: Actor = LOCAL) -> Vocabulary:
    """Replace the stored vocabulary with ``keep`` and ``people`` (blank lines dropped,
    spaces collapsed, one spelling per term regardless of case); audited with before and
    after. A term in both lists is refused: a person wins over a kept term in the redactor,
    so listing it as kept would do nothing."""
    require(actor, "edit_redaction")
    new = Vocabulary(_clean(keep, "Terms to keep"), _clean(people, "People"))
    both = sorted({t.casefold() for t in new.keep} & {t.casefold() for t in new.people})
    if both:
        raise AssistantError(f"{', '.join(both)} is listed both to keep and as a person; "
                             "keep it in one list.")
    old = get_vocabulary(ws)
    if old == new:
        return old
    with transaction(ws.engine) as s:
        s.execute(delete(RedactionTerm))
        s.add_all([RedactionTerm(kind="keep", term=t, added_by=actor.name) for t in new.keep]
                  + [RedactionTerm(kind="person", term=t, added_by=actor.name)
                     for t in new.people])
        record(s, actor=actor.name, action="edit_redaction", object_type="redaction",
               object_id="vocabulary",
               before={"keep": list(old.keep), "people": list(old.people)},
               after={"keep": list(new.keep), "people": list(new.people)})
    return new
