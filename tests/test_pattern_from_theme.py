"""A pattern drafted from a theme: a broad theme's cases are its sub-themes' cases, and
every field the draft fills grounds against the cases it cites (no case ids or counts
posing as claims), with what to do taken from what someone did about a case."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session as OrmSession

from assistant.cluster import get_theme, set_broad_target, theme_tree
from assistant.examples import prepare_example_network
from assistant.store.models import Case
from assistant.summarize import draft_pattern, draft_theme_label
from assistant.workspace import Workspace


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory, embedder) -> Workspace:  # noqa: ANN001
    from assistant.config import load_settings
    from assistant.workspace import open_workspace

    ws = open_workspace(load_settings(data_dir=tmp_path_factory.mktemp("ex") / "data"),
                        embedder=embedder)
    prepare_example_network(ws)
    yield ws
    ws.close()


def test_a_broad_theme_drafts_from_its_sub_themes_cases(example: Workspace) -> None:
    set_broad_target(example, 3)  # broad themes of several sub-themes
    b = max(theme_tree(example), key=lambda b: (len(b.subthemes), b.theme.size, b.theme.id))
    assert len(b.subthemes) >= 2, "the example network has a broad theme of two or more"
    shown = {m.case_id for t in b.subthemes for m in get_theme(example, t.id).members}
    d = draft_pattern(example, theme_id=b.theme.id)
    assert set(d.content["pattern"]["evidence"]["cases"]) == shown
    assert len(shown) == b.theme.size
    assert draft_theme_label(example, b.theme.id).content["bullets"][0]["text"]


def test_a_pattern_from_a_theme_grounds_against_what_it_cites(example: Workspace) -> None:
    sub = max((t for b in theme_tree(example) for t in b.subthemes),
              key=lambda t: (t.size, t.id))
    d = draft_pattern(example, theme_id=sub.id)
    by = {b["step"]: b for b in d.content["bullets"]}
    members = {m.case_id for m in get_theme(example, sub.id).members}
    for step in ("problem", "context", "solution", "applies_when"):
        assert by[step]["text"], step
        assert by[step]["flag"] == "", (step, by[step]["flag"])
        assert {c["case_id"] for c in by[step]["citations"]} <= members
    assert not any(cid in by["applies_when"]["text"] for cid in members)
    # What to do is what was done about the cited case, not how it ended.
    with OrmSession(example.engine) as s:
        cited = s.get(Case, by["solution"]["citations"][0]["case_id"])
        assert cited is not None and cited.tried
        assert by["solution"]["text"].split()[:3] == " ".join(cited.tried.split()).split()[:3]


def test_a_theme_of_bare_problems_leaves_context_and_what_to_do_empty_not_repeated(
        ws: Workspace, tmp_path) -> None:  # noqa: ANN001
    from assistant.cluster import list_themes, recompute_themes
    from tests.test_themes import IMPORT, SSO, ingest

    ingest(ws, tmp_path, SSO + IMPORT)  # a title and a problem each: no context, tried, outcome
    recompute_themes(ws)
    theme = max(list_themes(ws), key=lambda t: (t.size, t.id))
    d = draft_pattern(ws, theme_id=theme.id)
    by = {b["step"]: b["text"] for b in d.content["bullets"]}
    assert by["problem"]
    texts = [by[k] for k in ("problem", "context", "solution", "applies_when") if by[k]]
    assert len(texts) == len(set(texts)), by
    assert by["context"] == "" and by["solution"] == ""


def test_the_reviewer_writes_does_not_apply_when_without_a_source(example: Workspace) -> None:
    from assistant.review.textedit import editable_text, read_edited_cited
    from assistant.review.workflow import approval_blockers, edit_draft, get_draft, shown_text

    sub = max((t for b in theme_tree(example) for t in b.subthemes),
              key=lambda t: (t.size, t.id))
    d = get_draft(example, draft_pattern(example, theme_id=sub.id).id)
    assert "## Does not apply when\n\n" in editable_text(d)  # left for the reviewer
    assert "Does not apply when:** _(empty: the reviewer writes this)_" in shown_text(example,
                                                                                      d.id)
    before = approval_blockers(example, d.id)
    text = editable_text(d).replace("## Does not apply when\n",
                                    "## Does not apply when\nThe team already has a rota "
                                    "that covers it around the clock.\n")
    base, texts, typed = read_edited_cited(text, d)
    edit_draft(example, d.id, texts, sources=typed, base_version=base or 1)
    by = {b["step"]: b for b in get_draft(example, d.id).versions[-1].content["bullets"]}
    assert by["not_when"]["text"].startswith("The team already has a rota")
    assert by["not_when"]["flag"] == "" and "own judgement" in by["not_when"]["note"]
    assert approval_blockers(example, d.id) == before  # nothing new stops approval


def _said_by(name: str, texts: list[str]) -> int:
    """How many of ``texts`` say every content word of ``name`` (a plural as its singular)."""
    from assistant.summarize.pattern import _stems

    words = _stems(name)
    return sum(1 for t in texts if words and words <= _stems(t))


def test_a_themes_pattern_is_named_for_what_its_cases_share_not_one_cases_detail(
        example: Workspace) -> None:
    from assistant.summarize.drafts import case_text
    from assistant.summarize.labels import theme_cases
    from assistant.summarize.pattern import build_pattern

    one_case_names = 0
    for t in (t for b in theme_tree(example) for t in b.subthemes):
        with OrmSession(example.engine) as s:
            theme, cases = theme_cases(s, t.id)
            texts, label = [case_text(c) for c in cases], theme.label
        name = {b["step"]: b for b in build_pattern(example, recap_id=None, theme_id=t.id)
                .content["bullets"]}["name"]
        if _said_by(label, texts) < 2:  # the theme is named after one of its cases
            one_case_names += 1
            assert name["text"] != label, (t.id, label)
        # whatever names the pattern, at least two of the theme's cases say it
        assert not name["text"] or _said_by(name["text"], texts) >= 2, (t.id, name["text"])
        assert not name["text"] or len(name["citations"]) >= 2
    assert one_case_names, "the example network has themes named after one case"


def test_a_practice_two_cases_tried_names_the_themes_pattern(ws: Workspace, tmp_path) -> None:  # noqa: ANN001
    from assistant.cluster import list_themes, recompute_themes
    from assistant.ingest.service import ingest_paths
    from assistant.summarize.pattern import build_pattern
    from tests.test_themes import IMPORT, SSO

    tried = {IMPORT[4]: "Sent the customer our CSV template with one column per field.",
             IMPORT[1]: "Sent our CSV template with one column per field before the second "
                        "import.",
             IMPORT[3]: "Split the file into four smaller files and loaded them one by one.",
             SSO[1]: "Asked their admin to send only the groups assigned to our app."}
    rows = ["Title,Problem,Tried,Submitted"] + [f'"{t}","{t}.","{tried.get(t, "")}",2026-09-07'
                                                 for t in SSO + IMPORT]
    (tmp_path / "cases.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest_paths(ws, [tmp_path / "cases.csv"])
    recompute_themes(ws)
    theme = max(list_themes(ws), key=lambda t: (sum(m.title in IMPORT for m in
                                                    get_theme(ws, t.id).members), t.id))
    members = {m.case_id: m.title for m in get_theme(ws, theme.id).members}
    assert {IMPORT[1], IMPORT[4]} <= set(members.values())
    name = {b["step"]: b for b in build_pattern(ws, recap_id=None, theme_id=theme.id)
            .content["bullets"]}["name"]
    assert name["text"].startswith("Sent") and "CSV template" in name["text"], name
    assert _said_by(name["text"], [tried[IMPORT[1]], tried[IMPORT[4]]]) == 2
    assert {members[c["case_id"]] for c in name["citations"]} == {IMPORT[1], IMPORT[4]}


def test_a_stewards_name_for_the_theme_names_its_pattern(example: Workspace) -> None:
    from assistant.auth import Actor
    from assistant.cluster import rename_theme
    from assistant.summarize.pattern import build_pattern

    sub = min((t for b in theme_tree(example) for t in b.subthemes),
              key=lambda t: (t.size, t.id))
    rename_theme(example, sub.id, "Check what a customer sends before loading it",
                 actor=Actor("sam", "steward"))
    name = {b["step"]: b for b in build_pattern(example, recap_id=None, theme_id=sub.id)
            .content["bullets"]}["name"]
    assert name["text"] == "Check what a customer sends before loading it"
    assert name["citations"]
