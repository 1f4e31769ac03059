"""Sign-in for the running app, decided per request rather than once at launch.

Gradio's own login (a ``/login`` form, a token cookie, ``app.tokens`` mapping tokens to user
names) does the mechanics. :class:`SignInGate` adds what it lacks, as an ASGI middleware in
front of every HTTP request:

- sign-in is required from the next request once a user exists (and not while none does);
- each token is bound, when it is issued, to the user's record and credential version
  (:func:`assistant.review.users.session_stamp`), so removing a user, adding them again or
  changing their password ends the sessions they had;
- failed sign-ins are throttled per user name and per address, and the password check runs
  in a worker thread so argon2 never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from http.cookies import SimpleCookie
from typing import Any

from fastapi import HTTPException

from assistant.errors import StoreUnavailable
from assistant.review.signin import SignInThrottle, SignInThrottled
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

#: Per sign-in request: the client address (set by the middleware) and, after a success,
#: the user's stamp (set by the check), so the middleware can bind the issued token.
_attempt: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "signin_attempt", default=None)


class SignInGate:
    """Who may use the app right now; one per served app."""

    def __init__(self, ws: Workspace, *, throttle: SignInThrottle | None = None,
                 forced: bool | None = None) -> None:
        self.ws = ws
        self.throttle = throttle or SignInThrottle()
        self.forced = forced  # True/False fixes sign-in on or off; None follows the store
        self._bound: dict[str, tuple[str, str]] = {}  # token -> (user name, stamp)
        self._lock = threading.Lock()

    def required(self) -> bool:
        """Whether people must sign in now (a user exists), unless fixed by ``forced``."""
        if self.forced is not None:
            return self.forced
        from assistant.review.users import users_defined

        return users_defined(self.ws)

    async def check(self, username: str, password: str) -> bool:
        """Gradio's ``auth=`` callable. Throttled, and hashed in a worker thread."""
        from assistant.review.users import authenticate

        attempt = _attempt.get() or {}
        address = attempt.get("address")
        try:
            self.throttle.check(username, address)
        except SignInThrottled as exc:
            raise HTTPException(status_code=429, detail=str(exc),
                                headers={"Retry-After": str(int(exc.retry_after) + 1)}
                                ) from None
        try:
            user = await asyncio.to_thread(authenticate, self.ws, username, password)
        except StoreUnavailable as exc:  # not a wrong password: say why, count nothing
            raise HTTPException(status_code=503, detail=str(exc)) from None
        except Exception:  # a failed check must never sign anyone in
            log.exception("sign-in check failed for %r", username)
            user = None
        if user is None:
            self.throttle.failed(username, address)
            return False
        self.throttle.succeeded(username, address)
        attempt["signed_in"] = (user.name, user.stamp)
        return True

    def bind(self, token: str, name: str, stamp: str) -> None:
        with self._lock:
            self._bound[token] = (name, stamp)

    def still_valid(self, token: str, name: str) -> bool:
        """Whether the session ``token`` (of user ``name``) may go on: it was bound at sign-in
        to the user's record and credential, and they are unchanged."""
        from assistant.review.users import session_stamp

        with self._lock:
            bound = self._bound.get(token)
        return bound is not None and bound[0] == name and session_stamp(self.ws, name) == bound[1]

    def forget(self, token: str) -> None:
        with self._lock:
            self._bound.pop(token, None)


def _cookie_tokens(headers: list[tuple[bytes, bytes]], cookie_id: str) -> list[str]:
    jar: SimpleCookie = SimpleCookie()
    for key, value in headers:
        if key == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header carries no session
                continue
    names = (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}")
    return [jar[n].value for n in names if n in jar]


def _issued_token(headers: list[tuple[bytes, bytes]], cookie_id: str) -> str | None:
    for key, value in headers:
        if key.lower() == b"set-cookie":
            jar: SimpleCookie = SimpleCookie()
            jar.load(value.decode("latin-1"))
            name = f"access-token-{cookie_id}"
            if name in jar:
                return jar[name].value
    return None


#: What every call of a page whose session has ended is told, whichever way it finds out:
#: refused on arrival (here), answered on a stream opened after the end (here), or run by a
#: handler after the user was removed (:func:`assistant.ui.context.actor_for_user`).
SESSION_ENDED = ("Your sign-in has ended (your user was removed, your password changed, "
                 "sign-in became required or the app restarted). Reload the page and sign "
                 "in again.")


async def _refuse(send: Any, detail: str) -> None:
    """Answer 401 with ``detail``, which the page shows in its error message."""
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 401,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _ended_stream(send: Any, detail: str) -> None:
    """Answer a page's event stream (where the answers to its calls arrive) with ``detail``
    as the error of every call it is waiting for, then close the stream.

    A call the server accepted before the session ended is answered on a stream the page
    may open only after it ended. Refused there (Gradio's 401), the page takes the server
    for lost, reloads and lands on the login form with nothing said; answered like this,
    the page shows ``detail`` as it does for a call refused on arrival, and stays."""
    import json

    import gradio as gr
    from gradio.server_messages import CloseStreamMessage, ProcessCompletedMessage

    # As a handler's gr.Error reaches the page; no event id: the page hands such a message
    # to every call it is waiting for.
    error = gr.Error(detail, print_exception=False)
    ended = ProcessCompletedMessage(success=False, output={
        "error": error.message, "title": error.title, "visible": error.visible,
        "duration": error.duration})
    body = "".join(f"data: {json.dumps(m.model_dump(mode='json'))}\n\n"
                   for m in (ended, CloseStreamMessage())).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/event-stream"),
                            (b"cache-control", b"no-cache"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _unavailable_page(send: Any, detail: str) -> None:
    """Answer 503 with a readable page saying the record store is unreachable."""
    import html

    body = (f"<!doctype html><html><head><meta charset='utf-8'><title>Facilitation assistant"
            "</title></head><body style='font-family: sans-serif; max-width: 45em; "
            "margin: 3em auto'><h2>The record store is unreachable</h2>"
            f"<p>{html.escape(detail)}</p><p>Nothing is lost: the app comes back by itself "
            "once the record store is reachable again. Reload this page in a minute.</p>"
            "</body></html>").encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                            (b"retry-after", b"30")]})
    await send({"type": "http.response.body", "body": body})


class SignInMiddleware:
    """ASGI middleware applying a :class:`SignInGate` to the Gradio app it wraps."""

    def __init__(self, app: Any, gate: SignInGate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        gradio_app = scope.get("app")
        gate = self.gate
        if gradio_app is None or not hasattr(gradio_app, "tokens"):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "").rstrip("/")
        try:
            # Decide sign-in for this request from the store as it is now.
            gradio_app.auth = gate.check if gate.required() else None
            for token in _cookie_tokens(scope.get("headers", []), gradio_app.cookie_id):
                name = gradio_app.tokens.get(token)
                if name is not None and not gate.still_valid(token, name):
                    gradio_app.tokens.pop(token, None)  # the session ends here
                    gate.forget(token)
        except StoreUnavailable as exc:
            log.warning("record store unreachable: %s", exc)
            if scope.get("method") == "GET" and path in ("", "/gradio_api"):
                await _unavailable_page(send, str(exc))
                return
            # Anything else goes on with the sign-in state of the last request: its handler
            # reads the store too, and says in the screen that it is unreachable (the text
            # the user typed stays there).
        if gradio_app.auth is not None and path.endswith(("/queue/join", "/queue/data")) \
                and not any(t in gradio_app.tokens for t in _cookie_tokens(
                    scope.get("headers", []), gradio_app.cookie_id)):
            # An open page whose session has ended (user removed, password changed, app
            # restarted): say so where the page shows errors, instead of a bare "Error"
            # or the login form with nothing said.
            if path.endswith("/queue/join"):
                await _refuse(send, SESSION_ENDED)
            else:
                await _ended_stream(send, SESSION_ENDED)
            return
        if not (scope.get("method") == "POST" and path.endswith("/login")):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        attempt: dict[str, Any] = {"address": client[0] if client else None}
        _attempt.set(attempt)

        async def bind_on_success(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message.get("status") == 200:
                token = _issued_token(message.get("headers", []), gradio_app.cookie_id)
                if token and attempt.get("signed_in"):
                    gate.bind(token, *attempt["signed_in"])
            await send(message)

        await self.app(scope, receive, bind_on_success)
