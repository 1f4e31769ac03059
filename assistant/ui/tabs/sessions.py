"""Sessions tab: plan a session, open its pre-read, attach its transcript (or move it to the
right session), draft its recap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import records as R
from assistant.ui.handlers import sessions as H
from assistant.ui.tabs.planning import plan_fields


def build(ctx: AppContext, open_in_review: Callable[..., list[Any]],
          review_outputs: list[Any]) -> dict[str, Any]:
    """Build the tab. ``open_in_review(draft_id, request)`` fills ``review_outputs`` so a new
    recap opens straight in the Review tab."""
    ctx.role_note(("plan_session", "draft", "ingest", "archive"))
    with ctx.gate(gr.Column(), "plan_session"):
        gr.Markdown("### Plan a session")
        form = plan_fields(ctx, "plan")
        cases = form.cases
        plan = gr.Button("Plan session", variant="primary", elem_id="plan-submit")
        plan_msg = gr.Markdown(elem_id="plan-result")

    gr.Markdown("### Sessions")
    table = gr.Markdown(elem_id="sessions-table")
    with gr.Row():
        picker = gr.Dropdown(label="Session (type to search)", choices=[], scale=4,
                             filterable=True, elem_id="session-pick")
        refresh = gr.Button("Refresh", scale=1, elem_id="sessions-refresh")
    with gr.Row():
        preread_btn = ctx.gate(gr.Button("Open pre-read", elem_id="session-preread"), "draft")
        recap_btn = ctx.gate(gr.Button("Draft recap", variant="primary",
                                       elem_id="session-recap"), "draft")
        archive_btn = ctx.gate(gr.Button("Archive this session", variant="stop",
                                         elem_id="session-archive"), "archive")
    with ctx.gate(gr.Row(), "ingest"):
        transcript = gr.File(label="Transcript (VTT, SRT, DOCX, TXT)", type="filepath",
                             file_types=[".vtt", ".srt", ".docx", ".txt"],
                             elem_id="session-transcript", scale=2)
        with gr.Column(scale=2):
            attach = gr.Button("Attach transcript", elem_id="session-attach")
            move_to = gr.Dropdown(label="…or move this session's transcript to",
                                  choices=[], filterable=True, elem_id="session-move-to")
            move = gr.Button("Move the transcript", elem_id="session-move")
    msg = gr.Markdown(elem_id="session-message")
    preread = gr.Markdown(elem_id="session-preread-text")

    def load(request: gr.Request) -> list[Any]:
        rows, session_choices, case_choices = ctx.run(H.overview, request)
        free = ctx.run(H.planned_without_transcript, request)
        return [rows, gr.update(choices=list(session_choices)),
                gr.update(choices=list(case_choices)), gr.update(choices=list(free))]

    listing = [table, picker, cases, move_to]

    def on_plan(t: str, f: str, d: str | None, s: str, fac: str, cs: list[str] | None,
                request: gr.Request) -> dict[Any, Any]:
        res, error = ctx.attempt(H.plan, request, t, f, d, s, fac, cs or [])
        if error or res is None:  # the form keeps what was typed
            return {plan_msg: error}
        message, session_id = res
        rows, session_choices, case_choices = ctx.run(H.overview, request)
        return {**form.cleared(), plan_msg: message, table: rows,
                picker: gr.update(choices=list(session_choices), value=session_id),
                cases: gr.update(choices=list(case_choices), value=[]),
                move_to: gr.update(choices=list(ctx.run(H.planned_without_transcript,
                                                        request)))}

    def on_preread(session_id: str | None, request: gr.Request,
                   progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Drafting the pre-read…")
        text, error = ctx.attempt(H.preread, request, session_id)
        return [error, text or ""]

    def refreshed(message: str, request: gr.Request) -> list[Any]:
        return [message, *load(request)]

    def on_attach(session_id: str | None, path: str | None, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Reading, embedding and indexing the transcript…")
        message, error = ctx.attempt(H.attach, request, session_id, path)
        return refreshed(error or message or "", request)

    def on_move(session_id: str | None, target: str | None, request: gr.Request,
                progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Moving and re-indexing the transcript…")
        message, error = ctx.attempt(R.move_transcript, request, session_id, target)
        return refreshed(error or message or "", request)

    def on_archive(session_id: str | None, request: gr.Request) -> list[Any]:
        message, error = ctx.attempt(R.archive, request, "Session", session_id,
                                     "archived from the Sessions screen")
        out = refreshed(error or message or "", request)
        if not error:
            out[2] = gr.update(choices=out[2]["choices"], value=None)
        return out

    def on_recap(session_id: str | None, request: gr.Request,
                 progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Drafting the recap…")
        res, error = ctx.attempt(H.draft_recap, request, session_id)
        if error or res is None:
            return [error, *[gr.update()] * len(review_outputs)]
        message, draft_id = res
        return [message, *open_in_review(draft_id, request)]

    refresh.click(load, None, listing, show_progress_on=table)
    plan.click(on_plan, form.values(),
               [plan_msg, table, picker, move_to, *form.cleared()],
               show_progress_on=plan_msg)
    preread_btn.click(on_preread, picker, [msg, preread], show_progress_on=preread)
    attach.click(on_attach, [picker, transcript], [msg, *listing], show_progress_on=msg)
    move.click(on_move, [picker, move_to], [msg, *listing], show_progress_on=msg)
    archive_btn.click(on_archive, picker, [msg, *listing], show_progress_on=msg)
    recap_btn.click(on_recap, picker, [msg, *review_outputs], show_progress_on=msg)
    return {"load": load, "outputs": listing, "status": table}
