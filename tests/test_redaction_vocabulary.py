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
from assistant.errors import AssistantError, Conflict, Forbidden
from assistant.store.models import AuditEvent, RedactionTerm
from assistant.summarize.vocabulary import Vocabulary, get_vocabulary, save_vocabulary
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


def _adders(ws: Workspace) -> dict[tuple[str, str], tuple[str, object]]:
    with OrmSession(ws.engine) as s:
        return {(r.kind, r.term): (r.added_by, r.added_at)
                for r in s.scalars(select(RedactionTerm))}


def _edits(ws: Workspace) -> list[AuditEvent]:
    with OrmSession(ws.engine) as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "edit_redaction")
                              .order_by(AuditEvent.id)))


def test_a_save_keeps_who_added_each_term_it_leaves_in_place(any_ws: Workspace) -> None:
    save_vocabulary(any_ws, keep=["Nova", "zendesk"], people=["Wiremu Kereama"], actor=STEWARD)
    first = _adders(any_ws)
    v = save_vocabulary(any_ws, keep=["Nova", "Xero", "Zendesk"], people=[],
                        actor=Actor("ria", "steward"))
    assert v == get_vocabulary(any_ws) == Vocabulary(("Nova", "Xero", "Zendesk"), ())
    now = _adders(any_ws)
    assert now[("keep", "Nova")] == first[("keep", "Nova")]  # adder and time untouched
    assert now[("keep", "Xero")][0] == "ria"
    assert now[("keep", "Zendesk")][0] == "ria"  # a new spelling is a new term
    assert ("keep", "zendesk") not in now and ("person", "Wiremu Kereama") not in now
    assert _edits(any_ws)[-1].before == {"keep": ["Nova", "zendesk"],
                                         "people": ["Wiremu Kereama"]}
    assert _edits(any_ws)[-1].after == {"keep": ["Nova", "Xero", "Zendesk"], "people": []}


def test_two_stewards_editing_the_same_loaded_lists_both_keep_their_change(
        any_ws: Workspace) -> None:
    save_vocabulary(any_ws, keep=["Zendesk"], people=["Ana Silva"], actor=STEWARD)
    loaded = get_vocabulary(any_ws)  # both stewards open the Network screen now
    save_vocabulary(any_ws, keep=["Zendesk", "Nova"], people=["Ana Silva"],
                    actor=Actor("ria", "steward"), base=loaded)
    v = save_vocabulary(any_ws, keep=["Zendesk"], people=["Wiremu Kereama"],
                        actor=Actor("tom", "steward"), base=loaded)
    # ria's Nova stays; tom's removal of Ana Silva and addition of Wiremu Kereama apply.
    assert v == get_vocabulary(any_ws) == Vocabulary(("Nova", "Zendesk"), ("Wiremu Kereama",))
    assert {k: a for k, (a, _) in _adders(any_ws).items()} == {
        ("keep", "Zendesk"): "sam", ("keep", "Nova"): "ria",
        ("person", "Wiremu Kereama"): "tom"}
    assert _edits(any_ws)[-1].before == {"keep": ["Nova", "Zendesk"], "people": ["Ana Silva"]}


def test_a_term_another_save_put_in_the_other_list_meanwhile_is_a_clean_conflict(
        any_ws: Workspace) -> None:
    loaded = get_vocabulary(any_ws)
    save_vocabulary(any_ws, keep=["Nova"], people=[], actor=STEWARD, base=loaded)
    with pytest.raises(Conflict, match="Nova was put in the other list"):
        save_vocabulary(any_ws, keep=[], people=["Nova"], actor=Actor("ria", "steward"),
                        base=loaded)
    assert get_vocabulary(any_ws) == Vocabulary(("Nova",), ())
    assert len(_edits(any_ws)) == 1


def test_interleaved_saves_take_turns_and_the_second_sees_the_firsts_terms(
        any_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first save is held inside its transaction (at its audit record) while a second
    save starts: the second waits for the first to commit, then applies its own change on
    top, so it sees and keeps the first's term."""
    import threading

    from assistant.summarize import vocabulary

    inside, release = threading.Event(), threading.Event()
    real = vocabulary.record

    def held(s: Any, **kw: Any) -> None:
        if kw["actor"] == "ana":
            inside.set()
            assert release.wait(30)
        real(s, **kw)

    monkeypatch.setattr(vocabulary, "record", held)
    loaded = get_vocabulary(any_ws)
    errors: list[BaseException] = []

    def save(name: str, term: str) -> None:
        try:
            save_vocabulary(any_ws, keep=[term], people=[], actor=Actor(name, "steward"),
                            base=loaded)
        except BaseException as exc:  # noqa: BLE001  (reported by the test thread)
            errors.append(exc)

    first = threading.Thread(target=save, args=("ana", "Nova"))
    first.start()
    assert inside.wait(30)
    second = threading.Thread(target=save, args=("ben", "Xero"))
    second.start()
    second.join(1.5)
    assert second.is_alive()  # waiting for the first save's transaction
    release.set()
    first.join(30)
    second.join(30)
    assert not errors and not first.is_alive() and not second.is_alive()
    assert get_vocabulary(any_ws) == Vocabulary(("Nova", "Xero"), ())
    ana, ben = _edits(any_ws)
    assert (ana.actor, ben.actor) == ("ana", "ben")
    assert ben.before == ana.after == {"keep": ["Nova"], "people": []}


def test_the_network_screen_keeps_a_change_saved_by_another_steward_meanwhile(
        ws: Workspace) -> None:
    _, keep, people = redaction_view(ws, LOCAL)
    assert save_redaction(ws, Actor("ria", "steward"), "Nova", "", (keep, people)) == \
        "Saved: 1 term kept, 0 people replaced."
    message = save_redaction(ws, STEWARD, "", "Wiremu Kereama", (keep, people))
    assert message.startswith("Saved: 1 term kept, 1 person replaced.")
    assert "Another steward changed the lists meanwhile" in message
    assert redaction_view(ws, LOCAL)[1:] == ("Nova", "Wiremu Kereama")


def test_the_network_screen_says_what_is_sent_and_saves_the_lists(ws: Workspace,
                                                                   tmp_path: Path) -> None:
    md, keep, people = redaction_view(ws, LOCAL)
    assert "No LLM endpoint is configured" in md and keep == people == ""
    assert save_redaction(ws, LOCAL, "Nova\nPower BI\n", "Wiremu Kereama") == \
        "Saved: 2 terms kept, 1 person replaced."
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
