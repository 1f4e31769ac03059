"""Unsaved edits on the Review screen (and in the session-details editor, see the end of
this module) survive a reload, a closed tab or a crash.

The browser keeps what a person typed into a draft and has not saved (local storage, one
entry per draft), and warns before the page is left while the editor differs from what
was loaded ("leave page?"). When that draft is opened again, the screen offers the kept
text back; putting it back sets the save's base to the version the text was typed on, so
a version saved meanwhile is caught as a conflict, never silently overwritten. Saving the
draft, or discarding the offer, forgets the kept text.

The server only says what the editor was loaded with (:func:`baseline`) and reads back
what the browser kept (:func:`offer`, :func:`restore`); it stores nothing of it. The
browser side is the JavaScript below, run by Gradio events (no page script to inject).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.plural import counted
from assistant.ui.render import esc
from assistant.ui.views import MAX_SLOTS, DraftView

#: localStorage key of a draft's kept text: this prefix and the draft id.
KEY_PREFIX = "assistant-unsaved:"


def baseline(view: DraftView | None, editable: bool) -> str:
    """What the editor was loaded with, as JSON the browser compares the editor against
    (draft id, version, a name for it, the bullet texts); "" when nothing shown is
    editable, which turns the guard off."""
    if view is None or not editable or not view.bullets:
        return ""
    return json.dumps({"draft": view.draft_id, "version": view.version,
                       "title": view.title or view.draft_id,
                       "texts": [b.text for b in view.bullets]}, ensure_ascii=False)


@dataclass(frozen=True)
class Kept:
    """Text typed into a draft and never saved, as the browser kept it."""

    draft: str
    version: int
    texts: tuple[str, ...]
    at: str  # when it was typed, as the browser wrote it (its local time)


def _read(raw: str | None) -> dict[str, Any] | None:
    try:
        data = json.loads(raw or "")
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def kept_for(shown: str | None, kept: str | None) -> Kept | None:
    """The kept text when it belongs to the draft ``shown`` (a :func:`baseline`) and
    differs from it; None otherwise (nothing kept, another draft, unreadable, the same)."""
    base, data = _read(shown), _read(kept)
    if base is None or data is None or data.get("draft") != base.get("draft"):
        return None
    texts = data.get("texts")
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        return None
    if texts == base.get("texts"):
        return None
    try:
        version = int(data.get("version") or 0)
    except (TypeError, ValueError):
        version = 0
    return Kept(str(data["draft"]), version, tuple(texts[:MAX_SLOTS]), str(data.get("at", "")))


def offer(shown: str | None, kept: str | None) -> str:
    """Markdown offering the kept text of the draft shown back, naming the bullets it
    changes; "" when there is nothing to offer."""
    k = kept_for(shown, kept)
    if k is None:
        return ""
    base = _read(shown) or {}
    loaded = base.get("texts") or []
    changed = [i + 1 for i, t in enumerate(k.texts) if i >= len(loaded) or t != loaded[i]]
    which = (f"bullet {changed[0]}" if len(changed) == 1 else
             "bullets " + ", ".join(str(n) for n in changed[:-1]) + f" and {changed[-1]}")
    newer = (f" The draft has changed since (version {base.get('version')} now); saving "
             "will ask before it replaces that." if k.version and
             k.version != base.get("version") else "")
    when = f" on {esc(k.at)}" if k.at else ""
    return (f"⚠️ **Unsaved edits**: this browser kept text you typed into this draft"
            f"{when} and did not save ({which} changed)."
            f"{newer} Put it back to go on editing, or discard it.")


def restore(shown: str | None, kept: str | None) -> tuple[tuple[str, ...], int, str]:
    """The kept texts, the version they were typed on (the next save's base) and a
    message; a :class:`ValueError` when there is nothing to put back."""
    k = kept_for(shown, kept)
    if k is None:
        raise ValueError("nothing kept for this draft")
    base = _read(shown) or {}
    n = len(base.get("texts") or [])
    version = k.version or int(base.get("version") or 0)
    note = "" if len(k.texts) == n else (f" (the draft now has {counted(n, 'bullet')}; "
                                         f"{counted(len(k.texts), 'was', 'were')} kept)")
    return (k.texts[:n], version,
            f"Your unsaved text is back in the editor{note}. **Save edits** to keep it.")


#: Run once on page load: the guard before the page is left, and the helpers the events
#: below call. The editor's state is read from the page itself (bullet textareas), so
#: the guard holds however the text got there (typed, pasted, put back).
INSTALL_JS = """() => {
  if (window.assistantUnsaved) return;
  const PREFIX = "@PREFIX@";
  const editorTexts = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const el = document.querySelector('#bullet-' + i + ' textarea');
      if (!el) return null;
      out.push(el.value);
    }
    return out;
  };
  const dirty = () => {
    const b = window.assistantEditor;
    if (!b) return null;
    const texts = editorTexts(b.texts.length);
    if (!texts || texts.every((t, i) => t === b.texts[i])) return null;
    return texts;
  };
  const remember = () => {
    const b = window.assistantEditor, texts = dirty();
    if (!texts) return false;
    try {
      localStorage.setItem(PREFIX + b.draft, JSON.stringify({
        draft: b.draft, version: b.version, title: b.title, texts: texts,
        at: new Date().toLocaleString(), ts: Date.now()}));
    } catch (e) { /* storage full or off: the leave-page warning still holds */ }
    return true;
  };
  const forget = (draft) => { try { localStorage.removeItem(PREFIX + draft); } catch (e) {} };
  const kept = (draft) => {
    try { return localStorage.getItem(PREFIX + draft) || ''; } catch (e) { return ''; }
  };
  window.assistantUnsaved = {remember, forget, kept, dirty};
  window.assistantForms = window.assistantForms || {};  // form name -> differs from loaded
  window.addEventListener('beforeunload', (event) => {
    const forms = Object.values(window.assistantForms).some(Boolean);
    if (remember() || forms) { event.preventDefault(); event.returnValue = ''; }
  });
}""".replace('"@PREFIX@"', json.dumps(KEY_PREFIX))

#: Page load: the drafts this browser keeps unsaved text for, newest first (JSON), so
#: the page can say so on whatever tab it opens.
PENDING_JS = """() => {
  const out = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k || !k.startsWith("@PREFIX@")) continue;
      try {
        const e = JSON.parse(localStorage.getItem(k));
        out.push({draft: e.draft, title: e.title, at: e.at, ts: e.ts || 0});
      } catch (e) {}
    }
  } catch (e) {}
  out.sort((a, b) => b.ts - a.ts);
  return out.length ? JSON.stringify(out) : '';
}""".replace("@PREFIX@", KEY_PREFIX)


@dataclass(frozen=True)
class Pending:
    """Drafts with kept text, as the page reports them on load."""

    note: str  # Markdown naming them; "" when there are none
    draft: str  # the newest one, which the banner opens


def pending(kept: str | None) -> Pending:
    """What the banner above the tabs says about kept text: the drafts, newest first."""
    try:
        items = json.loads(kept or "[]")
    except (TypeError, ValueError):
        items = []
    items = [i for i in items if isinstance(i, dict) and isinstance(i.get("draft"), str)]
    if not items:
        return Pending("", "")
    first = items[0]
    name = esc(first.get("title") or first["draft"])
    when = f" (typed {esc(first['at'])})" if first.get("at") else ""
    more = (f" — and unsaved text for {counted(len(items) - 1, 'other draft')}, offered when "
            "each is opened" if len(items) > 1 else "")
    return Pending(f"⚠️ **Unsaved edits** kept in this browser: *{name}*{when}{more}. "
                   "Open it to put them back or discard them.", first["draft"])


#: The editor was (re)loaded: remember what with; hand back the text kept for that
#: draft, if any differs (the server turns it into the offer), and forget kept text that
#: is what the draft now says (it was saved).
LOADED_JS = """(shown) => {
  const u = window.assistantUnsaved;
  let b = null;
  try { b = shown ? JSON.parse(shown) : null; } catch (e) { b = null; }
  window.assistantEditor = b;
  if (!b || !u) return '';
  const raw = u.kept(b.draft);
  if (!raw) return '';
  try {
    if (JSON.stringify(JSON.parse(raw).texts) === JSON.stringify(b.texts)) {
      u.forget(b.draft);
      return '';
    }
  } catch (e) { u.forget(b.draft); return ''; }
  return raw;
}"""

#: A keystroke in a bullet: keep the editor's text now (a crash gives no warning).
TYPED_JS = "() => { window.assistantUnsaved && window.assistantUnsaved.remember(); }"

#: Save pressed, or the offer discarded: forget the draft's kept text. A save that fails
#: leaves the text in the editor, so the next keystroke or leaving the page keeps it again.
FORGET_JS = """(shown) => {
  try {
    const b = JSON.parse(shown || 'null');
    if (b && window.assistantUnsaved) window.assistantUnsaved.forget(b.draft);
  } catch (e) {}
}"""


# ---- the session-details editor (Sessions screen) -----------------------------------------
# The same behaviour for a form of fields: what was typed and not saved is kept in this
# browser (one entry per session), the page warns before it is left while the form differs
# from what was loaded, and opening the session again offers the kept details back.

#: localStorage key of a session's kept details: this prefix and the session id (not under
#: KEY_PREFIX, which the banner above the tabs reads as drafts).
DETAILS_PREFIX = "assistant-unsaved-session:"
DETAILS_FIELDS = ("title", "format", "date", "start", "facilitator", "cases")


def details_baseline(session_id: str, name: str, fields: dict[str, Any]) -> str:
    """What the details editor was loaded with, as JSON (session id, a name for it, the
    fields as the form holds them, cases sorted)."""
    return json.dumps({"session": session_id, "title": name,
                       "fields": {k: fields.get(k, "") for k in DETAILS_FIELDS}},
                      ensure_ascii=False)


def baseline_fields(shown: str | None, session_id: str) -> dict[str, Any]:
    """The fields of a :func:`details_baseline` for ``session_id``; an
    :class:`AssistantError` when the editor holds no details of that session."""
    from assistant.errors import AssistantError

    data = _read(shown)
    if data is None or data.get("session") != session_id or \
            not isinstance(data.get("fields"), dict):
        raise AssistantError("The editor does not show this session's details yet; choose "
                             "the session again (the list above) and edit after they load.")
    return dict(data["fields"])


def _kept_details(shown: str | None, kept: str | None) -> tuple[dict[str, Any], str] | None:
    base, data = _read(shown), _read(kept)
    if base is None or data is None or data.get("session") != base.get("session"):
        return None
    fields = data.get("fields")
    if not isinstance(fields, dict) or fields == base.get("fields"):
        return None
    out = {k: fields.get(k, "") for k in DETAILS_FIELDS}
    if not all(isinstance(out[k], str) for k in DETAILS_FIELDS[:-1]) or \
            not isinstance(out["cases"], list):
        return None
    return out, str(data.get("at", ""))


def details_offer(shown: str | None, kept: str | None) -> str:
    """Markdown offering the kept details of the session shown back, naming the fields they
    change; "" when there is nothing to offer."""
    k = _kept_details(shown, kept)
    if k is None:
        return ""
    fields, at = k
    loaded = (_read(shown) or {}).get("fields") or {}
    changed = [f.replace("start", "start time") for f in DETAILS_FIELDS
               if fields[f] != loaded.get(f)]
    when = f" on {esc(at)}" if at else ""
    return (f"⚠️ **Unsaved details**: this browser kept details you typed for this session"
            f"{when} and did not save ({', '.join(changed)}). Put them back to go on "
            "editing, or discard them.")


def details_restore(shown: str | None, kept: str | None) -> tuple[list[Any], str]:
    """The kept field values (the editor's order) and a message; a :class:`ValueError`
    when there is nothing to put back."""
    k = _kept_details(shown, kept)
    if k is None:
        raise ValueError("nothing kept for this session")
    fields, _ = k
    return ([fields[f] for f in DETAILS_FIELDS],
            "Your unsaved details are back in the editor. **Save details** to keep them.")


#: A field of the details editor changed by the user: compare the form with what it was
#: loaded with, keep it in this browser when it differs (forget it when it is back to
#: what was loaded) and mark the form dirty for the leave-page warning.
DETAILS_TYPED_JS = """(title, format, date, start, facilitator, cases, shown) => {
  let b = null;
  try { b = JSON.parse(shown || 'null'); } catch (e) { b = null; }
  if (!b) return;
  const now = {title: title || '', format: format || '', date: (date || '').slice(0, 10),
               start: start || '', facilitator: facilitator || '',
               cases: (cases || []).slice().sort()};
  const same = JSON.stringify(now) === JSON.stringify(b.fields);
  window.assistantForms = window.assistantForms || {};
  window.assistantForms['session-details'] = !same;
  const key = "@PREFIX@" + b.session;
  try {
    if (same) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({session: b.session, title: b.title,
      fields: now, at: new Date().toLocaleString(), ts: Date.now()}));
  } catch (e) { /* storage full or off: the leave-page warning still holds */ }
}""".replace('"@PREFIX@"', json.dumps(DETAILS_PREFIX))

#: The details editor was (re)loaded: the form is clean; hand back what this browser kept
#: for that session (the server turns it into the offer), forgetting it when it is what
#: the session now says.
DETAILS_LOADED_JS = """(shown) => {
  window.assistantForms = window.assistantForms || {};
  window.assistantForms['session-details'] = false;
  let b = null;
  try { b = JSON.parse(shown || 'null'); } catch (e) { b = null; }
  if (!b) return '';
  const key = "@PREFIX@" + b.session;
  let raw = '';
  try { raw = localStorage.getItem(key) || ''; } catch (e) { return ''; }
  if (!raw) return '';
  try {
    if (JSON.stringify(JSON.parse(raw).fields) === JSON.stringify(b.fields)) {
      localStorage.removeItem(key);
      return '';
    }
  } catch (e) { localStorage.removeItem(key); return ''; }
  return raw;
}""".replace('"@PREFIX@"', json.dumps(DETAILS_PREFIX))

#: Save pressed, or the offer discarded: forget the session's kept details. A save that
#: fails leaves them in the form, and the next change keeps them again.
DETAILS_FORGET_JS = """(shown) => {
  try {
    const b = JSON.parse(shown || 'null');
    if (b) localStorage.removeItem("@PREFIX@" + b.session);
  } catch (e) {}
}""".replace('"@PREFIX@"', json.dumps(DETAILS_PREFIX))
