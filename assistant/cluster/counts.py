"""Why the number of broad themes differs from the number the steward asked for.

``assistant themes broad N`` and the Themes screen's number cut the broad-theme dendrogram
into N groups, then replay the steward's decisions: a split broad theme stays two, a pinned
or decided-on one is kept apart, merged ones stay one, and there cannot be more broad themes
than sub-themes. :func:`broad_count_note` says which of these made the difference, so the
steward is not left with six broad themes for five asked and no reason.
"""

from __future__ import annotations

from sqlalchemy import select

from assistant.cluster.service import broad_target
from assistant.store.db import transaction
from assistant.store.models import Theme, ThemeDecision
from assistant.workspace import Workspace


def _named(t: Theme) -> str:
    return f"'{t.label}' ({t.id})" if t.label else t.id


def broad_count_note(ws: Workspace) -> str:
    """One sentence when the current broad themes are not as many as the steward asked
    for, naming the decisions (or the lack of sub-themes) that made the difference; ""
    when they are, or when the data chooses the number."""
    with transaction(ws.engine) as s:
        asked = broad_target(s)
        if not asked:
            return ""
        themes = {t.id: t for t in s.scalars(select(Theme).where(Theme.status == "active"))}
        decisions = list(s.scalars(select(ThemeDecision).order_by(ThemeDecision.id)))
    parents = {t.parent_id for t in themes.values()
               if (t.level or "sub") == "sub" and t.source == "cases" and t.parent_id}
    broad = {i: t for i, t in themes.items() if t.level == "broad" and i in parents}
    subs = sum(1 for t in themes.values() if (t.level or "sub") == "sub" and t.source == "cases")
    n = len(broad)
    if n == asked:
        return ""
    head = f"{n} broad theme{'' if n == 1 else 's'}, not the {asked} asked for"
    if n > asked:
        why = [f"the steward's split of {_named(broad[d.payload['theme_id']])} is kept (it "
               f"stays two broad themes)" for d in decisions
               if d.kind == "split" and d.payload.get("theme_id") in broad
               and d.payload.get("new_id") in broad]
        why += [f"{_named(t)} is pinned" for _, t in sorted(broad.items()) if t.pinned]
        if not why:
            why = ["broad themes the steward named, merged into or moved a sub-theme to are "
                   "kept apart when the cut would join them"]
        return f"{head}: {'; '.join(why)}."
    if subs < asked:
        return f"{head}: there {'is' if subs == 1 else 'are'} only {subs} sub-theme" \
               f"{'' if subs == 1 else 's'} to group."
    if any(d.kind == "merge" and d.payload.get("target_id") in broad for d in decisions):
        return f"{head}: the steward's merges of broad themes keep them joined."
    return f"{head}: the steward's decisions join some of them."
