"""The published playbook is shared outside the server: no file of it names a folder of
the server (the data folder, the project, the file an import came from)."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.config import PROJECT_ROOT
from assistant.publish import publish
from assistant.rhythm.adoptions import PatternEntry, import_patterns_and_adoptions
from assistant.store.db import transaction
from assistant.store.models import Pattern
from assistant.workspace import Workspace
from tests.test_publish import approved_pattern


def _published_texts(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): p.read_text(encoding="utf-8")
            for p in out.rglob("*") if p.is_file()}


def test_no_published_file_names_a_server_folder(ws: Workspace, tmp_path: Path) -> None:
    kit = tmp_path / "kits" / "starter-kit.xlsx"
    import_patterns_and_adoptions(ws, [PatternEntry("SSO readiness starts at kickoff")], [],
                                  source=str(kit), index=False)
    # a pattern stored by an older version, with the import's full path
    import_patterns_and_adoptions(ws, [PatternEntry("Name the data owner early")], [],
                                  source="x", index=False)
    with transaction(ws.engine) as s:
        old = next(p for p in s.query(Pattern) if p.name == "Name the data owner early")
        old.evidence = {**old.evidence, "imported_from": str(PROJECT_ROOT / "network.json")}
    approved_pattern(ws, tmp_path, name="Buddy up newcomers")
    out = tmp_path / "site"
    publish(ws, to=out)
    texts = _published_texts(out)
    assert any(n.endswith(".html") for n in texts) and any(n.endswith(".md") for n in texts)
    for name, text in texts.items():
        for folder in (str(tmp_path), str(PROJECT_ROOT), str(ws.settings.data_dir)):
            assert folder not in text, f"{name} names the server folder {folder}"
    sources = {p["name"]: p["evidence"].get("imported_from")
               for p in json.loads(texts["playbook.json"])["patterns"]}
    assert sources["SSO readiness starts at kickoff"] == "starter-kit.xlsx"
    assert sources["Name the data owner early"] == "network.json"
