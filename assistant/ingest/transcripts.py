"""Transcript readers: WebVTT (Zoom ``Name: text`` cues and Teams ``<v Name>`` voice tags),
SRT, Teams DOCX exports and plain text, turned into one :class:`TranscriptRecord`.

Consecutive cues of one speaker become one turn (Zoom splits a turn over many cues), keeping
the start of the first cue and the end of the last. Broken timings are refused with their
line, because a silently dropped cue loses what someone said. Markup is not speech: every
reader drops tags (WebVTT voice and styling tags, and any HTML such as ``<script>``, whose
content goes with it) and keeps the words, so nothing a file smuggles in as a tag reaches a
draft, a pre-read or a published page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.errors import IngestError
from assistant.ingest.cases import _ALIAS_INDEX, norm_header
from assistant.ingest.files import check_archive, read_text
from assistant.ingest.records import SegmentRecord, TranscriptRecord

#: How far a cue may start before the previous cue's start (overlapping speakers) before the
#: file is refused as out of order.
MAX_BACKSTEP_S = 5.0
TIMING_FIX = "cue timings look like 00:01:02.500 --> 00:01:04.000 (SRT: 00:01:02,500)."

_TS = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^\s*({_TS})\s*-->\s*({_TS})(?:\s|$)")
_TIMING_ATTEMPT = re.compile(r"-->|^\s*\d{1,2}:\d{1,2}[:\d.,]*\s*-+>")
_SPEAKER = re.compile(r"^(?P<name>[^\W\d_][\w.'’\- ]{0,60}?)\s*:\s+(?P<text>\S.*)$", re.DOTALL)
_BRACKET_TS = re.compile(r"^[\[(]?(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?\s+"
                         r"(?P<rest>.+)$")
_TEAMS_HEAD = re.compile(r"^(?P<name>[^\W\d_][^\t:]{0,80}?)(?:\s{2,}|\t)\s*"
                         r"(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
_DURATION = re.compile(r"^(?:(\d+)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?(?:(\d+)\s*s(?:ec)?)?$",
                       re.IGNORECASE)
#: Elements whose content is code, not words: dropped with the tags around them.
_CODE_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)",
                           re.IGNORECASE | re.DOTALL)
#: A tag: ``<b>``, ``</v>``, ``<c.loud>``, ``<v Ann>``, ``<img src=x>``, ``<br/>``, a WebVTT
#: cue timestamp ``<00:01.500>`` or an HTML comment. A "<" not followed by a letter, "/", "!"
#: or a timestamp ("<3", "2 < 4") is text and stays.
_TAG = re.compile(r"<!--.*?(?:-->|$)|</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>"
                  r"|<(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}>", re.DOTALL)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Words before a colon that are labels, not people ("Note: ...", "Action items: ...").
_NOT_SPEAKERS = {"note", "notes", "action", "action items", "agenda", "summary", "title",
                 "date", "time", "duration", "attendees", "participants", "http", "https",
                 "problem", "context", "outcome", "tags", "team", "what was tried"}


def seconds(ts: str) -> float:
    """``"01:02:03.5"`` / ``"1:02,5"`` / ``"0:05"`` -> seconds."""
    parts = ts.replace(",", ".").split(":")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def strip_markup(text: str) -> str:
    """``text`` without tags: the words inside a tag pair stay ("<i>worked</i>" -> "worked"),
    a script or style element goes whole, and a "<" that opens no tag stays. Text with a tag
    comes back on one line; text without one comes back as it was."""
    if "<" not in text:
        return text
    return " ".join(_TAG.sub("", _CODE_ELEMENT.sub(" ", text)).split())


def split_speaker(text: str) -> tuple[str, str]:
    """``"Priya Raman: we tried"`` -> ``("Priya Raman", "we tried")``; no label: ``("", text)``."""
    m = _SPEAKER.match(text.strip())
    if m and len(m.group("name").split()) <= 5 and m.group("name").lower() not in _NOT_SPEAKERS:
        return m.group("name").strip(), m.group("text").strip()
    return "", text.strip()


#: One part of a "Last, First" label: one to three name words (letters, with ' . - inside).
_NAME_PART = r"[^\W\d_][\w.'’\-]*(?: [^\W\d_][\w.'’\-]*){0,2}"
_LAST_FIRST = re.compile(rf"^(?P<last>{_NAME_PART}),\s*(?P<first>{_NAME_PART})"
                         r"(?P<tail>\s*\([^()]*\))?$")
#: A second part that is a suffix of the name before it ("Smith, Jr."), not a first name.
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}


def person_name(label: str) -> str:
    """A speaker label as the person is called: Teams and Outlook directories write names
    "Last, First" (``"Raman, Priya"``, ``"van Dijk, Anna (Guest)"``) and the drafts speak of
    people as "First Last", so such a label becomes ``"Priya Raman"`` /
    ``"Anna van Dijk (Guest)"``. Only a label of exactly two comma-separated parts of name
    words changes; anything else ("Smith, Jr.", "Room 4, London", "Sales, Ops, Legal")
    comes back as it was."""
    m = _LAST_FIRST.match(" ".join(label.split()))
    if m is None or m.group("first").rstrip(".").lower() in _NAME_SUFFIXES:
        return label
    return f"{m.group('first')} {m.group('last')}{m.group('tail') or ''}"


def merge_turns(segments: Sequence[SegmentRecord]) -> tuple[SegmentRecord, ...]:
    """Join consecutive segments of the same (named) speaker into one turn."""
    out: list[SegmentRecord] = []
    for seg in segments:
        if not seg.text.strip():
            continue
        prev = out[-1] if out else None
        if prev is not None and seg.speaker and seg.speaker == prev.speaker:
            end = seg.end_s if seg.end_s is not None else prev.end_s
            out[-1] = SegmentRecord(prev.speaker, f"{prev.text} {seg.text}", prev.start_s,
                                    end, prev.line)
        else:
            out.append(seg)
    return tuple(out)


def check_times(path: str, segments: Sequence[SegmentRecord]) -> None:
    """End before start, or a cue far earlier than the one before it, is an error."""
    prev_start: float | None = None
    for seg in segments:
        if seg.start_s is not None and seg.end_s is not None and seg.end_s < seg.start_s:
            raise IngestError("this cue ends before it starts.", path=path, line=seg.line,
                              fix="correct the end time.")
        if seg.start_s is not None:
            if prev_start is not None and seg.start_s < prev_start - MAX_BACKSTEP_S:
                raise IngestError("this cue starts long before the previous one; the cues are "
                                  "out of order.", path=path, line=seg.line,
                                  fix="sort the cues by start time.")
            prev_start = seg.start_s


def _finish(path: str, segments: Sequence[SegmentRecord], **meta: object) -> TranscriptRecord:
    segments = [dataclasses.replace(seg, text=strip_markup(seg.text),
                                    speaker=person_name(seg.speaker)) for seg in segments]
    check_times(path, segments)
    merged = merge_turns(segments)
    if not merged:
        raise IngestError("the transcript has no spoken text.", path=path,
                          fix="choose the transcript file that has the conversation in it.")
    return TranscriptRecord(segments=merged, source=path, **meta)  # type: ignore[arg-type]


def _timing_lines(path: str, lines: Sequence[str]) -> list[int]:
    """Line numbers of the cue timing lines; a broken one is an error naming its line."""
    found = []
    for n, line in enumerate(lines, 1):
        if _TIMING_ATTEMPT.search(line):
            m = _TIMING.match(line)
            if not m:
                raise IngestError(f"broken cue timing {line.strip()!r}.", path=path, line=n,
                                  fix=TIMING_FIX)
            for ts in m.groups():
                _check_clock(path, n, ts)
            found.append(n)
    return found


def _check_clock(path: str, line: int, ts: str) -> None:
    """Minutes and seconds must be below 60: the caption libraries disagree on ``00:00:61``
    (the WebVTT reader drops the cue, text and all; the SRT reader carries it over), so such a
    timing is refused rather than guessed at."""
    parts = ts.replace(",", ".").split(":")
    for unit, part in zip(("minutes", "seconds"), parts[-2:], strict=True):
        if float(part) >= 60:
            raise IngestError(f"cue timing {ts!r}: the {unit} must be below 60.", path=path,
                              line=line, fix=f"correct the time; {TIMING_FIX}")


def read_vtt(path: Path) -> TranscriptRecord:
    import webvtt

    text = read_text(path, what="WebVTT file")
    lines = text.split("\n")
    if not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise IngestError("a WebVTT file must start with the line WEBVTT.", path=str(path),
                          line=1, fix="check this is a .vtt caption file, or add the line.")
    at = _timing_lines(str(path), lines)
    try:
        captions = webvtt.from_string(text).captions
    except Exception as exc:  # webvtt's MalformedFileError / MalformedCaptionError
        raise IngestError(f"the WebVTT file is malformed ({exc}).", path=str(path),
                          fix=TIMING_FIX) from None
    if len(captions) < len(at):
        # The library skips a cue it cannot read; losing a turn silently is worse than refusing.
        raise IngestError(f"{len(at)} cue timings but only {len(captions)} readable cues; a cue "
                          "would be lost.", path=str(path), line=at[len(captions)],
                          fix=f"check the cues from this line on; {TIMING_FIX}")
    segs = []
    for i, cap in enumerate(captions):
        _refuse_an_open_voice_tag(str(path), cap.raw_text,
                                  at[i] if len(at) == len(captions) else None)
        # The raw cue, not webvtt's tag-stripped ``text``: that keeps a script's content and
        # loses a "<" that opens no tag ("2 < 4"); character references are decoded first
        # so "&lt;b&gt;" cannot come back as a tag.
        body = " ".join(strip_markup(html.unescape(cap.raw_text)).split())
        speaker = (cap.voice or "").strip()
        if not speaker:
            speaker, body = split_speaker(body)
        segs.append(SegmentRecord(speaker, body, cap.start_time.in_milliseconds() / 1000,
                                  cap.end_time.in_milliseconds() / 1000,
                                  at[i] if len(at) == len(captions) else None))
    return _finish(str(path), segs)


#: A voice tag whose ">" never comes (``<v Bo Chen`` where its line ends, or before the
#: next tag): not a tag to the readers, so its name would be kept as spoken text.
_OPEN_VOICE = re.compile(r"<v(?:[\s.][^<>]*)?(?=<|$)")


def _refuse_an_open_voice_tag(path: str, raw: str, timing_line: int | None) -> None:
    for k, line in enumerate(raw.split("\n"), 1):
        m = _OPEN_VOICE.search(line.rstrip())
        if m:
            raise IngestError(
                f"the voice tag {m.group().strip()!r} is not closed with '>', so its speaker "
                "cannot be read.", path=path,
                line=timing_line + k if timing_line is not None else None,
                fix="close the tag: <v Name> (with '>') before the cue's text, "
                "then save and ingest the file again.")


def read_srt(path: Path) -> TranscriptRecord:
    import pysrt

    text = read_text(path, what="SRT file")
    lines = text.split("\n")
    at = _timing_lines(str(path), lines)
    fed, origin = _blank_line_before_each_cue(lines, at)
    try:
        items = pysrt.from_string("\n".join(fed), error_handling=pysrt.ERROR_RAISE)
    except pysrt.Error as exc:
        raise _srt_error(str(path), exc, origin) from None
    segs = []
    for i, item in enumerate(items):
        body = strip_markup(item.text)
        speaker, body = split_speaker(body)
        segs.append(SegmentRecord(speaker, body, item.start.ordinal / 1000,
                                  item.end.ordinal / 1000,
                                  at[i] if len(at) == len(items) else None))
    return _finish(str(path), segs)


def _blank_line_before_each_cue(lines: Sequence[str], at: Sequence[int]
                                ) -> tuple[list[str], list[int]]:
    """``lines`` with a blank line put before each cue that lacks one (its number and timing
    follow the previous cue's text directly), and each line's number in the file. A timing
    line always starts a cue, but pysrt splits cues only at blank lines, so without this the
    next cue's number, timing and text would be read as the previous cue's text."""
    starts = set()
    for n in at:  # 1-based
        j = n - 1
        if j >= 1 and lines[j - 1].strip().isdigit():
            if j >= 2 and lines[j - 2].strip():
                starts.add(j - 1)  # "text / 2 / timing": the cue starts at its number
        elif j >= 1 and lines[j - 1].strip():
            starts.add(j)  # "text / timing": a cue without its number
    fed: list[str] = []
    origin: list[int] = []
    for j, line in enumerate(lines):
        if j in starts:
            fed.append("")
            origin.append(j + 1)
        fed.append(line)
        origin.append(j + 1)
    return fed, origin


def _srt_error(path: str, exc: Exception, origin: Sequence[int] = ()) -> IngestError:
    """pysrt's error for a cue it cannot read (args: the 0-based line index of the blank
    line after the cue, pysrt's reason, the cue's text) as one naming the line where the
    cue's timing should be; ``origin`` maps the lines pysrt read to the file's."""
    index, source = exc.args[0], exc.args[-1]
    if not isinstance(index, int) or not isinstance(source, str) or len(exc.args) < 2:
        return IngestError("the SRT file is malformed.", path=path, fix=TIMING_FIX)
    block = source.rstrip("\n").split("\n")
    first = index - len(block) + 1  # the cue's first line, 1-based
    k = 1 if block[0].strip().isdigit() and len(block) > 1 else 0  # past the cue number
    line = first + k
    if 0 < line <= len(origin):
        line = origin[line - 1]
    return IngestError(f"broken cue timing {block[k].strip()!r}.", path=path, line=line,
                       fix="each cue is its number, a timing line, its text and a blank line; "
                       + TIMING_FIX)


def _header_facts(lines: Sequence[str]) -> dict[str, object]:
    """Title, date, start time and duration from the lines above the first turn (Teams)."""
    facts: dict[str, object] = {}
    for line in lines:
        s = line.strip()
        if not s:
            continue
        dur = _DURATION.match(s)
        if dur and any(dur.groups()):
            h, m, sec = (int(x or 0) for x in dur.groups())
            facts["duration_s"] = float(h * 3600 + m * 60 + sec)
            continue
        date, start = _date_and_time(s)
        if date is not None:
            facts["date"] = date
            if start:
                facts["start_time"] = start
            continue
        facts.setdefault("title", s)
    return facts


def _date_and_time(s: str) -> tuple[dt.date | None, str]:
    low = s.lower()
    date = None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if m:
        date = dt.date(*map(int, m.groups()))
    else:
        m = re.search(r"\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", low)
        m2 = re.search(r"\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", low)
        try:
            if m and m.group(1) in _MONTHS:
                date = dt.date(int(m.group(3)), _MONTHS.index(m.group(1)) + 1, int(m.group(2)))
            elif m2 and m2.group(2) in _MONTHS:
                date = dt.date(int(m2.group(3)), _MONTHS.index(m2.group(2)) + 1,
                               int(m2.group(1)))
        except ValueError:
            date = None
    if date is None:
        return None, ""
    t = re.search(r"\b(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?", low[m.end():] if m else low)
    start = ""
    if t:
        hour = int(t.group(1)) % 12 + (12 if t.group(3) and t.group(3)[0] == "p" else 0) \
            if t.group(3) else int(t.group(1))
        start = f"{hour:02d}:{t.group(2)}"
    return date, start


def _is_head(line: str) -> bool:
    head = _TEAMS_HEAD.match(line)
    if head is None:
        return False
    name = head.group("name").strip()
    return len(name.split()) <= 5 and name.lower() not in _NOT_SPEAKERS


def parse_plain(path: str, lines: Sequence[str]) -> TranscriptRecord:
    """Plain text or DOCX paragraphs: ``Speaker: text`` lines (optionally ``[0:01:02]``
    first) or Teams ``Speaker Name   0:05`` heads followed by the speaker's paragraphs."""
    segs: list[SegmentRecord] = []
    header: list[str] = []
    current: dict[str, Any] | None = None

    def flush() -> None:
        if current is not None and str(current["text"]).strip():
            segs.append(SegmentRecord(str(current["speaker"]), str(current["text"]).strip(),
                                      current["start"], None, int(current["line"])))

    # In the Teams layout only "Name   0:05" heads start turns; a colon in the text (or the
    # title above the first head) is not a speaker label.
    teams = sum(1 for x in lines if _is_head(x.strip())) >= 2
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        head = _TEAMS_HEAD.match(line)
        if head and _is_head(line):
            flush()
            current = {"speaker": head.group("name").strip(), "text": "",
                       "start": seconds(head.group("ts")), "line": n}
            continue
        if teams:
            if current is None:
                header.append(line)
            else:
                current["text"] = f"{current['text']} {line}".strip()
            continue
        start = None
        rest = line
        bt = _BRACKET_TS.match(line)
        if bt:
            start, rest = seconds(bt.group("ts")), bt.group("rest")
        speaker, body = split_speaker(rest)
        if speaker or bt:
            flush()
            current = {"speaker": speaker, "text": body, "start": start, "line": n}
        elif current is not None:
            current["text"] = f"{current['text']} {line}".strip()
        else:
            header.append(line)
    flush()
    facts = _header_facts(header)
    return _finish(path, segs, **facts)


def looks_like_transcript(text: str) -> bool:
    """Whether a ``.txt`` file is a transcript (several turns by two or more speakers) rather
    than a case written as text."""
    speakers = turn_speakers(text)
    return len(speakers) >= 3 and len(set(speakers)) >= 2


def turn_speakers(text: str) -> list[str]:
    """The speaker of each line of ``text`` that reads as a transcript turn ("Name: text",
    a Teams heading, a bracketed timestamp and a name), in order; a header field such as
    "Date: ..." is no turn."""
    speakers: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        head = _TEAMS_HEAD.match(s)
        if head and _is_head(s):
            speakers.append(head.group("name").strip())
            continue
        bt = _BRACKET_TS.match(s)
        name, _ = split_speaker(bt.group("rest") if bt else s)
        if name and norm_header(name) not in _ALIAS_INDEX:
            speakers.append(name)
    return speakers


def read_plain(path: Path) -> TranscriptRecord:
    text = read_text(path, what="text transcript")
    if text.lstrip().startswith("WEBVTT"):
        return read_vtt(path)
    lines = text.split("\n")
    if any(_TIMING.match(x) for x in lines[:50]):
        return read_srt(path)
    return parse_plain(str(path), lines)


def read_docx(path: Path) -> TranscriptRecord:
    import docx

    if not zipfile.is_zipfile(path):
        raise IngestError("this is not a Word document (a .docx file is a zip archive).",
                          path=str(path), fix="export the transcript from Teams as .docx, or "
                          "save it as .txt or .vtt.")
    check_archive(path, "Word document")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # a zip that is not a Word document
        raise IngestError(f"cannot open the Word document ({exc}).", path=str(path),
                          fix="open it in Word and save it again as .docx.") from None
    lines: list[str] = []
    for p in document.paragraphs:
        lines.extend(p.text.split("\n") if p.text else [""])
    return parse_plain(str(path), lines)


TRANSCRIPT_READERS = {".vtt": read_vtt, ".webvtt": read_vtt, ".srt": read_srt,
                      ".docx": read_docx, ".txt": read_plain}


def read_transcript(path: Path) -> TranscriptRecord:
    reader = TRANSCRIPT_READERS.get(path.suffix.lower(), read_plain)
    return reader(path)
