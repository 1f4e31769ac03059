"""The "unsaved text" offer of an editor, wired once for every editor that has one (the
Review screen's bullets, the Sessions screen's details editor).

An editor with an offer has, in the page: what it was loaded with (``baseline``, JSON), what
this browser kept unsaved for it (``kept``), and a hidden row with a note, a *Put back* and a
*Discard* button. The browser side (:mod:`assistant.ui.unsaved`'s scripts) fills ``kept``
when the editor is loaded; this module turns that into the note, puts the kept text back
into the editor's fields, or forgets it. What "the kept text" is, and how it goes back into
the fields, belongs to each editor: it passes its own ``offer`` and ``restore`` functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

#: ``(baseline, kept)`` -> Markdown offering the kept text back; "" when there is none.
Offer = Callable[[str, str], str]
#: ``(baseline, kept)`` -> (one update per restored field, the message to show); a
#: :class:`ValueError` when there is nothing to put back.
Restore = Callable[[str, str], tuple[list[Any], str]]


@dataclass(frozen=True)
class OfferParts:
    """The components of one editor's offer."""

    baseline: gr.Textbox  # what the editor was loaded with
    kept: gr.Textbox  # what the browser kept for it (set by the page's script)
    box: gr.Row  # the offer, hidden while there is nothing to offer
    note: gr.Markdown
    restore: gr.Button
    discard: gr.Button
    message: gr.Markdown  # where the editor says what happened


def wire(parts: OfferParts, *, loaded_js: str, forget_js: str, offer: Offer,
         restore: Restore, fields: Sequence[Any]) -> Any:
    """Wire the offer: loading the editor hands the browser's kept text to ``offer``;
    *Put back* sets ``fields`` to what ``restore`` gives and hides the offer; *Discard*
    forgets the kept text (``forget_js``) and hides it. Returns the *Put back* event, for
    a ``.then`` of the editor's own."""
    parts.baseline.change(None, parts.baseline, parts.kept, js=loaded_js)

    def show_offer(shown: str, kept: str) -> list[Any]:
        note = offer(shown, kept)
        return [gr.update(visible=bool(note)), note]

    parts.kept.change(show_offer, [parts.baseline, parts.kept], [parts.box, parts.note],
                      show_progress="hidden")

    def put_back(shown: str, kept: str) -> list[Any]:
        try:
            updates, message = restore(shown, kept)
        except ValueError:  # nothing (left) to put back: the fields stay as they are
            return [*[gr.update()] * len(fields), gr.update(visible=False), "", ""]
        return [*updates, gr.update(visible=False), "", message]

    put = parts.restore.click(put_back, [parts.baseline, parts.kept],
                              [*fields, parts.box, parts.kept, parts.message])
    parts.discard.click(None, parts.baseline, None, js=forget_js)
    parts.discard.click(lambda: [gr.update(visible=False), ""], None, [parts.box, parts.kept])
    return put
