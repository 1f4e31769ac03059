"""Sessions tab: plan a session, edit its details, open its pre-read, attach its transcript
(or move it to the right session), draft its recap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from assistant.store.models import SESSION_FORMATS
from assistant.ui import offer, unsaved
from assistant.ui.context import AppContext
from assistant.ui.handlers import records as R
from assistant.ui.handlers import sessions as H
from assistant.ui.tabs.planning import plan_fields


def build(ctx: AppContext, open_in_review: Callable[..., list[Any]],
          review_outputs: list[Any]) -> dict[str, Any]:
    """Build the tab. ``open_in_review(draft_id, request)`` fills ``review_outputs`` so a new
    recap opens straight in the Review tab."""
    ctx.role_note(("plan_session", "edit_session", "draft", "ingest", "archive"))
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
    editor = _DetailsEditor(ctx)
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

    def on_pick(session_id: str | None, request: gr.Request) -> list[Any]:
        if not session_id:
            return [*editor.empty(), ""]
        form, error = ctx.attempt(H.details, request, session_id)
        return [*(editor.filled(form) if form else editor.empty()), error]

    def on_save(session_id: str | None, shown: str, title: str, fmt: str | None, date: str,
                start: str, facilitator: str, picked: list[str] | None,
                request: gr.Request) -> list[Any]:
        res, error = ctx.attempt(H.save_details, request, session_id, shown, title,
                                 fmt or "", date, start, facilitator, picked or [])
        if error or res is None:  # the form keeps what was typed
            return [error, *[gr.update()] * (len(editor.outputs) + len(listing))]
        message, form = res
        rows, session_choices, case_choices = ctx.run(H.overview, request)
        return [message, *editor.filled(form), rows,
                gr.update(choices=list(session_choices)),
                gr.update(choices=list(case_choices)),
                gr.update(choices=list(ctx.run(H.planned_without_transcript, request)))]

    # The editor takes no keystrokes until the chosen session's details are in it: a load
    # answered late would otherwise replace what was typed meanwhile. Locking runs in the
    # browser (js=True: no round trip), so nothing can be typed between the pick and it.
    picker.change(editor.locked, None, editor.locks, js=True, show_progress="hidden") \
        .then(on_pick, picker, [*editor.outputs, editor.message],
              show_progress_on=editor.message)
    editor.save.click(None, editor.baseline, None, js=unsaved.DETAILS_FORGET_JS)
    editor.save.click(on_save, [picker, editor.baseline, *editor.fields],
                      [editor.message, *editor.outputs, *listing],
                      show_progress_on=editor.message)
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


class _DetailsEditor:
    """The session-details editor: its fields (title, format, date, start, facilitator,
    cases), what they were loaded with (``baseline``) and the unsaved-details offer
    (:mod:`assistant.ui.unsaved`)."""

    def __init__(self, ctx: AppContext) -> None:
        # Read-only until a session's details are loaded into them (see locked()).
        with ctx.gate(gr.Accordion("Edit this session's details", open=False,
                                   elem_id="details-box"), "edit_session"):
            with gr.Row():
                self.title = gr.Textbox(label="Title", scale=3, interactive=False,
                                        elem_id="details-title")
                self.fmt = gr.Dropdown(list(SESSION_FORMATS), label="Format", scale=2,
                                       interactive=False, elem_id="details-format")
            with gr.Row():
                self.date = gr.Textbox(label="Date (YYYY-MM-DD; empty for none)",
                                       interactive=False, elem_id="details-date")
                self.start = gr.Textbox(label="Start time (HH:MM; empty for none)",
                                        interactive=False, elem_id="details-start")
                self.facilitator = gr.Textbox(label="Facilitator (empty for none)",
                                              interactive=False, elem_id="details-facilitator")
            with gr.Row():
                self.find = gr.Textbox(label="Find cases to link (words in the title or "
                                       "problem, then Enter)", scale=2, interactive=False,
                                       elem_id="details-find-cases")
                self.cases = gr.Dropdown(label="Linked cases (remove one to unlink it)",
                                         choices=[], multiselect=True, filterable=True,
                                         scale=3, interactive=False, elem_id="details-cases")
            # What the form was loaded with, and details this browser kept unsaved.
            self.baseline = gr.Textbox(visible="hidden", elem_id="details-baseline")
            self.kept = gr.Textbox(visible="hidden", elem_id="details-kept")
            with gr.Row(visible=False, elem_id="details-unsaved-box") as self.unsaved_box:
                self.unsaved_note = gr.Markdown(elem_id="details-unsaved-note")
                self.restore = gr.Button("Put them back", variant="primary", scale=0,
                                         elem_id="details-unsaved-restore")
                self.discard = gr.Button("Discard them", scale=0,
                                         elem_id="details-unsaved-discard")
            self.save = gr.Button("Save details", variant="primary", elem_id="details-save")
            self.message = gr.Markdown(elem_id="details-result")
        self.fields: list[gr.Textbox | gr.Dropdown] = [
            self.title, self.fmt, self.date, self.start, self.facilitator, self.cases]
        #: What takes the user's input: the fields and the case search (see locked()).
        self.locks: list[gr.Textbox | gr.Dropdown] = [*self.fields, self.find]
        self.outputs = [*self.fields, self.baseline, self.find]
        self._wire(ctx)

    @staticmethod
    def locked() -> list[Any]:
        """Updates for :attr:`locks` that make them read-only (until :meth:`filled`).

        Run in the browser (``js=True``): it must stay simple enough for Gradio to turn
        into JavaScript, one literal update per component of :attr:`locks`."""
        return [gr.update(interactive=False), gr.update(interactive=False),
                gr.update(interactive=False), gr.update(interactive=False),
                gr.update(interactive=False), gr.update(interactive=False),
                gr.update(interactive=False)]

    def filled(self, form: H.DetailsForm) -> list[Any]:
        """Updates for :attr:`outputs` that load ``form`` and let the user edit it."""
        title, fmt, date, start, facilitator, cases = form.values()
        return [*(gr.update(value=v, interactive=True)
                  for v in (title, fmt, date, start, facilitator)),
                gr.update(choices=list(form.case_choices), value=cases, interactive=True),
                form.baseline, gr.update(interactive=True)]

    def empty(self) -> list[Any]:
        """Updates for :attr:`outputs` when no session is chosen: nothing to edit."""
        return [*(gr.update(value=v, interactive=False) for v in ("", None, "", "", "")),
                gr.update(choices=[], value=[], interactive=False), "",
                gr.update(interactive=False)]

    def _wire(self, ctx: AppContext) -> None:
        def on_find(query: str, picked: list[str] | None, request: gr.Request) -> Any:
            choices = ctx.run(H.case_choices, request, query or "", list(picked or []))
            return gr.update(choices=list(choices), value=list(picked or []))

        self.find.submit(on_find, [self.find, self.cases], self.cases,
                         show_progress_on=self.cases)
        watched = [*self.fields, self.baseline]
        for field in self.fields:
            field.input(None, watched, None, js=unsaved.DETAILS_TYPED_JS)

        def restore(shown: str, kept: str) -> tuple[list[Any], str]:
            values, message = unsaved.details_restore(shown, kept)
            *plain, cases = values
            return [*plain, gr.update(value=cases)], message

        # Put back: the form differs from what was loaded again (guarded, kept as typed).
        offer.wire(offer.OfferParts(self.baseline, self.kept, self.unsaved_box,
                                    self.unsaved_note, self.restore, self.discard,
                                    self.message),
                   loaded_js=unsaved.DETAILS_LOADED_JS, forget_js=unsaved.DETAILS_FORGET_JS,
                   offer=unsaved.details_offer, restore=restore, fields=self.fields) \
            .then(None, watched, None, js=unsaved.DETAILS_TYPED_JS)
