"""Theme labels: a short name and a one-line description for a theme, cited to its cases."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.cluster.names import is_list_like, name_alone
from assistant.errors import DraftError, NotFound
from assistant.index.texts import case_text as index_text
from assistant.store.models import Case, Theme, ThemeMember
from assistant.summarize.core import clean, ground_bullets, trim
from assistant.summarize.drafter import DraftRequest, apply, drafter_for
from assistant.summarize.drafts import (
    Built,
    DraftRecord,
    KeptEdit,
    case_text,
    note,
    render_prompt,
    store,
)
from assistant.workspace import Workspace

#: At most this many of a theme's cases go into its prompt.
MAX_PROMPT_CASES = 40


def theme_cases(s: OrmSession, theme_id: str) -> tuple[Theme, list[Case]]:
    """A theme and its cases. A broad theme's cases are those of the sub-themes it shows
    (its active ones), as the Themes screen counts them; member rows name sub-themes only."""
    t = s.get(Theme, theme_id)
    if t is None:
        raise NotFound(f"No theme {theme_id!r}; `assistant themes` lists them.")
    q = select(ThemeMember.case_id).where(ThemeMember.theme_id == theme_id)
    if (t.level or "sub") == "broad":
        subs = select(Theme.id).where(Theme.parent_id == theme_id, Theme.status == "active")
        q = select(ThemeMember.case_id).where(ThemeMember.theme_id.in_(subs),
                                              ThemeMember.novel.is_(False))
    ids = list(s.scalars(q))
    cases = list(s.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id))) if ids \
        else []
    return t, cases


def central(ws: Workspace, texts: list[str]) -> int:
    """Index of the text nearest the mean of all of them."""
    v = ws.embedder.embed(texts)
    return int((v @ v.mean(axis=0)).argmax())


def built_in_name(ws: Workspace, t: Theme, cases: list[Case]) -> str:
    """The name the built-in drafter proposes for theme ``t``: the name the engine gave it
    (what the Themes screen shows) when it has one, else the name the engine gives its
    cases on their own (a steward's or a keyword label is not the engine's own). Never a
    list of words."""
    if t.label_source == "auto" and t.label and not is_list_like(t.label):
        return t.label
    name = name_alone([index_text(c) for c in cases], ws.embedder.embed)
    if is_list_like(name):  # a case's own words, when nothing else names it, can be one
        name = " ".join(re.findall(r"[\w'-]+", name))
    return name


def build_theme_label(ws: Workspace, theme_id: str) -> Built:
    with OrmSession(ws.engine) as s:
        t, cases = theme_cases(s, theme_id)
        s.expunge_all()
    if not cases:
        raise DraftError(f"Theme {theme_id} has no cases to label.")
    kws = [str(k) for k in (t.keywords or [])][:3]
    i = central(ws, [c.problem for c in cases])
    label = built_in_name(ws, t, cases)
    desc = trim(clean(cases[i].problem.split(". ")[0]), 25)
    prompt, phash = render_prompt(ws, "theme_label", keywords=kws,
                                  cases=[{"id": c.id, "title": c.title, "problem": c.problem}
                                         for c in cases[:MAX_PROMPT_CASES]])
    built = Built({}, [], prompt_name="theme_label", prompt_hash=phash)
    sources = {("case", c.id): case_text(c) for c in cases}
    cites = [{"case_id": c.id} for c in cases[:3]]
    extractive = [{"step": "label", "label": "Label", "text": label, "citations": cites,
                   "flag": "", "support": 0.0},
                  {"step": "description", "label": "Description", "text": desc,
                   "citations": [{"case_id": cases[i].id}], "flag": "", "support": 0.0}]
    bullets = apply(built, drafter_for(ws).draft(DraftRequest(
        "theme_label", prompt, ["label", "description"],
        {"label": "Label", "description": "Description"},
        {("case", c.id) for c in cases[:MAX_PROMPT_CASES]}, lambda: extractive,
        names=sorted({c.submitter for c in cases} - {""}), max_words=25)))
    listed = ""
    if bullets and is_list_like(str(bullets[0].get("text", ""))):
        # A list of words is no name: the built-in name stands in its place, cited as the
        # built-in label is, and the reviewer is told what the model proposed.
        listed = str(bullets[0]["text"])
        bullets = [dict(extractive[0]), *bullets[1:]]
    graded, flags = ground_bullets(bullets, sources, ws.embedder.embed)
    if listed:
        graded[0]["note"] = (f"The model proposed a list of words ({listed!r}), not a "
                             "name; the built-in name is shown instead.")
    built.content = {"title": f"Theme label for {theme_id}", "bullets": graded,
                     "note": note(built), "theme_id": theme_id}
    built.flags = flags
    return built


def draft_theme_label(ws: Workspace, theme_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Draft a label and one-line description for a theme."""
    require(actor, "draft")
    return store(ws, actor, "theme_label", "theme", theme_id, build_theme_label(ws, theme_id))


class LabelDrafts(list[DraftRecord]):
    """The label drafts :func:`label_themes` stored, and in ``kept`` the themes whose open
    draft stayed a person's edit because the configured model failed (:class:`KeptEdit`)."""

    def __init__(self, drafts: list[DraftRecord], kept: list[KeptEdit]) -> None:
        super().__init__(drafts)
        self.kept: tuple[KeptEdit, ...] = tuple(kept)


def label_themes(ws: Workspace, *, actor: Actor = LOCAL) -> LabelDrafts:
    """Draft a label for every active theme (none when there are no themes). A broad theme
    holding a single sub-theme of its name is one theme (the same cases): one draft, on the
    broad theme, whose approval renames both (:func:`assistant.cluster.actions.rename_theme_in`).
    A theme whose label draft is a person's edit while the model fails keeps the edit and
    is listed in the result's ``kept``; the other themes are drafted all the same."""
    from assistant.cluster.actions import _lone_twin

    require(actor, "draft")
    with OrmSession(ws.engine) as s:
        themes = list(s.scalars(select(Theme).where(Theme.status == "active")
                                .order_by(Theme.id)))
        twins = {tw.id for t in themes if (tw := _lone_twin(s, t)) is not None}
        ids = [t.id for t in themes if t.id not in twins]
    drafts: list[DraftRecord] = []
    kept: list[KeptEdit] = []
    for t in ids:
        try:
            drafts.append(draft_theme_label(ws, t, actor=actor))
        except KeptEdit as e:  # one theme's edit must not stop the others' drafts
            kept.append(e)
    return LabelDrafts(drafts, kept)
