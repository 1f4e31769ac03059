"""Today screen: where the network stands."""

from __future__ import annotations

from collections.abc import Callable

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.ui.render import Markdown, esc, table, when
from assistant.ui.views import TodayView
from assistant.workspace import Workspace


def today(ws: Workspace, actor: Actor) -> TodayView:
    """The sprint, recaps against the promise, novel cases, growing themes, adoption."""
    from assistant.summarize import open_actions

    acts = open_actions(ws)
    return TodayView(sprint=_section(_sprint, ws), recaps=_section(_recaps, ws),
                     novel=_section(_novel, ws), growing=_section(_growing, ws),
                     adoption=_section(_adoption, ws),
                     actions=table(("who", "what", "by when", "from"),
                                   [(a.owner, a.action, a.due or "not said", a.session_title)
                                    for a in acts]),
                     action_choices=tuple((a.line, a.id) for a in acts))


def mark_done(ws: Workspace, actor: Actor, action_id: str | None) -> TodayView:
    """Mark an open action item done; Today without it."""
    from assistant.summarize import mark_action

    if not action_id:
        raise AssistantError("Choose an action item first.")
    mark_action(ws, action_id, done=True, actor=actor)
    return today(ws, actor)


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

    rows = [(r.session_title, r.session_date, r.status, when(r.deadline),
             Markdown("**overdue**") if r.overdue else f"{r.hours_left:.0f} h left")
            for r in recap_deadlines(ws) if r.status != "published"]
    return table(("session", "held", "recap", "due", "promise"), rows)


def _novel(ws: Workspace) -> str:
    from assistant.cluster import novel_queue

    return table(("case", "title", "nearest theme"),
                 [(n.case_id, n.title, n.nearest_label) for n in novel_queue(ws)[:10]])


def _growing(ws: Workspace) -> str:
    from assistant.cluster import theme_trends

    tr = theme_trends(ws)
    return table(("theme", "new this week", "growth"),
                 [(g.label, g.recent, g.growth) for g in tr.growing[:5]])


def _adoption(ws: Workspace) -> str:
    from assistant.review import adoption_counts

    return table(("pattern", "teams", "adoptions"),
                 [(a.name, a.teams, a.count) for a in adoption_counts(ws)])
