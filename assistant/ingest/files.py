"""Reading text files the way people actually save them: UTF-8 with or without a BOM.

Anything else is refused with the line of the first bad byte and how to fix it, because a
silently mis-decoded file turns names into ``MÃ¼ller`` forever.
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import IngestError

#: Bytes that never occur in a text file; finding one means a binary file was renamed.
_BINARY_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:_BINARY_SNIFF]


def read_text(path: Path, *, fix_encoding: str = "save the file as UTF-8",
              what: str = "text file") -> str:
    """The file's text (BOM removed, newlines normalised), or an :class:`IngestError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror}).", path=str(path),
                          fix="check the path and that you may read it.") from None
    if not data.strip():
        raise IngestError("the file is empty.", path=str(path),
                          fix=f"choose the {what} that has content.")
    if looks_binary(data):
        raise IngestError(f"this is a binary file, not a {what}.", path=str(path),
                          line=data[:_BINARY_SNIFF].count(b"\n", 0, data.index(b"\x00")) + 1,
                          fix=f"export it as a {what} first.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IngestError(f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot "
                          "be read).", path=str(path), line=line, fix=fix_encoding) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
