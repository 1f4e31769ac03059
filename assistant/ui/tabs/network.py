"""Network tab: the operating rhythm — charter and roles, the sprint and its decision, the
three metrics, case status and pulse, the quarterly theme review, demo day pack, kit — and the
redaction vocabulary."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.store.models import CASE_STATUSES, SPRINT_DECISIONS
from assistant.ui.context import AppContext
from assistant.ui.handlers import network as H


def build(ctx: AppContext) -> dict[str, Any]:
    ctx.role_note(("decide_sprint", "run_sprint", "edit_metrics", "review_themes",
                   "edit_charter", "edit_redaction"))
    sprint = gr.Markdown(elem_id="net-sprint")
    # Each form is shown only to the roles that may save it (the library refuses the rest).
    with ctx.gate(gr.Row(), "decide_sprint"):
        decision = gr.Radio(list(SPRINT_DECISIONS), label="Decision", scale=1,
                            elem_id="net-decision")
        reasons = gr.Textbox(label="Reasons", lines=2, scale=3, elem_id="net-reasons")
        decide = gr.Button("Record decision", scale=0, elem_id="net-decide")
    with ctx.gate(gr.Accordion("Start the next sprint", open=False), "run_sprint"), gr.Row():
        start_day = gr.Textbox(label="First day (YYYY-MM-DD)", elem_id="net-start-day")
        goals = gr.Textbox(label="Goals", scale=3, elem_id="net-goals")
        start = gr.Button("Start sprint", scale=0, elem_id="net-start")
    sprint_msg = gr.Markdown(elem_id="net-sprint-msg")

    gr.Markdown("### The three metrics")
    metrics = gr.Markdown(elem_id="net-metrics")
    with ctx.gate(gr.Row(), "edit_metrics"):
        case_id = gr.Textbox(label="Case id", elem_id="net-case")
        status = gr.Dropdown(list(CASE_STATUSES), label="Status", elem_id="net-status")
        resolved = gr.Textbox(label="Resolved on (YYYY-MM-DD)", elem_id="net-resolved")
        set_status = gr.Button("Set case status", scale=0, elem_id="net-set-status")
    with ctx.gate(gr.Row(), "edit_metrics"):
        team = gr.Textbox(label="Team", elem_id="net-pulse-team")
        score = gr.Number(label="Pulse score", elem_id="net-pulse-score")
        taken = gr.Textbox(label="Taken on (YYYY-MM-DD)", elem_id="net-pulse-day")
        add_pulse = gr.Button("Record pulse", scale=0, elem_id="net-pulse-add")
    metrics_msg = gr.Markdown(elem_id="net-metrics-msg")

    gr.Markdown("### Quarterly theme review")
    review = gr.Markdown(elem_id="net-review")
    with ctx.gate(gr.Row(), "review_themes"):
        theme = gr.Dropdown(label="Theme", choices=[], scale=3, elem_id="net-theme")
        choice = gr.Radio(["keep", "retire"], label="Choice", elem_id="net-choice")
        note = gr.Textbox(label="Note", scale=2, elem_id="net-note")
        choose = gr.Button("Record choice", scale=0, elem_id="net-choose")
    review_msg = gr.Markdown(elem_id="net-review-msg")

    gr.Markdown("### Charter and roles")
    charter = gr.Markdown(elem_id="net-charter")
    version = gr.State(0)
    with ctx.gate(gr.Accordion("Edit the charter (stewards)", open=False), "edit_charter"):
        purpose = gr.Textbox(label="Purpose", lines=2, elem_id="net-purpose")
        cadence = gr.Textbox(label="Cadence", elem_id="net-cadence")
        boundaries = gr.Textbox(label="Boundaries", lines=2, elem_id="net-boundaries")
        results = gr.Textbox(label="Business results, one per line: name | unit | baseline | "
                             "target | current | due", lines=4, elem_id="net-results")
        roles = gr.Textbox(label="Roles, one per line: person | role | team | chosen for | "
                           "time committed", lines=5, elem_id="net-roles")
        save = gr.Button("Save charter", variant="primary", elem_id="net-save")
    charter_msg = gr.Markdown(elem_id="net-charter-msg")

    gr.Markdown("### Demo day pack and starter kit")
    with gr.Row():
        pack = gr.Button("Build demo day pack (HTML and PDF)", elem_id="net-pack")
        kit = gr.Button("Export starter kit", elem_id="net-kit")
        blank = gr.Button("Blank kit for a new network", elem_id="net-kit-blank")
    files = gr.File(label="Downloads", file_count="multiple", elem_id="net-files")
    gr.Markdown("Import a filled kit on the Intake tab (upload the .xlsx) or with "
                "`assistant ingest FILE.xlsx`.")

    gr.Markdown("### Redaction before a remote LLM endpoint")
    redaction = gr.Markdown(elem_id="net-redaction")
    editor = ctx.gate(gr.Column(), "edit_redaction")  # stewards only
    with editor:
        with gr.Row():
            keep = gr.Textbox(label="Keep: the network's tools, products and brands, one per "
                              "line (never replaced)", lines=4, elem_id="net-redact-keep")
            people = gr.Textbox(label="People: names to replace wherever they stand, one per "
                                "line", lines=4, elem_id="net-redact-people")
        save_redaction = gr.Button("Save vocabulary", elem_id="net-redact-save")
    redaction_msg = gr.Markdown(elem_id="net-redact-msg")
    # The lists as loaded: a save applies only this steward's changes to them, so another
    # steward's save in between is not undone.
    loaded = gr.State(None)

    outputs = [sprint, metrics, review, theme, charter, purpose, cadence, boundaries,
               results, roles, version, redaction, keep, people, loaded]

    def load(request: gr.Request) -> list[Any]:
        md, choices = ctx.run(H.review_view, request)
        view = ctx.run(H.charter_view, request)
        state, kept, named = ctx.run(H.redaction_view, request)
        return [ctx.run(H.sprint_view, request), ctx.run(H.metrics_view, request), md,
                gr.update(choices=choices, value=None), *view, state, kept, named,
                (kept, named)]

    # What a steward is typing stays when another form of the tab is saved: only the form
    # just saved is reloaded from the store.
    forms = {"charter": (purpose, cadence, boundaries, results, roles, version),
             "redaction": (keep, people, loaded)}

    def then_load(message: str, request: gr.Request, saved: str = "") -> list[Any]:
        fresh = load(request)
        for name, boxes in forms.items():
            if name != saved:
                for box in boxes:
                    fresh[next(i for i, o in enumerate(outputs) if o is box)] = gr.skip()
        return [message, *fresh]

    def on_decide(d: str, r: str, request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.decide, request, None, d, r), request)

    def on_start(d: str, g: str, request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.start, request, d, g), request)

    def on_status(c: str, st: str, r: str, request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.set_status, request, c, st, r), request)

    def on_pulse(t: str, sc: float | None, d: str, request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.add_pulse, request, t, sc, d), request)

    def on_choose(t: str | None, c: str, n: str, request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.choose, request, t, c, n), request)

    def on_save(p: str, c: str, b: str, r: str, ro: str, v: int,
                request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.save_charter_form, request, p, c, b, r, ro, v), request,
                         "charter")

    def on_redaction(k: str, p: str, base: tuple[str, str] | None,
                     request: gr.Request) -> list[Any]:
        return then_load(ctx.run(H.save_redaction, request, k, p,
                                 tuple(base) if base else None), request, "redaction")

    def on_pack(request: gr.Request) -> list[str]:
        return ctx.run(H.demo_pack, request)

    def on_kit(request: gr.Request) -> list[str]:
        return [ctx.run(H.kit_file, request)]

    def on_blank(request: gr.Request) -> list[str]:
        return [ctx.run(H.kit_file, request, True)]

    decide.click(on_decide, [decision, reasons], [sprint_msg, *outputs],
                 show_progress_on=sprint_msg)
    start.click(on_start, [start_day, goals], [sprint_msg, *outputs],
                show_progress_on=sprint_msg)
    set_status.click(on_status, [case_id, status, resolved], [metrics_msg, *outputs],
                     show_progress_on=metrics_msg)
    add_pulse.click(on_pulse, [team, score, taken], [metrics_msg, *outputs],
                    show_progress_on=metrics_msg)
    choose.click(on_choose, [theme, choice, note], [review_msg, *outputs],
                 show_progress_on=review_msg)
    save.click(on_save, [purpose, cadence, boundaries, results, roles, version],
               [charter_msg, *outputs], show_progress_on=charter_msg)
    save_redaction.click(on_redaction, [keep, people, loaded], [redaction_msg, *outputs],
                         show_progress_on=redaction_msg)
    pack.click(on_pack, None, files, show_progress_on=files)
    kit.click(on_kit, None, files, show_progress_on=files)
    blank.click(on_blank, None, files, show_progress_on=files)
    return {"load": load, "outputs": outputs, "status": sprint}
