"""An invalid setting is refused in one line that names its variable, the value given and
what the setting accepts: from the library (ConfigError), the command line and the app's
start (exit code 1, no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.errors import ConfigError


@pytest.mark.parametrize(("variable", "value", "accepted"), [
    ("ASSISTANT_LLM_TIMEOUT", "abc", "it takes a number"),
    ("ASSISTANT_LLM_RETRIES", "1.5", "it takes a whole number"),
    ("ASSISTANT_LLM_STRUCTURED_OUTPUT", "maybe", "true or false"),
    ("ASSISTANT_TIMEZONE", "Mars/Base", "not a known time zone; use an IANA name"),
    ("ASSISTANT_MAX_UPLOAD_MB", "-1", "a number of more than 0"),
    ("ASSISTANT_MAX_UPLOAD_MB", "0", "a number of more than 0"),
    ("ASSISTANT_UI_PORT", "70000", "a number of at most 65535"),
])
def test_an_invalid_setting_names_its_variable_value_and_what_is_accepted(
        monkeypatch: pytest.MonkeyPatch, variable: str, value: str, accepted: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert f"{variable}={value!r} is not accepted" in message
    assert accepted in message
    assert "\n" not in message and "pydantic" not in message


def test_every_invalid_setting_is_named_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_LLM_TIMEOUT", "soon")
    monkeypatch.setenv("ASSISTANT_MAX_UPLOAD_MB", "0")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "ASSISTANT_LLM_TIMEOUT='soon'" in str(caught.value)
    assert "ASSISTANT_MAX_UPLOAD_MB='0'" in str(caught.value)


def test_any_upload_limit_above_zero_is_accepted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_MAX_UPLOAD_MB", "0.5")
    assert load_settings().max_upload_mb == 0.5
    monkeypatch.setenv("ASSISTANT_MAX_UPLOAD_MB", "1")
    assert load_settings().max_upload_mb == 1.0
    monkeypatch.setenv("ASSISTANT_MAX_UPLOAD_MB", "2.5")
    assert load_settings().max_upload_mb == 2.5


def test_an_invalid_value_passed_in_is_named_as_the_setting() -> None:
    with pytest.raises(ConfigError, match=r"the setting max_upload_mb=-1 is not accepted"):
        load_settings(max_upload_mb=-1)


def test_an_upload_limit_of_zero_is_refused_saying_it_must_be_more_than_zero() -> None:
    with pytest.raises(ConfigError, match=r"more than 0"):
        load_settings(max_upload_mb=0)


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, as a user runs it."""
    root = Path(__file__).resolve().parents[1]
    full = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(root), **env}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=full, cwd=root)


@pytest.mark.parametrize("command", [["status"], ["ui", "--port", "7991"]])
@pytest.mark.parametrize(("variable", "value"), [("ASSISTANT_LLM_TIMEOUT", "abc"),
                                                 ("ASSISTANT_TIMEZONE", "Mars/Base")])
def test_the_command_line_and_the_app_refuse_an_invalid_setting_in_one_line(
        tmp_path: Path, command: list[str], variable: str, value: str) -> None:
    done = _cli({variable: value}, "--data-dir", str(tmp_path / "data"), *command)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "ValidationError" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: {variable}={value!r} is not accepted")
    assert not (tmp_path / "data").exists()  # refused before anything was opened
