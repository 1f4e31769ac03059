"""Who may do what. Every library function that changes state takes an :class:`Actor` and
calls :func:`require` first, so the rules hold for the CLI, the UI and Python alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.errors import Forbidden

Role = Literal["viewer", "facilitator", "steward", "sponsor", "data partner", "local"]
ROLES: tuple[str, ...] = ("viewer", "facilitator", "steward")

#: action -> roles allowed. "local" is single-user mode (no users defined): everything.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset({"viewer", "facilitator", "steward"}),
    "submit_case": frozenset({"viewer", "facilitator", "steward"}),
    "record_adoption": frozenset({"viewer", "facilitator", "steward"}),
    "ingest": frozenset({"facilitator", "steward"}),
    "plan_session": frozenset({"facilitator", "steward"}),
    "edit_session": frozenset({"facilitator", "steward"}),  # those who may ingest one
    "draft": frozenset({"facilitator", "steward"}),
    "edit_draft": frozenset({"facilitator", "steward"}),
    "submit_for_review": frozenset({"facilitator", "steward"}),
    "approve": frozenset({"steward"}),
    "reject": frozenset({"steward"}),
    "publish": frozenset({"steward"}),
    "change_themes": frozenset({"steward"}),
    "archive": frozenset({"facilitator", "steward"}),  # soft delete, see assistant.archive
    "restore": frozenset({"steward"}),
    "reassign_transcript": frozenset({"facilitator", "steward"}),
}

# The operating rhythm (assistant.rhythm): the sponsor reads everything and records sprint
# decisions; the data partner reads everything and edits the metrics (case status,
# capability pulse, adoptions); stewards edit the charter and roles and run the sprints.
ROLES += ("sponsor", "data partner")
for _action in ("read", "submit_case", "record_adoption"):
    PERMISSIONS[_action] |= {"sponsor", "data partner"}
PERMISSIONS.update({
    "edit_charter": frozenset({"steward"}),
    "run_sprint": frozenset({"steward"}),
    "decide_sprint": frozenset({"steward", "sponsor"}),
    "edit_metrics": frozenset({"steward", "data partner"}),
    "review_themes": frozenset({"steward"}),
    "edit_redaction": frozenset({"steward"}),  # the redaction vocabulary (summarize.vocabulary)
})


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role


#: The actor in single-user local mode (no users defined) and for trusted scripts.
LOCAL = Actor(name="local", role="local")


def can(actor: Actor, action: str) -> bool:
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action!r}")
    return actor.role == "local" or actor.role in PERMISSIONS[action]


def require(actor: Actor, action: str, *, doing: str = "") -> None:
    """Raise :class:`Forbidden` unless ``actor`` may do ``action``; ``doing`` says what
    they tried in the user's words when the permission's name would mislead (marking an
    action item done needs ``edit_draft``, but is no draft edit to the person refused)."""
    if not can(actor, action):
        roles = sorted(PERMISSIONS[action])
        allowed = roles[0] if len(roles) == 1 else ", ".join(roles[:-1]) + " or " + roles[-1]
        raise Forbidden(f"{actor.name} ({actor.role}) may not "
                        f"{doing or action.replace('_', ' ')}; that needs the role "
                        f"{allowed}. Ask a steward.")
