"""``assistant actions``: the action items recaps carry, as Today and the Review editor show
them: list the open ones, mark one done (or open again), correct who, what or by when."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from assistant.cli.common import app, echo, workspace
from assistant.cli.review import AS_USER, _actor

if TYPE_CHECKING:
    from assistant.summarize.tracking import ActionView

actions_app = typer.Typer(no_args_is_help=True, help="Action items from recaps: list, mark "
                          "done, correct who, what or by when.")
app.add_typer(actions_app, name="actions")

ACTION_ID = typer.Argument(..., metavar="ID", help="Action item id (A...; `assistant actions "
                           "list` shows them).")


def _row(a: ActionView) -> str:
    done = f" (done by {a.done_by})" if a.done and a.done_by else " (done)" if a.done else ""
    late = " — overdue" if a.overdue else ""
    return f"{a.id}  {a.line}{done}{late}  — {a.session_title or a.session_id}"


@actions_app.command("list")
def actions_list(recap: str | None = typer.Option(
                     None, "--recap", metavar="D", help="Every action item of this recap "
                     "draft, done ones included (default: the open ones, as Today lists "
                     "them)."),
                 as_user: str | None = AS_USER) -> None:
    """Open action items from each session's latest recap: overdue first, then by due date."""
    from assistant.auth import require
    from assistant.summarize.tracking import open_actions, recap_actions

    require(_actor(as_user), "read")
    rows = recap_actions(workspace(), recap) if recap else open_actions(workspace())
    if not rows:
        echo(f"Recap {recap} has no action items (`assistant review list --all` shows "
             "the recaps)." if recap else "No open action items.")
    for a in rows:
        echo(_row(a))


@actions_app.command("done")
def actions_done(action_id: str = ACTION_ID,
                 undo: bool = typer.Option(False, "--undo", help="Open it again instead."),
                 as_user: str | None = AS_USER) -> None:
    """Mark an action item done (audited with who and when); it leaves Today."""
    from assistant.summarize.tracking import mark_action

    a = mark_action(workspace(), action_id, done=not undo, actor=_actor(as_user))
    echo(f"{'Open again' if undo else 'Done'}: {a.line}.")


@actions_app.command("correct")
def actions_correct(action_id: str = ACTION_ID,
                    owner: str | None = typer.Option(None, "--owner", help="Who does it "
                                                     "(a person's name)."),
                    action: str | None = typer.Option(None, "--action", help="What is to "
                                                      "be done."),
                    due: str | None = typer.Option(
                        None, "--due", help="By when: a date (2026-04-01) or a phrase "
                        "such as 'by Friday'; '' clears it."),
                    as_user: str | None = AS_USER) -> None:
    """Correct who, what or by when of an action item (audited with before and after).

    What you leave out stays as it is; the correction is what export and publish print."""
    from assistant.errors import AssistantError
    from assistant.summarize.tracking import edit_action, get_action

    if owner is None and action is None and due is None:
        raise AssistantError("Say what to correct: --owner NAME, --action TEXT or --due WHEN "
                             f"(`assistant actions list` shows {action_id}'s current ones).")
    who = _actor(as_user)
    was = get_action(workspace(), action_id)
    a = edit_action(workspace(), action_id, owner=was.owner if owner is None else owner,
                    action=was.action if action is None else action,
                    due=was.due if due is None else due, actor=who,
                    seen=(was.owner, was.action, was.due))
    echo(f"Saved: {a.line}." if a.line != was.line else f"No change: {a.line}.")
