"""Archive, restore and move records: the "Archive and restore" panel and the Sessions
screen's "Move the transcript"."""

from __future__ import annotations

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.ui.render import choice_label, esc, table, when
from assistant.ui.words import kind_word, status_word
from assistant.workspace import Workspace

Choices = tuple[tuple[str, str], ...]
#: What the panel can archive: label -> library record kind.
KINDS = {"Case": "case", "Session": "session", "Transcript of a session": "transcript",
         "Draft": "draft"}


def record_choices(ws: Workspace, actor: Actor, kind_label: str) -> Choices:
    """Records of one kind that can be archived, named by title (the id stays visible)."""
    kind = KINDS.get(kind_label, "case")
    if kind == "case":
        from assistant.ingest.service import case_titles

        return tuple((choice_label(cid, title), cid) for cid, title in case_titles(ws))
    if kind in ("session", "transcript"):
        from assistant.sessions import list_sessions

        return tuple((choice_label(s.id, f"{s.date or 'undated'} {s.title}"), s.id)
                     for s in list_sessions(ws) if kind == "session" or s.has_transcript)
    from assistant.review.workflow import inbox

    return tuple((choice_label(d.id, f"{kind_word(d.kind)}: {d.subject} "
                               f"({status_word(d.status)})"), d.id)
                 for d in inbox(ws, actor=actor, include_published=True))


def archive(ws: Workspace, actor: Actor, kind_label: str, record_id: str | None,
            reason: str = "") -> str:
    from assistant.archive import archive_record

    if not record_id:
        raise AssistantError("Choose the record to archive first.")
    kind = KINDS.get(kind_label, "case")
    archive_record(ws, kind, record_id, actor=actor, reason=reason)
    return (f"Archived the {kind_word(kind).lower()}. It no longer shows on Today, in the "
            "inbox, in search or in the themes; a steward can restore it below.")


def archived(ws: Workspace, actor: Actor) -> tuple[str, Choices]:
    """The archive as a table, and restore choices keyed ``kind:id``."""
    from assistant.archive import list_archived

    rows = list_archived(ws)
    md = table(("what", "title", "archived", "by"),
               [(kind_word(r.kind), r.title, when(r.archived_at), r.archived_by) for r in rows])
    return md, tuple((choice_label(r.id, f"{kind_word(r.kind)}: {r.title}"),
                      f"{r.kind}:{r.id}") for r in rows)


def restore(ws: Workspace, actor: Actor, key: str | None) -> str:
    from assistant.archive import restore_record

    if not key:
        raise AssistantError("Choose an archived record to restore first.")
    kind, _, record_id = key.partition(":")
    restore_record(ws, kind, record_id, actor=actor)
    return f"Restored the {kind_word(kind).lower()}: it is back in the lists and in search."


def move_transcript(ws: Workspace, actor: Actor, from_session: str | None,
                    to_session: str | None) -> str:
    from assistant.archive import reassign_transcript
    from assistant.sessions import get_session

    if not from_session or not to_session:
        raise AssistantError("Choose the session that holds the transcript (Session) and "
                             "the one it belongs to (Move the transcript to).")
    n = reassign_transcript(ws, from_session, to_session, actor=actor)
    src, dst = get_session(ws, from_session), get_session(ws, to_session)
    return (f"Moved {counted(n, 'speaker turn')} from **{esc(src.title)}** to "
            f"**{esc(dst.title)}**. If the emptied session was a mistake, archive it below.")
