"""Writing the playbook into a folder that may hold other things.

Publishing owns only the files it wrote: their list is kept in a manifest in the folder, so
a later publish replaces and removes exactly those and leaves everything else (``.git``,
``CNAME``, a README) alone. A folder that holds the assistant's own data is refused. Every
file is first written to a staging folder inside the target, so a full disk or a refused
write changes nothing that was published before.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

from assistant.errors import AssistantError

MANIFEST = ".assistant-playbook.json"
#: A folder published before the manifest existed is recognised by this file.
LEGACY_MARK = "playbook.json"


def resolve_target(to: Path | str) -> Path:
    """``to`` as an absolute path (``.`` and ``~`` included), or a clear error."""
    try:
        return Path(to).expanduser().resolve()
    except (OSError, RuntimeError) as exc:
        raise AssistantError(f"Cannot use {to} as the playbook folder ({exc}); choose "
                             "another folder.") from None


def check_not_data(to: Path, *, data_dir: Path, protected: Iterable[Path]) -> None:
    """Refuse a target that is, holds or lies inside the assistant's own data (the data
    folder itself, the database file, the Chroma index); the data folder's ``playbook``
    subfolder, the default, is fine."""
    data = data_dir.resolve()
    paths = [data, *(p.resolve() for p in protected)]
    for p in paths:
        if to == p or p.is_relative_to(to):
            raise AssistantError(
                f"{to} holds the assistant's data ({p}); publishing there could overwrite "
                "or remove it. Publish to a folder of its own, e.g. --to ./playbook.")
    for p in paths[1:]:
        if to.is_relative_to(p):
            raise AssistantError(f"{to} is inside the assistant's data ({p}); publish to a "
                                 "folder of its own, e.g. --to ./playbook.")


def _owned(to: Path) -> set[str] | None:
    """Relative paths a previous publish wrote (empty for a legacy playbook, whose files are
    overwritten but never removed), or None when ``to`` is not a playbook folder."""
    manifest = to / MANIFEST
    if manifest.is_file():
        try:
            files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
            return {str(f) for f in files}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AssistantError(f"{manifest} is damaged ({exc}); remove it only if the "
                                 "folder holds nothing but the published playbook.") from None
    if (to / LEGACY_MARK).is_file():
        return set()
    return None


def _safe_rel(rel: str) -> bool:
    p = Path(rel)
    return not p.is_absolute() and ".." not in p.parts and rel != MANIFEST


def write_owned(to: Path, files: Mapping[str, str]) -> list[str]:
    """Write ``files`` (relative path -> text) into ``to``, remove what the previous publish
    wrote and this one did not, keep everything else; the sorted relative paths written."""
    if to.exists() and not to.is_dir():
        raise AssistantError(f"{to} is a file, not a folder; publish to a folder.")
    owned = _owned(to) if to.exists() else set()
    if owned is None:
        if any(to.iterdir()):
            raise AssistantError(f"{to} exists and is not a published playbook; publish to "
                                 "an empty or new folder (its other files would be left "
                                 "alone, but a folder of your own is not the place).")
        owned = set()
    legacy = not (to / MANIFEST).exists()
    for rel in files:
        if not _safe_rel(rel):
            raise AssistantError(f"Refusing to write {rel!r} outside the playbook folder.")
        target = to / rel
        if target.is_dir() or (target.exists() and rel not in owned and not legacy):
            raise AssistantError(f"{target} exists and was not written by a publish; move it "
                                 "away or publish to another folder.")
    stage = to / f".assistant-publish-{uuid.uuid4().hex[:8]}"
    try:
        try:
            to.mkdir(parents=True, exist_ok=True)
            stage.mkdir()
            for rel, text in files.items():
                path = stage / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            (stage / MANIFEST).write_text(json.dumps({"files": sorted(files)}, indent=1),
                                          encoding="utf-8")
        except OSError as exc:
            raise AssistantError(f"Cannot write the playbook to {to}: "
                                 f"{exc.strerror or exc}. Nothing published before was "
                                 "changed; free space or choose a folder you may write "
                                 "to, then publish again.") from None
        try:
            for rel in files:
                (to / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(stage / rel, to / rel)
            os.replace(stage / MANIFEST, to / MANIFEST)
        except OSError as exc:
            raise AssistantError(f"Publishing to {to} stopped part-way: {exc.strerror or exc}."
                                 " Fix that and publish again.") from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    for rel in sorted(owned - set(files)):
        if _safe_rel(rel):
            _remove_file(to, to / rel)
    return sorted(files)


def _remove_file(root: Path, path: Path) -> None:
    """Remove one file this publish owned, then any folders it leaves empty (up to root)."""
    if path.is_file() and not path.is_symlink():
        path.unlink()
    parent = path.parent
    while parent != root and parent.is_relative_to(root):
        try:
            parent.rmdir()  # only succeeds when empty
        except OSError:
            break
        parent = parent.parent
