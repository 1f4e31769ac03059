"""What a publish left in its folder, for people who cannot open that folder: the site as
one zip to download, and a short list of what it holds."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from assistant.publish.output import MANIFEST, _owned, _safe_rel


@dataclass(frozen=True)
class PublishedSite:
    directory: Path
    generated_at: str
    patterns: tuple[str, ...]  # names, as published
    recaps: tuple[str, ...]  # session titles
    files: tuple[str, ...]  # the relative paths the publish wrote


def published_site(directory: Path) -> PublishedSite | None:
    """The site the last publish wrote into ``directory`` (None: nothing published there),
    read from its playbook.json and the publish's list of files."""
    book = directory / "playbook.json"
    if not (directory / MANIFEST).is_file() or not book.is_file():
        return None
    try:
        data = json.loads(book.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AssistantError(f"{book} cannot be read ({exc}); publish again.") from None
    files = tuple(sorted(f for f in (_owned(directory) or ()) if _safe_rel(f)
                         and (directory / f).is_file()))
    return PublishedSite(directory, str(data.get("generated_at", "")),
                         tuple(str(p.get("name", "")) for p in data.get("patterns", [])),
                         tuple(str(r.get("title", "")) for r in data.get("recaps", [])), files)


def site_zip(site: PublishedSite, dest: Path) -> Path:
    """Zip the files the publish wrote (html/, markdown/, playbook.json, mkdocs.yml) and
    nothing else the folder holds, into ``dest``; written beside it first, so a failure
    leaves no half-written zip."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for rel in site.files:
            z.write(site.directory / rel, f"playbook/{rel}")
    tmp.replace(dest)
    return dest
