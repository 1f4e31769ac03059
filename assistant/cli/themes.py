"""``assistant themes``: list, show, recompute, and the steward's decisions."""

from __future__ import annotations

import typer

from assistant.cli.common import app, echo, local_actor, workspace
from assistant.plural import counted

themes_app = typer.Typer(invoke_without_command=True, no_args_is_help=False,
                         help="Recurring themes in cases and sessions, and steering them.")
app.add_typer(themes_app, name="themes")
THEME_ID = typer.Argument(..., help="Theme id (`assistant themes` lists them).")


@themes_app.callback()
def list_(ctx: typer.Context) -> None:
    """Broad themes, each with its sub-themes indented below it (id, size, name,
    keywords); then subjects raised only in sessions, the dismissed themes and the
    novel-case count. A broad
    theme with a single sub-theme (the same cases) is one line that gives the sub-theme's
    id, and its name when it differs, for the commands that act on sub-themes."""
    if ctx.invoked_subcommand is not None:
        return
    from assistant.cluster import (
        ThemeSummary,
        decisions_not_kept,
        dismissed_themes,
        list_themes,
        novel_count,
        theme_tree,
    )
    from assistant.cluster.queries import same_name

    ws = workspace()
    tree = theme_tree(ws)
    rows = list_themes(ws)
    if not rows:
        echo("No themes yet. Run `assistant themes recompute`.")

    def line(t: ThemeSummary, indent: str, extra: str = "") -> str:
        pin = " (pinned)" if t.pinned else ""
        return f"{indent}{t.id}  {t.size:>4}  {t.label}{pin}{extra}  — {', '.join(t.keywords[:6])}"

    shown: set[str] = set()
    for b in tree:
        shown.update(t.id for t in b.subthemes)
        if (only := b.lone) is not None:
            named = "" if same_name(only.label, b.theme.label) else f" {only.label}"
            pin = ", pinned" if only.pinned else ""
            echo(line(b.theme, "", f" [broad; its one sub-theme: {only.id}{named}{pin}]"))
            continue
        echo(line(b.theme, "", f" [broad, {counted(len(b.subthemes), 'sub-theme')}]"))
        for t in b.subthemes:
            echo(line(t, "    "))
    for t in rows:
        if t.id not in shown:
            echo(line(t, "", " [sessions]" if t.source == "sessions" else ""))
    if dismissed := dismissed_themes(ws):
        echo("Dismissed (`assistant themes restore ID` brings one back):")
        for t in dismissed:
            echo(line(t, "  ", " [broad]" if t.level == "broad" else ""))
    echo(f"Novel cases: {novel_count(ws)}")
    if lost := decisions_not_kept(ws):
        echo("The last recompute could not keep these steward decisions:")
        for x in lost:
            echo(f"  - {x}")


@themes_app.command("show")
def show(theme_id: str = typer.Argument(..., help="Theme id.")) -> None:
    """A theme's representatives, session passages and weekly trend."""
    from assistant.cluster import get_theme

    t = get_theme(workspace(), theme_id)
    echo(f"{t.label} ({t.id}) · {counted(t.size, 'case')} · cohesion {t.cohesion:.2f} · "
         f"{t.status}")
    echo(f"Keywords: {', '.join(t.keywords)}")
    echo("Representative cases:")
    for r in t.representatives:
        echo(f"  - {r.case_id}  {r.title}")
    echo("Session passages:")
    for p in t.passages:
        echo(f"  - {p.reference}: {p.snippet[:160]}")
    echo("Trend (new cases per week): "
         + (", ".join(f"{w} {n}" for w, n in t.weekly) or "none"))


@themes_app.command("recompute")
def recompute() -> None:
    """Cluster all cases afresh (ids, names and steward decisions are kept)."""
    from assistant.cluster import recompute_themes

    echo(f"Themes recomputed: {recompute_themes(workspace(), actor=local_actor())}")


@themes_app.command("novel")
def novel() -> None:
    """Cases that fit no theme, with the nearest theme."""
    from assistant.cluster import novel_queue

    for n in novel_queue(workspace()):
        echo(f"{n.case_id}  {n.similarity:.2f}  {n.title}  (nearest: {n.nearest_label})")


@themes_app.command("rename")
def rename(theme_id: str = THEME_ID,
           label: str = typer.Argument(..., help="The new name.")) -> None:
    """Give a theme a name of your own."""
    from assistant.cluster import rename_theme

    echo(f"Renamed to {rename_theme(workspace(), theme_id, label, actor=local_actor())}.")


@themes_app.command("pin")
def pin(theme_id: str = THEME_ID,
        unpin: bool = typer.Option(False, "--unpin", help="Let recomputes change it again.")
        ) -> None:
    """Pin a theme so recomputes never drop it (--unpin to undo)."""
    from assistant.cluster import pin_theme

    done = pin_theme(workspace(), theme_id, pinned=not unpin, actor=local_actor())
    echo("Pinned." if done else "Unpinned.")


@themes_app.command("dismiss")
def dismiss(theme_id: str = THEME_ID) -> None:
    """Dismiss a theme; its cases return to the novel queue."""
    from assistant.cluster import dismiss_theme

    dismiss_theme(workspace(), theme_id, actor=local_actor())
    echo("Dismissed.")


@themes_app.command("restore")
def restore(theme_id: str = THEME_ID) -> None:
    """Undo a dismissal: the theme is listed again and its cases leave the novel queue."""
    from assistant.cluster import restore_theme

    restore_theme(workspace(), theme_id, actor=local_actor())
    echo("Restored.")


@themes_app.command("merge")
def merge(theme_id: str = THEME_ID,
          into: str = typer.Argument(..., help="Theme to merge into.")) -> None:
    """Merge THEME_ID into INTO."""
    from assistant.cluster import merge_themes

    echo(f"Merged into {merge_themes(workspace(), theme_id, into, actor=local_actor())}.")


@themes_app.command("split")
def split(theme_id: str = THEME_ID) -> None:
    """Split a theme in two."""
    from assistant.cluster import split_theme

    kept, new = split_theme(workspace(), theme_id, actor=local_actor())
    echo(f"Split into {kept}, {new}.")


@themes_app.command("broad")
def broad(count: int = typer.Argument(..., help="Broad themes wanted; 0: let the data "
                                                 "choose.")) -> None:
    """Ask for COUNT broad themes (kept for every later recompute) and recompute."""
    from assistant.cluster import set_broad_target
    from assistant.cluster.counts import broad_count_note

    ws = workspace()
    report = set_broad_target(ws, count or None, actor=local_actor())
    echo(f"Themes recomputed: {report}")
    if note := broad_count_note(ws):
        echo(note[0].upper() + note[1:])


@themes_app.command("regroup")
def regroup(theme_id: str = typer.Argument(..., help="Sub-theme id."),
            broad_id: str = typer.Argument(..., help="Broad theme.")) -> None:
    """Put sub-theme THEME_ID under broad theme BROAD_ID."""
    from assistant.cluster import move_subtheme

    move_subtheme(workspace(), theme_id, broad_id, actor=local_actor())
    echo("Moved.")


@themes_app.command("move")
def move(case_id: str = typer.Argument(..., help="Case id (C...)."),
         theme_id: str = typer.Argument(..., help="Theme to move it to.")) -> None:
    """Move a case into a theme."""
    from assistant.cluster import move_case

    move_case(workspace(), case_id, theme_id, actor=local_actor())
    echo(f"Moved case {case_id} to {theme_id}.")
