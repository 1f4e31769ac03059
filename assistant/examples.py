"""The bundled example network (examples/onboarding): cases plus four session transcripts."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.auth import LOCAL, Actor, require
from assistant.config import PROJECT_ROOT
from assistant.errors import IngestError
from assistant.ingest.service import IngestReport, ingest_paths, merge_reports
from assistant.workspace import Workspace

#: The repository's folder, else the copy shipped in the package (an installed wheel).
EXAMPLE_DIR = next((p for p in (PROJECT_ROOT / "examples" / "onboarding",
                                Path(__file__).resolve().parent / "example_network")
                    if (p / "sessions.json").is_file()),
                   PROJECT_ROOT / "examples" / "onboarding")


def load_example_network(ws: Workspace, *, actor: Actor = LOCAL, progress: bool = False,
                         folder: Path = EXAMPLE_DIR) -> IngestReport:
    """Ingest the example intake sheet and every transcript of ``sessions.json`` with its
    title, format, date, facilitator and linked cases. Loading twice adds nothing."""
    require(actor, "ingest")
    sheet = folder / "cases.xlsx"
    manifest = folder / "sessions.json"
    if not sheet.exists() or not manifest.exists():
        raise IngestError("the example network is incomplete (cases.xlsx or sessions.json "
                          "is missing).", path=str(folder),
                          fix="reinstall the project, or run examples/onboarding/build.py.")
    reports = [ingest_paths(ws, [sheet], actor=actor, progress=progress)]
    for entry in json.loads(manifest.read_text(encoding="utf-8"))["sessions"]:
        meta = {k: entry.get(k) for k in ("title", "format", "date", "start_time",
                                          "facilitator", "cases")}
        reports.append(ingest_paths(ws, [folder / entry["file"]], actor=actor,
                                    session_meta=meta, progress=progress))
    if (folder / "network.json").exists():  # the operating rhythm (assistant.rhythm)
        from assistant.rhythm.example import load_network

        load_network(ws, folder / "network.json", actor=actor)
    return merge_reports(*reports)


def prepare_example_network(ws: Workspace, *, actor: Actor = LOCAL, progress: bool = False,
                            folder: Path = EXAMPLE_DIR) -> tuple[IngestReport, object]:
    """Load the example network and compute its themes: the state ``assistant example`` and
    ``assistant ui --example`` both leave (Today then lists only the truly novel cases)."""
    from assistant.cluster import recompute_themes

    report = load_example_network(ws, actor=actor, progress=progress, folder=folder)
    return report, recompute_themes(ws, actor=actor)
