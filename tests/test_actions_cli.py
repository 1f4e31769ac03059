"""Action items from the command line: list, mark done, correct; `review show` and `draft
recap` print them as export does; the approval and publish messages around them."""

from __future__ import annotations

from pathlib import Path

from assistant.config import load_settings
from assistant.summarize import recap_actions
from assistant.workspace import open_workspace
from tests.test_actions_tracking import CONTACT, held_recap
from tests.test_cli_review import invoke


def test_action_items_are_listed_corrected_and_marked_done_from_the_command_line(
        tmp_path: Path, embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        sid, rid = held_recap(ws, tmp_path)
        first, second = recap_actions(ws, rid)
    finally:
        ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "actions", "list")
    assert code == 0 and first.id in out and second.id in out, out
    assert f"{first.id}  Omar Said: send the carrier contact list to security, by Friday " \
        "(2026-11-06) — overdue  — Jam: locked gates" in out  # said Monday 2026-11-02
    code, out = invoke(base, "actions", "correct", first.id, "--owner", "Dana  Kim",
                       "--due", "by Monday")
    assert code == 0 and out.strip() == ("Saved: Dana Kim: send the carrier contact list to "
                                         "security, by Monday (2026-11-02 or 2026-11-09)."), out
    code, out = invoke(base, "actions", "correct", first.id)
    assert code != 0 and "--owner NAME" in out, out
    code, out = invoke(base, "actions", "correct", first.id, "--due", "whenever, really")
    assert code != 0 and "does not read as a deadline" in out, out
    code, out = invoke(base, "actions", "done", second.id)
    assert code == 0 and "Done: Omar Said: update the gate code email template" in out, out
    code, out = invoke(base, "actions", "done", "Anope")
    assert code != 0 and "No action item 'Anope'" in out and "Traceback" not in out, out
    code, out = invoke(base, "actions", "list")
    assert first.id in out and second.id not in out, out
    code, out = invoke(base, "actions", "list", "--recap", rid)
    assert second.id in out and "(done by " in out, out

    # What a reviewer reads is what export will print: the correction and the done mark.
    for args in (("review", "show", rid), ("draft", "recap", sid)):
        code, out = invoke(base, *args)
        assert code == 0, out
        assert "- Dana Kim: send the carrier contact list to security, by Monday " \
            "(2026-11-02 or 2026-11-09) [" in out  # said on that Monday: or a week later
        assert "update the gate code email template, next week (week of 2026-11-09) " \
            "(done) [" in out
        assert "by Friday" not in out, out

    code, out = invoke(base, "actions", "done", second.id, "--undo")
    assert code == 0 and "Open again: Omar Said" in out
    code, out = invoke(base, "actions", "list")
    assert second.id in out


def test_a_contact_in_a_corrected_action_stops_approval_and_is_noted_on_publish(
        tmp_path: Path, embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        _, rid = held_recap(ws, tmp_path)
        first = recap_actions(ws, rid)[0]
    finally:
        ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "actions", "correct", first.id, "--action", CONTACT)
    assert code == 0, out
    code, out = invoke(base, "review", "show", rid)
    assert "+44 7700 900123" in out
    code, out = invoke(base, "review", "submit", rid, "--version", "1")
    assert code == 0, out
    code, out = invoke(base, "review", "approve", rid, "--version", "1")
    assert code != 0 and "action item 1 holds an email address" in out, out
    code, out = invoke(base, "review", "approve", rid, "--version", "1", "--override", "   ")
    assert code != 0 and "the override reason is empty" in out, out
    code, out = invoke(base, "review", "approve", rid, "--version", "1", "--override",
                       "Omar asked to be the contact")
    assert code == 0 and "override recorded" in out, out
    code, out = invoke(base, "publish", "--to", str(tmp_path / "site"))
    assert code == 0 and "holds a phone number (+44 7700 900123)" in out, out
    assert ".." not in out and out.rstrip().endswith("would be published."), out


def test_review_list_takes_as_like_the_other_review_commands(tmp_path: Path,
                                                             embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        _, rid = held_recap(ws, tmp_path)
    finally:
        ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "users", "add", "stella", "--role", "steward",
                       "--password-stdin", input="very secret\n")  # the first user
    assert code == 0, out
    code, out = invoke(base, "users", "add", "vic", "--role", "viewer", "--password-stdin",
                       input="very secret\n")
    assert code == 0, out
    code, out = invoke(base, "review", "list", "--as", "vic", input="very secret\n")
    assert code == 0 and rid in out, out
    code, out = invoke(base, "review", "show", rid, "--as", "vic", input="wrong\n")
    assert code != 0 and "Wrong name or password" in out, out
    code, out = invoke(base, "actions", "done", recap_actions_id(data, embedder, rid),
                       "--as", "vic", input="very secret\n")
    assert code != 0 and "vic (viewer) may not mark an action item done; that needs the " \
        "role facilitator or steward" in " ".join(out.split()), out
    assert "draft" not in out, out  # marking an action done is no draft edit to the reader


def recap_actions_id(data: Path, embedder, rid: str) -> str:
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        return recap_actions(ws, rid)[0].id
    finally:
        ws.close()
