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
