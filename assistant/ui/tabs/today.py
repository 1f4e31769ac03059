"""Today tab: the sprint, recaps against the 24-hour promise, novel cases, growing themes,
pattern adoption."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import today as H


def build(ctx: AppContext) -> dict[str, Any]:
    with gr.Row():
        sprint = gr.Markdown(elem_id="today-sprint")
        refresh = gr.Button("Refresh", scale=0, elem_id="today-refresh")
    counts = gr.Markdown(elem_id="today-counts")
    with gr.Row():
        with gr.Column():
            gr.Markdown("### Recaps due and overdue")
            recaps = gr.Markdown(elem_id="today-recaps")
        with gr.Column():
            gr.Markdown("### Fastest-growing themes")
            growing = gr.Markdown(elem_id="today-growing")
    with gr.Row():
        with gr.Column():
            gr.Markdown("### Novel cases waiting for a steward")
            novel = gr.Markdown(elem_id="today-novel")
        with gr.Column():
            gr.Markdown("### Pattern adoption")
            adoption = gr.Markdown(elem_id="today-adoption")

    gr.Markdown("### Open action items")
    # Marking an item done is an edit of its recap: say what is hidden here.
    ctx.role_note(("edit_draft",), names={"edit_draft": "marking action items done"})
    actions = gr.Markdown(elem_id="today-actions")
    with ctx.gate(gr.Row(), "edit_draft"):  # marking done: the picker is no use without it
        act_pick = gr.Dropdown(label="Action item", choices=[], scale=4,
                               elem_id="today-action")
        done = gr.Button("Mark done", scale=1, elem_id="today-action-done")
    with gr.Row():
        pick = gr.Dropdown(label="Open a row (type to search)", choices=[], filterable=True,
                           elem_id="today-open", scale=4)
    opened = gr.Markdown(elem_id="today-open-text")
    outputs = [sprint, counts, recaps, growing, novel, adoption, pick, actions, act_pick]

    def show(v: Any) -> list[Any]:
        return [v.sprint, v.counts, v.recaps, v.growing, v.novel, v.adoption,
                gr.update(choices=list(v.choices), value=None), v.actions,
                gr.update(choices=list(v.action_choices), value=None)]

    def load(request: gr.Request) -> list[Any]:
        return show(ctx.run(H.today, request))

    def mark(action_id: str | None, request: gr.Request) -> list[Any]:
        return show(ctx.run(H.mark_done, request, action_id))

    refresh.click(load, None, outputs, show_progress_on=sprint)
    done.click(mark, act_pick, outputs, show_progress_on=actions)
    # The open event is wired in app.py: a recap opens in the Review tab, built later.
    return {"load": load, "outputs": outputs, "status": sprint, "pick": pick,
            "opened": opened}
