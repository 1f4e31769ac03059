"""Intake tab: the case form, intake sheets, a session's transcript (into the session it
belongs to), and the archive (archive, restore)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import intake as H
from assistant.ui.handlers import records as R
from assistant.ui.handlers import sessions as S
from assistant.ui.tabs.planning import plan_fields


def build(ctx: AppContext) -> dict[str, Any]:
    ctx.role_note(("ingest", "plan_session", "archive", "restore"))
    gr.Markdown("### Submit a case\nOne real work problem. Only *Problem* is required.")
    boxes: list[Any] = []
    with gr.Row():
        with gr.Column():
            for key, label in H.CASE_FIELDS[:5]:
                lines = 1 if key == "title" else 3
                boxes.append(gr.Textbox(label=label, lines=lines, elem_id=f"case-{key}"))
        with gr.Column():
            for key, label in H.CASE_FIELDS[5:]:
                if key == "submitted_on":
                    boxes.append(gr.DateTime(label="Submitted", include_time=False,
                                             type="string", elem_id=f"case-{key}"))
                else:
                    boxes.append(gr.Textbox(label=label, elem_id=f"case-{key}"))
            submit = gr.Button("Submit case", variant="primary", elem_id="case-submit")
            result = gr.Markdown(elem_id="case-result")

    def on_submit(title: str, problem: str, context: str, tried: str, outcome: str,
                  submitter: str, team: str, submitted_on: str | None, tags: str,
                  request: gr.Request, progress: gr.Progress = gr.Progress()) -> list:
        progress(0, desc="Embedding the case and placing it in a theme…")
        msg, error = ctx.attempt(H.submit_case, request, title, problem, context, tried,
                                 outcome, submitter, team, submitted_on, tags)
        if error:  # keep the user's text in the fields
            return [gr.update() for _ in boxes] + [error]
        return ["" for _ in boxes[:-2]] + [None, ""] + [msg]

    submit.click(on_submit, boxes, [*boxes, result], show_progress_on=result)

    with ctx.gate(gr.Column(), "ingest"):
        gr.Markdown("### Upload intake sheets\n"
                    "XLSX, CSV or JSON with the columns Title, Problem, Context, What was "
                    "tried, Outcome, Submitted by, Team, Submitted, Tags; or Markdown cases.")
        files = gr.File(label="Intake sheets", file_count="multiple",
                        file_types=H.UPLOAD_TYPES, type="filepath", elem_id="intake-files")
        columns = gr.Textbox(label="Column names (only if a sheet's headers are unusual)",
                             placeholder="problem=Description, title=Subject",
                             elem_id="intake-columns")
        ingest = gr.Button("Ingest sheets", variant="primary", elem_id="intake-ingest")
        report = gr.Markdown(elem_id="intake-report")

        gr.Markdown("### Upload a session transcript\nWebVTT, SRT, DOCX or plain text. Say "
                    "which session it is, so it lands there (and not as a new session).")
        with gr.Row():
            transcript = gr.File(label="Transcript", file_types=H.TRANSCRIPT_TYPES,
                                 type="filepath", elem_id="intake-transcript", scale=2)
            with gr.Column(scale=3):
                mode = gr.Radio([H.PLANNED, H.NEW], value=H.PLANNED,
                                label="Which session is it?", elem_id="intake-session-mode")
                session = gr.Dropdown(label="Planned session (without a transcript yet)",
                                      choices=[], filterable=True,
                                      elem_id="intake-session")
        with gr.Group(visible=False, elem_id="intake-new-session") as new_box:
            new = plan_fields(ctx, "intake-new", cases_label="Cases discussed")
            cases = new.cases
        store = gr.Button("Store transcript", variant="primary", elem_id="intake-store")
        stored = gr.Markdown(elem_id="intake-transcript-result")

    with ctx.gate(gr.Accordion("Archive and restore", open=False,
                               elem_id="archive-box"), "archive"):
        gr.Markdown("Archiving (deleting) is soft: the record leaves Today, the inbox, "
                    "search and the themes, every step is in the audit trail, and a "
                    "steward can restore it.")
        with gr.Row():
            kind = gr.Radio(list(R.KINDS), value="Session", label="What",
                            elem_id="archive-kind", scale=2)
            record = gr.Dropdown(label="Record (type to search)", choices=[],
                                 filterable=True, elem_id="archive-record", scale=3)
        reason = gr.Textbox(label="Why (kept in the audit trail)", elem_id="archive-reason")
        archive_btn = gr.Button("Archive", variant="stop", elem_id="archive-go")
        archive_msg = gr.Markdown(elem_id="archive-result")
        with ctx.gate(gr.Column(), "restore"):
            gr.Markdown("#### Archived")
            archived = gr.Markdown(elem_id="archived-table")
            with gr.Row():
                restore_pick = gr.Dropdown(label="Restore", choices=[], filterable=True,
                                           elem_id="restore-record", scale=3)
                restore_btn = gr.Button("Restore", elem_id="restore-go", scale=1)

    def load(request: gr.Request) -> list[Any]:
        actor = ctx.actor(request)
        sessions = [c for c in ctx.run(S.planned_without_transcript, request)]
        case_choices = ctx.run(S.case_choices, request)
        kinds_out = ctx.run(R.record_choices, request, "Session")
        table_md, restore_choices = ctx.run(R.archived, request) \
            if actor.role in ("steward", "local") else ("", ())
        return [gr.update(choices=sessions, value=None), gr.update(choices=list(case_choices)),
                gr.update(choices=list(kinds_out), value=None), table_md,
                gr.update(choices=list(restore_choices), value=None)]

    outputs = [session, cases, record, archived, restore_pick]

    def on_ingest(paths: list[str] | None, cols: str, request: gr.Request,
                  progress: gr.Progress = gr.Progress(track_tqdm=True)) -> str:
        progress(0, desc="Reading, embedding and indexing…")
        md, error = ctx.attempt(H.ingest_files, request, paths, cols)
        return error or md or ""

    def on_mode(m: str) -> Any:
        return [gr.update(visible=m == H.NEW), gr.update(visible=m == H.PLANNED)]

    def on_store(path: str | None, m: str, sid: str | None, t: str, f: str, d: str | None,
                 start: str, fac: str, cs: list[str] | None, request: gr.Request,
                 progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Reading, embedding and indexing the transcript…")
        res, error = ctx.attempt(H.store_transcript, request, path, m, sid, t, f, d, start,
                                 fac, cs or [])
        if error:
            return [error, *[gr.update()] * len(outputs)]
        return [res[0] if res else "", *load(request)]

    def on_kind(k: str, request: gr.Request) -> Any:
        return gr.update(choices=list(ctx.run(R.record_choices, request, k)), value=None)

    def on_archive(k: str, rid: str | None, why: str, request: gr.Request) -> list[Any]:
        msg, error = ctx.attempt(R.archive, request, k, rid, why)
        if error:
            return [error, *[gr.update()] * len(outputs)]
        listing = load(request)
        listing[2] = on_kind(k, request)
        return [msg, *listing]

    def on_restore(key: str | None, request: gr.Request) -> list[Any]:
        msg, error = ctx.attempt(R.restore, request, key)
        return [error or msg, *load(request)]

    ingest.click(on_ingest, [files, columns], report, show_progress_on=report)
    mode.change(on_mode, mode, [new_box, session])
    store.click(on_store, [transcript, mode, session, *new.values()],
                [stored, *outputs], show_progress_on=stored)
    kind.change(on_kind, kind, record)
    archive_btn.click(on_archive, [kind, record, reason], [archive_msg, *outputs],
                      show_progress_on=archive_msg)
    restore_btn.click(on_restore, restore_pick, [archive_msg, *outputs],
                      show_progress_on=archive_msg)
    return {"load": load, "outputs": outputs, "status": stored}
