"""A theme's session passages open with talk about its cases, not with the greetings, sound
checks and hand-overs a passage's first turns can be. Real MiniLM, SQLite and Chroma."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.cluster import get_theme, recompute_themes
from assistant.cluster.engine import normalize
from assistant.cluster.passages import opened
from assistant.index.texts import chunk_segments
from assistant.ingest.service import ingest_paths
from assistant.store.models import TranscriptSegment
from assistant.workspace import Workspace
from tests.test_themes import BILLING, IMPORT, SSO, ingest, theme_of

OPENING = [("Nadia Haddad", "Morning all, can you hear me? Give it a minute, a couple of "
            "people are still joining."),
           ("Tom Berg", "Yes, we can hear you fine."),
           ("Nadia Haddad", "Great. Priya, go ahead."),
           ("Priya Shah", "So the customer's Okta SAML single sign-on broke for half of "
            "their staff on go-live day, because the SAML certificate had expired and "
            "nobody on their side owned the renewal."),
           ("Tom Berg", "We had the same with Azure AD single sign-on: users in many "
            "groups were rejected and got stuck in a login loop."),
           ("Priya Shah", "Now we ask at kickoff who owns the SSO certificate and test the "
            "login with real staff accounts, not one admin account.")]
LATER = [("Tom Berg", "Another thing: our CSV import swapped day and month in the dates of "
          "every customer record, and dropped the leading zeros of postal codes."),
         ("Priya Shah", "We now check a sample of imported rows against the source file "
          "before the customer signs off the import."),
         ("Nadia Haddad", "Thanks everyone, that's time. I'll send the recap tomorrow, bye.")]


def vtt(path: Path, turns: list[tuple[str, str]]) -> Path:
    cues = ["WEBVTT", ""]
    for i, (who, text) in enumerate(turns):
        cues += [f"00:{i:02d}:00.000 --> 00:{i:02d}:50.000", f"<v {who}>{text}", ""]
    path.write_text("\n".join(cues), encoding="utf-8")
    return path


def test_a_themes_passage_opens_on_its_first_turn_about_the_theme(
        ws: Workspace, tmp_path: Path) -> None:
    ingest(ws, tmp_path, SSO + IMPORT + BILLING)
    ingest_paths(ws, [vtt(tmp_path / "jam.vtt", OPENING + LATER)],
                 session_meta={"title": "Jam: go-live", "date": "2026-09-10",
                               "format": "problem-solving jam"})
    recompute_themes(ws)
    sso = get_theme(ws, theme_of(ws, SSO))
    assert sso.passages
    first = sso.passages[0]
    # The passage starts where Priya tells what happened, at her turn's time, not at the
    # sound check a minute before it.
    assert first.snippet.startswith("Priya Shah: So the customer's Okta SAML"), first.snippet
    assert first.reference == "Jam: go-live, 3:00 (Priya Shah)"
    for p in sso.passages:
        assert "hear me" not in p.snippet and "go ahead" not in p.snippet, p.snippet


def test_a_passage_of_small_talk_alone_is_shown_for_no_theme(ws: Workspace) -> None:
    segs = [TranscriptSegment(session_id="S1", position=i, speaker=who, start_s=60.0 * i,
                              end_s=60.0 * i + 50, text=text, clean_text=text)
            for i, (who, text) in enumerate(OPENING)]
    talk, small = chunk_segments("S1", segs)[0], chunk_segments("S1", segs[:3])[0]
    cent = normalize(np.asarray(ws.embedder.embed(SSO)).mean(axis=0)[None])[0]
    turns = {("S1", g.position): g for g in segs}
    shown, none = opened(ws, [(talk, cent), (small, cent)], turns)
    assert none is None
    assert shown is not None and shown.id == talk.id  # the same passage, from turn 3 on
    assert (shown.first_position, shown.last_position, shown.start_s) == (3, 5, 180.0)
    assert shown.text.startswith("Priya Shah: So the customer's Okta SAML")
