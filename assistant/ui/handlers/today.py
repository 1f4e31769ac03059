"""Today screen: where the network stands."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.ui.handlers import network
from assistant.ui.render import Markdown, choice_label, due_cell, esc, table, when
from assistant.ui.views import TodayView
from assistant.ui.words import status_word
from assistant.workspace import Workspace


class _Facts:
    """What Today reads, each fetched once per page load (the tables and the "open a row"
    choices share them)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @cached_property
    def recaps(self) -> list[Any]:
        from assistant.review.workflow import recap_deadlines

        # a session whose recap is out has met (or missed) its promise: a revision in
        # progress is review work (Review screen), not a recap still owed
        return [r for r in recap_deadlines(self.ws) if r.published_at is None]

    @cached_property
    def novel(self) -> list[Any]:
        from assistant.cluster import novel_queue

        return novel_queue(self.ws, limit=10)

    @cached_property
    def growing(self) -> list[Any]:
        from assistant.cluster import theme_trends

        return list(theme_trends(self.ws).growing[:5])

    @cached_property
    def adoption(self) -> list[Any]:
        from assistant.review import adoption_counts

        return list(adoption_counts(self.ws))


def today(ws: Workspace, actor: Actor) -> TodayView:
    """The sprint, recaps against the promise, novel cases, growing themes, adoption,
    open action items, and every row as something to open."""
    from assistant.summarize import open_actions

    f = _Facts(ws)
    acts = open_actions(ws)
    return TodayView(sprint=_section(_sprint, ws) + _section(network.red_flag_line, ws),
                     recaps=_section(_recaps, ws, f),
                     novel=_section(_novel, ws, f), growing=_section(_growing, ws, f),
                     adoption=_section(_adoption, ws, f), choices=_choices(f),
                     actions=table(("who", "what", "by when", "from"),
                                   [(a.owner, a.action, due_cell(a), a.session_title)
                                    for a in acts]),
                     action_choices=tuple((a.line, a.id) for a in acts))


def mark_done(ws: Workspace, actor: Actor, action_id: str | None) -> TodayView:
    """Mark an open action item done; Today without it."""
    from assistant.summarize import mark_action

    if not action_id:
        raise AssistantError("Choose an action item first.")
    mark_action(ws, action_id, done=True, actor=actor)
    return today(ws, actor)


def _section(fn: Callable[..., str], ws: Workspace, facts: _Facts | None = None) -> str:
    """One panel; a panel that cannot be filled says why instead of blanking the page."""
    try:
        return fn(ws, facts) if facts is not None else fn(ws)
    except AssistantError as exc:
        return f"_{esc(exc)}_"


def _sprint(ws: Workspace) -> str:
    """The sprint as the Network screen shows it (both read :func:`sprint_now`)."""
    from assistant.rhythm.sprints import sprint_now

    now = sprint_now(ws)
    head = f"### {esc(now.headline())}\n"
    if now.running is not None:
        return (head + f"{when(now.running.start)} to {when(now.running.end)} · "
                f"{counted(now.days_left, 'day')} left")
    if now.previous is not None and now.upcoming is None:
        return head + ("Record its decision and start the next sprint on the Network "
                       "screen.")
    if now.sprint is None:
        return head + ("A steward starts the 90-day sprint on the Network screen "
                       "(or `assistant sprint start YYYY-MM-DD`).")
    return head


def _recaps(ws: Workspace, facts: _Facts | None = None) -> str:
    f = facts or _Facts(ws)
    rows = [(r.session_title, r.session_date, status_word(r.status), when(r.deadline),
             Markdown("**overdue**") if r.overdue else f"{r.hours_left:.0f} h left")
            for r in f.recaps]
    return table(("session", "held", "recap", "due", "promise"), rows)


def _novel(ws: Workspace, facts: _Facts) -> str:
    return table(("case", "nearest theme"),
                 [(n.title or n.case_id, n.nearest_label or "—") for n in facts.novel])


def _growing(ws: Workspace, facts: _Facts) -> str:
    return table(("theme", "new this week", "growth"),
                 [(g.label, g.recent, g.growth) for g in facts.growing])


def _adoption(ws: Workspace, facts: _Facts) -> str:
    return table(("pattern", "teams", "adoptions"),
                 [(a.name, a.teams, a.count) for a in facts.adoption])


def _choices(f: _Facts) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    try:
        for r in f.recaps:
            key = f"draft:{r.draft_id}" if r.draft_id else f"session:{r.session_id}"
            out.append((choice_label(r.session_id, f"Recap of {r.session_title} "
                                     f"({status_word(r.status)})"), key))
        out += [(choice_label(n.case_id, f"Novel case: {n.title}"), f"case:{n.case_id}")
                for n in f.novel]
        out += [(choice_label(g.theme_id, f"Growing theme: {g.label}"),
                 f"theme:{g.theme_id}") for g in f.growing]
        out += [(f"Pattern: {a.name}", f"pattern:{a.pattern_id}") for a in f.adoption]
    except AssistantError:
        pass  # the panels already say what could not be read
    return tuple(out)


def open_choices(ws: Workspace, actor: Actor) -> tuple[tuple[str, str], ...]:
    """Every row of Today as something to open: recaps due (the draft, or the session when
    none is drafted yet), novel cases, growing themes, adopted patterns."""
    return _choices(_Facts(ws))


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
                f"{counted(len(s.case_ids), 'case')} · transcript: "
                f"{'yes' if s.has_transcript else 'not yet'}\n\nNo recap drafted yet: open "
                "the session on the Sessions screen and press *Draft recap*."), None
    raise AssistantError(f"Cannot open {key!r}.")
