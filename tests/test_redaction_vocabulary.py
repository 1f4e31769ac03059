"""The workspace's redaction vocabulary: stewards list the network's tools and brands to keep
and people to replace; the list is audited, reaches the redactor before a remote endpoint,
and is edited on the Network screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor
from assistant.config import load_settings
from assistant.errors import AssistantError, Forbidden
from assistant.store.models import AuditEvent
from assistant.summarize.vocabulary import get_vocabulary, save_vocabulary
from assistant.ui.handlers.network import redaction_view, save_redaction
from assistant.workspace import Workspace, open_workspace
from tests.test_drafts_llm import VTT, server  # noqa: F401,F811  (127.0.0.1 endpoint)

STEWARD = Actor("sam", "steward")


def test_only_a_steward_edits_the_vocabulary_and_each_change_is_audited(ws: Workspace) -> None:
    with pytest.raises(Forbidden):
        save_vocabulary(ws, keep=["Nova"], people=[], actor=Actor("fay", "facilitator"))
    v = save_vocabulary(ws, keep=["  Power   BI ", "nova", "Nova", ""],
                        people=["Wiremu Kereama"], actor=STEWARD)
    assert v.keep == ("nova", "Power BI") and v.people == ("Wiremu Kereama",)
    assert get_vocabulary(ws) == v
    save_vocabulary(ws, keep=["Power BI", "nova"], people=["Wiremu Kereama"], actor=STEWARD)
    with OrmSession(ws.engine) as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "edit_redaction")))
    assert len(events) == 1  # saving the same lists again changes nothing
    assert events[0].actor == "sam" and events[0].before == {"keep": [], "people": []}
    assert events[0].after == {"keep": ["nova", "Power BI"], "people": ["Wiremu Kereama"]}


def test_a_term_in_both_lists_or_too_long_is_refused_and_the_stored_one_kept(
        ws: Workspace) -> None:
    save_vocabulary(ws, keep=["Nova"], people=[], actor=STEWARD)
    with pytest.raises(AssistantError, match="both to keep and as a person"):
        save_vocabulary(ws, keep=["Nova"], people=["nova"], actor=STEWARD)
    with pytest.raises(AssistantError, match="line 2"):
        save_vocabulary(ws, keep=["Nova", "x" * 201], people=[], actor=STEWARD)
    assert get_vocabulary(ws).keep == ("Nova",)


def test_the_network_screen_says_what_is_sent_and_saves_the_lists(ws: Workspace,
                                                                   tmp_path: Path) -> None:
    md, keep, people = redaction_view(ws, LOCAL)
    assert "No LLM endpoint is configured" in md and keep == people == ""
    assert save_redaction(ws, LOCAL, "Nova\nPower BI\n", "Wiremu Kereama") == \
        "Saved: 2 terms kept, 1 people replaced."
    md, keep, people = redaction_view(ws, LOCAL)
    assert keep == "Nova\nPower BI" and people == "Wiremu Kereama" and "2 terms kept" in md
    st = load_settings(data_dir=tmp_path / "r", llm_base_url="https://llm.example.com/v1",
                       llm_redact_names=False, redact_keep=["Xero"])
    remote = open_workspace(st, embedder=ws.embedder)
    try:
        md, _, _ = redaction_view(remote, LOCAL)
        assert "switched off" in md and "Kept from the settings: Xero." in md
    finally:
        remote.close()


def test_the_stored_vocabulary_reaches_the_redactor_of_a_remote_endpoint(
        tmp_path: Path, server: Any, embedder: Any) -> None:  # noqa: F811
    from assistant.summarize import draft_recap
    from tests.test_drafts_llm import remote_jam

    script, port = server
    # "the Kereama file": a name where no grammar marks a person (as "the parents of ..." does)
    vtt = VTT.replace("What worked was", "Nova flagged the invoice in the Kereama file. "
                      "What worked was")
    with remote_jam(tmp_path, port, embedder, vtt, timeout=5.0) as (ws, sid):
        script.items = [("json", {"bullets": []})]  # unusable: only to see what was sent
        draft_recap(ws, sid)
        sent = script.requests[0]["messages"][1]["content"]
        assert "Nova flagged" not in sent and "Kereama" in sent  # grammar alone
        save_vocabulary(ws, keep=["Nova"], people=["Wiremu Kereama"], actor=LOCAL)
        script.requests.clear()
        draft_recap(ws, sid)
        sent = script.requests[0]["messages"][1]["content"]
        assert "Nova flagged the invoice" in sent and "Kereama" not in sent
