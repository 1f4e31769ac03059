"""Review tab: inbox, the bullet editor with citations and grounding flags, regenerate,
send for review, approve or reject with a comment, publish, version history and diff."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import review as H
from assistant.ui.views import MAX_SLOTS, DraftView, SaveResult


class ReviewTab:
    """The components of the tab, so other tabs can open a draft in it."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        gr.Markdown("### Inbox\nDrafts waiting for you: recaps, pre-reads and pattern "
                    "candidates. Open one to edit, send for review, approve or reject.")
        with gr.Row():
            self.inbox = gr.Markdown(elem_id="review-inbox")
        with gr.Row():
            self.picker = gr.Dropdown(label="Draft", choices=[], scale=4,
                                      elem_id="review-draft")
            self.refresh = gr.Button("Refresh inbox", scale=1, elem_id="review-refresh")
        self.header = gr.Markdown(elem_id="review-header")
        self.version = gr.State(0)
        self.slots: list[gr.Textbox] = []
        self.slot_sources: list[gr.Markdown] = []
        with gr.Row():
            with gr.Column(scale=3):
                for i in range(MAX_SLOTS):
                    self.slots.append(gr.Textbox(label=f"Bullet {i + 1}", lines=2,
                                                 visible=False, elem_id=f"bullet-{i}"))
                    self.slot_sources.append(gr.Markdown(visible=False,
                                                         elem_id=f"bullet-{i}-sources"))
            with gr.Column(scale=2):
                gr.Markdown("#### Open a cited source")
                self.source_pick = gr.Dropdown(label="Cited case or passage", choices=[],
                                               elem_id="review-source")
                self.source_text = gr.Markdown(elem_id="review-source-text")
        with gr.Row():
            self.save = gr.Button("Save edits", variant="primary", elem_id="review-save")
            self.regen = gr.Button("Regenerate", elem_id="review-regenerate")
            self.submit = gr.Button("Send for review", elem_id="review-submit")
        self.comment = gr.Textbox(label="Comment (kept with the approval or rejection)",
                                  elem_id="review-comment")
        self.override = gr.Textbox(
            label="Override reason (stewards: approve despite open flags or empty fields)",
            elem_id="review-override")
        with gr.Row():
            self.approve = gr.Button("Approve", variant="primary", elem_id="review-approve")
            self.reject = gr.Button("Reject", variant="stop", elem_id="review-reject")
            self.pattern = gr.Button("Draft a pattern from this recap",
                                     elem_id="review-draft-pattern")
            self.publish = gr.Button("Publish the playbook", elem_id="review-publish")
        self.message = gr.Markdown(elem_id="review-message")
        with gr.Accordion("Share an approved recap", open=False, elem_id="review-export-box"):
            with gr.Row():
                self.export_fmt = gr.Radio(["Plain text (email, chat)", "Markdown"],
                                           value="Plain text (email, chat)", label="Format",
                                           elem_id="review-export-format", scale=3)
                self.export_go = gr.Button("Export", elem_id="review-export", scale=1)
            self.export_text = gr.Textbox(label="Recap", lines=8, buttons=["copy"],
                                          interactive=False, elem_id="review-export-text")
        with gr.Accordion("Version history and diff", open=False, elem_id="review-history-box"):
            self.history = gr.Markdown(elem_id="review-history")
            self.diff = gr.Markdown(elem_id="review-diff")
        self._wire()

    # -- outputs -------------------------------------------------------------------------

    @property
    def view_outputs(self) -> list[Any]:
        return [self.header, self.version, *self.slots, *self.slot_sources, self.source_pick,
                self.history, self.diff]

    def render(self, view: DraftView | None) -> list[Any]:
        """Values for :attr:`view_outputs`."""
        if view is None:
            return (["_Choose a draft above._", 0]
                    + [gr.update(value="", visible=False)] * (2 * MAX_SLOTS)
                    + [gr.update(choices=[], value=None), "", ""])
        texts, sources = [], []
        for i in range(MAX_SLOTS):
            if i < len(view.bullets):
                b = view.bullets[i]
                texts.append(gr.update(value=b.text, label=b.label, visible=True))
                note = b.sources + (f"\n\n⚠️ **{b.flag}**" if b.flag else "")
                sources.append(gr.update(value=note, visible=True))
            else:
                texts.append(gr.update(value="", visible=False))
                sources.append(gr.update(value="", visible=False))
        picks = [(label, key) for label, key in view.sources]
        return [view.header, view.version, *texts, *sources,
                gr.update(choices=picks, value=None), view.history, view.diff]

    # -- events --------------------------------------------------------------------------

    def _wire(self) -> None:
        ctx = self.ctx

        def load_inbox(request: gr.Request) -> list[Any]:
            table, choices = ctx.run(H.inbox, request)
            return [table, gr.update(choices=list(choices))]

        def open_draft(draft_id: str | None, request: gr.Request) -> list[Any]:
            if not draft_id:
                return self.render(None)
            return self.render(ctx.run(H.open_draft, request, draft_id))

        def save(draft_id: str | None, base: int, *texts_and_request: Any) -> list[Any]:
            *texts, request = texts_and_request
            result: SaveResult = ctx.run(H.save_edits, request, draft_id, base, list(texts))
            if result.conflict:
                # Keep the user's words in the editor and move the base to the newest
                # version, so a second save is a deliberate overwrite.
                kept = [gr.update(value=t) for t in result.kept_texts]
                kept += [gr.update()] * (MAX_SLOTS - len(kept))
                gr.Warning(result.message)
                return ([gr.update(), result.base_version, *kept]
                        + [gr.update()] * (MAX_SLOTS + 3) + [result.message])
            return [*self.render(result.view), result.message]

        def action(fn: Any) -> Any:
            def run(draft_id: str | None, comment: str, request: gr.Request) -> list[Any]:
                view, message = ctx.run(fn, request, draft_id, comment)
                table, choices = ctx.run(H.inbox, request)
                return [*self.render(view), message, table,
                        gr.update(choices=list(choices), value=view.draft_id if view else None)]
            return run

        def show_source(key: str | None, request: gr.Request) -> str:
            return ctx.run(H.source_text, request, key) if key else ""

        inbox_out = [self.inbox, self.picker]
        self.refresh.click(load_inbox, None, inbox_out, show_progress_on=self.inbox)
        self.picker.input(open_draft, self.picker, self.view_outputs,
                           show_progress_on=self.header)
        save_fn = _with_request(save, 2 + MAX_SLOTS)
        self.save.click(save_fn, [self.picker, self.version, *self.slots],
                        [*self.view_outputs, self.message], show_progress_on=self.message)
        full = [*self.view_outputs, self.message, self.inbox, self.picker]
        def approve(draft_id: str | None, comment: str, override: str,
                    request: gr.Request) -> list[Any]:
            return action(lambda ws, actor, did, c: H.approve(ws, actor, did, c, override))(
                draft_id, comment, request)

        self.approve.click(approve, [self.picker, self.comment, self.override], full,
                           show_progress_on=self.message)
        for button, fn in ((self.regen, H.regenerate), (self.submit, H.submit),
                           (self.reject, H.reject),
                           (self.pattern, H.draft_pattern), (self.publish, H.publish)):
            button.click(action(fn), [self.picker, self.comment], full,
                         show_progress_on=self.message)
        def export(draft_id: str | None, fmt: str, request: gr.Request) -> str:
            return ctx.run(H.export_recap, request, draft_id, fmt)

        self.export_go.click(export, [self.picker, self.export_fmt], self.export_text,
                             show_progress_on=self.export_text)
        self.source_pick.input(show_source, self.source_pick, self.source_text,
                                show_progress_on=self.source_text)
        self.load_inbox = load_inbox


def _with_request(fn: Any, n: int) -> Any:
    """Gradio injects ``gr.Request`` only into a named, annotated parameter; give ``fn``
    (which takes ``n`` values then the request) such a signature."""
    import inspect

    params = [inspect.Parameter(f"v{i}", inspect.Parameter.POSITIONAL_OR_KEYWORD)
              for i in range(n)]
    params.append(inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=gr.Request))

    def wrapper(*args: Any) -> Any:
        return fn(*args)

    wrapper.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {"request": gr.Request}
    return wrapper
