"""What people read: messages name drafts by what they are about (never an internal id),
fields by the label on screen, start with a capital, end with one full stop, and count
"1 adoption", "2 adoptions"."""

from __future__ import annotations

import pytest

from assistant.auth import LOCAL
from assistant.cluster.service import RecomputeReport
from assistant.errors import Conflict, IngestError
from assistant.ingest.service import add_case
from assistant.review.gate import blocked_message, blockers
from assistant.ui.handlers import review
from tests.sample_data import FRAN, STELLA
from tests.test_ui_review import recap  # noqa: F401  (fixture)


def test_the_case_forms_message_starts_with_a_capital(ws):
    with pytest.raises(IngestError) as info:
        add_case(ws, {"title": "x", "problem": "  "}, actor=LOCAL)
    assert str(info.value).startswith("A case needs a problem")


def test_an_approval_refusal_names_fields_by_their_label_and_ends_with_one_full_stop():
    content = {"bullets": [{"step": "name", "label": "Name", "text": ""},
                           {"step": "problem", "label": "Problem", "text": "Rows lost"}]}
    flags = [{"bullet": 1, "message": "the number 40 is not in the cited source."}]
    problems = blockers("pattern", content, flags)
    assert "the required field “Name” is empty" in problems
    message = blocked_message("The pattern candidate about “Imports”", problems)
    assert ".." not in message and "'name'" not in message
    assert message.startswith("The pattern candidate about “Imports” cannot be approved yet")


def test_workflow_refusals_name_the_draft_by_its_subject_not_its_id(recap):  # noqa: F811
    ws, draft_id = recap
    with pytest.raises(Conflict) as info:
        review.approve(ws, STELLA, draft_id)
    text = str(info.value)
    assert draft_id not in text
    assert text.startswith("The recap about “Volunteer retention jam” is still a draft")
    review.submit(ws, FRAN, draft_id)
    with pytest.raises(Conflict, match="The recap about “Volunteer retention jam” is in "
                                       "review; only a draft can be sent"):
        review.submit(ws, FRAN, draft_id)


def test_counts_agree_with_their_noun():
    from assistant.plural import counted

    one = RecomputeReport(cases=3, themes=1, novel=0, broad_themes=1, decisions_applied=1)
    assert "1 steward decision re-applied" in str(one)
    two = RecomputeReport(cases=3, themes=1, novel=0, broad_themes=1, decisions_applied=2)
    assert "2 steward decisions re-applied" in str(two)
    assert (counted(1, "adoption"), counted(3, "adoption")) == ("1 adoption", "3 adoptions")
    assert (counted(1, "team"), counted(0, "team")) == ("1 team", "0 teams")
    assert counted(2, "speaker turn") == "2 speaker turns"
    assert counted(2, "stale entry", "stale entries") == "2 stale entries"
    assert (counted(1, "person", "people"), counted(3, "person", "people")) == \
        ("1 person", "3 people")
    assert counted(1, "theme") in str(one) and "1 broad theme from 3 cases" in str(one)


def test_reports_the_cli_and_app_print_never_say_1_cases(tmp_path):
    from assistant.index.audit import AuditReport
    from assistant.index.outbox import ReconcileReport
    from assistant.ingest.service import IngestReport
    from assistant.ingest.writes import FileResult
    from assistant.ui.handlers.intake import describe_ingest

    one = IngestReport((FileResult(path="a.csv", kind="cases", added=1, skipped=1),
                        FileResult(path="b.vtt", kind="transcript", added=1, skipped=0,
                                   segments=1)))
    text = str(one) + " " + describe_ingest(one) + " " + one.files[0].summary()
    assert "1 case added" in text and "1 speaker turn" in text and "1 session added" in text
    two = IngestReport((FileResult(path="a.csv", kind="cases", added=2, skipped=0,
                                   duplicates=1),))
    assert "2 cases added" in str(two)
    assert "1 duplicate row in the file was counted once" in two.files[0].summary()
    assert str(ReconcileReport(cases=1, sessions=1, patterns=1, removed=1)).startswith(
        "1 case, 1 session, 1 pattern indexed; 1 stale entry removed")
    assert "1 record checked" in str(AuditReport(checked=1))
    for said in (text, str(two)):
        assert "1 cases" not in said and "(s)" not in said
