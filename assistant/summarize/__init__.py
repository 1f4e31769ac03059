"""Drafting: session pre-reads, five-bullet recaps with action items, theme labels and
pattern candidates, every bullet cited and grounding-checked. One ``Drafter`` protocol with
two implementations: extractive (default, offline) and any OpenAI-compatible endpoint when
``Settings.llm_base_url`` is set."""

import logging as _logging

from assistant.summarize.actions import extract_actions
from assistant.summarize.core import RECAP_STEPS, Seg, extractive_recap, render_text
from assistant.summarize.drafter import Drafter, DraftRequest, ExtractiveDrafter, OpenAIDrafter
from assistant.summarize.service import (
    DraftRecord,
    draft_pattern,
    draft_preread,
    draft_recap,
    draft_theme_label,
    ground,
    label_themes,
    regenerate,
    render_prompt,
)
from assistant.summarize.tracking import (
    ActionView,
    edit_action,
    mark_action,
    open_actions,
    recap_actions,
)

# Presidio's analyzer warns on every redacted text about the spaCy entities it keeps
# unmapped ("Entity MONEY is not mapped to a Presidio entity ..."): noise for anyone who
# drafts or redacts through the library, as it was on the terminal before the CLI quieted it.
# Every import of the redactor passes through this package, so it is quieted here: Presidio's
# own logger only (other libraries' and the caller's warnings still show), and only while
# nobody chose its level, so a caller's setLevel (the CLI's --verbose sets INFO) wins.
_presidio = _logging.getLogger("presidio-analyzer")
if _presidio.level == _logging.NOTSET:
    _presidio.setLevel(_logging.ERROR)

__all__ = ["RECAP_STEPS", "ActionView", "DraftRecord", "DraftRequest", "Drafter",
           "ExtractiveDrafter", "OpenAIDrafter", "Seg", "draft_pattern", "draft_preread",
           "draft_recap", "draft_theme_label", "edit_action", "extract_actions",
           "extractive_recap", "ground", "label_themes", "mark_action", "open_actions",
           "recap_actions", "regenerate", "render_prompt", "render_text"]
