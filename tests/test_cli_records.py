"""The command line for records: re-ingesting a transcript with new session details,
searching passages, status with archived records, and a help line on every command."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.config import load_settings
from assistant.ingest.service import add_case, ingest_paths
from assistant.store.models import AuditEvent, Draft, Session
from assistant.summarize import draft_recap
from assistant.workspace import Workspace, open_workspace
from tests.sample_data import FRAN, TRANSCRIPT
from tests.test_cli_review import invoke


def _vtt(tmp_path: Path) -> Path:
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    return vtt


def _passage_titles(ws: Workspace, sid: str) -> set[str]:
    from assistant.index.service import search

    return {h.title for h in search(ws, "volunteers stop coming", kind="segments", limit=10)
            if h.session_id == sid}


def test_reingesting_a_transcript_with_new_details_updates_the_session_and_its_passages(
        ws: Workspace, tmp_path: Path) -> None:
    vtt = _vtt(tmp_path)
    sid = ingest_paths(ws, [vtt], session_meta={"title": "Volunteer jam",
                                                "date": "2025-03-14"}).session_ids[0]
    recap = draft_recap(ws, sid, actor=FRAN)
    case = add_case(ws, {"title": "Drivers leave", "problem": "New drivers quit."},
                    actor=FRAN).case_id

    again = ingest_paths(ws, [vtt], actor=FRAN, session_meta={
        "title": "Volunteer retention jam", "date": "2025-03-15", "format": "office hours",
        "cases": [case]})

    f = again.files[0]
    assert (again.sessions_added, again.segments_added, f.session_ids) == (0, 0, (sid,))
    assert [c.field for c in f.changes] == ["title", "format", "date", "cases"]
    assert ("updated the title of session " + sid + ": 'Volunteer jam' -> "
            "'Volunteer retention jam'") in f.summary()
    assert "1 with new details" in str(again)
    with OrmSession(ws.engine) as s:
        x = s.get(Session, sid)
        assert x is not None
        assert (x.title, x.date, x.format, [c.id for c in x.cases]) == (
            "Volunteer retention jam", dt.date(2025, 3, 15), "office hours", [case])
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "edit_session")).one()
        assert (event.actor, event.object_id, event.before["title"], event.after["date"]) == (
            "fran", sid, "Volunteer jam", "2025-03-15")
        # the recap's due time follows the session's new date
        due = s.scalars(select(Draft.deadline).where(Draft.id == recap.id)).one()
        assert due is not None and recap.deadline is not None
        assert due.replace(tzinfo=dt.UTC) - recap.deadline == dt.timedelta(days=1)
    # The index's passages carry the session title: they follow the store.
    assert _passage_titles(ws, sid) == {"Volunteer retention jam"}

    same = ingest_paths(ws, [vtt], session_meta={"title": "Volunteer retention jam"})
    assert same.files[0].changes == ()
    assert same.files[0].summary() == f"{vtt}: already ingested (session {sid})."


def test_cli_reingest_says_what_changed_and_search_says_passages(tmp_path: Path) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    vtt = _vtt(tmp_path)
    code, out = invoke(base, "ingest", str(vtt), "--title", "Volunteer jam")
    assert code == 0 and "added with 6 speaker turns" in out, out
    code, out = invoke(base, "ingest", str(vtt), "--title", "Volunteer jam",
                       "--date", "2025-03-14")
    assert code == 0 and "updated the date of session S" in out, out
    assert "'none' -> '2025-03-14'" in out and "title" not in out.split("Total")[0]
    code, out = invoke(base, "ingest", str(vtt), "--title", "Volunteer jam")
    assert code == 0 and "already ingested" in out and "updated" not in out, out

    for kind in ("passages", "segments"):  # segments: the old word, still understood
        code, out = invoke(base, "search", "buddy for newcomers", "--kind", kind)
        assert code == 0 and "1. [" in out and "Volunteer jam" in out, out
    # with no --kind, as the app's Playbook search: every kind, each hit saying which
    code, out = invoke(base, "search", "buddy for newcomers")
    assert code == 0 and "1. [" in out and "passage: Volunteer jam" in out, out
    code, out = invoke(base, "search", "buddy", "--kind", "turns")
    assert code == 2 and "'turns' is not a kind to search; use all," in out, out
    code, out = invoke(base, "search", "--help")
    assert "passages" in out and "segments" not in out


def test_status_counts_archived_records_apart(tmp_path: Path, embedder) -> None:
    from assistant.archive import archive_record

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    ids = [add_case(ws, {"title": f"Case {i}", "problem": f"Problem number {i} is here."},
                    actor=FRAN).case_id for i in range(3)]
    archive_record(ws, "case", ids[0], actor=FRAN)
    ws.close()
    code, out = invoke(["--data-dir", str(data)], "status")
    assert code == 0 and "cases: 3 (1 archived, indexed 2)" in out, out
    assert "sessions: 0 (0 with a transcript" in out


def test_cli_search_leaves_out_the_hits_the_app_leaves_out(tmp_path: Path, embedder) -> None:
    """The CLI and the Playbook screen rank with one filter: a hit below similarity 0.2 is
    shown by neither, and the CLI says so instead of claiming nothing is indexed."""
    from assistant.index.service import SIMILARITY_FLOOR, search
    from assistant.ui.handlers.playbook import search_library

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    for title, problem in [
            ("Drivers leave", "New volunteer drivers quit after two weeks."),
            ("Printer jams", "The office printer jams on thick paper."),
            ("Okta login fails", "Single sign-on fails after the certificate rotated.")]:
        add_case(ws, {"title": title, "problem": problem}, actor=FRAN)
    query = "how do I stop single sign-on surprises on launch day"
    every = search(ws, query, kind="cases", limit=5)
    shown = [h.title for h in every if h.score >= SIMILARITY_FLOOR]
    assert shown and len(shown) < len(every)  # some hits sit below the floor
    body, _ = search_library(ws, FRAN, query, "Cases", limit=5)
    ws.close()
    code, out = invoke(["--data-dir", str(data)], "search", query, "--kind", "cases")
    listed = re.findall(r"\d+\. \[\d", out)  # "1. [0.24] title": one per hit
    assert code == 0 and len(listed) == len(shown), out
    assert all(t in out for t in shown) and all(t in body for t in shown)
    for h in every:
        if h.score < SIMILARITY_FLOOR:
            assert h.title not in out and h.title not in body
    code, out = invoke(["--data-dir", str(data)], "search", "zebra crossing paint colour",
                       "--kind", "patterns")
    assert code == 0 and "No patterns stored yet" in out, out


def test_reconcile_verify_says_the_audit_ran_and_what_it_found(tmp_path: Path,
                                                              embedder) -> None:
    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    ids = [add_case(ws, {"title": f"Case {i}", "problem": f"Problem number {i} is here."},
                    actor=FRAN).case_id for i in range(3)]
    ws.index.delete("cases", ids[:1])  # the index loses one case behind the store's back
    ws.close()
    code, plain = invoke(["--data-dir", str(data)], "reconcile")
    assert code == 0 and "audit" not in plain.lower(), plain  # no audit asked for, none ran
    assert "Reconciled: 1 case, 0 sessions" in plain, plain  # its ids comparison found it
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder, reconcile=False)
    ws.index.delete("cases", ids[:1])  # lost again
    ws.close()
    code, out = invoke(["--data-dir", str(data)], "reconcile", "--verify")
    assert code == 0 and out != plain, out
    assert "Index audit: 3 records checked: 1 missing" in out, out
    code, out = invoke(["--data-dir", str(data)], "reconcile", "--verify")
    assert "Index audit: 3 records checked: 0 missing" in out, out
    assert "the index matches the store" in out, out
