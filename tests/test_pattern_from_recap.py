"""A pattern drafted from a reviewed recap of a short session: where the transcript gives a
field nothing, the recap's bullet for that script step holds it (the case -> problem, the
pattern -> what to do, where it applies -> applies when), with its citations; a field
nothing holds stays visibly empty."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.service import ingest_paths
from assistant.review.workflow import approve, edit_draft, submit_for_review
from assistant.sessions import list_sessions
from assistant.summarize import draft_pattern, draft_recap
from assistant.workspace import Workspace

SHORT = "\n".join([
    "Ana Silva: Let's present the case. The customer cannot log in through Okta after the "
    "certificate rotated.",
    "Bo Chen: What happened is the IdP metadata was cached for 24 hours. We tried clearing it.",
    "Ana Silva: So the pattern is: always refresh the metadata after a rotation. This applies "
    "to every SAML customer. I'll write it up in the playbook by Friday.",
    "Bo Chen: I'll send the runbook to the team by Monday.", ""])

REVIEWED = ["The customer cannot log in through Okta after the certificate rotated.",
            "The IdP metadata was cached for 24 hours.",
            "Always refresh the metadata after a certificate rotation.",
            "This applies to every SAML customer.",
            "Ana writes it up in the playbook by Friday."]


def test_a_short_sessions_pattern_falls_back_to_its_recap(ws: Workspace,
                                                          tmp_path: Path) -> None:
    (tmp_path / "jam.txt").write_text(SHORT, encoding="utf-8")
    ingest_paths(ws, [tmp_path / "jam.txt"])
    sess = next(s for s in list_sessions(ws) if s.has_transcript)
    recap = draft_recap(ws, sess.id)
    steps = [b["step"] for b in recap.content["bullets"]]
    assert steps == ["case", "happened", "pattern", "applies", "playbook"]
    edit_draft(ws, recap.id, REVIEWED, base_version=1)
    submit_for_review(ws, recap.id)
    approve(ws, recap.id, override="the reviewer's wording of the session")  # as a steward
    d = draft_pattern(ws, recap_id=recap.id)
    by = {b["step"]: b for b in d.content["bullets"]}
    for field, said in (("problem", REVIEWED[0]), ("solution", REVIEWED[2]),
                        ("applies_when", REVIEWED[3])):
        assert by[field]["text"], field
        if by[field]["text"] == said:  # taken from the recap: with the recap's citations
            assert by[field]["citations"] and all("position" in c
                                                  for c in by[field]["citations"])
    assert by["solution"]["text"] and by["name"]["text"]
    assert d.content["pattern"]["solution"] == by["solution"]["text"]
    # a field nothing holds is empty and flagged so, not filled with something else
    assert by["not_when"]["text"] == "" and "empty" in by["not_when"]["flag"]
