"""Publishing: the approved playbook as Markdown (ready for MkDocs), a self-contained static
HTML site and JSON; recaps as Markdown or plain text to paste into email or chat.

Only approved content is published. The output folder may hold other things (``.git``,
``CNAME``): a publish replaces and removes only the files it wrote (see :mod:`.output`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.outbox import enqueue
from assistant.index.texts import format_timestamp
from assistant.ingest.records import without_bidi_controls
from assistant.publish.output import check_not_data, resolve_target, write_owned
from assistant.review import PatternRecord, pattern_record
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    Case,
    Draft,
    Pattern,
    PatternAdoption,
    Session,
    User,
    store_now,
)
from assistant.workspace import Workspace, catch_up

_TEMPLATES = Path(__file__).parent / "templates"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")
PUBLISHABLE = ("approved", "published")


def _md(text: Any) -> str:
    """User text made inert in Markdown: no raw HTML (MkDocs passes it through), no links
    or emphasis it did not ask for."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join(str(text or "").split()),
                                                 quote=False))


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES),
                             autoescape=lambda name: bool(name and name.endswith(".html.j2")),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters["md"] = _md
    return env


@dataclass(frozen=True)
class PublishReport:
    directory: Path
    patterns: int
    recaps: int
    files: tuple[str, ...]
    #: What went out holding an email address or a phone number (approved over that flag).
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        """What was published and where, as sentences (each note on a line of its own)."""
        return (f"{self.counts()} to {self.directory} "
                "(Markdown for MkDocs in markdown/, static HTML in html/, playbook.json)."
                + "".join(f"\nNote: {n}." for n in self.notes))

    def counts(self) -> str:
        """What was published, without the server's folder (for people who are not the
        operator; the folder is in the audit log's ``after``)."""
        return (f"{self.patterns} pattern{'s' if self.patterns != 1 else ''} and "
                f"{self.recaps} recap{'s' if self.recaps != 1 else ''}")


def list_patterns(ws: Workspace, *, include_approved: bool = True) -> list[PatternRecord]:
    """Published patterns (and approved ones waiting for publication), newest first."""
    states = PUBLISHABLE if include_approved else ("published",)
    with OrmSession(ws.engine) as s:
        rows = list(s.scalars(select(Pattern).where(Pattern.status.in_(states))))
        out = [pattern_record(p) for p in rows]
    return sorted(out, key=lambda p: (p.status != "published", -(p.published_at or
                                                                  p.created_at).timestamp(),
                                      p.name))


#: How a grounding flag says that a bullet's sources do not support its text.
UNSUPPORTED = "Not supported by what it cites"


def _bullets(s: OrmSession, content: dict[str, Any]) -> list[dict[str, str]]:
    """A recap's bullets with their sources; an archived case or session is published as
    "archived" (the published playbook is read by everyone, so no title)."""
    from assistant.archive import archived_sources

    cites = [c for b in content.get("bullets", []) for c in b.get("citations", [])]
    gone = archived_sources(s, {str(c["case_id"]) for c in cites if c.get("case_id")},
                            {str(c["session_id"]) for c in cites if c.get("session_id")})
    out = []
    for b in content.get("bullets", []):
        if str(b.get("flag") or "").startswith(UNSUPPORTED):
            # Approved over the flag: the text was rewritten past what its source says, so
            # citing that source would vouch for words it does not hold.
            out.append({"label": str(b.get("label") or b.get("step") or ""),
                        "text": str(b.get("text", "")),
                        "sources": "the reviewer's words, not those of a cited source"})
            continue
        sources = []
        for c in b.get("citations", []):
            if c in gone:
                sources.append("archived case" if c.get("case_id") else
                               "a passage of an archived session")
            elif c.get("case_id"):
                sources.append(f"case {c['case_id']}")
            else:
                ts = c.get("timestamp") or format_timestamp(c.get("start_s"))
                sources.append(" ".join(x for x in (str(c.get("speaker") or "speaker"),
                                                    f"at {ts}" if ts else "") if x))
        out.append({"label": str(b.get("label") or b.get("step") or ""),
                    "text": str(b.get("text", "")), "sources": "; ".join(sources)})
    return out


def _recap_view(s: OrmSession, d: Draft) -> dict[str, Any]:
    x = s.get(Session, d.subject_id)
    title = (x.title if x else "") or d.subject_id
    meta = ", ".join(str(v) for v in ((x.format if x else ""), (x.date if x else ""),
                                      (f"facilitated by {x.facilitator}"
                                       if x and x.facilitator else "")) if v)
    content = d.versions[-1].content
    return {"id": d.id, "title": title, "meta": meta, "bullets": _bullets(s, content),
            "session_id": d.subject_id, "approved_by": d.approved_by,
            "actions": _actions(s, d.id), "actions_said": _actions(s, d.id, dated=False)}


def _actions(s: OrmSession, draft_id: str, *, dated: bool = True) -> list[str]:
    """The recap's action items as "Owner: action, due (done)" lines (the approval gate
    checked the same rows); ``dated``: a relative due date with its date."""
    from assistant.review.gate import action_line, stored_actions

    return [action_line(a, dated=dated) for a in stored_actions(s, draft_id)]


def _pattern_view(s: OrmSession, p: Pattern, adoptions: dict[str, int],
                  approvers: dict[str, str], now: dt.datetime) -> dict[str, Any]:
    from assistant.archive import archived_sources

    ev = dict(p.evidence or {})
    if ev.get("imported_from"):  # stored with a full path before: publish the name only
        from assistant.rhythm.adoptions import file_name

        ev["imported_from"] = file_name(str(ev["imported_from"]))
    gone = archived_sources(s, ev.get("cases", []), ev.get("sessions", []))
    lines = []
    for cid in ev.get("cases", []):
        c = s.get(Case, cid)
        lines.append(f"Case {cid} (archived)" if cid in gone.cases else
                     f"Case {cid}: {c.title or c.problem[:100]}" if c else f"Case {cid}")
    for sid in ev.get("sessions", []):
        x = s.get(Session, sid)
        lines.append(f"Session {sid} (archived)" if sid in gone.sessions else
                     f"Session: {x.title} ({x.format}, {x.date or 'undated'})" if x
                     else f"Session {sid}")
    for rid in ev.get("recaps", []):
        lines.append(f"Recap {rid}")
    fields = [("Problem", p.problem), ("Context", p.context), ("What to do", p.solution),
              ("Applies when", p.applies_when), ("Does not apply when", p.not_when)]
    return {"id": p.id, "name": p.name, "problem": p.problem, "fields": fields,
            "evidence_lines": lines, "adoptions": adoptions.get(p.id, 0),
            "approved_by": approvers.get(p.draft_id or "", "a steward"),
            "published": f"{(p.published_at or now):%Y-%m-%d}",
            "json": {"id": p.id, "name": p.name, "problem": p.problem, "context": p.context,
                     "solution": p.solution, "applies_when": p.applies_when,
                     "not_when": p.not_when, "evidence": ev, "theme_id": p.theme_id,
                     "adoptions": adoptions.get(p.id, 0),
                     "published_at": (p.published_at or now).isoformat(timespec="seconds")}}


def _render(patterns: list[dict[str, Any]], recaps: list[dict[str, Any]],
            now: dt.datetime) -> dict[str, str]:
    """Every published file's relative path and text."""
    env = _env()
    generated = f"{now:%Y-%m-%d %H:%M} UTC"
    files: dict[str, str] = {
        "markdown/index.md": env.get_template("index.md.j2").render(
            patterns=patterns, recaps=recaps, generated=generated),
        "html/index.html": env.get_template("index.html.j2").render(
            patterns=patterns, recaps=recaps, generated=generated, title="Playbook"),
    }
    for p in patterns:
        files[f"markdown/patterns/{p['id']}.md"] = env.get_template("pattern.md.j2").render(p=p)
        files[f"html/patterns/{p['id']}.html"] = env.get_template("pattern.html.j2").render(
            p=p, title=p["name"])
    for r in recaps:
        files[f"markdown/recaps/{r['id']}.md"] = env.get_template("recap.md.j2").render(r=r)
        files[f"html/recaps/{r['id']}.html"] = env.get_template("recap.html.j2").render(
            r=r, title=f"Recap: {r['title']}")
    nav = ["  - Home: index.md"]
    if patterns:
        nav.append("  - Patterns:")
        nav += [f"    - {_nav_title(p['name'])}: patterns/{p['id']}.md" for p in patterns]
    if recaps:
        nav.append("  - Recaps:")
        nav += [f"    - {_nav_title(r['title'])}: recaps/{r['id']}.md" for r in recaps]
    files["mkdocs.yml"] = ("site_name: Playbook\ndocs_dir: markdown\nsite_dir: site\n"
                           "nav:\n" + "\n".join(nav) + "\n")
    files["playbook.json"] = json.dumps(
        {"generated_at": now.isoformat(timespec="seconds"),
         "patterns": [p["json"] for p in patterns],
         "recaps": [{k: r[k] for k in ("id", "title", "meta", "session_id", "bullets")}
                    for r in recaps]}, indent=2, ensure_ascii=False) + "\n"
    # A title or name stored before ingest removed bidi controls must not reorder a page.
    return {rel: without_bidi_controls(text) for rel, text in files.items()}


def _nav_title(text: str) -> str:
    """A title for mkdocs.yml's nav: MkDocs prints nav titles into its pages as raw HTML, so
    the text is HTML-escaped (shown as typed) and then quoted as a YAML string."""
    return _yaml_quoted(html.escape(" ".join(str(text or "").split())))


def _yaml_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted string that reads back as the same text: JSON's
    escapes, except a character beyond the Basic Multilingual Plane (an emoji), which JSON
    writes as a surrogate pair that YAML reads as two broken characters, is ``\\UXXXXXXXX``."""
    return '"' + "".join(f"\\U{ord(ch):08X}" if ord(ch) > 0xFFFF else json.dumps(ch)[1:-1]
                         for ch in text) + '"'


def _store_paths(ws: Workspace) -> list[Path]:
    """The assistant's own files a publish must never touch: the Chroma index and the
    SQLite file (when the store is one)."""
    paths = [ws.settings.resolved_chroma_path]
    url = ws.settings.resolved_database_url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        paths.append(Path(url.removeprefix("sqlite:///")))
    return paths


def publish(ws: Workspace, *, to: Path | str | None = None, actor: Actor = LOCAL
            ) -> PublishReport:
    """Publish every approved pattern and recap (stewards only) to ``to`` (default: the
    data folder's ``playbook``), then mark them published and make the patterns searchable.
    A session's recap is its last approved one: a newer approved recap replaces the one
    published before."""
    require(actor, "publish")
    to = resolve_target(to if to else ws.settings.data_dir / "playbook")
    check_not_data(to, data_dir=ws.settings.data_dir, protected=_store_paths(ws))
    now = store_now(ws.engine)
    with OrmSession(ws.engine) as s:
        pats = list(s.scalars(select(Pattern).where(Pattern.status.in_(PUBLISHABLE))
                              .order_by(Pattern.name, Pattern.id)))
        newest: dict[str, Draft] = {}  # one recap per session: the last one approved
        for d in s.scalars(select(Draft).options(selectinload(Draft.versions))
                           .where(Draft.kind == "recap", Draft.status.in_(PUBLISHABLE))
                           .order_by(Draft.approved_at, Draft.id)):
            newest[d.subject_id] = d
        recap_drafts = sorted(newest.values(), key=lambda d: (d.approved_at, d.id))
        if not pats and not recap_drafts:
            raise AssistantError("Nothing to publish yet: approve a pattern candidate or a "
                                 "recap first (Review screen).")
        adoptions = dict(s.execute(select(PatternAdoption.pattern_id,
                                          func.count(func.distinct(PatternAdoption.team)))
                                   .group_by(PatternAdoption.pattern_id)).all())
        # A public page names an approver who is one of the network's users; the machine's
        # operator (the command line's OS account, e.g. "root") is "a steward".
        users = set(s.scalars(select(User.name)))
        approvers = {i: who for i, who in s.execute(select(Draft.id, Draft.approved_by).where(
            Draft.id.in_([p.draft_id for p in pats if p.draft_id]))).all() if who in users}
        pattern_views = [_pattern_view(s, p, adoptions, approvers, now) for p in pats]
        recap_views = [_recap_view(s, d) for d in recap_drafts]
    files = write_owned(to, _render(pattern_views, recap_views, now))
    with transaction(ws.engine) as s:  # marks and the index outbox: all or nothing
        ids = [p["id"] for p in pattern_views]
        for p in s.scalars(select(Pattern).where(Pattern.id.in_(ids),
                                                 Pattern.status == "approved")):
            p.status, p.published_at, p.published_version = "published", now, None
            record(s, actor=actor.name, action="publish", object_type="pattern",
                   object_id=p.id, before={"status": "approved"},
                   after={"status": "published", "to": str(to)})
        enqueue(s, "patterns", ids)
        draft_ids = {p.draft_id for p in s.scalars(select(Pattern).where(Pattern.id.in_(ids)))}
        draft_ids |= {r["id"] for r in recap_views}
        for d in s.scalars(select(Draft).where(Draft.id.in_(draft_ids),
                                               Draft.status == "approved")):
            d.status, d.published_at, d.updated_at = "published", now, now
            record(s, actor=actor.name, action="publish", object_type="draft", object_id=d.id,
                   before={"status": "approved"}, after={"status": "published", "to": str(to)})
    catch_up(ws)  # the patterns become searchable (or at the next reconcile)
    return PublishReport(to, len(pattern_views), len(recap_views), tuple(files),
                         _personal_data(pattern_views, recap_views))


def _personal_data(patterns: list[dict[str, Any]], recaps: list[dict[str, Any]]
                   ) -> tuple[str, ...]:
    """Published text holding an email address or a phone number (a steward approved it
    over that flag), said again when it goes out."""
    from assistant.review.gate import contact_notes

    notes = []
    for p in patterns:
        text = " ".join(str(v or "") for _, v in p["fields"])
        notes += contact_notes(f"{p['name']} {text}", f"pattern “{p['name']}”")
    for r in recaps:
        # the action items as said: a date added to "by Friday" is no one's contact detail
        text = " ".join([*(b["text"] for b in r["bullets"]), *r["actions_said"]])
        notes += contact_notes(text, f"the recap of “{r['title']}”")
    return tuple(notes)


@dataclass(frozen=True)
class SharedRecap:
    """A recap that may be shared (approved or published), as a list names it."""

    id: str
    session_id: str
    session_title: str
    session_date: dt.date | None
    status: str  # "approved" or "published"
    approved_at: dt.datetime | None


def shareable_recaps(ws: Workspace) -> list[SharedRecap]:
    """Every recap that :func:`export_recap` exports: approved or published, not archived
    and not about an archived session; the most recently approved first."""
    with OrmSession(ws.engine) as s:
        rows = s.execute(
            select(Draft.id, Draft.subject_id, Session.title, Session.date, Draft.status,
                   Draft.approved_at)
            .join(Session, Session.id == Draft.subject_id)
            .where(Draft.kind == "recap", Draft.subject_type == "session",
                   Draft.status.in_(PUBLISHABLE), Draft.archived_at.is_(None),
                   Session.archived_at.is_(None))).all()
    from assistant.clock import from_db

    out = [SharedRecap(i, sid, title or sid, day, status, from_db(at))
           for i, sid, title, day, status, at in sorted(rows, key=lambda r: r[0])]
    never = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(out, key=lambda r: r.approved_at or never, reverse=True)


def export_recap(ws: Workspace, draft_id: str, *, fmt: str = "markdown") -> str:
    """An approved or published recap (its text as approved) as Markdown or as plain text
    ready to paste into email or chat."""
    if fmt not in ("markdown", "text"):
        raise AssistantError(f"Unknown format {fmt!r}; use markdown or text.")
    with OrmSession(ws.engine) as s:
        d = s.scalar(select(Draft).options(selectinload(Draft.versions))
                     .where(Draft.id == draft_id))
        if d is None or d.kind != "recap":
            raise NotFound(f"No recap draft {draft_id!r}.")
        if d.status not in PUBLISHABLE:
            from assistant.review.workflow import name_of

            # Sending it for review is not enough: a steward's approval lets it out.
            todo = (f"It waits for a steward's approval: Review screen, or `assistant review "
                    f"approve {d.id} --version N`." if d.status == "in_review" else
                    "Send it for review, and a steward approves it: Review screen, or "
                    f"`assistant review submit {d.id}`, then a steward's `assistant review "
                    f"approve {d.id} --version N`.")
            raise Conflict(f"{name_of(s, d)} is {d.status.replace('_', ' ')}; only an "
                           f"approved or published recap can be exported. {todo}")
        r = _recap_view(s, d)
    if fmt == "markdown":
        return without_bidi_controls(_env().get_template("recap.md.j2").render(r=r))
    lines = [f"Recap: {r['title']}" + (f" ({r['meta']})" if r["meta"] else ""), ""]
    for b in r["bullets"]:
        lines.append(f"• {b['label']}: {b['text']}"
                     + (f" ({b['sources']})" if b["sources"] else ""))
    if r["actions"]:
        lines += ["", "Action items:"] + [f"- {a}" for a in r["actions"]]
    return without_bidi_controls("\n".join(lines) + "\n")


__all__ = ["PublishReport", "SharedRecap", "export_recap", "list_patterns", "publish",
           "shareable_recaps"]
