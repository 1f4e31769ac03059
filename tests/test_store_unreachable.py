"""A record store that cannot be reached (PostgreSQL down, a wrong address, database or
user): the command line says so in one line and exits non-zero; the app says so in place of
a result, keeps what the user typed, and serves a readable page instead of a bare 500."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.errors import StoreUnavailable
from assistant.store.db import make_engine
from assistant.workspace import Workspace
from tests.conftest import PG_URL


def _closed_port() -> int:
    """A local port nothing listens on (bound for a moment, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _down_url() -> str:
    return f"postgresql+psycopg://keeper:hunter22@127.0.0.1:{_closed_port()}/network"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, as a user runs it."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env, cwd=root)


@pytest.mark.parametrize("command", [["status"], ["ui", "--port", "7990"],
                                     ["review", "list"]])
def test_every_command_says_in_one_line_that_the_record_store_is_unreachable(
        tmp_path: Path, command: list[str]) -> None:
    url = _down_url()
    done = _cli("--data-dir", str(tmp_path / "data"), "--database-url", url, *command)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, done.stderr
    out = lines[0]
    assert "Cannot reach the record store" in out and "Connection refused" in out
    assert url.rsplit(":", 1)[-1] in out  # which port and database were tried
    assert "hunter22" not in out  # the URL is shown without its password
    assert "Fix: start PostgreSQL" in out


@pytest.mark.skipif(not PG_URL, reason="needs ASSISTANT_TEST_DATABASE_URL (PostgreSQL)")
@pytest.mark.parametrize(("change", "fix"), [({"database": "no_such_db_q17"}, "createdb"),
                                             ({"username": "no_such_role_q17"}, "user name")])
def test_a_wrong_database_or_user_names_what_to_check(change: dict[str, str], fix: str) -> None:
    from sqlalchemy import make_url

    assert PG_URL
    url = make_url(PG_URL).set(**change).render_as_string(hide_password=False)
    engine = make_engine(url)
    with pytest.raises(StoreUnavailable, match="does not exist") as caught:
        engine.connect()
    assert fix in str(caught.value) and next(iter(change.values())) in str(caught.value)
    engine.dispose()


def test_the_app_says_the_record_store_is_unreachable_and_keeps_the_typed_text(
        ws: Workspace) -> None:
    from assistant.ui.app import launch
    from assistant.ui.context import AppContext
    from assistant.ui.handlers.intake import submit_case

    port = _closed_port()
    demo = launch(ws, host="127.0.0.1", port=port, block=False, quiet=True)
    stored, down = ws.engine, make_engine(_down_url())
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as browser:
            assert browser.get("/").status_code == 200
            ws.engine = down  # the database goes away while the app runs
            page = browser.get("/")
            assert page.status_code == 503, page.text
            assert "The record store is unreachable" in page.text
            assert "Cannot reach the record store" in page.text
            assert "Internal Server Error" not in page.text

            class Request:
                username = None

            _, message = AppContext(ws=ws).attempt(
                submit_case, Request(),  # type: ignore[arg-type]
                "Badge printer jams", "The printer jams at every event.", "", "", "", "",
                "", "", "")
            assert "The record store is unreachable" in message
            assert "what you typed is still here" in message
            ws.engine = stored  # back: the same app serves again by itself
            assert browser.get("/").status_code == 200
    finally:
        ws.engine = stored
        down.dispose()
        demo.close()


def test_a_sqlite_file_that_cannot_be_made_is_a_clear_error_too(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreUnavailable, match="Cannot create the record store's folder"):
        make_engine(f"sqlite:///{blocker / 'sub' / 'store.db'}")
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    (tmp_path / "store.db").mkdir()  # a folder where the file should be
    with pytest.raises(StoreUnavailable, match="unable to open database file"):
        engine.connect()
    engine.dispose()
