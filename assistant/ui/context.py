"""What every screen needs: the workspace, who is asking, and errors as messages.

The actor is derived on the server for each request from the signed-in user name that
Gradio's login cookie carries (``gr.Request.username``) and the role stored for that user;
nothing the browser sends can choose a role.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import gradio as gr

from assistant.auth import LOCAL, PERMISSIONS, Actor, can
from assistant.errors import AssistantError, Forbidden, StoreUnavailable
from assistant.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class AppContext:
    """The workspace the app serves and whether people must sign in."""

    ws: Workspace
    #: True/False fixes sign-in on or off; None (the default when served) follows the store,
    #: request by request: once a user exists, sign-in is required from the next request.
    sign_in: bool | None = None
    #: (component, action): shown only to roles that may take the action (see gate()).
    gates: list[tuple[Any, str]] = field(default_factory=list, compare=False)
    #: (Markdown component, actions, the screen's words for them): says which of the
    #: screen's actions are hidden, and why.
    notes: list[tuple[Any, tuple[str, ...], dict[str, str]]] = field(default_factory=list,
                                                                     compare=False)
    #: Background jobs by name (one theme recompute at a time, shared by every page).
    jobs: dict[str, Any] = field(default_factory=dict, compare=False)

    def signing_in(self) -> bool:
        """Whether this request must come from a signed-in user."""
        if self.sign_in is not None:
            return self.sign_in
        from assistant.review.users import users_defined

        return users_defined(self.ws)

    def gate(self, component: T, action: str) -> T:
        """Show ``component`` only to roles that may take ``action``. The library still
        checks every call; this keeps people from clicking what would be refused."""
        PERMISSIONS[action]  # an unknown action fails at build time, not per request
        self.gates.append((component, action))
        return component

    def role_note(self, actions: tuple[str, ...],
                  names: Mapping[str, str] | None = None) -> Any:
        """A line under a screen's title naming the actions this role does not see;
        ``names``: what a permission hides on this screen, where the usual name would
        mislead (on Today, ``edit_draft`` hides marking an action item done)."""
        note = gr.Markdown(visible=False, elem_classes=["role-note"])
        self.notes.append((note, actions, dict(names or {})))
        return note

    def gate_updates(self, request: gr.Request | None) -> list[Any]:
        """Visibility of every gated component, then every note, for this request's role."""
        actor = self.actor(request)
        out: list[Any] = [gr.update(visible=can(actor, a)) for _, a in self.gates]
        for _, actions, names in self.notes:
            text = hidden_note(actor, actions, names)
            out.append(gr.update(value=text, visible=bool(text)))
        return out

    def actor(self, request: gr.Request | None) -> Actor:
        """The actor for this request: LOCAL in single-user mode, else the signed-in user."""
        if not self.signing_in():
            return LOCAL
        name = getattr(request, "username", None) if request is not None else None
        if not name:  # the page was opened before sign-in became required
            raise session_ended()
        return actor_for_user(self.ws, name)

    def run(self, fn: Callable[..., T], request: gr.Request | None, *args: Any,
            **kwargs: Any) -> T:
        """Call a handler as the request's actor; user-facing errors become ``gr.Error``."""
        try:  # finding the actor reads the store too: it may be unreachable
            return fn(self.ws, self.actor(request), *args, **kwargs)
        except AssistantError as exc:
            raise as_gr_error(exc) from exc

    def attempt(self, fn: Callable[..., T], request: gr.Request | None, *args: Any,
                **kwargs: Any) -> tuple[T | None, str]:
        """Like :meth:`run`, but a user-facing error comes back as ``(None, message)`` to
        show in the screen's result area, replacing what was there."""
        try:
            return fn(self.ws, self.actor(request), *args, **kwargs), ""
        except AssistantError as exc:
            return None, error_md(exc)


def error_md(exc: AssistantError) -> str:
    """A library error shown in place of a screen's result (so the last success does not
    linger under it, and errors do not pile up as toasts)."""
    title = "Not allowed" if isinstance(exc, Forbidden) else "Could not do that"
    if isinstance(exc, StoreUnavailable):
        title = "The record store is unreachable"
    return (f"<div class='inline-error'>❌ <b>{title}.</b> {html.escape(str(exc))}"
            f"{html.escape(UNREACHABLE_NOTE) if isinstance(exc, StoreUnavailable) else ''}"
            "</div>")


#: Added to a record-store outage in the app: the screen keeps what the user typed.
UNREACHABLE_NOTE = (" Nothing was saved; what you typed is still here: try again once the "
                    "record store is back.")


def hidden_note(actor: Actor, actions: tuple[str, ...],
                names: Mapping[str, str] | None = None) -> str:
    """'Signed in as a viewer: approving and publishing need the steward role.'
    ``names``: this screen's words for an action (else :data:`ACTION_NAMES`)."""
    hidden = [a for a in actions if not can(actor, a)]
    if not hidden:
        return ""
    said = {**ACTION_NAMES, **(names or {})}
    parts = []
    for a in hidden:
        roles = " or ".join(sorted(PERMISSIONS[a]))
        parts.append(f"{said.get(a, a.replace('_', ' '))} needs the {roles} role")
    return (f"ℹ️ Signed in as a {actor.role}, so some actions are hidden here: "
            + "; ".join(parts) + ". Ask a steward if you need them.")


ACTION_NAMES = {"ingest": "uploading files", "plan_session": "planning sessions",
                "draft": "drafting", "edit_draft": "editing drafts",
                "submit_for_review": "sending for review", "approve": "approving",
                "reject": "rejecting", "publish": "publishing",
                "change_themes": "changing themes", "archive": "archiving",
                "restore": "restoring", "reassign_transcript": "moving transcripts",
                "decide_sprint": "recording the sprint decision",
                "run_sprint": "starting a sprint", "edit_metrics": "editing the metrics",
                "review_themes": "the quarterly theme review",
                "edit_charter": "editing the charter",
                "edit_redaction": "editing the redaction vocabulary"}


def actor_for_user(ws: Workspace, name: str) -> Actor:
    """The stored role of user ``name``; a user removed since signing in is refused."""
    from assistant.review.users import actor_of, get_user

    user = get_user(ws, name)
    if user is None:  # removed while a call of theirs was on its way
        raise session_ended()
    return actor_of(user)


def session_ended() -> gr.Error:
    """The error of a call that finds its session gone: the same words the page gets for a
    call refused on arrival (:data:`assistant.ui.signin.SESSION_ENDED`)."""
    from assistant.ui.signin import SESSION_ENDED

    return gr.Error(html.escape(SESSION_ENDED), print_exception=False)


def as_gr_error(exc: AssistantError) -> gr.Error:
    """The library's message, shown as-is (escaped: the modal renders HTML)."""
    title = "Not allowed" if isinstance(exc, Forbidden) else "Error"
    text = str(exc)
    if isinstance(exc, StoreUnavailable):
        title, text = "The record store is unreachable", text + UNREACHABLE_NOTE
    return gr.Error(html.escape(text), title=title, print_exception=False)
