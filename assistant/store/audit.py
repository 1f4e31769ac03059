"""The audit trail: one event per action, with who, when, what, and before/after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as OrmSession

from assistant.store.models import AuditEvent


def record(s: OrmSession, *, actor: str, action: str, object_type: str, object_id: str,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           detail: str = "") -> AuditEvent:
    """Add an audit event inside the caller's transaction (so it commits with the change)."""
    ev = AuditEvent(actor=actor, action=action, object_type=object_type, object_id=object_id,
                    before=before, after=after, detail=detail)
    s.add(ev)
    return ev
