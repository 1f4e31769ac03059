"""The ``assistant`` command: parses arguments, calls library functions, prints.

Sub-commands live one module per area (``assistant.cli.<area>``) and register on :data:`app`.
"""

from __future__ import annotations

import logging
import sys

import typer

from assistant.cli import actions as _actions  # noqa: F401,E402
from assistant.cli import archive as _archive  # noqa: F401,E402
from assistant.cli import backup as _backup  # noqa: F401,E402

# Each import registers its commands on ``app``.
from assistant.cli import drafts as _drafts  # noqa: F401,E402
from assistant.cli import records as _records  # noqa: F401,E402
from assistant.cli import review as _review  # noqa: F401,E402
from assistant.cli import rhythm as _rhythm  # noqa: F401,E402
from assistant.cli import sessions as _sessions  # noqa: F401,E402
from assistant.cli import themes as _themes  # noqa: F401,E402
from assistant.cli import ui as _ui  # noqa: F401,E402
from assistant.cli.common import app, secho, state
from assistant.errors import AssistantError


def main() -> None:
    """Entry point: user-facing errors print as one message, no traceback, exit code 1."""
    try:
        app(standalone_mode=False)
    except AssistantError as exc:
        secho(f"error: {exc}", fg="red", err=True)
        sys.exit(1)
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:  # usage errors come through here in non-standalone mode
        # Typer 0.29 raises them from its own copy of click, so they are told by class name
        # (click's ClickException or Typer's copy of it), not by isinstance against click.
        if any(c.__name__ == "ClickException" for c in type(exc).__mro__):
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        raise
    finally:
        ws = state.get("ws")
        if ws is not None:
            ws.close()
    logging.shutdown()


__all__ = ["app", "main"]
