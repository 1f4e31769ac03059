"""The command line for users, review, publishing and recap export: thin shells that obey
the same rules, print one-line errors and exit non-zero."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    # a pattern rests on an approved recap: the command line refuses this one, saying why
    code, out = invoke(base, "draft", "pattern", "--recap", recap_id)
    assert code != 0 and "is still a draft, not approved" in out, out
    # exporting asks for more than a review: a steward's approval
    code, out = invoke(base, "recap", "export", recap_id, "--format", "text")
    assert code != 0 and "only an approved or published recap can be exported" in out, out
    assert f"`assistant review submit {recap_id}`, then a steward's" in out, out
    code, out = invoke(base, "recap", "list")
    assert code == 0 and "No approved or published recap yet" in out, out
    code, out = invoke(base, "review", "submit", recap_id)
    assert code == 0 and "in review" in out
    code, out = invoke(base, "recap", "export", recap_id, "--format", "text")
    assert code != 0 and "waits for a steward's approval" in out, out
    assert "review submit" not in out, out
    # a viewer is refused by the library's rule, a wrong password by sign-in
    code, out = invoke(base, "review", "approve", recap_id, "--version", "1", "--as", "vic",
                       input="very secret\n")
    assert code != 0 and "may not approve" in out
    code, out = invoke(base, "review", "approve", recap_id, "--version", "1", "--as",
                       "stella", input="wrong\n")
    assert code != 0 and "Wrong name or password" in out
    # an approval names the version the steward read
    code, out = invoke(base, "review", "approve", recap_id, "--as", "stella",
                       "--comment", "fine", input="correct horse\n")
    assert code != 0 and "--version N" in out and "newest is version 1" in out, out
    code, out = invoke(base, "review", "approve", recap_id, "--version", "1", "--as",
                       "stella", "--comment", "fine", input="correct horse\n")
    assert code == 0 and "version 1 is approved" in out, out

    code, out = invoke(base, "recap", "export", recap_id, "--format", "text")
    assert code == 0 and out.startswith("Recap: Volunteer jam") and out.count("• ") == 5
    code, out = invoke(base, "publish", "--to", str(tmp_path / "site"))
    assert code == 0 and "1 recap" in out, out
    assert (tmp_path / "site" / "html" / "index.html").exists()
    code, out = invoke(base, "recap", "list")  # a published recap is still shared
    assert code == 0 and out.startswith(f"{recap_id}  published  "), out
    code, out = invoke(base, "recap", "export", recap_id, "--format", "text")
    assert code == 0 and out.startswith("Recap: Volunteer jam") and out.count("• ") == 5
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
    assert code == 0 and "6 speaker turns" in out, out
    code, out = invoke(base, "draft", "recap", sid)
    assert code == 0 and "Stored as draft" in out, out
    # The flag count comes with whether those flags stop an approval.
    n_flags = int(out.split("); ")[-1].split()[0])
    assert ("Before approval: " in out) if n_flags else ("Nothing stops its approval" in out)
    code, out = invoke(base, "sessions", "list")
    assert sid in out and "draft" in out and "1 case," in out
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


def test_review_list_marks_drafts_past_their_due_time_as_today_does(tmp_path: Path,
                                                                    embedder) -> None:
    from assistant.review.workflow import inbox, recap_deadlines

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    recap_id = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    late = inbox(ws)[0].late_by
    assert late is not None and late.days > 1  # held in 2025: long past its 24 hours
    assert [r.overdue for r in recap_deadlines(ws)] == [True]  # Today says the same
    ws.close()
    code, out = invoke(["--data-dir", str(data)], "review", "list")
    assert code == 0 and f"{recap_id}  recap" in out
    assert f"(overdue {late.days}d)" in out or f"(overdue {late.days + 1}d)" in out, out
    # approved is not yet sent: the promise is a published recap, and the list says so
    from assistant.review.workflow import approve, submit_for_review
    from tests.sample_data import STELLA

    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    submit_for_review(ws, recap_id, actor=FRAN)
    approve(ws, recap_id, actor=STELLA, override="checked by hand")
    ws.close()
    code, out = invoke(["--data-dir", str(data)], "review", "list")
    assert code == 0 and "d: approved, not yet published)" in out, out


_EDITOR = """import pathlib, sys
p = pathlib.Path(sys.argv[1])
lines = p.read_text(encoding="utf-8").splitlines()
i = next(n for n, line in enumerate(lines) if line.startswith("## "))
lines[i + 1] = "Newcomers drift away after their first month at the food bank."
p.write_text("\\n".join(lines) + "\\n", encoding="utf-8")
"""


def test_review_edit_saves_a_new_version_from_a_file_stdin_or_the_editor(
        tmp_path: Path, embedder, monkeypatch) -> None:
    import shlex
    import sys

    from assistant.review.textedit import editable_text
    from assistant.review.workflow import get_draft, review_thread

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    recap_id = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    text = editable_text(get_draft(ws, recap_id))
    ws.close()
    base = ["--data-dir", str(data)]
    assert text.startswith(f"# Draft {recap_id} (recap about Volunteer jam), version 1")

    # A file: the text under the first heading replaced.
    lines = text.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("## "))
    lines[first + 1] = "New volunteers stop coming after a month."
    edited = tmp_path / "edited.md"
    edited.write_text("\n".join(lines), encoding="utf-8")
    code, out = invoke(base, "review", "edit", recap_id, "--file", str(edited))
    assert code == 0 and f"Saved {recap_id} as version 2" in out, out
    assert "grounding flag" in out and "(s)" not in out
    assert "Before approval" in out or "Nothing stops" in out
    # The same file again was edited from version 1, which is no longer the newest.
    lines[first + 1] = "Something else."
    edited.write_text("\n".join(lines), encoding="utf-8")
    code, out = invoke(base, "review", "edit", recap_id, "--file", str(edited))
    assert code != 0 and "changed while you were editing" in out, out

    # The editor named by EDITOR (VISUAL wins when set), here a small script.
    script = tmp_path / "editor.py"
    script.write_text(_EDITOR, encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    code, out = invoke(base, "review", "edit", recap_id, "--note", "clearer opening")
    assert code == 0 and f"Saved {recap_id} as version 3" in out, out
    code, out = invoke(base, "review", "edit", recap_id)  # the script changes nothing now
    assert code == 0 and "No change" in out and "version 3" in out, out

    # stdin, without the header: saved over the newest version.
    body = "\n\n".join(f"Bullet {i} of the recap." for i in range(5))
    code, out = invoke(base, "review", "edit", recap_id, "--file", "-", input=body)
    assert code == 0 and "as version 4" in out, out

    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    d = get_draft(ws, recap_id)
    assert [v.note for v in d.versions[1:]] == ["edited", "clearer opening", "edited"]
    assert "Newcomers drift away" in d.versions[2].text
    assert [e.action for e in review_thread(ws, recap_id)].count("edit_draft") == 3
    ws.close()

    monkeypatch.delenv("EDITOR")
    code, out = invoke(base, "review", "edit", recap_id)
    assert code != 0 and "No editor is set" in out and "--file" in out, out
    code, out = invoke(base, "review", "submit", recap_id)
    code, out = invoke(base, "review", "approve", recap_id, "--version", "4", "--override",
                       "fine")
    assert code == 0, out
    code, out = invoke(base, "review", "edit", recap_id, "--file", str(edited))
    assert code != 0 and "can no longer be edited" in out, out


def test_every_command_option_and_argument_has_a_help_line() -> None:
    import typer.main

    from assistant.cli import app

    missing: list[str] = []
    long: list[str] = []  # a command's first paragraph is what its group's list shows

    def walk(cmd: object, path: list[str]) -> None:
        if path and not (getattr(cmd, "help", None) or getattr(cmd, "short_help", None)):
            missing.append(" ".join(path))
        first = " ".join((getattr(cmd, "help", None) or "").split("\n\n")[0].split())
        if len(first) > 90:
            long.append(" ".join(path))
        for p in getattr(cmd, "params", []):
            if not getattr(p, "hidden", False) and not getattr(p, "help", None):
                missing.append(" ".join([*path, p.opts[0] if p.opts else p.name]))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    assert missing == [] and long == []
    code, out = invoke([], "review", "--help")
    assert code == 0 and "edit" in out and "Send a draft for review" in out, out


def test_no_command_name_is_registered_twice() -> None:
    """Typer keeps the last of two commands with one name: the other (once `assistant
    restore` for archived records, hidden by the backup's) would be unreachable."""
    import typer

    from assistant.cli import app

    twice: list[str] = []

    def walk(t: typer.Typer, path: str) -> None:
        names = [c.name or (c.callback.__name__ if c.callback else "")
                 for c in t.registered_commands]
        twice.extend(f"{path} {n}".strip() for n in set(names) if names.count(n) > 1)
        for g in t.registered_groups:
            if g.typer_instance is not None:
                walk(g.typer_instance, f"{path} {g.name}")

    walk(app, "")
    assert twice == []


def test_restore_takes_an_archived_record_or_a_backup_by_its_arguments(
        tmp_path: Path, embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    recap_id = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "archive", "draft", recap_id)
    assert code == 0 and f"assistant restore draft {recap_id}" in out, out
    code, out = invoke(base, "review", "list")
    assert recap_id not in out
    code, out = invoke(base, "restore", "draft")
    assert code != 0 and "Give the draft's id" in out, out
    code, out = invoke(base, "restore", "draft", recap_id)
    assert code == 0 and f"Restored draft {recap_id}." in out, out
    code, out = invoke(base, "review", "list")
    assert recap_id in out
    code, out = invoke(base, "backup", str(tmp_path / "b.db"))
    assert code == 0, out
    code, out = invoke(["--data-dir", str(tmp_path / "new")], "restore", str(tmp_path / "b.db"))
    assert code == 0 and "Rebuilt the search index" in out, out


def test_text_copied_from_review_show_reads_back_as_the_same_bullets(tmp_path: Path,
                                                                     embedder) -> None:
    from assistant.review.textedit import bullet_texts, read_edited, without_shown_markers
    from assistant.review.workflow import get_draft

    ws = open_workspace(load_settings(data_dir=tmp_path / "data"), embedder=embedder)
    try:
        d = get_draft(ws, draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id)
        shown = [line for line in d.versions[-1].text.splitlines() if line.startswith("- **")]
        assert any(line.endswith("]") for line in shown)  # review show prints the sources
        # As `review show` prints them, with and without the headings of the editor text.
        assert read_edited("\n\n".join(shown), d)[1] == bullet_texts(d)
        labelled = "\n".join(f"## {b.get('label')}\n{line}" for b, line in
                             zip(d.versions[-1].content["bullets"], shown, strict=True))
        assert read_edited(labelled, d)[1] == bullet_texts(d)
    finally:
        ws.close()
    assert without_shown_markers(
        "Refresh the metadata. [Ana Silva 0:03] [Ana Silva 0:03] ⚠ Not supported (0.01)"
    ) == "Refresh the metadata."
    assert without_shown_markers("See C0eb7442f. [C0eb7442f; Bo Chen 1:02:03]") == \
        "See C0eb7442f."
    assert without_shown_markers("Open it at 10:30 [see page 2]") == \
        "Open it at 10:30 [see page 2]"


def test_a_redraft_does_not_go_over_a_persons_edit_unless_asked(tmp_path: Path,
                                                                 embedder) -> None:
    """The CLI says so before a machine version would go on top of a person's edit, as the
    app asks first; --over-edit drafts anyway and the edit stays in the history."""
    from assistant.review.workflow import get_draft

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    sid = held_session(ws, tmp_path)
    recap_id = draft_recap(ws, sid, actor=FRAN).id
    ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "draft", "recap", sid)  # the machine's own version: no question
    assert code == 0 and f"Stored as draft {recap_id} (v1" in out, out
    body = "\n\n".join(f"Bullet {i} of the recap, as the facilitator put it." for i in range(5))
    code, out = invoke(base, "review", "edit", recap_id, "--file", "-", input=body)
    assert code == 0 and "as version 2" in out, out

    code, out = invoke(base, "draft", "recap", sid)
    assert code != 0 and f"{recap_id}'s latest version (v2) is an edit by" in out, out
    assert "--over-edit" in out and "Traceback" not in out, out
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    assert len(get_draft(ws, recap_id).versions) == 2  # nothing drafted
    ws.close()
    code, out = invoke(base, "draft", "recap", sid, "--over-edit")
    assert code == 0 and f"Stored as draft {recap_id} (v3" in out, out
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    d = get_draft(ws, recap_id)
    assert [v.machine for v in d.versions] == [True, False, True]
    assert "as the facilitator put it" in d.versions[1].text
    ws.close()


@pytest.mark.parametrize(("args", "said"), [(("a b", "--role", "steward"), "not usable"),
                                            (("ann", "--role", "admin"), "Unknown role"),
                                            (("SAM", "--role", "viewer"), "too like")])
def test_users_add_refuses_a_bad_name_or_role_before_asking_a_password(
        tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    code, out = invoke(base, "users", "add", "Sam", "--role", "steward", "--password-stdin",
                       input="correct horse\n")  # the first user: no sign-in
    assert code == 0, out
    code, out = invoke(base, "users", "add", *args, input="correct horse\ncorrect horse\n")
    assert code != 0 and said in out, out
    assert "Password" not in out, out  # refused before the prompt, not after it


def test_users_add_refuses_a_first_user_who_is_not_a_steward_before_asking_a_password(
        tmp_path: Path) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    code, out = invoke(base, "users", "add", "fran", "--role", "facilitator",
                       input="correct horse\ncorrect horse\n")
    assert code != 0 and "No user is a steward yet" in out and "--role steward" in out, out
    assert "Password" not in out, out
    code, out = invoke(base, "users", "list")
    assert "single-user local mode" in out, out


def test_the_over_edit_check_holds_when_an_edit_lands_while_the_cli_drafts(
        tmp_path: Path, embedder, monkeypatch) -> None:
    """The CLI's early look finds no person's edit (as when someone saves one while the
    recap is being drafted): the store, in its own transaction, still refuses to put the
    machine's version over it."""
    import assistant.summarize.drafts as drafts
    from assistant.review.workflow import edit_draft, get_draft

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    sid = held_session(ws, tmp_path)
    d = draft_recap(ws, sid, actor=FRAN)
    edit_draft(ws, d.id, [f"Bullet {i}, as the facilitator put it." for i in range(5)],
               base_version=d.version, actor=FRAN)
    ws.close()
    monkeypatch.setattr(drafts, "person_edit", lambda *a, **k: None)  # the early look: none
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "draft", "recap", sid)
    assert code != 0 and f"{d.id}'s latest version (v2) is an edit by" in out, out
    assert "--over-edit" in out and "Traceback" not in out, out
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    assert [v.machine for v in get_draft(ws, d.id).versions] == [True, False]
    ws.close()
    code, out = invoke(base, "draft", "recap", sid, "--over-edit")
    assert code == 0 and f"Stored as draft {d.id} (v3" in out, out
