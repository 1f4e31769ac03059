"""The web app's plumbing without a browser: who acts, how errors show, what charts draw."""

from __future__ import annotations

import re

import gradio as gr
import numpy as np
import pytest

from assistant.auth import LOCAL
from assistant.errors import AssistantError, Forbidden
from assistant.ui.charts import NOVEL, MapPoint, project_2d, theme_map
from assistant.ui.context import AppContext
from assistant.ui.handlers.intake import parse_date
from assistant.ui.render import Markdown, esc, table


class FakeRequest:
    def __init__(self, username: str | None) -> None:
        self.username = username


def test_local_mode_acts_as_the_local_user_whatever_the_request_claims(ws):
    ctx = AppContext(ws=ws, sign_in=False)
    assert ctx.actor(FakeRequest("stella")) == LOCAL
    assert ctx.actor(None) == LOCAL


def test_signed_in_mode_refuses_a_request_without_a_user(ws):
    ctx = AppContext(ws=ws, sign_in=True)
    with pytest.raises(gr.Error, match="sign-in has ended"):
        ctx.actor(FakeRequest(None))


def test_a_call_that_runs_after_its_user_was_removed_is_told_the_sign_in_ended(ws):
    import html

    from assistant.review.users import add_user, remove_user
    from assistant.ui.signin import SESSION_ENDED

    add_user(ws, "stella", role="steward", password="correct horse battery")
    add_user(ws, "vic", role="viewer", password="correct horse battery")
    ctx = AppContext(ws=ws, sign_in=True)
    assert ctx.actor(FakeRequest("vic")).role == "viewer"
    remove_user(ws, "vic")
    with pytest.raises(gr.Error) as told:
        ctx.actor(FakeRequest("vic"))  # the words a call refused on arrival gets
    assert told.value.message == html.escape(SESSION_ENDED)


def test_library_errors_reach_the_user_as_their_message_not_a_traceback(ws):
    ctx = AppContext(ws=ws, sign_in=False)

    def refuse(ws, actor):
        raise Forbidden("vic (viewer) may not approve; that needs the role steward.")

    with pytest.raises(gr.Error) as info:
        ctx.run(refuse, None)
    assert "vic (viewer) may not approve" in info.value.message


def test_other_exceptions_are_not_disguised_as_user_errors(ws):
    ctx = AppContext(ws=ws, sign_in=False)

    def crash(ws, actor):
        raise KeyError("bug")

    with pytest.raises(KeyError):
        ctx.run(crash, None)


def test_form_dates_must_be_iso_and_say_how_to_fix_them():
    assert parse_date("2025-03-14").isoformat() == "2025-03-14"
    assert parse_date("  ") is None
    with pytest.raises(AssistantError, match="YYYY-MM-DD"):
        parse_date("14/03/2025", "session date")


def test_user_text_cannot_inject_markup_into_tables():
    md = table(("title",), [("<script>x</script> | *bold*",)])
    assert "<script>" not in md
    assert "\\|" in md and "\\*bold\\*" in md
    assert table(("a",), []) == "_None._"
    assert esc("a_b") == "a\\_b"
    # the app's own emphasis (Markdown) stays emphasis beside escaped user text
    md = table(("session", "promise"), [("*Jam*", Markdown("**overdue**"))])
    assert "| \\*Jam\\* | **overdue** |" in md


def test_the_today_screen_marks_an_overdue_recap_in_bold_not_in_asterisks(ws, tmp_path):
    from assistant.ui.handlers.today import _recaps
    from tests.test_review_workflow import held_session

    held_session(ws, tmp_path)  # held 2025-03-14, no recap drafted: overdue
    md = _recaps(ws)
    assert "| Not drafted |" in md and "| **overdue** |" in md and "\\*" not in md


def test_pca_fallback_is_deterministic_and_separates_clusters():
    rng = np.random.default_rng(0)
    a = rng.normal(0, 0.1, size=(20, 16)) + 3
    b = rng.normal(0, 0.1, size=(20, 16)) - 3
    xy = project_2d(np.vstack([a, b]))
    assert xy.shape == (40, 2)
    assert np.array_equal(xy, project_2d(np.vstack([a, b])))
    assert np.sign(xy[:20, 0]).tolist() == [np.sign(xy[0, 0])] * 20
    assert np.sign(xy[20:, 0]).tolist() == [-np.sign(xy[0, 0])] * 20
    assert project_2d(np.zeros((0, 16))).shape == (0, 2)


def test_theme_map_draws_one_trace_per_theme_with_novel_cases_last():
    pts = [MapPoint("C1", "a", "Fees", 0, 0), MapPoint("C2", "b", NOVEL, 1, 1),
           MapPoint("C3", "c", "Fees", 2, 2), MapPoint("C4", "d", "Cards", 3, 3)]
    fig = theme_map(pts)
    names = [t.name for t in fig.data]
    assert names == ["Fees", "Cards", NOVEL]
    assert list(fig.data[0].customdata) == ["C1", "C3"]


def test_two_broad_themes_of_one_name_get_their_own_trace_and_colour():
    pts = [MapPoint("C1", "a", "Card issues", 0, 0, group="B1"),
           MapPoint("C2", "b", "Card issues", 1, 1, group="B2"),
           MapPoint("C3", "c", "Card issues", 2, 2, group="B1")]
    fig = theme_map(pts)
    assert [t.name for t in fig.data] == ["Card issues", "Card issues (2)"]
    assert [list(t.customdata) for t in fig.data] == [["C1", "C3"], ["C2"]]
    assert fig.data[0].marker.color != fig.data[1].marker.color


def test_the_map_hover_names_a_sub_theme_only_when_it_differs_from_its_broad_theme():
    pts = [MapPoint("C1", "Login loops", "SSO setup", 0, 0, subtheme="sso  Setup", group="B1"),
           MapPoint("C2", "Rows lost", "Imports", 1, 1, subtheme="Quoted commas", group="B2")]
    hovers = {t.name: t.text[0] for t in theme_map(pts).data}
    assert hovers["SSO setup"] == "<b>Login loops</b><br>SSO setup"
    assert hovers["Imports"] == "<b>Rows lost</b><br>Quoted commas<br>Imports"


MARKUP = "SSO & identity <b>setup</b> <script>alert(1)</script> %{y} <br>done"


def test_theme_names_show_as_plain_text_in_map_legend_and_hover():
    fig = theme_map([MapPoint("C1", "a <i>case</i>", MARKUP, 0, 0, subtheme="<a href='x'>s</a>")])
    legend, hover = fig.data[0].name, fig.data[0].text[0]
    for shown in (legend, hover):
        assert "<b>setup" not in shown and "<script" not in shown and "<a " not in shown
    assert legend.startswith("SSO &amp; identity &lt;b&gt;setup&lt;/b&gt;")
    assert "&lt;i&gt;case&lt;/i&gt;" in hover and "&lt;a href" in hover


def test_long_theme_names_are_shortened_with_an_ellipsis_in_legends():
    from assistant.ui.charts import LABEL_CHARS, plain_label, trend_chart

    name = "Data residency question blocks onboarding of new customers"
    fig = theme_map([MapPoint("C1", "a", name, 0, 0)])
    assert fig.data[0].name == "Data residency question blocks…"  # whole words only
    assert len(plain_label(name)) <= LABEL_CHARS
    assert "Data residency question blocks onboarding of new customers" in \
        theme_map([MapPoint("C1", "a", name, 0, 0)]).data[0].text[0]
    assert trend_chart(["w1"], {name: [1]}, "t").data[0].name.endswith("…")


def test_labels_are_shortened_after_a_whole_word_and_never_pass_their_limit():
    from assistant.index.texts import shorten
    from assistant.ui.charts import plain_label
    from assistant.ui.render import choice_label

    assert shorten("Badge  access\nat the door", 40) == "Badge access at the door"  # fits
    assert shorten("", 5) == "" and choice_label("C7", "  ") == "C7"
    text = "Volunteers drift away after the first month of shifts"
    assert shorten(text, 30) == "Volunteers drift away after…"
    assert shorten(text, 28) == "Volunteers drift away after…"  # "after" ends right at 27
    assert shorten("One, two, three four", 11) == "One, two…"  # no comma before the "…"
    assert shorten("x" * 50, 20) == "x" * 19 + "…"  # one long word: cut inside it
    for limit in range(2, len(text) + 2):
        cut = shorten(text, limit)
        assert len(cut) <= limit and (cut == text or cut.endswith("…"))
        assert cut == text or text.startswith(cut[:-1])
    assert choice_label("C1", text, 30) == shorten(text, 30)
    assert plain_label("<b>" + text, 30) == "&lt;b&gt;Volunteers drift away…"


def test_trend_lines_name_themes_as_plain_text_in_legend_and_hover():
    from assistant.ui.charts import trend_chart

    line = trend_chart(["w1", "w2"], {MARKUP: [1, 2]}, "New cases per week").data[0]
    assert "<b>" not in line.name and "<script" not in line.name
    template = line.hovertemplate
    assert "&lt;b&gt;setup&lt;/b&gt;" in template and "&lt;script&gt;" in template
    assert "%{y} cases" in template and "&#37;{y}" in template  # the name's own "%{y}" is text
    assert "<br>done" not in template


@pytest.mark.parametrize("sign_in", [False, True])
def test_the_app_builds_every_tab_with_the_ids_the_browser_tests_use(ws, sign_in):
    from assistant.ui.app import build_app

    demo = build_app(ws, sign_in=sign_in)
    ids = {c.get("props", {}).get("elem_id") for c in demo.config["components"]}
    for needed in ("who", "tab-today", "tab-intake", "tab-sessions", "tab-review", "tab-themes",
                   "tab-playbook", "case-problem", "case-submit", "intake-files", "plan-cases",
                   "plan-start", "intake-new-start",
                   "session-preread", "session-transcript", "session-recap", "bullet-0",
                   "review-save", "review-approve", "review-source", "themes-map",
                   "search-query", "adopt-submit"):
        assert needed in ids, needed
    assert ("local-mode-note" in ids) is not sign_in
    assert ("sign-out" in ids) is sign_in


def test_a_session_planned_with_its_transcript_in_intake_can_be_given_a_start_time(ws):
    from assistant.ui.app import build_app

    demo = build_app(ws, sign_in=False)
    ids = {c["id"]: c.get("props", {}).get("elem_id") for c in demo.config["components"]}
    (store,) = [d for d in demo.config["dependencies"]
                if [ids.get(t[0]) for t in d["targets"]] == ["intake-store"]]
    # handed to the store action in the plan form's order, as Sessions' plan form does
    assert [ids.get(i) for i in store["inputs"]][3:] == [
        "intake-new-title", "intake-new-format", "intake-new-date", "intake-new-start",
        "intake-new-facilitator", "intake-new-cases"]


def test_what_the_app_runs_in_the_browser_is_turned_into_javascript(ws) -> None:
    """Events marked js=True (locking the session-details editor the moment a session is
    picked) must run in the browser; a function Gradio cannot turn into JavaScript would
    silently make the round trip to the server instead, and the lock would come late."""
    from assistant.ui.app import build_app

    demo = build_app(ws, sign_in=False)
    in_browser = [f.fn for f in demo.fns.values() if f.fn is not None and f.js is True]
    assert in_browser  # the details editor's lock at least
    demo.transpile_to_js(quiet=True)
    assert [f.__name__ for f in in_browser
            if getattr(f, "__js_implementation__", None) is None] == []


def test_user_text_in_the_app_can_neither_link_nor_autolink() -> None:
    from assistant.ui.render import esc, inert_markdown, table

    # The app's Markdown renderer (GitHub-flavoured) links "[x](url)", bare URLs, "www."
    # and email addresses on its own; each loses the character that makes it a link.
    text = "see [x](http://evil.example) WWW.evil.example ann.lee@example.com"
    for shown in (esc(text), table(("title",), [(text,)]),
                  inert_markdown(f"## Pre-read\n{text}")):
        assert not re.search(r"(?<!\\)\]\(", shown) and "http://" not in shown
        assert "www." not in shown.lower() and "lee@" not in shown


def test_a_viewer_on_today_is_told_that_marking_action_items_done_is_hidden(ws):
    """On Today the facilitator's hidden control marks an action item done: the note says
    that, not "editing drafts" (the permission's name on the Review screen)."""
    from assistant.review.users import add_user
    from assistant.ui.tabs import today

    for name, role in (("stella", "steward"), ("vic", "viewer"), ("fran", "facilitator")):
        add_user(ws, name, role=role, password="correct horse battery")
    ctx = AppContext(ws=ws, sign_in=True)
    with gr.Blocks():
        today.build(ctx)
    [note] = ctx.gate_updates(FakeRequest("vic"))[len(ctx.gates):]
    assert note["visible"] and "marking action items done needs the facilitator or " \
        "steward role" in note["value"], note
    assert "editing drafts" not in note["value"]
    [note] = ctx.gate_updates(FakeRequest("fran"))[len(ctx.gates):]
    assert not note["visible"]
