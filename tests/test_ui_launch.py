"""The app starts on a loaded machine: Gradio's own start-up check (five HEAD requests of
3 s, given up at the first timeout) failing is not the end when the page does answer; when
it does not, the user gets one clear line and no server is left running."""

from __future__ import annotations

import socket

import httpx
import pytest

from assistant.errors import AssistantError
from assistant.workspace import Workspace


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_app_starts_when_gradios_check_times_out_but_the_page_answers(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui.app import launch

    monkeypatch.setattr("gradio.networking.url_ok", lambda url: False)
    port = _port()
    demo = launch(ws, host="127.0.0.1", port=port, block=False, quiet=True)
    try:
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=30).status_code == 200
    finally:
        demo.close()


def test_an_app_whose_page_never_answers_says_so_and_stops(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.ui import app

    monkeypatch.setattr("gradio.networking.url_ok", lambda url: False)
    monkeypatch.setattr(app, "_answers", lambda url: False)
    port = _port()
    with pytest.raises(AssistantError, match=f"127.0.0.1:{port}/ did not answer"):
        app.launch(ws, host="127.0.0.1", port=port, block=False, quiet=True)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
