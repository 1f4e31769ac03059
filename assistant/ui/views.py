"""What the screens show, as plain frozen records the handlers return and tests inspect."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Editor slots on the Review screen: a recap has five bullets, a pattern six fields,
#: a pre-read a handful of sections; longer drafts show their first slots and say so.
MAX_SLOTS = 12


@dataclass(frozen=True)
class BulletView:
    label: str  # "1. Present the case", "Solution"
    text: str
    sources: str  # Markdown: the bullet's citations, readable
    flag: str = ""  # grounding warning, empty when the sources support the bullet


@dataclass(frozen=True)
class DraftView:
    draft_id: str
    header: str  # Markdown: kind, subject, status, version, backend, deadline
    version: int  # the version the editor shows: the base of the next edit
    bullets: tuple[BulletView, ...]
    sources: tuple[tuple[str, str], ...]  # (label, key) for "open a cited source"
    history: str  # Markdown table of versions
    diff: str  # Markdown: machine draft vs the latest (or approved) text
    status: str = ""
    kind: str = ""
    preview: str = ""  # the rendered Markdown text of the shown version
    thread: str = ""  # Markdown: the review thread (rejection reasons, comments, by whom)
    human_edited: bool = False  # the shown version is a person's edit (regenerate asks)
    actions: str = ""  # Markdown: a recap's action items (owner, action, due, done)
    namesakes: tuple[str, ...] = ()  # published patterns an editable candidate is named like
    title: str = ""  # plain text: what the draft is ("Recap about SSO jam")


@dataclass(frozen=True)
class SaveResult:
    """Outcome of saving an edit. On a conflict the user's text is kept, not lost."""

    message: str
    view: DraftView | None  # fresh view after a save; None when nothing changed
    kept_texts: tuple[str, ...] = ()  # the user's text, shown back in the editor
    conflict: bool = False
    base_version: int = 0


@dataclass(frozen=True)
class TodayView:
    sprint: str
    recaps: str
    novel: str
    growing: str
    adoption: str
    counts: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # every row, to open (label, key)
    actions: str = ""  # Markdown: open action items from recaps
    action_choices: tuple[tuple[str, str], ...] = ()  # (label, action id) to mark done


@dataclass(frozen=True)
class ThemeListView:
    table: str
    choices: tuple[tuple[str, str], ...]  # every theme, broad ones first: (name, id)
    novel: str = ""
    case_choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    broad_choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    sub_choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    target: int = 0  # the steward's number of broad themes; 0: chosen from the data
    #: what the trend charts offer: broad themes, then the sub-themes that are not their
    #: broad theme's only one (that one's line is its broad theme's line)
    trend_choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: the dismissed themes, offered in the Theme list after the current ones to restore
    dismissed_choices: tuple[tuple[str, str], ...] = field(default_factory=tuple)
