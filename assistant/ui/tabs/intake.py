"""Intake tab: the case form and the upload box."""

from __future__ import annotations

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import intake as H


def build(ctx: AppContext) -> None:
    gr.Markdown("### Submit a case\nOne real work problem. Only *Problem* is required.")
    boxes: list[gr.Textbox] = []
    with gr.Row():
        with gr.Column():
            for key, label in H.CASE_FIELDS[:5]:
                lines = 1 if key == "title" else 3
                boxes.append(gr.Textbox(label=label, lines=lines, elem_id=f"case-{key}"))
        with gr.Column():
            for key, label in H.CASE_FIELDS[5:]:
                boxes.append(gr.Textbox(label=label, elem_id=f"case-{key}"))
            submit = gr.Button("Submit case", variant="primary", elem_id="case-submit")
            result = gr.Markdown(elem_id="case-result")

    def on_submit(title: str, problem: str, context: str, tried: str, outcome: str,
                  submitter: str, team: str, submitted_on: str, tags: str,
                  request: gr.Request) -> list:
        msg = ctx.run(H.submit_case, request, title, problem, context, tried, outcome,
                      submitter, team, submitted_on, tags)
        return ["" for _ in boxes] + [msg]

    # Fields are cleared only on success; an error leaves the user's text in place.
    submit.click(on_submit, boxes, [*boxes, result], show_progress_on=result)

    gr.Markdown("### Upload intake sheets and transcripts\n"
                "Intake sheets: XLSX or CSV with the columns Title, Problem, Context, "
                "What was tried, Outcome, Submitted by, Team, Submitted, Tags. "
                "Transcripts: WebVTT, SRT, DOCX or plain text.")
    files = gr.File(label="Files", file_count="multiple", file_types=H.UPLOAD_TYPES,
                    type="filepath", elem_id="intake-files")
    ingest = gr.Button("Ingest files", variant="primary", elem_id="intake-ingest")
    report = gr.Markdown(elem_id="intake-report")

    def on_ingest(paths: list[str] | None, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> str:
        progress(0, desc="Reading, embedding and indexing…")
        return ctx.run(H.ingest_files, request, paths)

    ingest.click(on_ingest, files, report, show_progress_on=report)

