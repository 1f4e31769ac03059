"""Every event handler of the web app returns one value per output component, on every
branch. Gradio throws away the whole update (and shows the user a raw "Error") when a
handler returns one value too few or too many, so a refused save once lost the user's
place. These tests call each handler the app registers, as Gradio would, without a
browser: with the screens' empty inputs, with every library call refused, and with the
save refused as a conflict."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr
import pytest

from assistant.auth import LOCAL
from assistant.ui.app import build_app
from assistant.ui.context import AppContext
from assistant.ui.handlers import review as review_handlers
from assistant.ui.views import SaveResult
from tests.sample_data import FRAN
from tests.test_ui_review import recap  # noqa: F401  (fixture)


def _noop_progress(*args: Any, **kwargs: Any) -> None:
    return None


def _call(block_fn: Any, values: list[Any]) -> Any:
    """Call a registered handler the way Gradio does: input values in order, the request
    and the progress tracker where the signature asks for them."""
    fn = block_fn.fn
    given = iter(values)
    args: list[Any] = []
    for p in inspect.signature(fn).parameters.values():
        ann = p.annotation
        if ann is gr.Request or ann == "gr.Request" or p.name == "request":
            args.append(None)  # single-user mode: the actor is the local user
        elif isinstance(p.default, gr.Progress):
            args.append(_noop_progress)
        elif p.kind is inspect.Parameter.VAR_POSITIONAL:
            args.extend(given)
        else:
            args.append(next(given, None))
    return fn(*args)


def _handlers(demo: gr.Blocks) -> Iterator[tuple[str, Any]]:
    for block_fn in demo.fns.values():
        if block_fn.fn is None or len(block_fn.outputs) < 2:
            continue
        yield f"{block_fn.name}#{block_fn._id}", block_fn


def _default(component: Any) -> Any:
    """What the browser sends for a component nobody touched (an empty box sends "")."""
    value = getattr(component, "value", None)
    if value is None and isinstance(component, (gr.Textbox, gr.Markdown)):
        return ""
    return value


def _mismatches(demo: gr.Blocks, values: Callable[[Any], list[Any]]) -> list[str]:
    bad = []
    for name, block_fn in _handlers(demo):
        try:
            out = _call(block_fn, values(block_fn))
        except gr.Error:
            continue  # shown to the user as a message: not a crash of the update
        if isinstance(out, dict):
            continue
        n = len(out) if isinstance(out, (list, tuple)) else 1
        if n != len(block_fn.outputs):
            bad.append(f"{name}: returned {n} values for {len(block_fn.outputs)} outputs")
    return bad


@pytest.fixture
def demo(ws) -> gr.Blocks:
    return build_app(ws, sign_in=False)


def test_every_handler_fills_every_output_with_the_screens_empty_inputs(demo):
    assert not _mismatches(demo, lambda f: [_default(c) for c in f.inputs])


def test_every_handler_fills_every_output_when_the_library_refuses(demo, monkeypatch):
    def refuse(self: AppContext, fn: Any, request: Any, *a: Any, **k: Any) -> Any:
        return None, "<div class='inline-error'>❌ refused</div>"

    monkeypatch.setattr(AppContext, "attempt", refuse)
    # Inputs that pass the handlers' own "nothing chosen" checks, so the refusal is reached.
    def chosen(c: Any) -> Any:
        picked = isinstance(c, (gr.Textbox, gr.Dropdown)) and _default(c) in (None, "")
        return "x" if picked else _default(c)

    assert not _mismatches(demo, lambda f: [chosen(c) for c in f.inputs])


def _save_handler(demo: gr.Blocks) -> Any:
    found = [f for f in demo.fns.values()
             if f.fn is not None and any(getattr(c, "elem_id", "") == "review-save"
                                         for c in _targets(demo, f))]
    assert len(found) == 1
    return found[0]


def _targets(demo: gr.Blocks, block_fn: Any) -> list[Any]:
    return [demo.blocks[t[0]] for t in block_fn.targets if t[0] in demo.blocks]


def test_a_refused_save_fills_every_output_keeps_the_text_and_moves_the_base(demo,
                                                                             monkeypatch):
    conflict = SaveResult(message="Someone saved version 3 meanwhile.", view=None,
                          kept_texts=("mine 1", "mine 2"), conflict=True, base_version=3)
    monkeypatch.setattr(AppContext, "attempt", lambda self, fn, req, *a, **k: (conflict, ""))
    save = _save_handler(demo)
    out = _call(save, ["D1", 2, *["old"] * (len(save.inputs) - 2)])
    assert len(out) == len(save.outputs)
    by_id = {getattr(c, "elem_id", None): v for c, v in zip(save.outputs, out, strict=True)}
    assert by_id["bullet-0"]["value"] == "mine 1" and by_id["bullet-1"]["value"] == "mine 2"
    assert 3 in out  # the version state: the next save builds on version 3
    assert "Someone saved version 3" in by_id["review-message"]


def test_a_second_save_after_a_conflict_is_saved_with_the_users_text(recap):  # noqa: F811
    ws, draft_id = recap
    view = review_handlers.open_draft(ws, FRAN, draft_id)
    texts = [b.text for b in view.bullets]
    review_handlers.save_edits(ws, LOCAL, draft_id, view.version, ["Theirs"] + texts[1:])
    mine = ["Mine, written meanwhile"] + texts[1:]
    refused = review_handlers.save_edits(ws, FRAN, draft_id, view.version, mine)
    assert refused.conflict and refused.kept_texts[0] == mine[0]
    again = review_handlers.save_edits(ws, FRAN, draft_id, refused.base_version,
                                       list(refused.kept_texts))
    assert not again.conflict and again.view is not None
    assert again.view.bullets[0].text == mine[0]


def test_saving_an_approved_draft_keeps_the_text_and_does_not_ask_to_save_again(recap):  # noqa: F811
    ws, draft_id = recap
    review_handlers.submit(ws, LOCAL, draft_id)
    review_handlers.approve(ws, LOCAL, draft_id, "", "approved in a test")
    view = review_handlers.open_draft(ws, FRAN, draft_id)
    mine = ["An edit after approval"] + [b.text for b in view.bullets[1:]]
    res = review_handlers.save_edits(ws, FRAN, draft_id, view.version, mine)
    assert res.conflict and res.kept_texts[0] == mine[0]
    assert "approved" in res.message and "save again" not in res.message
