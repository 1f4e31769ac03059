"""Playbook screen: search by meaning, published patterns, a pattern's page, adoptions."""

from __future__ import annotations

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.index.service import SearchHit, search
from assistant.ui.handlers.intake import parse_date
from assistant.ui.render import choice_label, esc, table, when
from assistant.workspace import Workspace

#: What the search box can look in, label -> index kinds searched.
SCOPES: dict[str, tuple[str, ...]] = {
    "Everything": ("patterns", "cases", "segments"),
    "Patterns": ("patterns",),
    "Cases": ("cases",),
    "Transcript passages": ("segments",),
}
_HEADINGS = {"patterns": "Patterns", "cases": "Cases", "segments": "Transcript passages"}


def search_library(ws: Workspace, actor: Actor, query: str, scope: str = "Everything",
                   limit: int = 5) -> str:
    """Markdown of the best matches for ``query``, one section per kind searched."""
    kinds = SCOPES.get(scope)
    if kinds is None:
        kinds = SCOPES["Everything"]
    sections: list[str] = []
    for kind in kinds:
        hits = search(ws, query, kind=kind, limit=limit)  # type: ignore[arg-type]
        body = "\n".join(_hit(h) for h in hits) if hits else "_No matches._"
        sections.append(f"### {_HEADINGS[kind]}\n{body}")
    return "\n\n".join(sections)


def _hit(h: SearchHit) -> str:
    title = esc(h.title) or esc(h.id)
    snippet = h.snippet
    if h.title and snippet.startswith(h.title):  # case text begins with its title
        snippet = snippet[len(h.title):].lstrip(" .:-")
    return (f"- **{title}** — {esc(snippet)}  \n"
            f"  <small>{esc(h.reference)} · similarity {h.score:.2f}</small>")


def published_patterns(ws: Workspace, actor: Actor) -> tuple[str, tuple[tuple[str, str], ...]]:
    from assistant.publish import list_patterns

    patterns = list_patterns(ws)
    md = table(("pattern", "status", "published", "id"),
               [(p.name, p.status, when(p.published_at), p.id) for p in patterns])
    return md, tuple((choice_label(p.id, p.name), p.id) for p in patterns)


def pattern_page(ws: Workspace, actor: Actor, pattern_id: str) -> str:
    """One pattern: its text, where it came from (lineage) and who applied it."""
    from assistant.review import pattern_lineage

    lin = pattern_lineage(ws, pattern_id)
    p = lin.pattern
    parts = [f"## {esc(p.name)}"]
    for label, value in (("Problem", p.problem), ("Context", p.context),
                         ("Solution", p.solution), ("Applies when", p.applies_when),
                         ("Not when", p.not_when)):
        if value:
            parts.append(f"**{label}.** {esc(value)}")
    parts.append("### Lineage\n" + "\n".join(f"- {esc(step)}" for step in lin.steps))
    parts.append("### Applied by\n" + table(("team", "date", "outcome", "recorded by"),
                                            [(a.team, a.applied_on, a.outcome, a.recorded_by)
                                             for a in lin.adoptions]))
    return "\n\n".join(parts)


def record_adoption(ws: Workspace, actor: Actor, pattern_id: str | None, team: str,
                    applied_on: str, outcome: str) -> str:
    from assistant.review import record_adoption as record

    if not pattern_id:
        raise AssistantError("Choose a pattern first (the Pattern list).")
    record(ws, pattern_id, team=team.strip(), applied_on=parse_date(applied_on, "date"),
           outcome=outcome.strip(), actor=actor)
    return f"Recorded: {esc(team.strip() or actor.name)} applied this pattern."
