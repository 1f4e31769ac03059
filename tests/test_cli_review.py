"""The command line for users, review, publishing and recap export: thin shells that obey
the same rules, print one-line errors and exit non-zero."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from assistant.config import load_settings
from assistant.summarize import draft_recap
from assistant.workspace import open_workspace
from tests.sample_data import FRAN, TRANSCRIPT
from tests.test_review_workflow import held_session


def invoke(base: list[str], *args: str, input: str | None = None) -> tuple[int, str]:
    from assistant.cli import app
    from assistant.cli.common import state

    state.clear()
    r = CliRunner().invoke(app, [*base, *args], input=input)
    ws = state.get("ws")
    if ws is not None:
        ws.close()
    state.clear()
    return r.exit_code, r.output + (str(r.exception) if r.exception else "")


def test_users_review_publish_and_export_from_the_command_line(tmp_path: Path,
                                                               embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    recap_id = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    ws.close()
    base = ["--data-dir", str(data)]

    code, out = invoke(base, "users", "add", "stella", "--role", "steward",
                       "--password-stdin", input="correct horse\n")
    assert code == 0 and "Added stella (steward)" in out, out
    code, out = invoke(base, "users", "add", "vic", "--role", "viewer", "--password-stdin",
                       "--as", "stella", input="correct horse\nvery secret\n")
    assert code == 0, out
    code, out = invoke(base, "users", "list")
    assert "stella" in out and "viewer" in out

    code, out = invoke(base, "review", "list")
    assert code == 0 and recap_id in out and "draft" in out
    code, out = invoke(base, "review", "submit", recap_id)
    assert code == 0 and "in review" in out
    # a viewer is refused by the library's rule, a wrong password by sign-in
    code, out = invoke(base, "review", "approve", recap_id, "--as", "vic",
                       input="very secret\n")
    assert code != 0 and "may not approve" in out
    code, out = invoke(base, "review", "approve", recap_id, "--as", "stella",
                       input="wrong\n")
    assert code != 0 and "Wrong name or password" in out
    code, out = invoke(base, "review", "approve", recap_id, "--as", "stella",
                       "--comment", "fine", input="correct horse\n")
    assert code == 0 and "approved" in out, out

    code, out = invoke(base, "recap", "export", recap_id, "--format", "text")
    assert code == 0 and out.startswith("Recap: Volunteer jam") and out.count("• ") == 5
    code, out = invoke(base, "publish", "--to", str(tmp_path / "site"))
    assert code == 0 and "1 recap" in out, out
    assert (tmp_path / "site" / "html" / "index.html").exists()
    code, out = invoke(base, "review", "reject", recap_id, "--comment", "too late")
    assert code != 0 and "only a draft in review can be rejected" in out


def test_a_facilitator_plans_a_session_attaches_its_transcript_and_drafts_from_the_cli(
        tmp_path: Path, embedder) -> None:
    from assistant.ingest.service import add_case

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    case_id = add_case(ws, {"title": "Volunteers drift away", "problem": "New volunteers "
                            "stop showing up within four weeks."}, actor=FRAN).case_id
    ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "sessions", "plan", "Volunteer jam", "--format", "office hours",
                       "--date", "2025-03-14", "--start", "15:00", "--case", case_id)
    assert code == 0 and out.startswith("Planned S"), out
    sid = out.split()[1].rstrip(":")
    code, out = invoke(base, "draft", "recap", sid)
    assert code != 0 and "assistant sessions attach" in out  # no transcript yet: says how
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    code, out = invoke(base, "sessions", "attach", sid, str(vtt))
    assert code == 0 and "6 turns" in out, out
    code, out = invoke(base, "draft", "recap", sid)
    assert code == 0 and "Stored as draft" in out, out
    # The flag count comes with whether those flags stop an approval.
    n_flags = int(out.split("); ")[-1].split()[0])
    assert ("Before approval: " in out) if n_flags else ("Nothing stops its approval" in out)
    code, out = invoke(base, "sessions", "list")
    assert sid in out and "draft" in out and "1 case(s)" in out
    code, out = invoke(base, "sessions", "plan", "Bad", "--format", "party")
    assert code != 0 and "party" in out


def test_usage_errors_print_one_message_without_a_traceback(tmp_path: Path) -> None:
    """The installed entry point (``assistant.cli:main``), run as a user runs it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for args, said in ((["no-such-command"], "No such command"),
                       (["ingest"], "Missing argument"),
                       (["search", "x", "--limit", "0"], "--limit"),
                       (["review", "reject", "D0"], "Missing option '--comment'")):
        r = subprocess.run([sys.executable, "-c", "from assistant.cli import main; main()",
                            "--data-dir", str(tmp_path / "data"), *args],
                           capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 2, (args, r.stderr)
        assert said in r.stderr and "Traceback" not in r.stderr and "╭" not in r.stderr, \
            r.stderr
        assert len(r.stderr.strip().splitlines()) <= 5, r.stderr
