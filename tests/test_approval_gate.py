"""A recap or pattern with open grounding flags, or a pattern with an empty required field,
cannot be approved unless a steward overrides with a reason, which is audited. Runs on every
configured database (SQLite always, PostgreSQL in CI)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.errors import Conflict
from assistant.review import approve, edit_draft, get_draft, submit_for_review
from assistant.review.gate import blockers, contact_details
from assistant.store.db import transaction
from assistant.store.models import AuditEvent, DraftVersion, Pattern
from assistant.summarize import draft_pattern, draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA
from tests.test_review_workflow import held_session, texts

INVENTED = "The CFO demanded a 2 million SEK refund."


def flagged_recap(ws: Workspace, tmp_path: Path) -> str:
    rid = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    t = texts(ws, rid)
    t[1] = INVENTED
    v = edit_draft(ws, rid, t, base_version=get_draft(ws, rid).versions[-1].number,
                   actor=FRAN)
    assert any("'2 million'" in str(f.get("message")) for f in v.flags)
    submit_for_review(ws, rid, actor=FRAN)
    return rid


def events(ws: Workspace, draft_id: str, action: str) -> list[AuditEvent]:
    with transaction(ws.engine) as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.object_id == draft_id,
                                                       AuditEvent.action == action)))
        s.expunge_all()
        return rows


def test_a_recap_with_an_open_flag_is_refused_and_says_why(any_ws, tmp_path) -> None:
    rid = flagged_recap(any_ws, tmp_path)
    with pytest.raises(Conflict, match=r"cannot be approved yet: open grounding flag on "
                       r"bullet 2.*'2 million'.*override"):
        approve(any_ws, rid, actor=STELLA)
    assert get_draft(any_ws, rid).status == "in_review"
    assert events(any_ws, rid, "approve") == []


def test_a_steward_override_with_a_reason_approves_and_is_audited(any_ws, tmp_path) -> None:
    rid = flagged_recap(any_ws, tmp_path)
    with pytest.raises(Conflict):
        approve(any_ws, rid, override="   ", actor=STELLA)  # a blank reason is no reason
    d = approve(any_ws, rid, override="CFO confirmed the refund by phone", actor=STELLA)
    assert d.status == "approved"
    (ev,) = events(any_ws, rid, "approve_override")
    assert ev.actor == "stella" and ev.detail == "CFO confirmed the refund by phone"
    assert any("'2 million'" in b for b in ev.before["blockers"])
    (ap,) = events(any_ws, rid, "approve")
    assert ap.after["override"] == "CFO confirmed the refund by phone"


def test_a_pattern_with_an_empty_required_field_needs_an_override(any_ws, tmp_path) -> None:
    ws = any_ws
    rid = draft_recap(ws, held_session(ws, tmp_path), actor=FRAN).id
    submit_for_review(ws, rid, actor=FRAN)
    approve(ws, rid, override="test fixture", actor=STELLA)
    cand = draft_pattern(ws, recap_id=rid, actor=FRAN)
    # a drafter leaves a field it found nothing for visibly empty (editors cannot blank one)
    with transaction(ws.engine) as s:
        v = s.scalars(select(DraftVersion).where(DraftVersion.draft_id == cand.id)
                      .order_by(DraftVersion.number.desc())).first()
        assert v is not None
        content = copy.deepcopy(v.content)
        for b in content["bullets"]:
            if b["step"] == "solution":
                b["text"] = ""
        v.content = content
        v.flags = []
    submit_for_review(ws, cand.id, actor=FRAN)
    with pytest.raises(Conflict,
                       match="the required field “The pattern \\(what to do\\)” is empty"):
        approve(ws, cand.id, actor=STELLA)
    with transaction(ws.engine) as s:
        assert not list(s.scalars(select(Pattern)))
    approve(ws, cand.id, override="steward will write it before publishing", actor=STELLA)
    with transaction(ws.engine) as s:
        assert [p.status for p in s.scalars(select(Pattern))] == ["approved"]


def test_blockers_ignore_other_draft_kinds_and_clean_drafts() -> None:
    flag = {"bullet": 0, "kind": "unsupported", "message": "Not supported."}
    assert blockers("preread", {"bullets": [{"text": "x"}]}, [flag]) == []
    assert blockers("recap", {"bullets": [{"step": "case", "text": "x"}]}, []) == []
    full = {"bullets": [{"step": s, "text": "x"} for s in
                        ("name", "problem", "solution", "applies_when")]}
    assert blockers("pattern", full, []) == []
    assert blockers("recap", {"bullets": [{"step": "case", "label": "The case",
                                           "text": "x"}]}, [flag]) == [
        "open grounding flag on bullet 1 (The case): Not supported."]


def test_cli_approve_takes_an_override_reason(tmp_path, embedder) -> None:
    from assistant.config import load_settings
    from assistant.workspace import open_workspace
    from tests.test_cli_review import invoke

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        rid = flagged_recap(ws, tmp_path)
        from assistant.review.workflow import get_draft

        shown = str(get_draft(ws, rid).versions[-1].number)  # as `review show` prints it
    finally:
        ws.close()
    base = ["--data-dir", str(data)]
    code, out = invoke(base, "review", "approve", rid, "--version", shown)
    assert code != 0 and "cannot be approved yet" in out
    code, out = invoke(base, "review", "approve", rid, "--version", shown, "--override",
                       "checked with the CFO")
    assert code == 0 and "override recorded" in out, out


def test_the_review_screen_refuses_then_accepts_an_override(any_ws, tmp_path) -> None:
    from assistant.ui.handlers import review as screen

    rid = flagged_recap(any_ws, tmp_path)
    with pytest.raises(Conflict, match="cannot be approved yet"):
        screen.approve(any_ws, STELLA, rid, "looks fine")
    view, message = screen.approve(any_ws, STELLA, rid, "", "refund confirmed by phone")
    assert view.status == "approved" and "override" in message
    # Published, the draft leaves Stella's inbox, but the picker that shows it still names it.
    view, _ = screen.publish(any_ws, STELLA, rid)
    assert view is not None and view.status == "published"
    _, waiting = screen.inbox(any_ws, STELLA)
    assert rid not in {i for _, i in waiting}
    _, choices = screen.inbox(any_ws, STELLA, rid)
    [(label, _)] = [c for c in choices if c[1] == rid]
    assert "published" in label.lower()
    assert [c for c in choices if c[1] != rid] == list(waiting)
    # A draft gone since the editor opened it is simply not kept.
    assert screen.inbox(any_ws, STELLA, "D0000000000")[1] == waiting


def test_an_email_or_phone_in_a_draft_blocks_approval_until_a_steward_says_why(
        any_ws, tmp_path) -> None:
    rid = draft_recap(any_ws, held_session(any_ws, tmp_path), actor=FRAN).id
    t = texts(any_ws, rid)
    t[4] = "Questions to ana.silva@example.com or call +44 20 7946 0958."
    edit_draft(any_ws, rid, t, base_version=get_draft(any_ws, rid).versions[-1].number,
               actor=FRAN)
    submit_for_review(any_ws, rid, actor=STELLA)
    with pytest.raises(Conflict) as err:
        approve(any_ws, rid, actor=STELLA)
    assert "bullet 5" in str(err.value) and "ana.silva@example.com" in str(err.value)
    assert "phone number (+44 20 7946 0958)" in str(err.value) and "override" in str(err.value)
    d = approve(any_ws, rid, override="Ana asked to be the contact", actor=STELLA)
    assert d.status == "approved"
    (ev,) = events(any_ws, rid, "approve_override")
    assert any("email address" in b for b in ev.before["blockers"])
    # Said again when it goes out.
    from assistant.publish import publish

    report = publish(any_ws, to=tmp_path / "site", actor=STELLA)
    assert any("ana.silva@example.com" in n for n in report.notes)
    assert "Note: the recap of" in str(report)


def test_ids_dates_and_plain_text_are_not_taken_for_contact_details() -> None:
    clean = {"bullets": [{"step": "case", "label": "The case",
                          "text": "Invoice 20458812 failed on 2026-10-05; the team met at 14:30 "
                                  "and rolled back release 4.2.1 for 3 customers."}],
             "actions": [{"owner": "Ana", "action": "email the vendor about ticket 5512"}]}
    assert blockers("recap", clean, []) == []
    held = {"bullets": [{"step": "case", "text": "x"}],
            "actions": [{"owner": "Bo", "action": "write to bo.chen@example.org"}]}
    assert blockers("recap", held, []) == [
        "action item 1 holds an email address (bo.chen@example.org): personal data would "
        "be published"]



def test_the_gate_and_a_late_correction_find_contact_details_the_same_way() -> None:
    # one finder for both: what blocks approval is what an approved recap's action item
    # may not gain (tracking._no_new_contacts_after_approval)
    text = "Call Bo on +44 20 7946 0958 or write to bo.chen@example.org about ticket 5512"
    assert contact_details(text) == [("EMAIL", "bo.chen@example.org"),
                                     ("PHONE", "+44 20 7946 0958")]
    assert contact_details("ticket 5512, release 4.2.1, 2026-10-05 at 14:30") == []

def test_a_bullet_approved_over_its_unsupported_flag_is_published_without_that_source(
        any_ws, tmp_path) -> None:
    from assistant.publish import UNSUPPORTED, publish

    rid = draft_recap(any_ws, held_session(any_ws, tmp_path), actor=FRAN).id
    d = get_draft(any_ws, rid)
    cited = [c for c in d.versions[-1].content["bullets"][1]["citations"]]
    assert cited  # the machine draft cites a turn for this bullet
    t = texts(any_ws, rid)
    t[1] = "Quarterly tax filings need a second signature from finance."
    v = edit_draft(any_ws, rid, t, base_version=d.versions[-1].number, actor=FRAN)
    assert any(str(f.get("message")).startswith(UNSUPPORTED) and f.get("bullet") == 1
               for f in v.flags)
    submit_for_review(any_ws, rid, actor=FRAN)
    approve(any_ws, rid, override="the group agreed this after the recording", actor=STELLA)
    out = tmp_path / "site"
    publish(any_ws, to=out, actor=STELLA)
    page = (out / "markdown" / "recaps" / f"{rid}.md").read_text(encoding="utf-8")
    line = next(x for x in page.splitlines() if "second signature" in x)
    assert "the reviewer's words" in line
    assert not any(str(c.get("speaker") or "") in line for c in cited if c.get("speaker"))


@pytest.mark.parametrize("text,phone", [
    ("mobile: +44 7911 123456", "+44 7911 123456"),
    ("Ring 07700 900123 now", "07700 900123"),
    ("Call +49 30 12345678.", "+49 30 12345678"),
    ("call +447911123456", "+447911123456"),
    ("text +44 7700 900123 today", "+44 7700 900123"),  # a number kept for fiction: still one
    ("Paris office: +33 1 42 68 53 00", "+33 1 42 68 53 00"),
    ("Nairobi desk +254 712 345678", "+254 712 345678"),
    ("ring 612 345 678 after six", "612 345 678"),
    ("+1 415 555 0132", "+1 415 555 0132")])
def test_phone_numbers_of_many_countries_block_approval(text: str, phone: str) -> None:
    draft = {"bullets": [{"step": "case", "label": "The case", "text": text}]}
    assert blockers("recap", draft, []) == [
        f"bullet 1 (The case) holds a phone number ({phone}): personal data would be "
        "published"]


@pytest.mark.parametrize("text", [
    "The budget grew to 1 250 000 euros and 12.500.000 kr.", "Paid €1.250.000 in May.",
    "Population 8 336 817.", "Build 2026.11.25.1 shipped on 2026-11-25 at 10:30.",
    "Invoice 20458812 and order no. 4471 2209 were refunded.", "ISBN 978-3-16-148410-0",
    "Between 9:00 and 17:30 on 12/11/2026, 1200 cases."])
def test_amounts_ids_dates_and_versions_are_no_phone_numbers(text: str) -> None:
    assert blockers("recap", {"bullets": [{"step": "case", "text": text}]}, []) == []
