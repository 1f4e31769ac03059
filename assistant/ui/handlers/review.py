"""Review screen: inbox, open a draft, save edits, workflow actions, cited sources."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from assistant.auth import Actor, can
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.ui.render import (
    Markdown,
    choice_label,
    due_cell,
    esc,
    fenced,
    inert_markdown,
    plain_block,
    table,
    when,
)
from assistant.ui.views import MAX_SLOTS, BulletView, DraftView, SaveResult
from assistant.ui.words import action_word, kind_word, status_word
from assistant.workspace import Workspace

Choices = tuple[tuple[str, str], ...]


def inbox(ws: Workspace, actor: Actor, keep: str | None = None) -> tuple[str, Choices]:
    """The drafts waiting for this actor, as a table and as picker choices. ``keep``: a
    draft the editor shows, kept among the choices after it left the inbox (approved,
    published, opened from elsewhere), so the picker can still name it."""
    from assistant.review.workflow import get_draft
    from assistant.review.workflow import inbox as list_inbox

    items: list[Any] = list_inbox(ws, actor=actor)
    rows = [(kind_word(d.kind), d.subject, status_word(d.status), when(d.updated_at),
             Markdown(f"{esc(when(d.deadline))} · **overdue**") if d.late_by
             else when(d.deadline), d.checks()) for d in items]
    md = table(("draft", "about", "status", "updated", "due", "checks"), rows)
    shown = list(items)
    if keep and keep not in {d.id for d in items}:
        with contextlib.suppress(NotFound):  # gone since the editor opened it: none to keep
            shown.append(get_draft(ws, keep))
    return md, tuple((choice_label(d.id, f"{kind_word(d.kind)}: {d.subject} "
                                   f"({status_word(d.status)})"), d.id) for d in shown)


def _need(draft_id: str | None) -> str:
    if not draft_id:
        raise AssistantError("Choose a draft first (the Draft list above).")
    return draft_id


def open_draft(ws: Workspace, actor: Actor, draft_id: str | None) -> DraftView:
    """Everything the editor shows for the draft's latest version."""
    from assistant.review.workflow import (
        EDITABLE,
        diff_versions,
        get_draft,
        history,
        review_thread,
    )

    d = get_draft(ws, _need(draft_id))
    latest = d.versions[-1]
    _titles(ws, latest.content.get("bullets", []), steward=can(actor, "restore"))
    bullets = tuple(_bullet(b) for b in latest.content.get("bullets", [])[:MAX_SLOTS])
    # An archived source opens for stewards only (they can restore it); others see it
    # marked as archived in the bullet, with nothing to open.
    sources = tuple(dict.fromkeys(
        (citation_label(c), citation_key(c))
        for b in latest.content.get("bullets", []) for c in b.get("citations", [])
        if not c.get("archived") or can(actor, "restore")))
    hist = history(ws, d.id)
    hist_md = table(("version", "by", "note", "at"),
                    [(v.number, "the assistant" if v.machine else v.author, v.note,
                      when(v.created_at)) for v in hist])
    diff = diff_versions(ws, d.id, 1, latest.number) if latest.number > 1 else ""
    thread = review_thread(ws, d.id)
    header = (f"**{kind_word(d.kind)}** about *{esc(d.subject)}* — **{status_word(d.status)}**"
              f", version {latest.number}, drafted by {esc(backend_word(d.backend))}"
              + (f", due {when(d.deadline)}" if d.deadline else "")
              + (" — **archived**" if d.archived else ""))
    last_reject = next((e for e in reversed(thread) if e.action == "reject"), None)
    if last_reject is not None and d.status == "draft":
        header += (f"\n\n⚠️ **Rejected by {esc(last_reject.actor)}** on "
                   f"{when(last_reject.at)}: “{esc(last_reject.comment)}”")
    same: list[str] = []
    if d.kind == "pattern" and bullets and d.status in EDITABLE:
        from assistant.summarize.pattern import published_namesakes

        same = published_namesakes(ws, bullets[0].text, draft_id=d.id)
        if same:
            header += (f"\n\n⚠️ **A published pattern is already named “{esc(same[0])}”**: "
                       "this candidate may repeat it.")
    thread_md = "\n".join(
        f"- {when(e.at)} · **{esc(e.actor)}** {action_word(e.action)}"
        + (f" version {e.version}" if e.action == "edit_draft" and e.version else "")
        + (f": “{esc(e.comment)}”" if e.comment else "") for e in thread) or \
        "_No review steps yet._"
    return DraftView(draft_id=d.id, header=header, version=latest.number, bullets=bullets,
                     sources=sources, history=hist_md,
                     diff=fenced(diff, "diff") if diff else "_No edits yet._",
                     status=d.status, kind=d.kind, preview=inert_markdown(latest.text),
                     thread=thread_md,
                     human_edited=not latest.machine,
                     actions=_actions(ws, d.id) if d.kind == "recap" else "",
                     namesakes=tuple(same),
                     title=f"{kind_word(d.kind)} about {d.subject}")


def _titles(ws: Workspace, bullets: list[dict[str, Any]], *, steward: bool = True) -> None:
    """Put the case title or session title on each citation of ``bullets`` (a copy from
    get_draft), so sources read as names rather than ids; mark archived sources (their
    title is kept for stewards, who can restore them, and left out for everyone else)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session as OrmSession

    from assistant.archive import archived_sources
    from assistant.store.models import Case, Session

    cites = [c for b in bullets for c in b.get("citations", [])]
    case_ids = {str(c["case_id"]) for c in cites if c.get("case_id")}
    session_ids = {str(c["session_id"]) for c in cites if c.get("session_id")}
    with OrmSession(ws.engine) as s:
        cases = dict(s.execute(select(Case.id, Case.title).where(Case.id.in_(case_ids))).all())
        sessions = dict(s.execute(select(Session.id, Session.title)
                                  .where(Session.id.in_(session_ids))).all())
        gone = archived_sources(s, case_ids, session_ids)
    for c in cites:
        c["archived"] = c in gone
        shown = steward or not c["archived"]
        if c.get("case_id"):
            c["title"] = cases.get(str(c["case_id"]), "") if shown else ""
        elif c.get("session_id"):
            c["session_title"] = sessions.get(str(c["session_id"]), "") if shown else ""


def backend_word(backend: str) -> str:
    return {"extractive": "the built-in extractive drafter"}.get(backend, backend)


def _actions(ws: Workspace, draft_id: str) -> str:
    """The recap's action items under it: who, what, by when (marked overdue as on Today),
    done, and the source."""
    from assistant.summarize import recap_actions

    rows = [(a.owner, a.action, due_cell(a), "done" if a.done else "open",
             "; ".join(citation_label(c) for c in a.citations))
            for a in recap_actions(ws, draft_id)]
    if not rows:
        return "#### Action items\n_None were said in the session._"
    return "#### Action items\n" + table(("who", "what", "by when", "status", "said at"),
                                          rows)


def action_choices(ws: Workspace, actor: Actor, draft_id: str | None
                   ) -> list[tuple[str, str]]:
    """(label, id) of a recap's action items, for the editor's picker; [] for other drafts."""
    from assistant.summarize import recap_actions

    if not draft_id:
        return []
    return [(a.line, a.id) for a in recap_actions(ws, draft_id)]


def action_fields(ws: Workspace, actor: Actor, draft_id: str | None,
                  action_id: str | None) -> tuple[str, str, str]:
    """Owner, action and due of one action item of the draft, to edit."""
    from assistant.summarize import recap_actions

    for a in recap_actions(ws, _need(draft_id)):
        if a.id == action_id:
            return a.owner, a.action, a.due
    raise AssistantError("Choose one of the recap's action items first.")


def edit_action(ws: Workspace, actor: Actor, draft_id: str | None, action_id: str | None,
                owner: str, action: str, due: str, seen: Sequence[str] | None = None
                ) -> tuple[str, str]:
    """Save a corrected action item; returns the message and the recap's action table.
    ``seen``: the who, what and by when the editor loaded (:func:`action_fields`); a save
    by someone else since is refused, naming them (the typed text stays in the boxes)."""
    from assistant.summarize import edit_action as edit

    did = _need(draft_id)
    if not action_id:
        raise AssistantError("Choose one of the recap's action items first.")
    a = edit(ws, action_id, owner=owner, action=action, due=due, actor=actor,
             seen=(seen[0], seen[1], seen[2]) if seen else None)
    return f"Action item saved: {esc(a.line)}.", _actions(ws, did)


def _bullet(b: dict[str, Any]) -> BulletView:
    cites = b.get("citations", [])
    from assistant.index.texts import cite_shown

    sources = ("Sources: " + "; ".join(esc(citation_label(c)) for c in cites)) if cites \
        else "_No sources cited._"
    # the editor's one way to change what a bullet cites (assistant.review.citing)
    now = (" as " + esc("[" + "; ".join(cite_shown(c) for c in cites) + "]")) if cites else ""
    sources += ("  \n_To cite other sources, end the bullet's text with them in "
                f"brackets{now}: [Speaker m:ss] for a turn of this session, [case id] for a "
                "case, several separated by '; '._")
    return BulletView(label=str(b.get("label") or b.get("step") or ""),
                      text=str(b.get("text", "")), sources=sources,
                      flag=esc(" ".join(str(b[k]) for k in ("flag", "note") if b.get(k))))


def citation_key(c: dict[str, Any]) -> str:
    if c.get("case_id"):
        return f"case:{c['case_id']}"
    return f"segment:{c.get('session_id')}:{c.get('position')}"


def citation_label(c: dict[str, Any]) -> str:
    archived = bool(c.get("archived"))
    if c.get("case_id"):
        title = c.get("title") or ""
        if archived:
            return f"archived case “{title}”" if title else "an archived case"
        return f"case “{title}”" if title else f"case {c['case_id']}"
    ts = c.get("timestamp") or ""
    if archived:
        where = c.get("session_title")
        return (f"{c.get('speaker') or 'speaker'} at {ts} in archived session “{where}”"
                if where else "a passage of an archived session")
    where = c.get("session_title") or "the session"
    return f"{c.get('speaker') or 'speaker'} at {ts} in {where}"


def source_text(ws: Workspace, actor: Actor, key: str) -> str:
    """The full text of a cited case or transcript passage, escaped: it is shown as typed
    (no markup, no images fetched from elsewhere). An archived source opens for stewards
    only."""
    from sqlalchemy.orm import Session as OrmSession

    from assistant.archive import archived_sources
    from assistant.review.workflow import cited_source

    if not can(actor, "restore"):
        kind, _, rest = key.partition(":")
        ident = rest.rpartition(":")[0] if kind == "segment" else rest
        with OrmSession(ws.engine) as s:
            gone = archived_sources(s, [ident] if kind == "case" else [],
                                    [ident] if kind == "segment" else [])
        if gone.cases or gone.sessions:
            raise AssistantError(f"That {'case' if kind == 'case' else 'session'} was "
                                 "archived; a steward can open or restore it.")
    return plain_block(cited_source(ws, key))


def save_edits(ws: Workspace, actor: Actor, draft_id: str | None, base_version: int,
               texts: list[str]) -> SaveResult:
    """Save the editor's bullets as a new version on top of ``base_version``.

    A stale base (someone saved meanwhile) is not an error the user loses text to: the
    result keeps their text and names the newest version as the next base.
    """
    from assistant.review.workflow import EDITABLE, edit_draft, get_draft

    did = _need(draft_id)
    d = get_draft(ws, did)
    n = len(d.versions[-1].content.get("bullets", []))
    kept = tuple(texts[:n])
    try:
        edit_draft(ws, did, list(kept), base_version=base_version, actor=actor)
    except Conflict as exc:
        now = get_draft(ws, did)
        newest = now.versions[-1].number
        if now.status not in EDITABLE:  # saving again cannot help: say what can
            return SaveResult(message=f"{exc} Your text is kept in the editor, so you can "
                              "copy it.", view=None, kept_texts=kept, conflict=True,
                              base_version=newest)
        # The base moves to the newest version: a second save is a deliberate overwrite.
        return SaveResult(message=f"{exc} Your text is kept in the editor; check the newest "
                          f"version (v{newest}) in the history, then save again to put "
                          "your text on top of it.",
                          view=None, kept_texts=kept, conflict=True, base_version=newest)
    view = open_draft(ws, actor, did)
    return SaveResult(message=f"Saved as version {view.version}.", view=view,
                      base_version=view.version)


def regenerate(ws: Workspace, actor: Actor, draft_id: str | None,
               comment: str = "") -> tuple[DraftView, str]:
    from assistant.summarize import regenerate as regen

    did = _need(draft_id)
    regen(ws, did, actor=actor)
    return open_draft(ws, actor, did), "Regenerated from the sources as a new version."


def submit(ws: Workspace, actor: Actor, draft_id: str | None,
           comment: str = "", version: int | None = None) -> tuple[DraftView, str]:
    """Send the draft for review; ``version``: the one on screen (a newer one is refused)."""
    from assistant.review.workflow import submit_for_review

    did = _need(draft_id)
    submit_for_review(ws, did, actor=actor, version=version)
    return open_draft(ws, actor, did), "Sent for review; a steward will approve or reject it."


def approve(ws: Workspace, actor: Actor, draft_id: str | None,
            comment: str = "", override: str = "", version: int | None = None
            ) -> tuple[DraftView, str]:
    """Approve the draft as shown: ``version`` is the one on screen (a newer one is
    refused, naming who saved it)."""
    from assistant.review.workflow import approve as do_approve

    did = _need(draft_id)
    do_approve(ws, did, comment=comment.strip(), override=override.strip(), actor=actor,
               version=version)
    return open_draft(ws, actor, did), ("Approved with an override (recorded in the audit "
                                        "log)." if override.strip() else "Approved.")


def reject(ws: Workspace, actor: Actor, draft_id: str | None,
           comment: str = "", version: int | None = None) -> tuple[DraftView, str]:
    """Reject the draft as shown (``version``: the one on screen; a newer one is refused)."""
    from assistant.review.workflow import reject as do_reject

    did = _need(draft_id)
    do_reject(ws, did, comment=comment.strip(), actor=actor, version=version)
    return open_draft(ws, actor, did), "Rejected; it is back with its author as a draft."


def draft_pattern(ws: Workspace, actor: Actor, draft_id: str | None,
                  comment: str = "") -> tuple[DraftView, str]:
    """Draft a pattern candidate from an approved recap and open it."""
    from assistant.summarize import draft_pattern as make_pattern

    pattern_draft = make_pattern(ws, recap_id=_need(draft_id), actor=actor)
    view = open_draft(ws, actor, pattern_draft.id)
    same = _namesake_note(view)
    return view, "Pattern candidate drafted; it is open below." + (f" {same}" if same else "")


def _namesake_note(view: DraftView) -> str:
    """A warning when a pattern candidate is named like a published pattern (the namesakes
    ``open_draft`` found for its header)."""
    if not view.namesakes:
        return ""
    return (f"⚠️ A published pattern is already named “{esc(view.namesakes[0])}”: this "
            "candidate may repeat it. Rename it, or archive it and record an adoption of the "
            "published one instead.")


def archive(ws: Workspace, actor: Actor, draft_id: str | None,
            comment: str = "") -> tuple[DraftView, str]:
    from assistant.archive import archive_record

    did = _need(draft_id)
    archive_record(ws, "draft", did, actor=actor, reason=comment.strip())
    return (open_draft(ws, actor, did),
            "Archived: it has left the inbox. A steward can restore it (Intake, Archive and "
            "restore).")


def publish(ws: Workspace, actor: Actor, draft_id: str | None = None,
            comment: str = "") -> tuple[DraftView | None, str]:
    from assistant.publish import publish as do_publish

    report = do_publish(ws, actor=actor)
    view = open_draft(ws, actor, draft_id) if draft_id else None
    notes = "".join(f"  \nNote: {esc(n)}." for n in report.notes)
    return view, (f"Published the playbook: {report.counts()}. Download the site with "
                  f"**Published site** below.{notes}")


def published_site(ws: Workspace, actor: Actor) -> tuple[str | None, str]:
    """The playbook as last published from here: a zip of the site (html/, markdown/,
    playbook.json) to download, and a preview naming its patterns and recaps. The site's
    pages are not served by the app: they open from the zip, with their escaping intact."""
    import tempfile
    from pathlib import Path

    from assistant.auth import require
    from assistant.publish.site import published_site as read_site
    from assistant.publish.site import site_zip

    require(actor, "read")
    site = read_site(ws.settings.data_dir / "playbook")
    if site is None:
        return None, "Nothing published yet: a steward publishes with **Publish the playbook**."
    path = site_zip(site, Path(tempfile.mkdtemp(prefix="playbook-")) / "playbook-site.zip")
    lines = [f"**Published {esc(site.generated_at.replace('T', ' '))} UTC**: "
             f"{len(site.patterns)} pattern{'s' if len(site.patterns) != 1 else ''} and "
             f"{len(site.recaps)} recap{'s' if len(site.recaps) != 1 else ''}. Download the "
             "zip and open `playbook/html/index.html`, or serve `playbook/markdown/` with "
             "MkDocs."]
    if site.patterns:
        lines += ["", "Patterns:", *(f"- {esc(n)}" for n in site.patterns)]
    if site.recaps:
        lines += ["", "Recaps:", *(f"- {esc(n)}" for n in site.recaps)]
    return str(path), "\n".join(lines)


def shareable(ws: Workspace, actor: Actor, shown: str | None = None
              ) -> tuple[Choices, str | None]:
    """The recaps *Share an approved recap* offers (approved and published ones: a published
    recap is no longer in the inbox), and the one to choose: ``shown``, the draft the
    editor shows, when it is one of them."""
    from assistant.auth import require
    from assistant.publish import shareable_recaps

    require(actor, "read")
    rows = shareable_recaps(ws)
    choices = tuple((choice_label(r.id, f"{r.session_title} ({r.session_date or 'undated'}"
                                  f", {status_word(r.status).lower()})"), r.id) for r in rows)
    return choices, shown if shown in {r.id for r in rows} else None


def export_recap(ws: Workspace, actor: Actor, draft_id: str | None, fmt: str) -> str:
    """An approved or published recap as Markdown or plain text, to paste into email or
    chat."""
    from assistant.auth import require
    from assistant.publish import export_recap as export

    require(actor, "read")
    if not draft_id:
        raise AssistantError("Choose a recap first (the Recap list beside Export: approved "
                             "and published recaps).")
    return export(ws, draft_id, fmt="text" if fmt.startswith("Plain") else "markdown")
