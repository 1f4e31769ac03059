"""What stops a draft from being approved: open grounding flags, a pattern's empty
required fields, and an email address or phone number in its text or in a recap's action
items as stored (a person's corrections included: what export and publish print). A steward
can approve anyway by giving a reason, which is audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

#: Pattern fields a playbook entry cannot do without ("does not apply when" and "context"
#: may stay empty: the sources often do not say).
REQUIRED_PATTERN_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "Name"), ("problem", "Problem"), ("solution", "The pattern (what to do)"),
    ("applies_when", "Applies when"))
#: Step names other drafters use for the same fields.
_ALIASES = {"what_to_do": "solution", "does_not_apply_when": "not_when"}
#: Draft kinds whose open flags block approval.
GATED_KINDS = frozenset({"recap", "pattern"})


def blockers(kind: str, content: dict[str, Any], flags: Sequence[dict[str, Any]],
             actions: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
    """Why a draft of ``kind`` with this ``content`` and these grounding ``flags`` (its
    latest version's) cannot be approved without an override; empty when it can.

    ``actions``: a recap's action items as stored (:func:`stored_actions`), which is what
    goes out; None reads those the machine drafted into ``content``."""
    if kind not in GATED_KINDS:
        return []
    out: list[str] = []
    bullets = [b for b in content.get("bullets") or [] if isinstance(b, dict)]
    if kind == "pattern":
        by_step: dict[str, str] = {}
        for b in bullets:
            step = str(b.get("step", ""))
            by_step[_ALIASES.get(step, step)] = "" if b.get("empty") else \
                str(b.get("text", "")).strip()
        for key, label in REQUIRED_PATTERN_FIELDS:
            if not by_step.get(key):
                out.append(f"the required field “{label}” is empty")
    for f in flags:
        if not isinstance(f, dict):
            continue
        if kind == "pattern" and (f.get("kind") == "empty" or _blank(bullets, f)):
            continue  # an empty field: said above by name when required, allowed otherwise
        where = _where(bullets, f)
        out.append(f"open grounding flag on {where}: {str(f.get('message', '')).strip()}")
    out += personal_data(content, actions)
    return out


def personal_data(content: dict[str, Any], actions: Sequence[Mapping[str, Any]] | None = None
                  ) -> list[str]:
    """Where a draft's text or its action items (``actions``, see :func:`blockers`) hold an
    email address or a phone number: the playbook is read by everyone, so a person's
    contact details go out only if a steward says why."""
    found = []
    bullets = [b for b in content.get("bullets") or [] if isinstance(b, dict)]
    for i, b in enumerate(bullets):
        found += contact_notes(str(b.get("text") or ""), _where(bullets, {"bullet": i}))
    items = content.get("actions") or [] if actions is None else actions
    for i, a in enumerate(items, 1):
        if isinstance(a, Mapping):
            found += contact_notes(" ".join(str(a.get(k) or "") for k in
                                            ("owner", "action", "due")), f"action item {i}")
    return found


def stored_actions(s: OrmSession, draft_id: str) -> list[dict[str, Any]]:
    """A recap's action items as stored, in the order they were said: the machine's, with
    people's corrections and done marks. Export, publish, ``review show`` and the gate all
    read them here, so a steward approves what goes out."""
    from assistant.store.models import ActionItem, Session

    rows = list(s.scalars(select(ActionItem).where(ActionItem.draft_id == draft_id)
                          .order_by(ActionItem.number)))
    said_on = s.scalar(select(Session.date).where(Session.id == rows[0].session_id)) \
        if rows else None  # what a relative due date ("tomorrow") counts from
    return [{"id": a.id, "owner": a.owner, "action": a.action, "due": a.due,
             "citations": list(a.citations or ()), "done": a.done, "said_on": said_on}
            for a in rows]


def action_line(a: Mapping[str, Any], *, dated: bool = True) -> str:
    """"Owner: action, due (done)": one action item as export and publish print it; a
    relative due date with the date it stands for ("tomorrow (2026-10-09)") unless
    ``dated`` is False (the words as said, which the personal-data check reads)."""
    from assistant.summarize.duedates import due_shown

    due = str(a.get("due") or "")
    return (f"{a.get('owner') or 'Someone'}: {a.get('action') or ''}"
            + (f", {due_shown(due, a.get('said_on')) if dated else due}" if due else "")
            + (" (done)" if a.get("done") else ""))


def contact_details(text: str) -> list[tuple[str, str]]:
    """The email addresses and phone numbers in ``text``, in order, as (kind, text as
    written) with kind ``EMAIL`` or ``PHONE``: what the gate will not publish without a
    reason, and what a correction of an approved recap's action item may not add."""
    # The redactor's own finders: the same emails and phones it hides from an LLM endpoint.
    from assistant.summarize.redact import contact_spans

    return [(sp.kind, text[sp.start:sp.end]) for sp in contact_spans(text)
            if sp.kind in ("EMAIL", "PHONE")]


def contact_notes(text: str, where: str) -> list[str]:
    """What in ``text`` (named ``where``) is an email address or a phone number."""
    found = contact_details(text)
    emails = [t for kind, t in found if kind == "EMAIL"]
    phones = [t for kind, t in found if kind == "PHONE"]
    out = []
    if emails:
        out.append(f"{where} holds an email address ({', '.join(emails)}): personal data "
                   "would be published")
    if phones:
        out.append(f"{where} holds a phone number ({', '.join(phones)}): personal data "
                   "would be published")
    return out


def _blank(bullets: list[dict[str, Any]], flag: dict[str, Any]) -> bool:
    i = flag.get("bullet")
    return (isinstance(i, int) and 0 <= i < len(bullets)
            and (bool(bullets[i].get("empty")) or not str(bullets[i].get("text", "")).strip()))


def _where(bullets: list[dict[str, Any]], flag: dict[str, Any]) -> str:
    i = flag.get("bullet")
    if isinstance(i, int) and 0 <= i < len(bullets):
        label = bullets[i].get("label") or bullets[i].get("step") or ""
        return f"bullet {i + 1}" + (f" ({label})" if label else "")
    return "a bullet"


def blocked_message(name: str, problems: list[str]) -> str:
    """``name``: how the draft is named to the reader (see review.workflow.draft_name)."""
    # A flag's own message ends with a full stop; the list is one sentence.
    return (f"{name} cannot be approved yet: " + "; ".join(p.rstrip(". ") for p in problems)
            + ". Fix it and save a new version, or, as a steward, approve with an override "
            "and the reason (it is kept in the audit log).")
