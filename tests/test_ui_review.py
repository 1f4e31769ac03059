"""Sessions and Review handlers end to end without a browser: plan, pre-read, transcript,
recap, edit (and an edit on a stale version), approval, pattern, publication, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError, Conflict, Forbidden
from assistant.ui.handlers import intake, playbook, review, sessions
from tests.sample_data import FRAN, STELLA, TRANSCRIPT, VIC


@pytest.fixture
def recap(ws, tmp_path: Path) -> tuple[object, str]:
    """A held session with a transcript and a drafted recap; returns (ws, draft id)."""
    intake.submit_case(ws, FRAN, "Volunteers drift away after the first month",
                       "New volunteers stop showing up within four weeks.", "", "", "", "",
                       "Northside", "", "")
    _, _, case_choices = sessions.overview(ws, FRAN)
    message, sid = sessions.plan(ws, FRAN, "Volunteer retention jam", "problem-solving jam",
                                 "2025-03-14", "15:00", "fran", [case_choices[0][1]])
    assert "Planned" in message
    assert "Volunteers drift away" in sessions.preread(ws, FRAN, sid)
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    assert "Attached" in sessions.attach(ws, FRAN, sid, str(vtt))
    message, draft_id = sessions.draft_recap(ws, FRAN, sid)
    return ws, draft_id


def test_recap_opens_with_one_cited_bullet_per_script_step(recap):
    ws, draft_id = recap
    view = review.open_draft(ws, FRAN, draft_id)
    assert view.kind == "recap" and len(view.bullets) == 5
    assert all(b.sources for b in view.bullets)
    assert view.sources, "the editor offers the cited sources to open"
    assert review.source_text(ws, FRAN, view.sources[0][1]).strip()


def test_an_edit_on_a_stale_version_keeps_the_users_text(recap):
    ws, draft_id = recap
    view = review.open_draft(ws, FRAN, draft_id)
    texts = [b.text for b in view.bullets]
    first = review.save_edits(ws, FRAN, draft_id, view.version, ["Mine, saved first"] + texts[1:])
    assert not first.conflict and first.view and first.view.version == view.version + 1
    mine = ["My careful rewording"] + texts[1:]
    second = review.save_edits(ws, STELLA, draft_id, view.version, mine)  # stale base
    assert second.conflict
    assert second.kept_texts[0] == "My careful rewording"
    assert second.base_version == view.version + 1


def test_a_viewer_who_approves_gets_the_librarys_refusal(recap):
    ws, draft_id = recap
    review.submit(ws, FRAN, draft_id)
    with pytest.raises(Forbidden, match="vic \\(viewer\\) may not approve"):
        review.approve(ws, VIC, draft_id, "looks fine")


def test_approved_recap_becomes_a_published_pattern_the_playbook_finds(recap):
    ws, draft_id = recap
    review.submit(ws, FRAN, draft_id)
    view, message = review.approve(ws, STELLA, draft_id, "grounded")
    assert view.status == "approved" and "Approved" in message
    assert "```diff" in view.diff or view.version == 1
    pattern_view, _ = review.draft_pattern(ws, STELLA, draft_id)
    assert pattern_view.kind == "pattern"
    name = pattern_view.bullets[0].text
    review.submit(ws, STELLA, pattern_view.draft_id)
    review.approve(ws, STELLA, pattern_view.draft_id, "", "limits discussed in the session")
    view, published = review.publish(ws, STELLA, pattern_view.draft_id)
    assert "Published" in published
    # No server path in what every role reads: the message and the review thread.
    data = str(ws.settings.data_dir)
    assert data not in published and "/" not in published
    from assistant.review.workflow import review_thread

    for did in (draft_id, pattern_view.draft_id):
        thread = review_thread(ws, did)
        assert any(e.action == "publish" for e in thread)
        assert not any(data in e.comment or "/" in e.comment for e in thread)
    table, choices = playbook.published_patterns(ws, STELLA)
    assert choices
    page = playbook.pattern_page(ws, VIC, choices[0][1])
    assert "Lineage" in page
    found, hits = playbook.search_library(ws, VIC, "give newcomers a buddy", "Everything")
    assert name[:20] in found.split("\n")[0]
    assert "Lineage" in playbook.open_hit(ws, VIC, hits[0][1])
    passage = next(key for _, key in hits if key.startswith("passage:"))
    opened = playbook.open_hit(ws, VIC, passage)
    assert "Volunteer retention jam" in opened and "> **" in opened
    assert "Recorded" in playbook.record_adoption(ws, VIC, choices[0][1], "Warehouse",
                                                  "2025-04-01", "Fewer drivers left")


def test_an_approved_recap_can_be_copied_as_plain_text_for_email(recap):
    ws, draft_id = recap
    with pytest.raises(Conflict, match="only an approved or published recap"):
        review.export_recap(ws, FRAN, draft_id, "Plain text (email, chat)")
    assert review.shareable(ws, FRAN, draft_id) == ((), None)  # a draft is not offered
    review.submit(ws, FRAN, draft_id)
    with pytest.raises(Conflict, match="waits for a steward's approval"):
        review.export_recap(ws, FRAN, draft_id, "Plain text (email, chat)")
    review.approve(ws, STELLA, draft_id, "")
    text = review.export_recap(ws, FRAN, draft_id, "Plain text (email, chat)")
    assert text.startswith("Recap: Volunteer retention jam") and text.count("\n• ") == 5
    assert review.export_recap(ws, FRAN, draft_id, "Markdown").startswith("# Recap:")


def test_a_published_recap_is_still_offered_for_sharing_after_it_left_the_inbox(recap):
    """The share box has its own list: approved and published recaps (the inbox, and so
    the Draft list, drops a recap once it is published)."""
    ws, draft_id = recap
    review.submit(ws, FRAN, draft_id)
    review.approve(ws, STELLA, draft_id, "")
    choices, chosen = review.shareable(ws, VIC, draft_id)
    assert [i for _, i in choices] == [draft_id] and chosen == draft_id
    assert choices[0][0] == "Volunteer retention jam (2025-03-14, approved)"
    review.publish(ws, STELLA, draft_id)
    _, inbox_choices = review.inbox(ws, FRAN)
    assert draft_id not in {i for _, i in inbox_choices}
    choices, chosen = review.shareable(ws, VIC, None)  # nothing open in the editor
    assert choices == (("Volunteer retention jam (2025-03-14, published)", draft_id),)
    assert chosen is None
    text = review.export_recap(ws, VIC, choices[0][1], "Plain text (email, chat)")
    assert text.startswith("Recap: Volunteer retention jam") and text.count("\n• ") == 5
    with pytest.raises(AssistantError, match="Choose a recap first"):
        review.export_recap(ws, VIC, None, "Markdown")


def test_unsaved_text_kept_by_the_browser_is_offered_back_only_for_its_own_draft() -> None:
    import json

    from assistant.ui import unsaved
    from assistant.ui.views import BulletView, DraftView

    view = DraftView(draft_id="D1", header="", version=3, sources=(), history="", diff="",
                     bullets=(BulletView("1", "one", ""), BulletView("2", "two", ""),
                              BulletView("3", "three", "")), title="Recap about SSO jam")
    shown = unsaved.baseline(view, editable=True)
    assert json.loads(shown) == {"draft": "D1", "version": 3, "title": "Recap about SSO jam",
                                 "texts": ["one", "two", "three"]}
    assert unsaved.baseline(view, editable=False) == "" == unsaved.baseline(None, True)

    def kept(draft: str, texts: list[str], version: int = 3) -> str:
        return json.dumps({"draft": draft, "version": version, "texts": texts,
                           "at": "07/12/2026, 14:02:00"})

    offer = unsaved.offer(shown, kept("D1", ["ONE", "two", "THREE"]))
    assert "Unsaved edits" in offer and "(bullets 1 and 3 changed)" in offer
    assert "14:02" in offer and "changed since" not in offer
    # Another draft's text, the same text as loaded, or rubbish: nothing offered.
    for other in (kept("D2", ["x", "y", "z"]), kept("D1", ["one", "two", "three"]),
                  "{not json", "", json.dumps({"draft": "D1", "texts": [1, 2]})):
        assert unsaved.offer(shown, other) == ""
        with pytest.raises(ValueError):
            unsaved.restore(shown, other)
    # Typed on version 2: putting it back makes version 2 the save's base, so the save
    # meets version 3 as a conflict instead of overwriting it.
    older = kept("D1", ["one", "TWO", "three"], version=2)
    assert "version 3 now" in unsaved.offer(shown, older)
    texts, base, message = unsaved.restore(shown, older)
    assert texts == ("one", "TWO", "three") and base == 2 and "Save edits" in message


def test_the_page_names_the_newest_draft_with_kept_text_whatever_tab_it_opens_on() -> None:
    import json

    from assistant.ui import unsaved

    assert unsaved.pending("") == unsaved.Pending("", "") == unsaved.pending("{bad")
    raw = json.dumps([{"draft": "D2", "title": "Recap about SSO jam", "at": "14:02", "ts": 2},
                      {"draft": "D1", "title": "Pattern about <b>x</b>", "ts": 1}])
    found = unsaved.pending(raw)
    assert found.draft == "D2" and "*Recap about SSO jam* (typed 14:02)" in found.note
    assert "1 other draft" in found.note and "<b>" not in found.note
