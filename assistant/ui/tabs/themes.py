"""Themes tab (stewards): broad themes with their sub-themes, details, map, trends, steward
decisions at both levels, the number of broad themes, and the novel queue."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import themes as H
from assistant.ui.jobs import Job


def build(ctx: AppContext) -> dict[str, Any]:
    ctx.role_note(("change_themes",))
    with gr.Row():
        refresh = gr.Button("Refresh", scale=0, elem_id="themes-refresh")
        recompute = ctx.gate(gr.Button("Recompute themes", scale=0,
                                       elem_id="themes-recompute"), "change_themes")
        target = ctx.gate(gr.Number(label="Broad themes wanted (0: let the data choose)",
                                    value=0, precision=0, minimum=0, scale=1,
                                    elem_id="themes-target"), "change_themes")
        apply_target = ctx.gate(gr.Button("Apply", scale=0, elem_id="themes-target-apply"),
                               "change_themes")
        status = gr.Markdown(elem_id="themes-status")
    with gr.Row():
        with gr.Column(scale=3):
            table = gr.Markdown(elem_id="themes-table")
        with gr.Column(scale=2):
            picker = gr.Dropdown(label="Theme (broad or sub-theme)", choices=[],
                                 elem_id="theme-pick")
            detail = gr.Markdown(elem_id="theme-detail")
            member = gr.Dropdown(label="Open a case of this theme", choices=[],
                                 filterable=True, elem_id="theme-member")
            member_text = gr.Markdown(elem_id="theme-member-text")
    with gr.Tabs():
        with gr.Tab("Map", elem_id="themes-map-tab"):
            # The figure carries the title (with its sample note): no second one above it.
            themap = gr.Plot(label="Cases by broad theme", show_label=False,
                             elem_id="themes-map")
        with gr.Tab("Trends", elem_id="themes-trends-tab"):
            shown = gr.Dropdown(label="Themes to show", choices=[], multiselect=True,
                                elem_id="themes-trend-pick")
            weekly = gr.Plot(label="Per week", elem_id="themes-weekly")
            sprints = gr.Plot(label="Per sprint", elem_id="themes-sprints")
        with gr.Tab("Novel cases", elem_id="themes-novel-tab"):
            novel = gr.Markdown(elem_id="themes-novel")
    # Entered by hand, not as a with-block, to keep this edit small beside the layout rework.
    steward = ctx.gate(gr.Column(), "change_themes")
    steward.__enter__()
    gr.Markdown("### Steward decisions\nOn the theme chosen above, broad or sub-theme "
                "(dismissed themes are listed last there, to restore). "
                "A broad theme with a single sub-theme is one row in the list; to act on "
                "that sub-theme alone, choose it in the Theme list (\"*name* › its only "
                "sub-theme\", or *name* › its own name when it has another). "
                "Decisions are kept when themes are recomputed.")
    with gr.Row():
        new_label = gr.Textbox(label="New name", scale=3, elem_id="theme-new-label")
        rename = gr.Button("Rename", scale=1, elem_id="theme-rename")
        pin = gr.Button("Pin / unpin", scale=1, elem_id="theme-pin")
        dismiss = gr.Button("Dismiss", variant="stop", scale=1, elem_id="theme-dismiss")
        restore = gr.Button("Restore", scale=1, elem_id="theme-restore")
    with gr.Row():
        other = gr.Dropdown(label="Merge into this theme (same level)", choices=[], scale=3,
                            elem_id="theme-merge-into")
        merge = gr.Button("Merge", scale=1, elem_id="theme-merge")
        split = gr.Button("Split in two", scale=1, elem_id="theme-split")
    with gr.Row():
        under = gr.Dropdown(label="Put the sub-theme under this broad theme", choices=[],
                            scale=6, elem_id="theme-regroup-target")
        regroup = gr.Button("Move sub-theme", scale=1, elem_id="theme-regroup")
    with gr.Row():
        case = gr.Dropdown(label="Case", choices=[], scale=3, elem_id="theme-move-case")
        dest = gr.Dropdown(label="Move it to sub-theme", choices=[], scale=3,
                           elem_id="theme-move-target")
        move = gr.Button("Move case", scale=1, elem_id="theme-move")
    steward.__exit__(None, None, None)

    def load(request: gr.Request, progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Loading themes…")
        view = ctx.run(H.theme_list, request)
        fig = ctx.run(H.theme_map_figure, request)
        picks = [i for _, i in view.broad_choices[:H.DEFAULT_TRENDS]]
        week_fig, sprint_fig = ctx.run(H.trend_figures, request, picks)
        choices = list(view.choices)
        # Dismissed themes come last in the Theme list (to read or restore), never as a
        # merge target.
        return [view.table, gr.update(choices=choices + list(view.dismissed_choices)),
                gr.update(choices=choices),
                gr.update(choices=list(view.broad_choices)),
                gr.update(choices=list(view.sub_choices)),
                gr.update(choices=list(view.case_choices)), view.novel, fig,
                gr.update(choices=list(view.trend_choices), value=picks), week_fig, sprint_fig,
                gr.update(value=view.target)]

    listing = [table, picker, other, under, dest, case, novel, themap, shown, weekly,
               sprints, target]

    def show(theme_id: str | None, request: gr.Request) -> list[Any]:
        if not theme_id:
            return ["", gr.update(choices=[]), gr.update(choices=[]), ""]
        text, members = ctx.run(H.theme_detail, request, theme_id)
        return [text, gr.update(choices=list(members)),
                gr.update(choices=list(members), value=None), ""]

    def open_member(case_id: str | None, request: gr.Request) -> str:
        if not case_id:
            return ""
        text, error = ctx.attempt(H.case_text, request, case_id)
        return error or text or ""

    def trends(picks: list[str] | None, request: gr.Request) -> list[Any]:
        return list(ctx.run(H.trend_figures, request, list(picks or [])))

    def decide(fn: Any) -> Any:
        def run(theme_id: str | None, label: str, other_id: str | None, case_id: str | None,
                target_id: str | None, broad_id: str | None,
                request: gr.Request) -> list[Any]:
            message = ctx.run(fn, request, theme_id, label=label, other_id=other_id,
                              case_id=case_id, target_id=target_id, broad_id=broad_id)
            return [message, *load(request), *after(theme_id, request)]
        return run

    def after(theme_id: str | None, request: gr.Request) -> list[Any]:
        """The detail panel once a decision is taken: the chosen theme as it is now (its
        new name, its cases), or empty when the decision merged it away."""
        found, _ = (ctx.attempt(H.theme_detail, request, theme_id) if theme_id
                    else (None, ""))
        if found is None:
            return ["", gr.update(choices=[], value=None), ""]
        text, members = found
        return [text, gr.update(choices=list(members), value=None), ""]

    # Recompute runs as a background job; a timer polls it while it runs, then refreshes.
    poll = gr.Timer(2.0, active=False)
    job = ctx.jobs.setdefault("themes", Job("Theme recompute"))

    def on_recompute(request: gr.Request) -> list[Any]:
        actor = ctx.actor(request)
        ctx.run(H.check_recompute, request)  # refuse at once, not in the background
        st = job.start(lambda: H.recompute(ctx.ws, actor), actor.name)
        return [st.message, gr.Timer(active=True)]

    def on_poll(request: gr.Request) -> list[Any]:
        st = job.status()
        if st.running:
            return [st.message, gr.Timer(active=True), *[gr.update()] * len(listing)]
        return [st.message, gr.Timer(active=False), *load(request)]

    def on_target(n: float | None, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> list[Any]:
        progress(0, desc="Regrouping themes…")
        message = ctx.run(H.set_target, request, n)
        return [message, *load(request)]

    refresh.click(load, None, listing, show_progress_on=table)
    recompute.click(on_recompute, None, [status, poll], show_progress_on=status)
    poll.tick(on_poll, None, [status, poll, *listing], show_progress="hidden")
    apply_target.click(on_target, target, [status, *listing], show_progress_on=status)
    picker.input(show, picker, [detail, case, member, member_text], show_progress_on=detail)
    member.input(open_member, member, member_text, show_progress_on=member_text)
    shown.input(trends, shown, [weekly, sprints], show_progress_on=weekly)
    form = [picker, new_label, other, case, dest, under]
    for button, fn in ((rename, H.rename), (pin, H.pin), (dismiss, H.dismiss),
                       (restore, H.restore),
                       (merge, H.merge), (split, H.split), (move, H.move),
                       (regroup, H.regroup)):
        button.click(decide(fn), form, [status, *listing, detail, member, member_text],
                     show_progress_on=status)
    return {"load": load, "outputs": listing, "status": table}
