"""The Typer app, global options, and the workspace built once per command."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from assistant.auth import Actor
from assistant.ingest.records import without_bidi_controls

if TYPE_CHECKING:  # settings, SQLAlchemy, numpy, Chroma load on first use, not for --help
    from assistant.config import Settings
    from assistant.workspace import Workspace

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Facilitation assistant for peer learning networks.")
state: dict[str, Any] = {}


@app.callback()
def _global(
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Data folder "
                                         "(default ./assistant-data, or ASSISTANT_DATA_DIR)."),
    database_url: str | None = typer.Option(None, "--database-url", help="Record store URL."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log every stage."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    # Presidio warns at every analyzer start about spaCy entities it keeps unmapped
    # ("Entity MONEY is not mapped ..."): noise for a user, kept under --verbose.
    logging.getLogger("presidio-analyzer").setLevel(logging.INFO if verbose else logging.ERROR)
    state["overrides"] = {"data_dir": data_dir, "database_url": database_url}


def echo(message: object = "", **kwargs: Any) -> None:
    """Print a line as ``typer.echo`` does, without bidi controls: a title or name stored
    before ingest removed them (U+202E and the like) would reorder what the terminal shows.
    Every command prints through here (and :func:`secho`)."""
    typer.echo(without_bidi_controls("" if message is None else str(message)), **kwargs)


def secho(message: object = "", **kwargs: Any) -> None:
    """:func:`echo` with ``typer.secho``'s colours."""
    typer.secho(without_bidi_controls("" if message is None else str(message)), **kwargs)


def settings() -> Settings:
    if "settings" not in state:
        from assistant.config import load_settings

        state["settings"] = load_settings(**state.get("overrides", {}))
    return state["settings"]


def workspace(*, reconcile: bool = True) -> Workspace:
    """The workspace for this command, opened on first use (indexing what an earlier
    crash or index failure left waiting, unless ``reconcile`` is False)."""
    if "ws" not in state:
        from assistant.workspace import open_workspace  # lazy: keeps `--help` fast

        state["ws"] = open_workspace(settings(), reconcile=reconcile)
    return state["ws"]


def local_actor() -> Actor:
    """Who acts from the command line: the machine's operator (role ``local``), named after
    the OS user."""
    import getpass

    try:
        name = getpass.getuser()
    except Exception:
        name = "cli"
    return Actor(name=name, role="local")
