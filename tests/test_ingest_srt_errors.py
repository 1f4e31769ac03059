"""A malformed SRT names the file, the line where the cue's timing should be and the fix,
as a malformed WebVTT does (QA17 #8: the message showed pysrt's internal tuple)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import IngestError
from assistant.ingest.transcripts import read_srt


@pytest.mark.parametrize(("text", "line"), [
    ("1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\nnot a timing\nB: x\n", 6),
    # blank lines between cues, and a cue without its number
    ("1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n\n\nnot a timing\nB: x\n\n"
     "3\n00:00:05,000 --> 00:00:06,000\nC: y\n", 7),
])
def test_a_cue_without_a_timing_names_its_line_and_the_fix(tmp_path: Path, text: str,
                                                          line: int) -> None:
    path = tmp_path / "bad.srt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_srt(path)
    err = caught.value
    assert err.line == line
    assert str(err).startswith(f"{path}, line {line}: broken cue timing 'not a timing'.")
    assert "Fix:" in str(err) and "-->" in str(err)
    assert "(" + str(line) not in str(err) and "\\n" not in str(err)  # no internal tuple


@pytest.mark.parametrize("text", [
    "1\n00:00:01,000 --> 00:00:04,000\nAna Lima: no blank line between cues.\n2\n"
    "00:00:05,000 --> 00:00:08,000\nBo Chen: second cue here.\n",
    # no blank lines and no cue numbers: a timing line still starts a cue
    "00:00:01,000 --> 00:00:04,000\nAna Lima: no blank line between cues.\n"
    "00:00:05,000 --> 00:00:08,000\nBo Chen: second cue here.\n",
])
def test_cues_without_a_blank_line_between_them_are_read_as_separate_turns(
        tmp_path: Path, text: str) -> None:
    path = tmp_path / "noblank.srt"
    path.write_text(text, encoding="utf-8")
    segs = read_srt(path).segments
    assert [(s.speaker, s.text, s.start_s, s.end_s) for s in segs] == [
        ("Ana Lima", "no blank line between cues.", 1.0, 4.0),
        ("Bo Chen", "second cue here.", 5.0, 8.0)]
    assert [s.line for s in segs] == ([2, 5] if text.startswith("1\n") else [1, 3])


def test_a_broken_cue_after_cues_without_blank_lines_is_named_at_its_own_line(
        tmp_path: Path) -> None:
    path = tmp_path / "bad.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nA: hi\n2\n00:00:03,000 --> 00:00:04,000"
                    "\nB: x\n\n3\nnot a timing\nC: y\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_srt(path)
    assert caught.value.line == 9 and "broken cue timing 'not a timing'" in str(caught.value)


def test_a_number_alone_on_the_last_line_of_a_cue_stays_its_text(tmp_path: Path) -> None:
    path = tmp_path / "n.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:04,000\nAna Lima: how many came?\n12\n\n"
                    "2\n00:00:05,000 --> 00:00:08,000\nBo Chen: twelve.\n", encoding="utf-8")
    segs = read_srt(path).segments
    assert [(s.speaker, " ".join(s.text.split())) for s in segs] == [
        ("Ana Lima", "how many came? 12"),
        ("Bo Chen", "twelve.")]
