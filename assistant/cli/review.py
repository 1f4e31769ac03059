"""``assistant users``, ``assistant review``, ``assistant publish`` and ``assistant recap``.

On the command line you act as the machine's operator (who holds the database anyway), or,
with ``--as NAME``, as a user after typing their password, so their role's rules apply.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import typer

from assistant.auth import Actor
from assistant.cli.common import app, echo, local_actor, workspace
from assistant.errors import AssistantError
from assistant.plural import counted

users_app = typer.Typer(no_args_is_help=True, help="Users and their roles; with any user, "
                        "the app asks for sign-in.")
review_app = typer.Typer(no_args_is_help=True, help="Drafts: list, show, edit, submit, approve, "
                         "reject; the quarterly theme review.")
recap_app = typer.Typer(no_args_is_help=True, help="Approved recaps, ready to share.")
app.add_typer(users_app, name="users")
app.add_typer(review_app, name="review")
app.add_typer(recap_app, name="recap")

#: The CLI runs with the store's own credentials, so ``--as`` applies a role's rules rather
#: than guarding the data; a wrong password still costs a pause, as in the app.
WRONG_PASSWORD_PAUSE_S = 2.0

AS_USER = typer.Option(None, "--as", help="Act as this user (asks for their password).")


def _version_option(required: bool) -> Any:
    return typer.Option(None, "--version", metavar="N", help=(
        "The version you read (`assistant review show ID` prints it); refused if someone "
        "saved a newer one since." + (" Required." if required else "")))
DRAFT_ID = typer.Argument(..., help="Draft id (D...; `assistant review list` shows them).")


def _actor(as_user: str | None) -> Actor:
    if not as_user:
        return local_actor()
    from assistant.review.users import actor_of, authenticate

    if sys.stdin.isatty():
        password = typer.prompt(f"Password for {as_user}", hide_input=True)
    else:  # piped: read it quietly (a hidden prompt warns that it cannot hide a pipe)
        password = sys.stdin.readline().rstrip("\r\n")
    user = authenticate(workspace(), as_user, password)
    if user is None:
        time.sleep(WRONG_PASSWORD_PAUSE_S)  # a script guessing passwords gets one per pause
        raise AssistantError(f"Wrong name or password for {as_user!r}.")
    return actor_of(user)


@users_app.command("add")
def users_add(name: str = typer.Argument(..., help="The user's sign-in name."),
              role: str = typer.Option(..., "--role", help="facilitator, steward or viewer"),
              password_stdin: bool = typer.Option(False, "--password-stdin",
                                                  help="Read the password from stdin."),
              as_user: str | None = AS_USER) -> None:
    """Add a user; the password is asked for (never given on the command line)."""
    from assistant.review.users import add_user, check_new_user

    check_new_user(name, role, workspace())  # refused before any password is asked
    who = _actor(as_user)  # sign in first: stdin gives that password, then the new one
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt(f"Password for {name}", hide_input=True,
                                confirmation_prompt=True)
    u = add_user(workspace(), name, role=role, password=password, actor=who)
    echo(f"Added {u.name} ({u.role}). The app now asks everyone to sign in.")


@users_app.command("list")
def users_list() -> None:
    """Every user with their role."""
    from assistant.review.users import list_users

    rows = list_users(workspace())
    if not rows:
        echo("No users: the app runs in single-user local mode.")
    for u in rows:
        echo(f"{u.name:20} {u.role:12} added {u.created_at:%Y-%m-%d}")


@users_app.command("remove")
def users_remove(name: str = typer.Argument(..., help="The user's sign-in name."),
                 as_user: str | None = AS_USER,
                 yes: bool = typer.Option(False, "--yes", help="Confirm removing the last "
                                          "user, which turns sign-in off.")) -> None:
    """Remove a user; their signed-in sessions end."""
    from assistant.review.users import list_users, remove_user

    last = [u.name for u in list_users(workspace())] == [name]
    remove_user(workspace(), name, actor=_actor(as_user), force=yes)
    echo(f"Removed {name}." + (" No users are left: the app now runs in single-user "
                                     "local mode, without sign-in." if last else ""))


@users_app.command("password")
def users_password(name: str = typer.Argument(..., help="The user's sign-in name."),
                   password_stdin: bool = typer.Option(
                       False, "--password-stdin", help="Read the new password from stdin."),
                   as_user: str | None = AS_USER) -> None:
    """Set a new password; the user's signed-in sessions end."""
    from assistant.review.users import set_password

    who = _actor(as_user)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt(f"New password for {name}", hide_input=True,
                                confirmation_prompt=True)
    set_password(workspace(), name, password, actor=who)
    echo(f"Changed the password of {name}; their open sessions have ended.")


@review_app.command("list")
def review_list(all_: bool = typer.Option(False, "--all", help="Include published drafts."),
                as_user: str | None = AS_USER) -> None:
    """Drafts waiting for work, most urgent first (for a steward, those in review)."""
    from assistant.review.workflow import inbox

    rows = inbox(workspace(), actor=_actor(as_user), include_published=all_)
    if not rows:
        echo("No drafts waiting.")
    for d in rows:
        due = f" due {d.deadline:%Y-%m-%d %H:%M %Z}" if d.deadline else ""
        if d.late_by is not None:  # the library's notion of overdue, as Today shows it
            due += (f" (published {_span(d.late_by)} late)" if d.status == "published"
                    # the promise is a published recap: approval alone does not keep it
                    else f" (overdue {_span(d.late_by)}: approved, not yet published)"
                    if d.status == "approved" else f" (overdue {_span(d.late_by)})")
        echo(f"{d.id}  {d.kind:11} {d.status:10} {d.subject}{due}"
             + (f"  ({d.checks()})" if d.checks() else ""))


def _span(t: dt.timedelta) -> str:
    """``2d`` from two days on, ``5h`` below a day (at least ``1h``)."""
    return f"{t.days}d" if t.days else f"{max(1, int(t.total_seconds() // 3600))}h"


@review_app.command("show")
def review_show(draft_id: str = DRAFT_ID, diff: bool = typer.Option(
                    False, "--diff", help="Diff the machine draft and the latest text."),
                as_user: str | None = AS_USER) -> None:
    """A draft's latest text, its status and who wrote that version."""
    from assistant.auth import require
    from assistant.review.workflow import diff_versions, get_draft, shown_text

    require(_actor(as_user), "read")
    d = get_draft(workspace(), draft_id)
    v = d.versions[-1]
    echo(f"{d.id}: {d.kind} about {d.subject} — {d.status}, v{v.number} by {v.author}")
    echo(shown_text(workspace(), d.id))  # a recap's action items as export prints them
    if diff and v.number > 1:
        echo(diff_versions(workspace(), d.id, 1, v.number))


@review_app.command("edit")
def review_edit(draft_id: str = DRAFT_ID,
                file: str | None = typer.Option(
                    None, "--file", metavar="F", help="Read the edited text from F ('-': "
                    "stdin) instead of opening $VISUAL or $EDITOR."),
                note: str = typer.Option("", "--note", help="Why it changed (kept with the "
                                         "version)."),
                as_user: str | None = AS_USER) -> None:
    """Edit a draft in $VISUAL / $EDITOR (or from --file) and save a new version.

    Saved as the app's editor saves: grounding flags re-checked, the edit audited, a
    version saved meanwhile refused."""
    from assistant.auth import require
    from assistant.review.textedit import editable_text, read_edited_cited, unchanged
    from assistant.review.workflow import check_editable, draft_name, edit_draft, get_draft

    who = _actor(as_user)
    require(who, "edit_draft")  # before anyone types into an editor for nothing
    ws = workspace()
    d = get_draft(ws, draft_id)
    check_editable(d.status, draft_name(d.kind, d.subject))
    if file == "-":
        text = sys.stdin.read()
    elif file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise AssistantError(f"Cannot read {file}: {exc.strerror or exc}.") from None
    else:
        text = _in_editor(editable_text(d))
    latest = d.versions[-1].number
    try:
        base, texts, typed = read_edited_cited(text, d)
        if unchanged(d, texts, typed):
            echo(f"No change: {d.id} stays at version {latest}.")
            return
        v = edit_draft(ws, d.id, texts, base_version=base or latest, actor=who, note=note,
                       sources=typed)
    except AssistantError as exc:
        if file:  # the user still has the file
            raise
        raise type(exc)(f"{exc} Your text is kept in {_keep(d.id, text)}: fix it there "
                        f"and run `assistant review edit {d.id} --file` with it (without "
                        "its first line, it is saved over the newest version).") from None
    echo(f"Saved {d.id} as version {v.number}; {counted(len(v.flags), 'grounding flag')}.")
    _say_blockers(d.kind, d.id)


def _in_editor(text: str) -> str:
    """``text`` after the user edited it in ``$VISUAL`` or ``$EDITOR``."""
    import os
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise AssistantError("No editor is set. Set VISUAL or EDITOR (e.g. `export "
                             "EDITOR=nano`), or give the text with --file F (--file - "
                             "reads it from stdin).")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.md"
        path.write_text(text, encoding="utf-8")
        try:
            done = subprocess.run([*shlex.split(editor), str(path)], check=False)
        except OSError as exc:
            raise AssistantError(f"Cannot start the editor {editor!r}: "
                                 f"{exc.strerror or exc}. Check VISUAL / EDITOR, or use "
                                 "--file F.") from None
        if done.returncode != 0:
            raise AssistantError(f"The editor {editor!r} exited with code "
                                 f"{done.returncode}; nothing was saved.")
        return path.read_text(encoding="utf-8")


def _keep(draft_id: str, text: str) -> Path:
    """Keep text typed in the editor that could not be saved, so it is not lost."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f"{draft_id}-", suffix=".md")
    with open(fd, "w", encoding="utf-8") as f:
        f.write(text)
    return Path(name)


def _say_blockers(kind: str, draft_id: str) -> None:
    """Whether the draft's flags, empty fields or contact details stop its approval (gated
    kinds only)."""
    from assistant.review.gate import GATED_KINDS
    from assistant.review.workflow import approval_blockers

    if kind in GATED_KINDS:
        held = approval_blockers(workspace(), draft_id)
        echo("Before approval: " + "; ".join(held) + " (or a steward's override)."
             if held else "Nothing stops its approval.")


@review_app.command("submit")
def review_submit(draft_id: str = DRAFT_ID, as_user: str | None = AS_USER,
                  version: int | None = _version_option(False)) -> None:
    """Send a draft for review: a steward approves or rejects it."""
    from assistant.review.workflow import submit_for_review

    submit_for_review(workspace(), draft_id, actor=_actor(as_user), version=version)
    echo(f"{draft_id} is in review.")


@review_app.command("approve")
def review_approve(draft_id: str = DRAFT_ID,
                   comment: str = typer.Option("", "--comment", help="Kept with the "
                                               "approval in the review thread."),
                   override: str = typer.Option(
                       "", "--override", help="Approve despite open grounding flags or empty "
                       "required fields; the reason is kept in the audit log."),
                   as_user: str | None = AS_USER,
                   version: int | None = _version_option(True)) -> None:
    """Approve the version you read of a draft in review (stewards).

    An approved pattern joins the playbook; a version saved after yours is refused."""
    from assistant.review.workflow import approve, get_draft

    if version is None:  # an approval is of the text the steward read, never of "whatever"
        d = get_draft(workspace(), draft_id)
        v = d.versions[-1]
        raise AssistantError(f"Name the version you read: `assistant review approve "
                             f"{draft_id} --version N`. Its newest is version {v.number} "
                             f"by {v.author}; `assistant review show {draft_id}` prints it.")
    approve(workspace(), draft_id, comment=comment, override=override,
            actor=_actor(as_user), version=version)
    echo(f"{draft_id} version {version} is approved"
         + (" (override recorded)." if override.strip() else "."))


@review_app.command("reject")
def review_reject(draft_id: str = DRAFT_ID, comment: str = typer.Option(..., "--comment",
                                                             help="What the author must fix."),
                  as_user: str | None = AS_USER,
                  version: int | None = _version_option(False)) -> None:
    """Send a draft in review back to its author, saying what to fix."""
    from assistant.review.workflow import reject

    reject(workspace(), draft_id, comment=comment, actor=_actor(as_user), version=version)
    echo(f"{draft_id} is back with its author as a draft.")


@app.command("publish")
def publish_cmd(to: Path | None = typer.Option(None, "--to", help="Output folder (default "
                                                "<data dir>/playbook)."),
                as_user: str | None = AS_USER) -> None:
    """Publish approved patterns and recaps as Markdown (MkDocs), static HTML and JSON."""
    from assistant.publish import publish

    echo(f"Published {publish(workspace(), to=to, actor=_actor(as_user))}")


@recap_app.command("list")
def recap_list() -> None:
    """The recaps that can be shared (approved and published), newest approval first."""
    from assistant.publish import shareable_recaps

    rows = shareable_recaps(workspace())
    if not rows:
        echo("No approved or published recap yet (`assistant review list` shows the drafts).")
    for r in rows:
        echo(f"{r.id}  {r.status:9}  {r.session_date or 'undated'}  {r.session_title}")


@recap_app.command("export")
def recap_export(draft_id: str = DRAFT_ID, fmt: str = typer.Option("markdown", "--format",
                                                        help="markdown or text")) -> None:
    """Print an approved or published recap as Markdown or as text for email or chat.

    `assistant recap list` names them."""
    from assistant.publish import export_recap

    echo(export_recap(workspace(), draft_id, fmt=fmt), nl=False)
