"""The built-in theme-label draft (`assistant draft labels`) proposes a name, never a list of
words: the engine's own name where the theme has one, else the engine's name for its cases
alone. Real MiniLM, real SQLite and Chroma."""

from __future__ import annotations

from pathlib import Path

from assistant.cluster import get_theme, list_themes, recompute_themes
from assistant.cluster.names import is_list_like
from assistant.store.db import transaction
from assistant.store.models import Case, Theme, ThemeMember
from assistant.summarize import draft_theme_label, label_themes
from assistant.workspace import Workspace
from tests.test_themes import BILLING, IMPORT, SSO, ingest


def test_words_joined_as_a_list_are_list_like_and_names_with_a_slash_are_not() -> None:
    for listed in ("Interpreter / Booked / Did", "Nda / Data / Add-On", "login/okta/users",
                   "sso | login", "Invoice, says, opportunity", "Import /source"):
        assert is_list_like(listed), listed
    for name in ("Card not arrived", "24/7 support line", "TCP/IP errors after update",
                 "Refund and/or exchange", "Top-up failed"):
        assert not is_list_like(name), name


def test_a_label_draft_proposes_the_name_the_engine_gave_the_theme(
        ws: Workspace, tmp_path: Path) -> None:
    ingest(ws, tmp_path, SSO + IMPORT + BILLING)
    recompute_themes(ws)
    assert list_themes(ws)
    drafts = label_themes(ws)
    assert len(drafts) >= 3
    for d in drafts:
        label = d.content["bullets"][0]["text"]
        assert label == get_theme(ws, d.subject_id).label
        assert not is_list_like(label) and " / " not in label
        assert 2 <= len(label.split()) <= 6


def test_a_theme_without_an_engine_name_gets_a_name_from_its_cases_not_its_keywords(
        ws: Workspace, tmp_path: Path) -> None:
    """A theme whose label is its keywords (or a steward's name) is drafted the name the
    engine gives its cases on their own: a phrase they use, not "Okta / Sso / Login"."""
    ingest(ws, tmp_path, SSO)
    with transaction(ws.engine) as s:
        ids = [c.id for c in s.query(Case).order_by(Case.id)]
        s.add(Theme(id="T1", label="Okta, sso, login", label_source="keywords",
                    keywords=["okta", "sso", "login"]))
        for cid in ids:
            s.add(ThemeMember(case_id=cid, theme_id="T1", similarity=0.8))
    label = draft_theme_label(ws, "T1").content["bullets"][0]["text"]
    assert not is_list_like(label) and "/" not in label and "," not in label
    assert 2 <= len(label.split()) <= 6
    low = label.lower()
    assert any(w in low for w in ("sso", "okta", "saml", "sign", "login")), label
    assert low not in ("okta sso login", "okta / sso / login")
