"""``assistant draft``: pre-reads, recaps and pattern candidates, stored as drafts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from assistant.cli.common import app, echo, local_actor, workspace
from assistant.errors import AssistantError
from assistant.plural import counted

if TYPE_CHECKING:  # the drafting stack loads only when a command drafts
    from assistant.summarize.service import DraftRecord

draft_app = typer.Typer(no_args_is_help=True,
                        help="Draft pre-reads, recaps, theme labels and pattern candidates.")
app.add_typer(draft_app, name="draft")


def _show(d: DraftRecord) -> None:
    from assistant.review.gate import GATED_KINDS
    from assistant.review.workflow import approval_blockers, shown_text

    # A recap's action items as stored: a correction or done mark made on an earlier
    # recap of the session carries over, and export prints them so.
    echo(shown_text(workspace(), d.id) if d.kind == "recap" else d.text)
    extra = f", fell back: {d.fallback_reason}" if d.fallback_reason else ""
    echo(f"Stored as draft {d.id} (v{d.version}, {d.backend}{extra}); "
         f"{counted(len(d.flags), 'grounding flag')}.")
    if d.kind in GATED_KINDS:  # say whether those flags stop an approval
        held = approval_blockers(workspace(), d.id)
        echo("Before approval: " + "; ".join(held) + " (or a steward's override)."
             if held else "Nothing stops its approval (an empty optional field is "
             "only a note)." if d.flags else "Nothing stops its approval.")


_OVER_EDIT = typer.Option(False, "--over-edit",
                          help="Draft even when the open draft's latest version is a "
                               "person's edit (the edit stays in its history)")


def _over_edit_refused(draft_id: str, version: int, author: str) -> AssistantError:
    return AssistantError(
        f"Draft {draft_id}'s latest version (v{version}) is an edit by {author or 'a person'}; "
        f"a new draft would become the current version over it. Read it with `assistant "
        f"review show {draft_id}`, or run again with --over-edit to draft anyway (the edit "
        f"stays in the draft's history).")


def _keep_edit(kind: str, subject_type: str, subject_id: str, over_edit: bool) -> None:
    """Refuse to put a machine version on top of a person's edit unless asked to (the app
    asks first, too): before drafting, so nothing is drafted in vain; the store checks
    again in its transaction (an edit saved meanwhile)."""
    from assistant.summarize.drafts import person_edit

    if over_edit or (held := person_edit(workspace(), kind, subject_type, subject_id)) is None:
        return
    raise _over_edit_refused(*held)


def _draft(kind: str, session: str, over_edit: bool) -> None:
    from assistant.summarize import draft_preread, draft_recap
    from assistant.summarize.drafts import OverEdit

    _keep_edit(kind, "session", session, over_edit)
    make = draft_recap if kind == "recap" else draft_preread
    try:
        d = make(workspace(), session, actor=local_actor(), over_edit=over_edit)
    except OverEdit as e:
        raise _over_edit_refused(e.draft_id, e.version, e.author) from None
    _show(d)


@draft_app.command("preread")
def preread(session: str = typer.Argument(..., help="Session id"),
            over_edit: bool = _OVER_EDIT) -> None:
    """One-page pre-read for a planned session."""
    _draft("preread", session, over_edit)


@draft_app.command("recap")
def recap(session: str = typer.Argument(..., help="Session id"),
          over_edit: bool = _OVER_EDIT) -> None:
    """Five-bullet recap from the session's transcript."""
    _draft("recap", session, over_edit)


@draft_app.command("pattern")
def pattern(theme: str | None = typer.Option(None, "--theme", help="Theme id"),
            recap_id: str | None = typer.Option(None, "--recap", help="Recap draft id")) -> None:
    """Pattern candidate from a theme or an approved recap draft."""
    from assistant.summarize import draft_pattern

    if bool(theme) == bool(recap_id):
        raise AssistantError("Give exactly one of --theme ID or --recap ID.")
    _show(draft_pattern(workspace(), recap_id=recap_id, theme_id=theme, actor=local_actor()))


@draft_app.command("labels")
def labels() -> None:
    """Label and describe every active theme."""
    from assistant.summarize import label_themes

    rows = label_themes(workspace(), actor=local_actor())
    if not rows and not rows.kept:
        echo("No themes yet. Run `assistant themes recompute`.")
    for d in rows:
        _show(d)
    for e in rows.kept:  # the model failed over a person's edit: the edit stays
        echo(str(e))
