"""Teams and Outlook directories label voices "Last, First" ("Raman, Priya"). The product
reads such a label as the person "First Last", so a recap and its action items come out the
same as from the same meeting exported with "First Last" voices."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import LOCAL
from assistant.config import load_settings
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.ingest.transcripts import person_name, read_transcript
from assistant.sessions import attach_transcript, plan_session
from assistant.summarize import draft_recap, recap_actions
from assistant.workspace import Workspace, open_workspace

PEOPLE = {"Priya Raman": "Raman, Priya", "Amara Osei": "Osei, Amara",
          "Tomasz Nowak": "Nowak, Tomasz", "Lena Fischer": "Fischer, Lena"}

CUES = [
    ("Priya Raman", "The case for today is Amara's, the vaccine fridge alarm at Riverside. "
                    "Amara, can you walk us through what happened?"),
    ("Amara Osei", "The logger hit eleven degrees at 2am on a Saturday and the alarm email "
                   "went to a shared inbox nobody reads at weekends."),
    ("Priya Raman", "So what went wrong was the routing of the alarm: it goes to a place "
                    "nobody is at when it matters."),
    ("Priya Raman", "So the pattern I'm hearing is: every alarm needs a named person on call "
                    "who gets it on their phone."),
    ("Priya Raman", "Where else does this apply? Anywhere a system raises something and "
                    "nobody owns it, like the logger batteries at Eastgate."),
    ("Lena Fischer", "I'll add logger batteries to the monthly check."),
    ("Tomasz Nowak", "Can you send me the alarm forwarding settings, Amara? I'll do "
                     "Northside by the end of the month."),
    ("Amara Osei", "Yep, I'll send them today after the call."),
    ("Priya Raman", "Great, and I'll write it up for the playbook. Thanks everyone, bye."),
]


def _vtt(tmp_path: Path, name: str, last_first: bool) -> Path:
    lines = ["WEBVTT", ""]
    for n, (who, said) in enumerate(CUES):
        voice = PEOPLE[who] if last_first else who
        lines += [f"00:{n:02d}:00.000 --> 00:{n:02d}:20.000", f"<v {voice}>{said}</v>", ""]
    p = tmp_path / name
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def _recap(ws: Workspace, path: Path, title: str) -> tuple[str, list[str]]:
    sv = plan_session(ws, title=title, format="problem-solving jam", date="2026-11-04",
                      start_time="09:00", facilitator="Priya Raman", actor=LOCAL)
    attach_transcript(ws, sv.id, path, actor=LOCAL)
    d = draft_recap(ws, sv.id)
    body = d.text.split("\n", 1)[1]  # past the title line
    return body.split("\nStored as")[0], [a.line for a in recap_actions(ws, d.id)]


def test_a_last_first_voice_is_read_as_the_person_first_last(tmp_path: Path) -> None:
    rec = read_transcript(_vtt(tmp_path, "lf.vtt", last_first=True))
    assert [s.speaker for s in rec.segments][:3] == ["Priya Raman", "Amara Osei",
                                                      "Priya Raman"]


def test_only_a_two_part_name_label_is_turned_round() -> None:
    assert person_name("van Dijk, Anna (Guest)") == "Anna van Dijk (Guest)"
    assert person_name("O'Neil,  Mary-Jane") == "Mary-Jane O'Neil"
    for label in ("Smith, Jr.", "Room 4, London", "Sales, Ops, Legal", "Priya Raman", ""):
        assert person_name(label) == label


def test_a_recap_from_last_first_voices_matches_the_first_last_recap(
        ws: Workspace, tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    plain, plain_actions = _recap(ws, _vtt(tmp_path, "fl.vtt", last_first=False), "Jam")
    # A second store: both exports are the same meeting, so one store keeps only one of them.
    other = open_workspace(load_settings(data_dir=tmp_path / "teams"), embedder=embedder)
    try:
        turned, turned_actions = _recap(other, _vtt(tmp_path, "lf.vtt", last_first=True),
                                        "Jam")
    finally:
        other.close()
    assert "Raman," not in turned and "Osei," not in turned
    assert turned == plain
    assert turned_actions == plain_actions
    assert any(a.startswith("Amara Osei: send") for a in turned_actions)
