"""Today screen: where the network stands."""

from __future__ import annotations

from collections.abc import Callable

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.ui.render import Markdown, choice_label, esc, table, when
from assistant.ui.views import TodayView
from assistant.ui.words import status_word
from assistant.workspace import Workspace


def today(ws: Workspace, actor: Actor) -> TodayView:
    """The sprint, recaps against the promise, novel cases, growing themes, adoption."""
    return TodayView(sprint=_section(_sprint, ws), recaps=_section(_recaps, ws),
                     novel=_section(_novel, ws), growing=_section(_growing, ws),
                     adoption=_section(_adoption, ws))


def _section(fn: Callable[[Workspace], str], ws: Workspace) -> str:
    """One panel; a panel that cannot be filled says why instead of blanking the page."""
    try:
        return fn(ws)
    except AssistantError as exc:
        return f"_{esc(exc)}_"


def _sprint(ws: Workspace) -> str:
    from assistant.cluster import sprint_status

    s = sprint_status(ws)
    if s is None:
        return "### No sprint yet\nSubmit the first cases to start the 90-day sprint."
    return (f"### Sprint {s.number}, week {s.week} of 12 — {esc(s.phase)}\n"
            f"{when(s.start)} to {when(s.end)} · {s.days_left} days left")


def _recaps(ws: Workspace) -> str:
    from assistant.review.workflow import recap_deadlines

    rows = [(r.session_title, r.session_date, status_word(r.status), when(r.deadline),
             Markdown("**overdue**") if r.overdue else f"{r.hours_left:.0f} h left")
            for r in recap_deadlines(ws) if r.status != "published"]
    return table(("session", "held", "recap", "due", "promise"), rows)


def _novel(ws: Workspace) -> str:
    from assistant.cluster import novel_queue

    return table(("case", "nearest theme"),
                 [(n.title or n.case_id, n.nearest_label or "—") for n in novel_queue(ws)[:10]])


def _growing(ws: Workspace) -> str:
    from assistant.cluster import theme_trends

    tr = theme_trends(ws)
    return table(("theme", "new this week", "growth"),
                 [(g.label, g.recent, g.growth) for g in tr.growing[:5]])


def _adoption(ws: Workspace) -> str:
    from assistant.review import adoption_counts

    return table(("pattern", "teams", "adoptions"),
                 [(a.name, a.teams, a.count) for a in adoption_counts(ws)])


def open_choices(ws: Workspace, actor: Actor) -> tuple[tuple[str, str], ...]:
    """Every row of Today as something to open: recaps due (the draft, or the session when
    none is drafted yet), novel cases, growing themes, adopted patterns."""
    from assistant.cluster import novel_queue, theme_trends
    from assistant.review import adoption_counts
    from assistant.review.workflow import recap_deadlines

    out: list[tuple[str, str]] = []
    for r in recap_deadlines(ws):
        if r.status == "published":
            continue
        key = f"draft:{r.draft_id}" if r.draft_id else f"session:{r.session_id}"
        out.append((choice_label(r.session_id, f"Recap of {r.session_title} "
                                 f"({status_word(r.status)})"), key))
    out += [(choice_label(n.case_id, f"Novel case: {n.title}"), f"case:{n.case_id}")
            for n in novel_queue(ws)[:10]]
    out += [(choice_label(g.theme_id, f"Growing theme: {g.label}"), f"theme:{g.theme_id}")
            for g in theme_trends(ws).growing[:5]]
    out += [(f"Pattern: {a.name}", f"pattern:{a.pattern_id}") for a in adoption_counts(ws)]
    return tuple(out)


def open_item(ws: Workspace, actor: Actor, key: str) -> tuple[str, str | None]:
    """Markdown of the row's record, and the draft id when it opens in Review instead."""
    from assistant.review.workflow import cited_source
    from assistant.ui.handlers.playbook import pattern_page
    from assistant.ui.handlers.themes import theme_detail

    kind, _, rid = key.partition(":")
    if kind == "draft":
        return "Opened in the Review tab.", rid
    if kind == "case":
        return esc(cited_source(ws, key)).replace("\n", "  \n"), None
    if kind == "theme":
        return theme_detail(ws, actor, rid)[0], None
    if kind == "pattern":
        return pattern_page(ws, actor, rid), None
    if kind == "session":
        from assistant.sessions import get_session

        s = get_session(ws, rid)
        return (f"### {esc(s.title)}\n{when(s.date) or 'undated'} · {esc(s.format)} · "
                f"{len(s.case_ids)} case(s) · transcript: "
                f"{'yes' if s.has_transcript else 'not yet'}\n\nNo recap drafted yet: open "
                "the session on the Sessions screen and press *Draft recap*."), None
    raise AssistantError(f"Cannot open {key!r}.")
