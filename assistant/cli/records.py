"""``assistant ingest | reindex | search | status | reconcile | prune-cache | example``:
records in, search out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from assistant.cli.common import app, echo, local_actor, workspace
from assistant.plural import counted

if TYPE_CHECKING:
    from assistant.index.vectors import Kind


def _mapping(pairs: list[str]) -> dict[str, str]:
    from assistant.ingest.cases import parse_mapping

    return parse_mapping(pairs)


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(..., help="Intake sheets (XLSX, CSV, JSON, JSONL), "
                                       "folders of Markdown cases, transcripts (VTT, SRT, "
                                       "DOCX, TXT)."),
    map_: list[str] = typer.Option([], "--map", help="field=Header: read a field from a "
                                   "column with another name (repeatable)."),
    format_: str | None = typer.Option(None, "--format", help="Session format of a "
                                       "transcript: problem-solving jam, office hours, "
                                       "show-and-tell demo, demo day."),
    date: str | None = typer.Option(None, "--date", help="Session date, YYYY-MM-DD."),
    title: str | None = typer.Option(None, "--title", help="Session title."),
    start_time: str | None = typer.Option(None, "--start-time", help="Session start, HH:MM."),
    facilitator: str | None = typer.Option(None, "--facilitator", help="Who ran it."),
    case: list[str] = typer.Option([], "--case", help="Case id or title the session "
                                   "discussed (repeatable)."),
) -> None:
    """Ingest cases and transcripts; re-ingesting a file adds nothing.

    A transcript given again with session details (--title, --date, ...) has them set on
    its session."""
    from assistant.ingest.service import ingest_paths

    meta = {"title": title, "format": format_, "date": date, "start_time": start_time,
            "facilitator": facilitator, "cases": case}
    report = ingest_paths(workspace(), paths, actor=local_actor(), mapping=_mapping(map_),
                          session_meta=meta, progress=True)
    for f in report.files:
        echo(f.summary())
    for w in report.warnings:
        echo(f"note: {w}")
    echo(f"Total: {report}.")


@app.command("reindex")
def reindex() -> None:
    """Rebuild the vector index from the record store."""
    from assistant.index.service import reindex as run

    r = run(workspace(reconcile=False), progress=True)
    if r.moved_aside:
        echo(f"The vector index could not be read; moved it to {r.moved_aside} and "
             "rebuilt it from the record store.")
    echo(f"Reindexed {counted(r.cases, 'case')}, "
         f"{counted(r.passages, 'transcript passage')}, {counted(r.patterns, 'pattern')}.")


#: What ``--kind`` accepts, and the index kinds each names. ``segments`` is the old word for
#: passages, still accepted (not offered) so that scripts written with it keep working.
SEARCH_KINDS: dict[str, tuple[Kind, ...]] = {
    "all": ("cases", "segments", "patterns"), "cases": ("cases",),
    "passages": ("segments",), "patterns": ("patterns",), "segments": ("segments",)}
#: What a hit of each index kind is called in a search across kinds.
_HIT_WORD = {"cases": "case", "segments": "passage", "patterns": "pattern"}


@app.command("search")
def search(
    query: str = typer.Argument(..., help="What you are looking for, in your own words."),
    kind: str = typer.Option("all", "--kind", help="all (as the app's Playbook search), "
                             "cases, passages (of transcripts) or patterns."),
    limit: int = typer.Option(5, "--limit", min=1, help="How many hits."),
) -> None:
    """Search cases, transcript passages and patterns by meaning.

    Hits below similarity 0.2 are left out, as in the app."""
    from assistant.index.audit import indexable_counts
    from assistant.index.service import SIMILARITY_FLOOR, search_across

    key = kind.strip().lower()
    if key not in SEARCH_KINDS:
        raise typer.BadParameter(f"{kind!r} is not a kind to search; use all, cases, passages "
                                 "or patterns.", param_hint="'--kind'")
    kinds = SEARCH_KINDS[key]
    word = {"all": "cases, passages or patterns", "segments": "passages"}.get(key, key)
    ws = workspace()
    # The app's filter: the same ranking, without hits below the similarity floor.
    hits = search_across(ws, query, kinds, limit=limit)[:limit]
    if not hits:
        if search_across(ws, query, kinds, limit=1, floor=-1.0):
            echo(f"No {word} similar enough (similarity {SIMILARITY_FLOOR} or more); try "
                 "other words.")
        elif stored := sum(indexable_counts(ws)[k] for k in kinds):
            what = (("session with a transcript", "sessions with a transcript")
                    if kinds == ("segments",) else ("record", "records") if key == "all"
                    else (word.removesuffix("s"), word))
            echo(f"The search index holds no {word}, though {counted(stored, *what)} "
                 f"{'is' if stored == 1 else 'are'} stored, and could not be rebuilt now; "
                 "run `assistant reindex` (or `assistant status` to see why).")
        else:
            echo(f"No {word} stored yet. Ingest some first (assistant ingest, or "
                 "assistant example).")
    for i, h in enumerate(hits, 1):
        tag = f"{_HIT_WORD[h.kind]}: " if len(kinds) > 1 else ""
        echo(f"{i}. [{h.score:.2f}] {tag}{h.title or h.id}  ({h.reference})")
        echo(f"   {h.snippet}")


@app.command("status")
def status() -> None:
    """The settings in effect, counts of records and of indexed items."""
    from assistant.config import effective
    from assistant.ingest.service import status as run

    ws = workspace(reconcile=False)
    for label, value in effective(ws.settings):
        echo(f"{label}: {value}")
    s = run(ws)  # report the lag as found
    # Archived records stay in the store (archiving is a soft delete), so they count, apart.
    def archived(n: int) -> str:
        return f"{n} archived, " if n else ""

    echo(f"cases: {s.cases} ({archived(s.archived_cases)}indexed {s.indexed_cases})")
    echo(f"sessions: {s.sessions} ({archived(s.archived_sessions)}"
         f"{s.sessions_with_transcript} with a transcript, "
         f"{counted(s.segments, 'speaker turn')}, "
         f"{counted(s.indexed_passages, 'passage')} indexed)")
    echo(f"patterns indexed: {s.indexed_patterns}")
    if s.index_error:
        echo(f"index: cannot be read: {s.index_error}")
    if s.index_pending:
        echo(f"index lag: {counted(s.index_pending, 'stored record')} not yet searchable "
             "(`assistant reconcile` indexes them; a search does too)")
    elif not s.index_faults:
        echo("index lag: 0 (every stored record is searchable)")
    if s.index_faults:
        echo(f"index check due: {counted(s.index_faults, 'index write')} failed or stopped "
             "part-way; "
             "the next start or `assistant reconcile` audits the index against the "
             "store and rewrites what it lost")
    if s.stale_vectors:
        echo(f"embedding cache: {counted(s.stale_vectors, 'vector')} of another model or "
             "precision, "
             "never read again (`assistant prune-cache` removes them)")


@app.command("reconcile")
def reconcile(
    verify: bool = typer.Option(False, "--verify", help="Also audit the whole index against "
                                "the store (each record found by its own vector) and rewrite "
                                "what it lost; runs by itself after a failed index write."),
) -> None:
    """Index every stored record the vector index is still missing.

    For after a crash or an index failure; it also runs by itself at every start, after
    ingest and before a search."""
    from assistant.index.outbox import pending
    from assistant.index.outbox import reconcile as run

    ws = workspace(reconcile=False)
    r = run(ws, progress=True, verify=verify, find_missing=True)
    echo(f"Reconciled: {r}. Waiting now: {sum(pending(ws).values())}.")
    if r.audit is not None:  # asked for (--verify), or after a failed index write
        why = "" if verify else " (a failed index write asked for it)"
        echo(f"Index audit{why}: {r.audit}." if r.audit.repaired else
             f"Index audit{why}: {r.audit}; the index matches the store.")


@app.command("prune-cache")
def prune_cache() -> None:
    """Remove cached embeddings of another model or precision.

    They are left when the embedding model, or how its vectors are computed, changed; the
    current model's vectors stay. On SQLite the file is compacted afterwards."""
    from sqlalchemy.exc import SQLAlchemyError

    from assistant.index.embedder import CachedEmbedder

    ws = workspace(reconcile=False)
    gone = ws.embedder.prune() if isinstance(ws.embedder, CachedEmbedder) else 0
    echo(f"Removed {gone} cached vectors of another model or precision.")
    if gone and ws.engine.dialect.name == "sqlite":
        try:
            with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM")
        except SQLAlchemyError as exc:
            echo(f"The database file was not compacted ({exc}); run this "
                 "again while the app is stopped.")


@app.command("example")
def example() -> None:
    """Load the bundled example network, compute its themes, run a sample search.

    Idempotent; the same store `assistant ui --example` prepares."""
    from assistant.examples import prepare_example_network
    from assistant.index.service import search as run

    ws = workspace()
    report, themes = prepare_example_network(ws, actor=local_actor(), progress=True)
    echo(f"Example network: {report}.")
    echo(f"Themes: {themes}.")
    query = "the customer's contact stopped replying after kickoff"
    echo(f'Sample search: "{query}"')
    for h in run(ws, query, limit=3):
        echo(f"  [{h.score:.2f}] {h.title}  ({h.reference})")
