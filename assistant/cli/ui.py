"""``assistant ui``: serve the web app."""

from __future__ import annotations

import typer

from assistant.cli.common import app, echo, settings, workspace


@app.command("ui")
def ui(
    host: str | None = typer.Option(None, "--host", help="Address to listen on "
                                    "(default 127.0.0.1, or ASSISTANT_UI_HOST)."),
    port: int | None = typer.Option(None, "--port", help="Port (default 7860, or "
                                    "ASSISTANT_UI_PORT)."),
    example: bool = typer.Option(False, "--example", help="Load the bundled example network "
                                 "first (idempotent) and compute its themes."),
) -> None:
    """Open the web app: intake, sessions, review, themes and the playbook."""
    from assistant.ui.app import launch, prepare_example

    ws = workspace()
    if example:
        echo(prepare_example(ws))
    s = settings()
    echo("Loading the embedding model and starting the server…")
    demo = launch(ws, host=host, port=port, block=False, quiet=True)
    # Printed once the model is loaded and the server answers: the first click is fast.
    echo(f"Ready on http://{host or s.ui_host}:{port or s.ui_port}  (Ctrl+C stops)")
    demo.block_thread()
