"""Publishing the playbook (Markdown for MkDocs, static HTML, JSON) and exporting recaps:
only approved content, hostile text escaped, only the publisher's own files replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.errors import AssistantError, Conflict
from assistant.index.service import search
from assistant.publish import export_recap, list_patterns, publish
from assistant.review import approve, edit_draft, get_draft, submit_for_review
from assistant.store.db import transaction
from assistant.store.models import Pattern
from assistant.summarize import draft_pattern, draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA
from tests.test_review_workflow import held_session

HOSTILE = "<script>alert('pwned')</script>"


def approved_pattern(ws: Workspace, tmp_path: Path, *, name: str) -> tuple[str, str]:
    """An approved recap and an approved pattern candidate drawn from it; returns both ids."""
    recap = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN)
    submit_for_review(ws, recap.id, actor=FRAN)
    approve(ws, recap.id, actor=STELLA)
    cand = draft_pattern(ws, recap_id=recap.id, actor=FRAN)
    texts = [b["text"] for b in cand.content["bullets"]]
    texts[0] = name
    texts[3] = f"Pair each newcomer with a named buddy for four shifts {HOSTILE}."
    edit_draft(ws, cand.id, texts, base_version=1, actor=FRAN)
    submit_for_review(ws, cand.id, actor=FRAN)
    # the extractive candidate leaves "does not apply when" uncited: a steward overrides
    approve(ws, cand.id, override="limits discussed in the session", actor=STELLA)
    return recap.id, cand.id


def test_publishing_writes_markdown_html_and_json_of_approved_content_only(
        ws: Workspace, tmp_path: Path) -> None:
    recap_id, cand_id = approved_pattern(ws, tmp_path, name="Buddy up newcomers")
    unapproved = draft_pattern(ws, recap_id=recap_id, actor=FRAN)  # stays a draft
    out = tmp_path / "site"
    report = publish(ws, to=out, actor=STELLA)
    assert (report.patterns, report.recaps) == (1, 1)
    data = json.loads((out / "playbook.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in data["patterns"]] == ["Buddy up newcomers"]
    assert len(data["recaps"]) == 1 and len(data["recaps"][0]["bullets"]) == 5
    (pid,) = [p["id"] for p in data["patterns"]]
    mkdocs = (out / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs_dir: markdown" in mkdocs and f"patterns/{pid}.md" in mkdocs
    assert (out / "markdown" / "patterns" / f"{pid}.md").exists()
    assert (out / "markdown" / "index.md").read_text(encoding="utf-8").count("Buddy up") == 1
    page = (out / "html" / "patterns" / f"{pid}.html").read_text(encoding="utf-8")
    assert "Buddy up newcomers" in page and 'href="../index.html"' in page
    # the unapproved candidate is nowhere
    everything = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert unapproved.id not in everything
    assert get_draft(ws, unapproved.id).status == "draft"
    # what was published is marked so, with an audit trail
    assert get_draft(ws, cand_id).status == "published"
    assert get_draft(ws, recap_id).status == "published"
    assert [p.status for p in list_patterns(ws)] == ["published"]


def test_hostile_text_is_escaped_in_every_html_and_markdown_file(ws: Workspace,
                                                                 tmp_path: Path) -> None:
    approved_pattern(ws, tmp_path, name=f"Buddies {HOSTILE}")
    out = tmp_path / "site"
    publish(ws, to=out, actor=STELLA)
    files = [p for p in out.rglob("*") if p.suffix in (".html", ".md")]
    assert len(files) >= 6
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert "<script" not in text.lower(), f
    page = next(f for f in files if f.suffix == ".html" and "patterns" in f.parts)
    assert "&lt;script&gt;" in page.read_text(encoding="utf-8")
    # JSON keeps the text as data, exactly as typed
    data = json.loads((out / "playbook.json").read_text(encoding="utf-8"))
    assert data["patterns"][0]["name"] == f"Buddies {HOSTILE}"


def test_a_published_pattern_is_found_by_meaning(ws: Workspace, tmp_path: Path) -> None:
    approved_pattern(ws, tmp_path, name="Buddy up newcomers for their first month")
    assert search(ws, "volunteers quit early", kind="patterns") == []  # approved, unpublished
    publish(ws, to=tmp_path / "site", actor=STELLA)
    hits = search(ws, "how do we keep new volunteers from quitting early", kind="patterns")
    assert hits and hits[0].title == "Buddy up newcomers for their first month"
    # the name is the hit's title; its snippet starts with what follows, not the name again
    assert not hits[0].snippet.startswith("Buddy up") and hits[0].snippet


def test_republishing_replaces_its_own_files_and_a_foreign_folder_is_left_alone(
        ws: Workspace, tmp_path: Path) -> None:
    approved_pattern(ws, tmp_path, name="Buddy up newcomers")
    out = tmp_path / "site"
    first = publish(ws, to=out, actor=STELLA)
    (out / "notes.md").write_text("mine", encoding="utf-8")
    publish(ws, to=out, actor=STELLA)
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"  # not the publisher's
    assert sorted(first.files) == sorted(publish(ws, to=out, actor=STELLA).files)
    assert (out / "playbook.json").exists()
    foreign = tmp_path / "my-documents"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("precious", encoding="utf-8")
    with pytest.raises(AssistantError, match="not a published playbook"):
        publish(ws, to=foreign, actor=STELLA)
    assert (foreign / "thesis.docx").read_text(encoding="utf-8") == "precious"
    assert not list(out.glob(".assistant-publish-*"))  # no staging folder left behind


def test_nothing_approved_means_nothing_to_publish(ws: Workspace, tmp_path: Path) -> None:
    draft_recap(ws, held_session(ws, tmp_path), actor=FRAN)
    with pytest.raises(AssistantError, match="Nothing to publish"):
        publish(ws, to=tmp_path / "site", actor=STELLA)
    assert not (tmp_path / "site").exists()
    with transaction(ws.engine) as s:
        assert not list(s.scalars(select(Pattern)))


def test_an_approved_recap_exports_as_markdown_and_as_plain_text(ws: Workspace,
                                                                 tmp_path: Path) -> None:
    recap = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN)
    with pytest.raises(Conflict, match="only an approved or published recap"):
        export_recap(ws, recap.id)
    submit_for_review(ws, recap.id, actor=FRAN)
    approve(ws, recap.id, actor=STELLA)
    md = export_recap(ws, recap.id, fmt="markdown")
    assert md.startswith("# Recap: Volunteer jam") and md.count("\n- **") == 5
    text = export_recap(ws, recap.id, fmt="text")
    assert text.startswith("Recap: Volunteer jam") and text.count("\n• ") == 5
    assert "**" not in text and "#" not in text


def test_the_published_site_downloads_as_one_zip_with_a_preview_and_its_escaping(
        ws: Workspace, tmp_path: Path) -> None:
    """A steward in a browser on another machine gets what was published: the site as a
    zip (only the publish's own files, the HTML still escaped) and a preview naming its
    patterns, whose markup shows as text."""
    import zipfile

    from assistant.ui.handlers import review as H

    assert H.published_site(ws, FRAN) == (None, "Nothing published yet: a steward "
                                          "publishes with **Publish the playbook**.")
    approved_pattern(ws, tmp_path, name=f"Buddies {HOSTILE}")
    out = ws.settings.data_dir / "playbook"  # where the app publishes
    report = publish(ws, actor=STELLA)
    (out / "notes.md").write_text("not the publisher's", encoding="utf-8")
    path, preview = H.published_site(ws, FRAN)  # any reader may look
    assert path is not None
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert names == {f"playbook/{f}" for f in report.files}
        assert {"playbook/playbook.json", "playbook/html/index.html",
                "playbook/markdown/index.md"} <= names
        pages = [z.read(n).decode() for n in names if n.endswith((".html", ".md"))]
        book = json.loads(z.read("playbook/playbook.json"))
    assert all("<script" not in p.lower() for p in pages)
    assert book["patterns"][0]["name"] == f"Buddies {HOSTILE}"
    assert "1 pattern and 1 recap" in preview and "Buddies" in preview
    assert "\\<script\\>" in preview  # shown as text: the app escapes what it renders


def test_a_public_page_names_an_approver_who_is_a_user_and_not_the_machines_account(
        ws: Workspace, tmp_path: Path) -> None:
    from assistant.review.users import add_user
    from assistant.store.models import Draft

    approved_pattern(ws, tmp_path, name="Buddy up newcomers")
    out = tmp_path / "site"
    publish(ws, to=out, actor=STELLA)  # stella approved before anyone was a user
    page = next((out / "html" / "patterns").glob("*.html")).read_text(encoding="utf-8")
    assert "Approved by a steward;" in page and "stella" not in page
    add_user(ws, "stella", role="steward", password="correct horse battery")
    with transaction(ws.engine) as s:
        assert {d.approved_by for d in s.scalars(select(Draft))} >= {"stella"}
    publish(ws, to=out, actor=STELLA)
    page = next((out / "html" / "patterns").glob("*.html")).read_text(encoding="utf-8")
    assert "Approved by stella;" in page
