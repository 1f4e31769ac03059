"""Reading input files safely: text in the encoding it was saved in, and limits on size,
unpacked size and nesting, each refused with the file's name and the fix.

Text: UTF-8 with or without a BOM; UTF-16 and UTF-32 (with a BOM, or UTF-16 without one, as
Excel's "Unicode text" saves it) are decoded too. Anything else is refused with the line of
the first bad byte and the encoding it most likely is, because a silently mis-decoded file
turns names into ``MÃ¼ller`` forever.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from assistant.errors import IngestError

#: Bytes that never occur in a text file; finding one means a binary file was renamed.
_BINARY_SNIFF = 8192
#: Largest total unpacked size of an XLSX or DOCX (a zip archive) we will open.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Deepest nesting of arrays and objects accepted in a JSON file.
MAX_JSON_DEPTH = 64
_JSON_MARKS = re.compile(r'["\\\[\]{}\n]')

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:_BINARY_SNIFF]


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range text has a NUL in every other byte."""
    head = data[:_BINARY_SNIFF] if len(data) % 2 == 0 else b""
    if len(head) < 4:
        return None
    for enc, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        nuls = head[nul_at::2].count(0)
        if nuls >= 0.6 * (len(head) // 2) and head[1 - nul_at::2].count(0) == 0:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _likely_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def read_text(path: Path, *, fix_encoding: str = "save the file as UTF-8",
              what: str = "text file") -> str:
    """The file's text (BOM removed, newlines normalised), or an :class:`IngestError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror}).", path=str(path),
                          fix="check the path and that you may read it.") from None
    text = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise IngestError(f"the file starts with a {enc.upper()} byte-order mark but "
                                  "is not valid text in that encoding.", path=str(path),
                                  fix=fix_encoding) from None
            text = text.removeprefix("\ufeff")
            break
    if text is None and looks_binary(data):
        text = _bomless_utf16(data)
        if text is None:
            raise IngestError(f"this is a binary file, not a {what}.", path=str(path),
                              line=data[:_BINARY_SNIFF].count(b"\n", 0, data.index(b"\x00"))
                              + 1, fix=f"export it as a {what} first.")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            guess = _likely_encoding(data)
            if guess and guess.startswith(("cp125", "iso8859", "latin", "mac_")):
                # One-byte code pages all decode any bytes, so a detector's pick among them
                # is a guess (it took Latin-1 Spanish for Central European cp1250); name
                # the one most sheets are in beside it.
                seems = (" It looks like a one-byte encoding: most likely cp1252 (Windows "
                         "Western European, Latin-1)" + (f", possibly {guess}" if guess not in
                                                         ("cp1252", "latin_1") else "") + ".")
            else:
                seems = f" It looks like {guess}." if guess and guess != "utf_8" else ""
            raise IngestError(f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} "
                              f"cannot be read).{seems}", path=str(path), line=line,
                              fix=fix_encoding) from None
    if not text.strip():
        raise IngestError("the file is empty.", path=str(path),
                          fix=f"choose the {what} that has content.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_sizes(paths: Iterable[Path], max_mb: float) -> None:
    """Refuse any file (or file inside a folder) larger than ``max_mb`` megabytes."""
    limit = int(max_mb * 1024 * 1024)
    for p in paths:
        files = (f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                size = f.stat().st_size
            except OSError:
                continue  # a missing file is reported, with its fix, when it is read
            if size > limit:
                raise IngestError(f"the file is {size / 1024 / 1024:.1f} MB, over the "
                                  f"{max_mb:g} MB limit for one input file.", path=str(f),
                                  fix="split it into smaller files, or raise "
                                  "ASSISTANT_MAX_UPLOAD_MB.")


def check_case_count(path: str, count: int, limit: int) -> None:
    """Refuse a file holding more than ``limit`` cases, before any of them is embedded."""
    if count > limit:
        raise IngestError(f"the file holds {count:,} cases, over the limit of {limit:,} for "
                          "one file (each case is embedded, which takes many minutes for "
                          "a file this size).", path=path,
                          fix=f"split it into files of at most {limit:,} rows, or raise "
                          f"ASSISTANT_MAX_CASES_PER_FILE above {count:,} and expect a long "
                          "ingest (it shows its progress; stopping it stores nothing).")


def check_archive(path: Path, what: str, *, limit: int = MAX_UNPACKED_BYTES) -> None:
    """Refuse a zip archive (XLSX, DOCX) whose declared unpacked size is over ``limit``,
    before anything is inflated. Python's zipfile never inflates a member past its declared
    size, so the declaration is a safe bound."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise IngestError(f"cannot open the {what} ({exc}).", path=str(path),
                          fix=f"open it and save it again as a {what}.") from None
    if total > limit:
        raise IngestError(f"the {what} unpacks to {total / 1024 / 1024:.0f} MB, over the "
                          f"{limit / 1024 / 1024:.0f} MB limit (a zip bomb, or far more "
                          "than an intake sheet or transcript holds).", path=str(path),
                          fix="open it, remove what is not needed and save it again.")


def check_json_depth(text: str, path: str, *, limit: int = MAX_JSON_DEPTH,
                     first_line: int = 1) -> None:
    """Refuse JSON nested deeper than ``limit`` (before parsing it, which would recurse)."""
    depth, in_string, skip, line = 0, False, -1, first_line
    for m in _JSON_MARKS.finditer(text):
        pos, ch = m.start(), m.group(0)
        if ch == "\n":
            line += 1
        elif pos == skip:
            continue  # the character after a backslash inside a string
        elif in_string:
            if ch == "\\":
                skip = pos + 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                raise IngestError(f"the JSON is nested more than {limit} levels deep.",
                                  path=path, line=line, fix="flatten it: a list of case "
                                  "objects, each with text fields.")
        elif ch in "]}":
            depth -= 1
