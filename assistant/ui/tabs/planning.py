"""The "plan a session" fields, shared by Sessions (plan a session) and Intake (a transcript
whose session was never planned): title, format, date, start time, facilitator, and a case
picker that searches the store instead of listing every case."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.store.models import SESSION_FORMATS
from assistant.ui.context import AppContext
from assistant.ui.handlers import sessions as H


@dataclass(frozen=True)
class PlanFields:
    title: Any
    fmt: Any
    date: Any
    start: Any
    facilitator: Any
    cases: Any
    find: Any

    def values(self) -> list[Any]:
        """The components whose values a plan handler takes, in its argument order:
        title, format, date, start, facilitator, cases."""
        return [self.title, self.fmt, self.date, self.start, self.facilitator, self.cases]

    def cleared(self) -> dict[Any, Any]:
        """Updates that empty the form after a session was planned."""
        return {self.title: "", self.date: None, self.start: "", self.facilitator: "",
                self.cases: gr.update(value=[]), self.find: ""}


def plan_fields(ctx: AppContext, prefix: str, *,
                cases_label: str = "Cases to discuss") -> PlanFields:
    """Lay out the fields (element ids ``{prefix}-title``, ``-format``, ``-date``, ``-start``,
    ``-facilitator``, ``-cases``, ``-find-cases``) and wire the case search: typing in
    *Find cases* and pressing Enter lists the matching cases, keeping those already picked."""
    with gr.Row():
        title = gr.Textbox(label="Title", scale=3, elem_id=f"{prefix}-title")
        fmt = gr.Dropdown(list(SESSION_FORMATS), value=SESSION_FORMATS[0], label="Format",
                          scale=2, elem_id=f"{prefix}-format")
    with gr.Row():
        date = gr.DateTime(label="Date", include_time=False, type="string",
                           elem_id=f"{prefix}-date")
        start = gr.Textbox(label="Start time (HH:MM, optional)", placeholder="15:00",
                           info="Without it, the recap deadline counts from midnight "
                           "after the session's date.", elem_id=f"{prefix}-start")
        facilitator = gr.Textbox(label="Facilitator", elem_id=f"{prefix}-facilitator")
    with gr.Row():
        find = gr.Textbox(label="Find cases (words in the title or problem, then Enter)",
                          scale=2, elem_id=f"{prefix}-find-cases")
        cases = gr.Dropdown(label=f"{cases_label} (newest first; Find cases searches all)",
                            choices=[],
                            multiselect=True, filterable=True, scale=3,
                            elem_id=f"{prefix}-cases")

    def on_find(query: str, picked: list[str] | None, request: gr.Request) -> Any:
        choices = ctx.run(H.case_choices, request, query or "", list(picked or []))
        return gr.update(choices=list(choices), value=list(picked or []))

    find.submit(on_find, [find, cases], cases, show_progress_on=cases)
    return PlanFields(title, fmt, date, start, facilitator, cases, find)
