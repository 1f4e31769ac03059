"""What every screen needs: the workspace, who is asking, and errors as messages.

The actor is derived on the server for each request from the signed-in user name that
Gradio's login cookie carries (``gr.Request.username``) and the role stored for that user;
nothing the browser sends can choose a role.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import gradio as gr

from assistant.auth import LOCAL, Actor
from assistant.errors import AssistantError, Forbidden
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

    def signing_in(self) -> bool:
        """Whether this request must come from a signed-in user."""
        if self.sign_in is not None:
            return self.sign_in
        from assistant.review.users import users_defined

        return users_defined(self.ws)

    def actor(self, request: gr.Request | None) -> Actor:
        """The actor for this request: LOCAL in single-user mode, else the signed-in user."""
        if not self.signing_in():
            return LOCAL
        name = getattr(request, "username", None) if request is not None else None
        if not name:
            raise gr.Error("You are not signed in (sign-in is required now that users are "
                           "defined). Reload the page and sign in.")
        return actor_for_user(self.ws, name)

    def run(self, fn: Callable[..., T], request: gr.Request | None, *args: Any,
            **kwargs: Any) -> T:
        """Call a handler as the request's actor; user-facing errors become ``gr.Error``."""
        actor = self.actor(request)
        try:
            return fn(self.ws, actor, *args, **kwargs)
        except AssistantError as exc:
            raise as_gr_error(exc) from exc


def actor_for_user(ws: Workspace, name: str) -> Actor:
    """The stored role of user ``name``; a user removed since signing in is refused."""
    from assistant.review.users import actor_of, get_user

    user = get_user(ws, name)
    if user is None:
        raise gr.Error(html.escape(f"User {name!r} no longer exists. Sign out and ask a steward."))
    return actor_of(user)


def as_gr_error(exc: AssistantError) -> gr.Error:
    """The library's message, shown as-is (escaped: the modal renders HTML)."""
    title = "Not allowed" if isinstance(exc, Forbidden) else "Error"
    return gr.Error(html.escape(str(exc)), title=title, print_exception=False)
