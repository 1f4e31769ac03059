"""Words for the app's enum values: what a person reads instead of ``in_review``."""

from __future__ import annotations

STATUS = {"draft": "Draft", "in_review": "In review", "approved": "Approved",
          "published": "Published", "rejected": "Rejected", "not drafted": "Not drafted",
          "active": "Active", "dismissed": "Dismissed", "merged": "Merged", "gone": "Gone"}
KIND = {"recap": "Recap", "preread": "Pre-read", "pattern": "Pattern candidate",
        "theme_label": "Theme name", "case": "Case", "session": "Session",
        "transcript": "Transcript", "draft": "Draft"}
ROLE = {"viewer": "viewer", "facilitator": "facilitator", "steward": "steward",
        "local": "local user"}
ACTION = {"submit_for_review": "sent for review", "approve": "approved",
          "reject": "rejected", "edit_draft": "edited", "archive": "archived",
          "restore": "restored", "regenerate": "regenerated", "publish": "published",
          "draft": "drafted"}


def status_word(value: str | None) -> str:
    """``in_review`` -> ``In review``; unknown values lose their underscores."""
    v = value or ""
    return STATUS.get(v, v.replace("_", " ").capitalize())


def kind_word(value: str | None) -> str:
    v = value or ""
    return KIND.get(v, v.replace("_", " ").capitalize())


def action_word(value: str | None) -> str:
    v = value or ""
    return ACTION.get(v, v.replace("_", " "))
