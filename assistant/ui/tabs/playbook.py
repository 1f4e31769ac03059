"""Playbook tab: search by meaning; published patterns with lineage and adoptions."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.context import AppContext
from assistant.ui.handlers import playbook as H


def build(ctx: AppContext) -> dict[str, Any]:
    gr.Markdown("### Search the library by meaning\n"
                "Describe a problem in your own words; matches need not share a word.")
    with gr.Row():
        query = gr.Textbox(label="Search", placeholder="e.g. people stop coming to sessions",
                           scale=4, elem_id="search-query")
        scope = gr.Radio(list(H.SCOPES), value="Everything", label="Look in", scale=3,
                         elem_id="search-scope")
    go = gr.Button("Search", variant="primary", elem_id="search-go")
    results = gr.Markdown(elem_id="search-results")
    hit_pick = gr.Dropdown(label="Open a result", choices=[], elem_id="search-open")
    hit_text = gr.Markdown(elem_id="search-open-text")

    def on_search(q: str, sc: str, request: gr.Request) -> list[Any]:
        res, error = ctx.attempt(H.search_library, request, q, sc)
        if error or res is None:
            return [error, gr.update(choices=[], value=None), ""]
        md, choices = res
        return [md, gr.update(choices=list(choices), value=None), ""]

    def on_open(key: str | None, request: gr.Request) -> str:
        if not key:
            return ""
        text, error = ctx.attempt(H.open_hit, request, key)
        return error or text or ""

    search_out = [results, hit_pick, hit_text]
    go.click(on_search, [query, scope], search_out, show_progress_on=results)
    query.submit(on_search, [query, scope], search_out, show_progress_on=results)
    hit_pick.input(on_open, hit_pick, hit_text, show_progress_on=hit_text)

    gr.Markdown("### Published patterns")
    patterns = gr.Markdown(elem_id="patterns-table")
    with gr.Row():
        picker = gr.Dropdown(label="Pattern", choices=[], scale=4, elem_id="pattern-pick")
        refresh = gr.Button("Refresh", scale=1, elem_id="patterns-refresh")
    page = gr.Markdown(elem_id="pattern-page")
    gr.Markdown("#### I applied this pattern")
    with gr.Row():
        team = gr.Textbox(label="Team", placeholder="the team that applied it",
                          elem_id="adopt-team")
        applied = gr.DateTime(label="Date", include_time=False, type="string",
                              elem_id="adopt-date")
        outcome = gr.Textbox(label="Outcome (optional)", lines=2, scale=2,
                             elem_id="adopt-outcome")
    adopt = gr.Button("Record adoption", variant="primary", elem_id="adopt-submit")
    adopt_msg = gr.Markdown(elem_id="adopt-result")

    def load(request: gr.Request) -> list[Any]:
        table, choices = ctx.run(H.published_patterns, request)
        return [table, gr.update(choices=list(choices))]

    def show(pattern_id: str | None, request: gr.Request) -> str:
        return ctx.run(H.pattern_page, request, pattern_id) if pattern_id else ""

    def on_adopt(pattern_id: str | None, t: str, d: str | None, o: str,
                 request: gr.Request) -> list[Any]:
        message, error = ctx.attempt(H.record_adoption, request, pattern_id, t, d, o)
        if error:
            return [error, gr.update(), gr.update(), gr.update(), gr.update()]
        return [message, ctx.run(H.pattern_page, request, pattern_id), "", None, ""]

    refresh.click(load, None, [patterns, picker], show_progress_on=patterns)
    picker.input(show, picker, page, show_progress_on=page)
    adopt.click(on_adopt, [picker, team, applied, outcome],
                [adopt_msg, page, team, applied, outcome], show_progress_on=adopt_msg)
    return {"load": load, "outputs": [patterns, picker], "status": patterns}
