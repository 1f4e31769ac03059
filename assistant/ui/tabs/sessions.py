"""Sessions tab: plan a session, open its pre-read, attach its transcript, draft its recap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.store.models import SESSION_FORMATS
from assistant.ui.context import AppContext
from assistant.ui.handlers import sessions as H


def build(ctx: AppContext, open_in_review: Callable[..., list[Any]],
          review_outputs: list[Any]) -> dict[str, Any]:
    """Build the tab. ``open_in_review(draft_id, request)`` fills ``review_outputs`` so a new
    recap opens straight in the Review tab."""
    gr.Markdown("### Plan a session")
    with gr.Row():
        title = gr.Textbox(label="Title", scale=3, elem_id="plan-title")
        fmt = gr.Dropdown(list(SESSION_FORMATS), value=SESSION_FORMATS[0], label="Format",
                          scale=2, elem_id="plan-format")
    with gr.Row():
        date = gr.Textbox(label="Date (YYYY-MM-DD)", elem_id="plan-date")
        start = gr.Textbox(label="Start time (HH:MM)", elem_id="plan-start")
        facilitator = gr.Textbox(label="Facilitator", elem_id="plan-facilitator")
    cases = gr.Dropdown(label="Cases to discuss", choices=[], multiselect=True,
                        elem_id="plan-cases")
    plan = gr.Button("Plan session", variant="primary", elem_id="plan-submit")
    plan_msg = gr.Markdown(elem_id="plan-result")

    gr.Markdown("### Sessions")
    table = gr.Markdown(elem_id="sessions-table")
    with gr.Row():
        picker = gr.Dropdown(label="Session", choices=[], scale=4, elem_id="session-pick")
        refresh = gr.Button("Refresh", scale=1, elem_id="sessions-refresh")
    with gr.Row():
        preread_btn = gr.Button("Open pre-read", elem_id="session-preread")
        recap_btn = gr.Button("Draft recap", variant="primary", elem_id="session-recap")
    transcript = gr.File(label="Transcript (VTT, SRT, DOCX, TXT)", type="filepath",
                         file_types=[".vtt", ".srt", ".docx", ".txt"],
                         elem_id="session-transcript")
    attach = gr.Button("Attach transcript", elem_id="session-attach")
    msg = gr.Markdown(elem_id="session-message")
    preread = gr.Markdown(elem_id="session-preread-text")

    def load(request: gr.Request) -> list[Any]:
        rows, session_choices, case_choices = ctx.run(H.overview, request)
        return [rows, gr.update(choices=list(session_choices)),
                gr.update(choices=list(case_choices))]

    listing = [table, picker, cases]

    def on_plan(t: str, f: str, d: str, s: str, fac: str, cs: list[str] | None,
                request: gr.Request) -> list[Any]:
        message, session_id = ctx.run(H.plan, request, t, f, d, s, fac, cs or [])
        rows, session_choices, case_choices = ctx.run(H.overview, request)
        return [message, rows, gr.update(choices=list(session_choices), value=session_id),
                gr.update(choices=list(case_choices), value=[])]

    def on_preread(session_id: str | None, request: gr.Request,
                   progress: gr.Progress = gr.Progress()) -> str:
        progress(0, desc="Drafting the pre-read…")
        return ctx.run(H.preread, request, session_id)

    def on_attach(session_id: str | None, path: str | None, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Reading and indexing the transcript…")
        message = ctx.run(H.attach, request, session_id, path)
        rows, session_choices, _ = ctx.run(H.overview, request)
        return [message, rows]

    def on_recap(session_id: str | None, request: gr.Request,
                 progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Drafting the recap…")
        message, draft_id = ctx.run(H.draft_recap, request, session_id)
        return [message, *open_in_review(draft_id, request)]

    refresh.click(load, None, listing, show_progress_on=table)
    plan.click(on_plan, [title, fmt, date, start, facilitator, cases],
               [plan_msg, table, picker, cases], show_progress_on=plan_msg)
    preread_btn.click(on_preread, picker, preread, show_progress_on=preread)
    attach.click(on_attach, [picker, transcript], [msg, table], show_progress_on=msg)
    recap_btn.click(on_recap, picker, [msg, *review_outputs], show_progress_on=msg)
    return {"load": load, "outputs": listing, "status": table}
