"""Playbook screen: search by meaning, published patterns, a pattern's page, adoptions."""

from __future__ import annotations

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.index.service import SearchHit, search_across
from assistant.ui.handlers.intake import parse_date
from assistant.ui.render import choice_label, esc, table, when
from assistant.ui.words import status_word
from assistant.workspace import Workspace

#: What the search box can look in, label -> index kinds searched.
SCOPES: dict[str, tuple[str, ...]] = {
    "Everything": ("patterns", "cases", "segments"),
    "Patterns": ("patterns",),
    "Cases": ("cases",),
    "Transcript passages": ("segments",),
}


def search_library(ws: Workspace, actor: Actor, query: str, scope: str = "Everything",
                   limit: int = 8) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The best matches for ``query`` as one list ranked by similarity across the kinds
    searched (unrelated hits left out), and choices to open each one."""
    kinds = SCOPES.get(scope) or SCOPES["Everything"]
    hits = search_across(ws, query, kinds, limit=limit)  # type: ignore[arg-type]
    if not hits:
        return ("_Nothing close enough. Try other words, or look in everything._", ())
    body = "\n".join(f"{i}. {_hit(h)}" for i, h in enumerate(hits, 1))
    choices = tuple((f"{i}. {_KIND_WORD[h.kind]}: {h.title or h.id}"[:90], hit_key(h))
                    for i, h in enumerate(hits, 1))
    return body, choices


_KIND_WORD = {"patterns": "Pattern", "cases": "Case", "segments": "Passage"}


def hit_key(h: SearchHit) -> str:
    if h.kind == "segments":
        return f"passage:{h.session_id}:{h.first_position}:{h.last_position}"
    return f"{'case' if h.kind == 'cases' else 'pattern'}:{h.id}"


def _hit(h: SearchHit) -> str:
    title = esc(h.title) or esc(h.id)
    snippet = h.snippet
    if h.title and snippet.startswith(h.title):  # case text begins with its title
        snippet = snippet[len(h.title):].lstrip(" .:-")
    where = (f"{esc(h.speaker)} at {h.timestamp}" if h.kind == "segments" and h.timestamp
             else "")
    return (f"**{_KIND_WORD[h.kind]}: {title}** — {esc(snippet)}  \n"
            f"  <small>{where + ' · ' if where else ''}similarity {h.score:.2f}</small>")


def open_hit(ws: Workspace, actor: Actor, key: str) -> str:
    """The whole record behind a search hit: a case, a pattern's page, or the passage in its
    session's transcript with the turns around it and their times."""
    from assistant.review.workflow import cited_source

    kind, _, rest = key.partition(":")
    if kind == "pattern":
        return pattern_page(ws, actor, rest)
    if kind == "case":
        return esc(cited_source(ws, f"case:{rest}")).replace("\n", "  \n")
    if kind == "passage":
        sid, first, last = rest.rsplit(":", 2)
        return passage_in_session(ws, sid, int(first), int(last))
    raise AssistantError(f"Cannot open {key!r}.")


def passage_in_session(ws: Workspace, session_id: str, first: int, last: int,
                       context: int = 2) -> str:
    """The passage's turns (marked) with ``context`` turns either side, in order."""
    from assistant.index.texts import format_timestamp
    from assistant.sessions import get_session

    s = get_session(ws, session_id)
    lo, hi = first, last
    lines = [f"### {esc(s.title)}", f"{when(s.date) or 'undated'} · {esc(s.format)}"
             + (f" · facilitated by {esc(s.facilitator)}" if s.facilitator else "")]
    for g in s.segments:
        if lo - context <= g.position <= hi + context:
            at = format_timestamp(g.start_s)
            text = f"**{esc(g.speaker or 'speaker')}** [{at}]: {esc(g.text)}"
            lines.append(f"> {text}" if lo <= g.position <= hi else text)
    return "\n\n".join(lines)


def published_patterns(ws: Workspace, actor: Actor) -> tuple[str, tuple[tuple[str, str], ...]]:
    from assistant.publish import list_patterns

    patterns = list_patterns(ws)
    md = table(("pattern", "status", "published"),
               [(p.name, status_word(p.status), when(p.published_at)) for p in patterns])
    return md, tuple((choice_label(p.id, p.name), p.id) for p in patterns)


def pattern_page(ws: Workspace, actor: Actor, pattern_id: str) -> str:
    """One pattern: its text, where it came from (lineage) and who applied it."""
    from assistant.auth import can
    from assistant.review import pattern_lineage

    lin = pattern_lineage(ws, pattern_id, archived_titles=can(actor, "restore"))
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
                    applied_on: str | None, outcome: str) -> str:
    from assistant.review import record_adoption as record

    if not pattern_id:
        raise AssistantError("Choose a pattern first (the Pattern list).")
    a = record(ws, pattern_id, team=team or "", applied_on=parse_date(applied_on, "date"),
               outcome=(outcome or "").strip(), actor=actor)
    return f"Recorded: {esc(a.team)} applied this pattern on {a.applied_on}."
