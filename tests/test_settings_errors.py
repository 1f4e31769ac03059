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
                                                 ("ASSISTANT_TIMEZONE", "Mars/Base"),
                                                 ("ASSISTANT_LLM_BASE_URL", "localhost:11434")])
def test_the_command_line_and_the_app_refuse_an_invalid_setting_in_one_line(
        tmp_path: Path, command: list[str], variable: str, value: str) -> None:
    done = _cli({variable: value}, "--data-dir", str(tmp_path / "data"), *command)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "ValidationError" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: {variable}={value!r} is not accepted")
    assert not (tmp_path / "data").exists()  # refused before anything was opened


@pytest.mark.parametrize(("variable", "value"), [
    ("ASSISTANT_LLM_BASE_URL", "localhost:11434"),
    ("ASSISTANT_LLM_BASE_URL", "127.0.0.1:11434/v1"),
    ("ASSISTANT_LLM_BASE_URL", "ftp://models.example.org/v1"),
    ("ASSISTANT_CHROMA_URL", "chroma.internal:8000"),
])
def test_a_url_without_http_or_https_is_refused_at_start(
        monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=r"starting with http:// or https://") as caught:
        load_settings()
    assert f"{variable}={value!r} is not accepted" in str(caught.value)


def test_urls_with_a_scheme_are_taken_and_an_empty_one_means_unset(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", " https://api.openai.com/v1 ")
    assert load_settings().llm_base_url == "https://api.openai.com/v1"
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", "")
    assert load_settings().llm_base_url is None


def test_a_misspelt_variable_is_named_with_the_setting_it_resembles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    from assistant.config import unknown_variables

    env_file = tmp_path / ".env"
    env_file.write_text("ASSISTANT_LLM_BASEURL=http://127.0.0.1:11434/v1\n"
                        "ASSISTANT_LLM_MODEL=llama3.1\n", encoding="utf-8")
    found = unknown_variables({"ASSISTANT_LLM_MODLE": "llama3.1", "ASSISTANT_DATA_DIR": "x",
                               "ASSISTANT_NUMBA_TARGET": "host", "HOME": "/root",
                               "ASSISTANT_COLOUR_SCHEME": "dark"}, env_file)
    assert found == [
        "ASSISTANT_COLOUR_SCHEME (in the environment) is not a setting and is ignored; see "
        "`assistant --help` and the README's configuration table.",
        f"ASSISTANT_LLM_BASEURL (in {env_file}) is not a setting and is ignored; did you "
        "mean ASSISTANT_LLM_BASE_URL?",
        "ASSISTANT_LLM_MODLE (in the environment) is not a setting and is ignored; did you "
        "mean ASSISTANT_LLM_MODEL?"]
    monkeypatch.chdir(tmp_path)  # load_settings reads the .env of the working directory
    with caplog.at_level("WARNING", logger="assistant.config"):
        settings = load_settings()
    assert settings.llm_base_url is None  # the misspelt name set nothing
    assert any("did you mean ASSISTANT_LLM_BASE_URL?" in r.getMessage() for r in caplog.records)


def test_the_command_line_warns_of_a_misspelt_setting_in_the_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ASSISTANT_LLM_MODLE=llama3.1\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                           str(tmp_path / "data"), "status"], capture_output=True, text=True,
                          timeout=120, check=False, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "ASSISTANT_LLM_MODLE (in .env) is not a setting and is ignored; did you mean " \
        "ASSISTANT_LLM_MODEL?" in done.stderr


def test_status_shows_the_settings_in_effect(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _cli({"ASSISTANT_LLM_BASE_URL": "http://127.0.0.1:11434/v1",
                 "ASSISTANT_LLM_MODEL": "llama3.1"}, "--data-dir", str(data), "status")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:4] == [f"data folder: {data.resolve()}",
                         f"database: sqlite:///{data.resolve() / 'assistant.db'}",
                         f"vector index: {data.resolve() / 'chroma'}",
                         "drafter: endpoint http://127.0.0.1:11434/v1, model llama3.1"]
    built_in = _cli({}, "--data-dir", str(data), "status")
    assert "drafter: built-in (extractive, no endpoint configured)" in built_in.stdout


def test_a_database_password_is_never_shown() -> None:
    from assistant.config import effective

    shown = dict(effective(load_settings(
        database_url="postgresql://network:s3cr%40t@db.internal:5432/assistant",
        chroma_url="http://chroma.internal:8000")))
    assert shown["database"] == "postgresql://network:***@db.internal:5432/assistant"
    assert "s3cr" not in " ".join(shown.values())
    assert shown["vector index"] == "Chroma server http://chroma.internal:8000"


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://net:p#ss@db/a", "postgresql://net:***@db/a"),
    ("postgresql://net:pa?ss@db/a", "postgresql://net:***@db/a"),
    ("postgresql://net@db/a?password=pa55&sslmode=require",
     "postgresql://net@db/a?password=***&sslmode=require"),
])
def test_database_passwords_with_url_characters_or_in_the_query_are_masked(
        url: str, shown: str) -> None:
    from assistant.config import effective

    assert dict(effective(load_settings(database_url=url)))["database"] == shown


@pytest.mark.parametrize(("url", "shown"), [
    ("http://chroma:p#ss@chroma.internal:8000", "http://chroma:***@chroma.internal:8000"),
    ("http://chroma:pa?ss@chroma.internal:8000", "http://chroma:***@chroma.internal:8000"),
    ("http://chroma.internal:8000/api?token=t0k&tenant=a",
     "http://chroma.internal:8000/api?token=***&tenant=a"),
])
def test_service_urls_mask_passwords_and_secret_query_values(url: str, shown: str) -> None:
    from assistant.config import effective

    index = dict(effective(load_settings(chroma_url=url)))["vector index"]
    assert index == f"Chroma server {shown}"
