"""Review tab: inbox, the bullet editor with citations and grounding flags, regenerate,
send for review, approve or reject with a comment, publish, version history and diff."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.auth import can
from assistant.plural import counted
from assistant.review.workflow import ChangedSinceOpened
from assistant.ui import offer, unsaved
from assistant.ui.context import AppContext
from assistant.ui.handlers import review as H
from assistant.ui.views import MAX_SLOTS, DraftView, SaveResult


class ReviewTab:
    """The components of the tab, so other tabs can open a draft in it."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.role_note(("edit_draft", "approve", "publish", "archive"))
        gr.Markdown("### Inbox\nDrafts waiting for you: recaps, pre-reads and pattern "
                    "candidates. Open one to read its review thread, edit it, send it for "
                    "review, approve or reject it.")
        with gr.Row():
            self.inbox = gr.Markdown(elem_id="review-inbox")
        with gr.Row():
            self.picker = gr.Dropdown(label="Draft (type to search)", choices=[], scale=4,
                                      filterable=True, elem_id="review-draft")
            self.refresh = gr.Button("Refresh inbox", scale=1, elem_id="review-refresh")
        self.header = gr.Markdown(elem_id="review-header")
        with gr.Accordion("Review thread", open=True, elem_id="review-thread-box"):
            self.thread = gr.Markdown(elem_id="review-thread")
        self.version = gr.State(0)
        self.human = gr.State(False)  # the shown version is a person's edit
        # What the editor was loaded with, and text the browser kept from an earlier visit
        # (assistant.ui.unsaved): in the page, out of sight, for the browser's scripts.
        self.baseline = gr.Textbox(visible="hidden", elem_id="review-baseline")
        self.kept = gr.Textbox(visible="hidden", elem_id="review-kept")
        with gr.Row(visible=False, elem_id="review-unsaved-box") as self.unsaved_box:
            self.unsaved_note = gr.Markdown(elem_id="review-unsaved-note")
            self.unsaved_restore = gr.Button("Put it back", variant="primary", scale=0,
                                             elem_id="review-unsaved-restore")
            self.unsaved_discard = gr.Button("Discard it", scale=0,
                                             elem_id="review-unsaved-discard")
        self.slots: list[gr.Textbox] = []
        self.slot_sources: list[gr.Markdown] = []
        self.slot_counts: list[gr.Markdown] = []
        with gr.Row():
            with gr.Column(scale=3):
                for i in range(MAX_SLOTS):
                    self.slots.append(gr.Textbox(label=f"Bullet {i + 1}", lines=2,
                                                 visible=False, elem_id=f"bullet-{i}"))
                    self.slot_counts.append(gr.Markdown(elem_id=f"bullet-{i}-words",
                                                        visible=False,
                                                        elem_classes=["role-note"]))
                    self.slot_sources.append(gr.Markdown(visible=False,
                                                         elem_id=f"bullet-{i}-sources"))
            with gr.Column(scale=2):
                gr.Markdown("#### Open a cited source")
                self.source_pick = gr.Dropdown(label="Cited case or passage", choices=[],
                                               elem_id="review-source")
                self.source_text = gr.Markdown(elem_id="review-source-text")
        self.actions = gr.Markdown(elem_id="review-actions")
        with ctx.gate(gr.Accordion("Correct an action item", open=False,
                                   elem_id="review-action-box"), "edit_draft"):
            self.action_pick = gr.Dropdown(label="Action item", choices=[],
                                           elem_id="review-action-pick")
            with gr.Row():
                self.action_owner = gr.Textbox(label="Who", elem_id="review-action-owner")
                self.action_text = gr.Textbox(label="What", scale=3,
                                              elem_id="review-action-text")
                self.action_due = gr.Textbox(label="By when", elem_id="review-action-due")
            self.action_save = gr.Button("Save action item", elem_id="review-action-save")
            self.action_seen = gr.State(None)  # who, what, by when as loaded
        gate = ctx.gate
        with gr.Row():
            self.save = gate(gr.Button("Save edits", variant="primary", elem_id="review-save"),
                             "edit_draft")
            self.regen = gate(gr.Button("Regenerate", elem_id="review-regenerate"), "draft")
            self.submit = gate(gr.Button("Send for review", elem_id="review-submit"),
                               "submit_for_review")
            self.archive = gate(gr.Button("Archive draft", elem_id="review-archive"),
                                "archive")
        with gr.Row(visible=False, elem_id="review-regen-confirm-box") as self.confirm_box:
            gr.Markdown("⚠️ The newest version is a person's edit. Regenerating adds a machine "
                        "version on top (the edit stays in the history).")
            self.regen_yes = gr.Button("Regenerate anyway", variant="stop", scale=0,
                                       elem_id="review-regenerate-confirm")
            self.regen_no = gr.Button("Keep the edit", scale=0,
                                      elem_id="review-regenerate-cancel")
        self.comment = gate(gr.Textbox(label="Comment (kept with the approval or rejection; "
                                       "the author sees it)", elem_id="review-comment"),
                            "approve")
        self.override = gate(gr.Textbox(
            label="Override reason (stewards: approve despite open flags or empty fields)",
            elem_id="review-override"), "approve")
        with gr.Row():
            self.approve = gate(gr.Button("Approve", variant="primary",
                                          elem_id="review-approve"), "approve")
            self.reject = gate(gr.Button("Reject", variant="stop", elem_id="review-reject"),
                               "reject")
            self.pattern = gate(gr.Button("Draft a pattern from this recap",
                                          elem_id="review-draft-pattern"), "draft")
            self.publish = gate(gr.Button("Publish the playbook", elem_id="review-publish"),
                                "publish")
        self.message = gr.Markdown(elem_id="review-message")
        # Offered when a decision was refused because the draft changed after it was opened.
        self.reload = gr.Button("Show the newest version", visible=False,
                                elem_id="review-reload")
        with gr.Accordion("Published site", open=False,
                          elem_id="review-site-box") as self.site_box:
            self.site_go = gr.Button("Show what was published", elem_id="review-site")
            self.site_preview = gr.Markdown(elem_id="review-site-preview")
            self.site_file = gr.File(label="The published site (zip: html/, markdown/, "
                                     "playbook.json)", interactive=False,
                                     elem_id="review-site-file")
        with gr.Accordion("Share an approved recap", open=False,
                          elem_id="review-export-box") as self.export_box:
            # Its own list: a published recap has left the inbox, and is still shared.
            self.export_pick = gr.Dropdown(label="Recap (approved or published)", choices=[],
                                           filterable=True, elem_id="review-export-recap")
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
                self.history, self.diff, self.thread, self.human, *self.slot_counts,
                self.actions, self.baseline]

    def keep_view(self) -> list[Any]:
        """One 'leave it as it is' update per :attr:`view_outputs` component."""
        return [gr.update() for _ in self.view_outputs]

    def render(self, view: DraftView | None, editable: bool = True) -> list[Any]:
        """Values for :attr:`view_outputs`; ``editable`` is False for a role that may not
        edit drafts (the bullets are then read-only)."""
        if view is None:
            return (["_Choose a draft above._", 0]
                    + [gr.update(value="", visible=False)] * (2 * MAX_SLOTS)
                    + [gr.update(choices=[], value=None), "", "", "", False]
                    + [gr.update(value="", visible=False)] * MAX_SLOTS + ["", ""])
        texts, sources = [], []
        for i in range(MAX_SLOTS):
            if i < len(view.bullets):
                b = view.bullets[i]
                texts.append(gr.update(value=b.text, label=b.label, visible=True,
                                       interactive=editable))
                note = b.sources + (f"\n\n⚠️ **{b.flag}**" if b.flag else "")
                sources.append(gr.update(value=note, visible=True))
            else:
                texts.append(gr.update(value="", visible=False))
                sources.append(gr.update(value="", visible=False))
        picks = [(label, key) for label, key in view.sources]
        counts = [gr.update(value=word_count(view.bullets[i].text), visible=True)
                  if i < len(view.bullets) and view.kind == "recap"
                  else gr.update(value="", visible=False) for i in range(MAX_SLOTS)]
        return [view.header, view.version, *texts, *sources,
                gr.update(choices=picks, value=None), view.history, view.diff, view.thread,
                view.human_edited, *counts, view.actions, unsaved.baseline(view, editable)]

    # -- events --------------------------------------------------------------------------

    def _wire_unsaved(self) -> None:
        """Unsaved text survives a reload (see :mod:`assistant.ui.unsaved`)."""
        def restore(shown: str, kept: str) -> tuple[list[Any], str]:
            texts, version, message = unsaved.restore(shown, kept)
            slots = [gr.update(value=texts[i]) if i < len(texts) else gr.update()
                     for i in range(MAX_SLOTS)]
            counts = [gr.update(value=word_count(texts[i])) if i < len(texts)
                      else gr.update() for i in range(MAX_SLOTS)]
            return [*slots, *counts, version], message

        offer.wire(offer.OfferParts(self.baseline, self.kept, self.unsaved_box,
                                    self.unsaved_note, self.unsaved_restore,
                                    self.unsaved_discard, self.message),
                   loaded_js=unsaved.LOADED_JS, forget_js=unsaved.FORGET_JS,
                   offer=unsaved.offer, restore=restore,
                   fields=[*self.slots, *self.slot_counts, self.version])
        # Saving forgets the kept text; a failed save leaves it in the editor, and the
        # next keystroke or leaving the page keeps it again.
        self.save.click(None, self.baseline, None, js=unsaved.FORGET_JS)

    def _wire(self) -> None:
        ctx = self.ctx

        def load_inbox(shown: str | None, request: gr.Request) -> list[Any]:
            # The draft the editor shows stays choosable after it left the inbox.
            table, choices = ctx.run(H.inbox, request, shown)
            return [table, gr.update(choices=list(choices))]

        def open_draft(draft_id: str | None, request: gr.Request) -> list[Any]:
            # The last action's message belongs to the draft it was about: clear it.
            if not draft_id:
                return [*self.render(None), "", gr.update(visible=False),
                        gr.update(visible=False)]
            editable = can(ctx.actor(request), "edit_draft")
            return [*self.render(ctx.run(H.open_draft, request, draft_id), editable), "",
                    gr.update(visible=False), gr.update(visible=False)]

        def save(draft_id: str | None, base: int, *texts_and_request: Any) -> list[Any]:
            *texts, request = texts_and_request
            saved, error = ctx.attempt(H.save_edits, request, draft_id, base, list(texts))
            if error or saved is None:  # the user's text stays in the editor
                return [gr.update()] * len(self.view_outputs) + [error]
            result: SaveResult = saved
            if result.conflict:
                # Keep the user's words in the editor and move the base to the newest
                # version, so a second save is a deliberate overwrite.
                out = self.keep_view()
                out[self.view_outputs.index(self.version)] = result.base_version
                first = self.view_outputs.index(self.slots[0])
                for i, t in enumerate(result.kept_texts[:MAX_SLOTS]):
                    out[first + i] = gr.update(value=t)
                return [*out,
                        f"<div class='inline-error'>⚠️ {html.escape(result.message)}</div>"]
            return [*self.render(result.view), result.message]

        def action(fn: Any, what: str) -> Any:
            def run(draft_id: str | None, comment: str, request: gr.Request,
                    progress: gr.Progress = gr.Progress()) -> list[Any]:
                progress(0, desc=what)
                stale = False

                def watched(*args: Any) -> Any:
                    nonlocal stale
                    try:
                        return fn(*args)
                    except ChangedSinceOpened:
                        stale = True  # offer to show the newest version
                        raise

                res, error = ctx.attempt(watched, request, draft_id, comment)
                if error or res is None:  # the editor, comment and override stay as typed
                    return [*[gr.update()] * len(self.view_outputs), error, gr.update(),
                            gr.update(), gr.update(visible=False), gr.update(visible=stale)]
                view, message = res
                table, choices = ctx.run(H.inbox, request, view.draft_id if view else None)
                return [*self.render(view), message, table,
                        gr.update(choices=list(choices), value=view.draft_id if view else None),
                        gr.update(visible=False), gr.update(visible=False)]
            return run

        def decision(fn: Any, what: str) -> Any:
            """An action on the draft's text: it names the version on screen, so a newer one
            saved meanwhile is refused (assistant.review.workflow.check_seen)."""
            def run(draft_id: str | None, version: int, comment: str, request: gr.Request,
                    progress: gr.Progress = gr.Progress()) -> list[Any]:
                def on_shown(ws: Any, actor: Any, did: str | None, c: str) -> Any:
                    return fn(ws, actor, did, c, version=version or None)
                return action(on_shown, what)(draft_id, comment, request, progress)
            return run

        def ask_regen(draft_id: str | None, human: bool, comment: str, request: gr.Request,
                      progress: gr.Progress = gr.Progress()) -> list[Any]:
            if human:  # a person's edit is on top: ask before a machine version replaces it
                return [*[gr.update()] * len(self.view_outputs), "", gr.update(),
                        gr.update(), gr.update(visible=True), gr.update(visible=False)]
            return action(H.regenerate, "Drafting again from the sources…")(
                draft_id, comment, request, progress)

        def show_source(key: str | None, request: gr.Request) -> str:
            return ctx.run(H.source_text, request, key) if key else ""

        inbox_out = [self.inbox, self.picker]
        self.refresh.click(load_inbox, self.picker, inbox_out, show_progress_on=self.inbox)
        self.picker.input(open_draft, self.picker,
                          [*self.view_outputs, self.message, self.confirm_box, self.reload],
                          show_progress_on=self.header)
        save_fn = _with_request(save, 2 + MAX_SLOTS)
        self.save.click(save_fn, [self.picker, self.version, *self.slots],
                        [*self.view_outputs, self.message], show_progress_on=self.message)
        full = [*self.view_outputs, self.message, self.inbox, self.picker, self.confirm_box,
                self.reload]

        def approve(draft_id: str | None, version: int, comment: str, override: str,
                    request: gr.Request, progress: gr.Progress = gr.Progress()) -> list[Any]:
            def fn(ws: Any, actor: Any, did: str | None, c: str, version: int | None) -> Any:
                return H.approve(ws, actor, did, c, override, version=version)
            return decision(fn, "Approving…")(draft_id, version, comment, request, progress)

        self.approve.click(approve, [self.picker, self.version, self.comment, self.override],
                           full, show_progress_on=self.message)
        for decided, handler, doing in ((self.submit, H.submit, "Sending for review…"),
                                        (self.reject, H.reject, "Rejecting…")):
            decided.click(decision(handler, doing), [self.picker, self.version, self.comment],
                          full, show_progress_on=self.message)

        def reload(draft_id: str | None, request: gr.Request) -> list[Any]:
            view = ctx.run(H.open_draft, request, draft_id) if draft_id else None
            editable = can(ctx.actor(request), "edit_draft")
            note = (f"Now showing version {view.version}, the newest. Your comment is kept: "
                    "read the draft, then decide again." if view else "")
            return [*self.render(view, editable), note, gr.update(visible=False)]

        self.reload.click(reload, self.picker, [*self.view_outputs, self.message, self.reload],
                          show_progress_on=self.message)

        def show_site(request: gr.Request) -> list[Any]:
            path, preview = ctx.run(H.published_site, request)
            return [path, preview, gr.update(open=True)]

        site_out = [self.site_file, self.site_preview, self.site_box]
        self.site_go.click(show_site, None, site_out, show_progress_on=self.site_preview)
        for button, fn, what in (
                (self.regen_yes, H.regenerate, "Drafting again from the sources…"),
                (self.pattern, H.draft_pattern, "Drafting a pattern candidate…"),
                (self.publish, H.publish, "Publishing the playbook…"),
                (self.archive, H.archive, "Archiving…")):
            done = button.click(action(fn, what), [self.picker, self.comment], full,
                                show_progress_on=self.message)
            if button is self.publish:  # what was published: a preview and the zip
                done.then(show_site, None, site_out)
        self.regen.click(ask_regen, [self.picker, self.human, self.comment], full,
                         show_progress_on=self.message)
        self.regen_no.click(lambda: gr.update(visible=False), None, self.confirm_box)
        for slot, count in zip(self.slots, self.slot_counts, strict=True):
            # Counted in the browser: no round trip per keystroke.
            slot.input(None, slot, count, js=WORD_COUNT_JS)
            slot.input(None, None, None, js=unsaved.TYPED_JS)
        self._wire_unsaved()
        def export(draft_id: str | None, fmt: str, request: gr.Request) -> str:
            return ctx.run(H.export_recap, request, draft_id, fmt)

        def list_shareable(shown: str | None, chosen: str | None,
                           request: gr.Request) -> Any:
            # The recap the editor shows, when it may be shared; else the choice stays.
            choices, value = ctx.run(H.shareable, request, shown)
            ids = {i for _, i in choices}
            return gr.update(choices=list(choices),
                             value=value or (chosen if chosen in ids else None))

        self.export_box.expand(list_shareable, [self.picker, self.export_pick],
                               self.export_pick, show_progress="hidden")
        self.picker.change(list_shareable, [self.picker, self.export_pick], self.export_pick,
                           show_progress="hidden")
        self.export_go.click(export, [self.export_pick, self.export_fmt], self.export_text,
                             show_progress_on=self.export_text)
        self.source_pick.input(show_source, self.source_pick, self.source_text,
                                show_progress_on=self.source_text)

        def list_actions(draft_id: str | None, request: gr.Request) -> Any:
            choices = ctx.run(H.action_choices, request, draft_id) if draft_id else []
            return gr.update(choices=choices, value=None)

        def pick_action(draft_id: str | None, action_id: str | None,
                        request: gr.Request) -> list[Any]:
            if not action_id:
                return ["", "", "", None]
            fields = list(ctx.run(H.action_fields, request, draft_id, action_id))
            return [*fields, fields]  # what was loaded: a save over someone else's is refused

        def save_action(draft_id: str | None, action_id: str | None, owner: str, what: str,
                        due: str, seen: list[str] | None, request: gr.Request) -> list[Any]:
            res, error = ctx.attempt(H.edit_action, request, draft_id, action_id, owner, what,
                                     due, seen)
            if error or res is None:  # the typed text stays in the boxes
                return [error, gr.update(), gr.update(), gr.update()]
            message, table = res
            choices = ctx.run(H.action_choices, request, draft_id)
            saved = list(ctx.run(H.action_fields, request, draft_id, action_id))
            return [message, table, gr.update(choices=choices, value=action_id), saved]

        self.picker.change(list_actions, self.picker, self.action_pick)
        self.action_pick.input(pick_action, [self.picker, self.action_pick],
                               [self.action_owner, self.action_text, self.action_due,
                                self.action_seen])
        self.action_save.click(save_action,
                               [self.picker, self.action_pick, self.action_owner,
                                self.action_text, self.action_due, self.action_seen],
                               [self.message, self.actions, self.action_pick,
                                self.action_seen],
                               show_progress_on=self.message)
        self.load_inbox = load_inbox


WORDS_PER_BULLET = 40  # the recap promise: five bullets of at most 40 words
WORD_COUNT_JS = ("(t) => { const n = (t || '').trim().split(/\\s+/).filter(Boolean).length;"
                 " return n + (n === 1 ? ' word' : ' words')"
                 f" + (n > {WORDS_PER_BULLET} ? ' — over the "
                 f"{WORDS_PER_BULLET}-word limit' : ' (at most {WORDS_PER_BULLET})'); }}")


def word_count(text: str) -> str:
    """What the counter under a recap bullet says (the browser keeps it current)."""
    n = len(text.split())
    over = n > WORDS_PER_BULLET
    return counted(n, "word") + (f" — over the {WORDS_PER_BULLET}-word limit" if over
                                 else f" (at most {WORDS_PER_BULLET})")


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
