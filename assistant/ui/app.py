"""The web app: a Gradio Blocks app over one workspace.

``build_app(ws)`` makes the Blocks; ``launch(ws, ...)`` serves it. With users defined, Gradio's
login page asks for a name and password (checked by the review library) and every request
then carries the signed-in user name, from which the server derives the actor. With no users,
the app runs in single-user local mode and says so at the top of every page. Which of the
two applies is decided per request (:mod:`assistant.ui.signin`), not once at launch.
"""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from assistant.errors import AssistantError
from assistant.ui import unsaved
from assistant.ui.context import AppContext, as_gr_error
from assistant.ui.handlers import review as review_handlers
from assistant.ui.signin import SignInGate, SignInMiddleware
from assistant.ui.tabs import intake, network, playbook, review, sessions, themes, today
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

LOCAL_NOTE = ("**Single-user local mode.** No users are defined, so anyone who opens this "
              "page acts as the local user with every permission. Add users "
              "(`assistant users add NAME --role steward`) to require sign-in.")

#: System fonts only: the app must render offline, without fetching web fonts.
THEME = gr.themes.Soft(font=["ui-sans-serif", "system-ui", "sans-serif"],
                       font_mono=["ui-monospace", "monospace"])
CSS = """
#who { margin-bottom: 0; }
.gradio-container { max-width: 1400px !important; }
.inline-error { color: #b91c1c; border-left: 4px solid #b91c1c; padding: 4px 10px;
                background: #fef2f2; }
.role-note { color: #475569; font-size: 0.9em; }
table th, table td { word-break: normal !important; overflow-wrap: normal !important; }
table th { white-space: nowrap; }
"""


def sign_in_required(ws: Workspace) -> bool:
    from assistant.review.users import users_defined

    return users_defined(ws)


def build_app(ws: Workspace, *, sign_in: bool | None = None) -> gr.Blocks:
    """The Blocks app. ``sign_in`` True/False fixes sign-in on or off; None (the default)
    follows the store on every request, so users added or removed while the app runs take
    effect at once (see :mod:`assistant.ui.signin`)."""
    ctx = AppContext(ws=ws, sign_in=sign_in)
    with gr.Blocks(title="Facilitation assistant", analytics_enabled=False) as demo:
        with gr.Row():
            gr.Markdown("## Facilitation assistant", elem_id="app-title")
            who = gr.Markdown(elem_id="who")
            sign_out = local_note = None
            if sign_in is not False:
                sign_out = gr.Button("Sign out", link="/logout", size="sm", scale=0,
                                     elem_id="sign-out", visible=bool(sign_in))
        if sign_in is not True:
            local_note = gr.Markdown(LOCAL_NOTE, elem_id="local-mode-note",
                                     visible=not sign_in)
        # Drafts with unsaved text this browser kept (assistant.ui.unsaved), whatever tab
        # the page opens on.
        kept = gr.Textbox(visible="hidden", elem_id="unsaved-pending")
        with gr.Row(visible=False, elem_id="unsaved-banner") as banner:
            banner_note = gr.Markdown(elem_id="unsaved-banner-note")
            banner_open = gr.Button("Open it in Review", scale=0, elem_id="unsaved-banner-open")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Today", id="today", elem_id="tab-today") as t_today:
                today_tab = today.build(ctx)
            with gr.Tab("Intake", id="intake", elem_id="tab-intake") as t_intake:
                intake_tab = intake.build(ctx)
            with gr.Tab("Sessions", id="sessions", elem_id="tab-sessions") as t_sessions:
                # Sessions opens a new recap in the Review tab, so it is built after
                # Review, into this placeholder column.
                sessions_col = gr.Column()
            with gr.Tab("Review", id="review", elem_id="tab-review") as t_review:
                review_tab = review.ReviewTab(ctx)
            with gr.Tab("Themes", id="themes", elem_id="tab-themes") as t_themes:
                themes_tab = themes.build(ctx)
            with gr.Tab("Playbook", id="playbook", elem_id="tab-playbook") as t_playbook:
                playbook_tab = playbook.build(ctx)
            with gr.Tab("Network", id="network", elem_id="tab-network") as t_network:
                network_tab = network.build(ctx)

        def open_in_review(draft_id: str, request: gr.Request) -> list[Any]:
            table, choices = ctx.run(review_handlers.inbox, request, draft_id)
            view = ctx.run(review_handlers.open_draft, request, draft_id)
            return [gr.Tabs(selected="review"), table,
                    gr.update(choices=list(choices), value=draft_id), *review_tab.render(view)]

        def open_from_today(key: str | None, request: gr.Request) -> list[Any]:
            from assistant.ui.handlers import today as today_handlers

            keep = [gr.update()] * (3 + len(review_tab.view_outputs))
            if not key:
                return ["", *keep]
            res, error = ctx.attempt(today_handlers.open_item, request, key)
            if error or res is None:
                return [error, *keep]
            text, draft_id = res
            if draft_id is None:
                return [text, *keep]
            return [text, *open_in_review(draft_id, request)]

        def show_kept(raw: str) -> list[Any]:
            found = unsaved.pending(raw)
            return [gr.update(visible=bool(found.note)), found.note]

        kept.change(show_kept, kept, [banner, banner_note], show_progress="hidden")

        def open_kept(raw: str, request: gr.Request) -> list[Any]:
            found = unsaved.pending(raw)
            keep = [gr.update()] * (3 + len(review_tab.view_outputs))
            if not found.draft:
                return [gr.update(visible=False), "", *keep]
            _, error = ctx.attempt(review_handlers.open_draft, request, found.draft)
            if error:  # gone, or not this user's to read: say so where the note was
                return [gr.update(), error, *keep]
            return [gr.update(visible=False), "", *open_in_review(found.draft, request)]

        banner_open.click(open_kept, kept,
                          [banner, banner_note, tabs, review_tab.inbox, review_tab.picker,
                           *review_tab.view_outputs], show_progress_on=banner_note)

        today_tab["pick"].input(
            open_from_today, today_tab["pick"],
            [today_tab["opened"], tabs, review_tab.inbox, review_tab.picker,
             *review_tab.view_outputs], show_progress_on=today_tab["opened"])

        with sessions_col:
            sessions_tab = sessions.build(
                ctx, open_in_review,
                [tabs, review_tab.inbox, review_tab.picker, *review_tab.view_outputs])

        def who_is_here(request: gr.Request) -> str:
            actor = ctx.actor(request)
            if actor.role == "local":
                return "Signed in as **local** (every permission)"
            return f"Signed in as **{actor.name}** ({actor.role})"

        toggles = [c for c in (sign_out, local_note) if c is not None]

        def on_load(request: gr.Request) -> list[Any]:
            try:
                signed = ctx.signing_in()
                who_text = who_is_here(request)
            except AssistantError as exc:  # the record store is down: say so, readably
                raise as_gr_error(exc) from exc
            shown = [gr.update(visible=signed if c is sign_out else not signed)
                     for c in toggles]
            return [who_text, *shown]

        demo.load(on_load, None, [who, *toggles], show_progress_on=who)
        # The browser keeps unsaved editor text and warns before the page is left with it.
        demo.load(None, None, None, js=unsaved.INSTALL_JS)
        demo.load(None, None, kept, js=unsaved.PENDING_JS)
        # What this role may not do is hidden (with a note giving the reason) before anyone can
        # click it; the library refuses it anyway.
        def apply_gates(request: gr.Request) -> list[Any]:
            try:
                return ctx.gate_updates(request)
            except AssistantError as exc:
                raise as_gr_error(exc) from exc

        demo.load(apply_gates, None, [c for c, _ in ctx.gates] + [n for n, *_ in ctx.notes],
                  show_progress="hidden")
        demo.load(today_tab["load"], None, today_tab["outputs"],
                  show_progress_on=today_tab["status"])
        # Today loads with the page and again whenever it is opened (an edit made on another
        # tab shows at once); the other tabs load when opened, so a slow screen costs
        # nothing until someone looks at it.
        for tab, built in ((t_today, today_tab), (t_intake, intake_tab),
                           (t_sessions, sessions_tab),
                           (t_themes, themes_tab), (t_playbook, playbook_tab),
                           (t_network, network_tab)):
            tab.select(built["load"], None, built["outputs"], show_progress_on=built["status"])
        t_review.select(review_tab.load_inbox, review_tab.picker,
                        [review_tab.inbox, review_tab.picker], show_progress_on=review_tab.inbox)
    return demo


def prepare_example(ws: Workspace) -> str:
    """Load the bundled example network (idempotent) with its themes computed; a one-line
    summary of what was done (the same as ``assistant example``)."""
    from assistant.auth import LOCAL
    from assistant.examples import prepare_example_network

    loaded, themes = prepare_example_network(ws, actor=LOCAL)
    return f"Example network: {loaded}; themes: {themes}"


def warm_up(ws: Workspace) -> float:
    """Load what the first click would otherwise wait for: the embedding model (one real
    forward pass, past the cache), the index collections, the drafting and theme modules.
    Returns the seconds it took."""
    import time

    t0 = time.perf_counter()
    inner = getattr(ws.embedder, "inner", ws.embedder)
    vec = inner.embed(["warm up the embedding model"])[0]
    from assistant.index.vectors import KINDS

    for kind in KINDS:
        ws.index.query(kind, vec, 1)
    import assistant.archive  # noqa: F401
    import assistant.cluster.service  # noqa: F401
    import assistant.summarize  # noqa: F401

    return time.perf_counter() - t0


def launch(ws: Workspace, *, host: str | None = None, port: int | None = None,
           block: bool = True, quiet: bool = False, sign_in: bool | None = None,
           gate: SignInGate | None = None) -> gr.Blocks:
    """Serve the app on ``host:port`` (defaults from Settings); returns the Blocks.

    ``sign_in`` None (the default) decides on every request from the users in the store;
    ``block=False`` returns at once with the server running in a background thread (stop it
    with ``.close()``)."""
    gate = gate or SignInGate(ws, forced=sign_in)
    log.info("warmed up in %.1f s", warm_up(ws))
    demo = build_app(ws, sign_in=sign_in)
    demo.queue(default_concurrency_limit=4)
    host, port = host or ws.settings.ui_host, port or ws.settings.ui_port
    try:
        _launch(demo, ws, gate, host, port, block, quiet)
    except ValueError as e:
        # Gradio's start-up check gives the new server five HEAD requests of 3 s and gives
        # up at the first timeout: on a loaded machine the first page can take longer.
        if "localhost is not accessible" not in str(e):
            raise
        url = f"http://{_local(host)}:{port}/"
        if not _answers(url):
            demo.close()
            raise AssistantError(f"The app started but {url} did not answer within 60 s; "
                                 "check that nothing blocks that address (a proxy: set "
                                 "NO_PROXY=127.0.0.1,localhost).") from e
        log.info("the app's first page took more than Gradio's start-up check allows")
        if block:
            demo.block_thread()
    return demo


def _local(host: str) -> str:
    """Where this machine reaches a server bound to ``host``."""
    return "127.0.0.1" if host in ("0.0.0.0", "", "::") else host


def _answers(url: str, seconds: float = 60.0) -> bool:
    """Whether ``url`` answers (any status below 500) within ``seconds``."""
    import time

    import httpx

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if httpx.head(url, timeout=10, trust_env=False).status_code < 500:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    return False


def _launch(demo: gr.Blocks, ws: Workspace, gate: SignInGate, host: str, port: int,
            block: bool, quiet: bool) -> None:
    demo.launch(
        server_name=host,
        server_port=port,
        # The gate switches Gradio's login on and off per request (SignInMiddleware).
        auth=gate.check,  # type: ignore[arg-type]  # Gradio awaits a coroutine check
        app_kwargs={"middleware": [Middleware(SignInMiddleware, gate=gate)]},
        max_file_size=int(ws.settings.max_upload_mb * 1024 * 1024),
        auth_message=("Sign in with the name and password a steward gave you. After five "
                      "wrong passwords, sign-in pauses: the Login button then does nothing "
                      "for a while (2 s, doubling with each further try, at most 15 min). "
                      "Wait, or ask a steward to set a new password."),
        prevent_thread_lock=not block,
        quiet=quiet,
        show_error=True,
        footer_links=[],
        theme=THEME,
        css=CSS,
        ssr_mode=False,
    )
