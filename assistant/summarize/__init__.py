"""Drafting: session pre-reads, five-bullet recaps, theme labels and pattern candidates,
every bullet cited and grounding-checked. Extractive by default; any OpenAI-compatible
endpoint when ``Settings.llm_base_url`` is set."""

from assistant.summarize.core import RECAP_STEPS, Seg, extractive_recap, render_text
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

__all__ = ["RECAP_STEPS", "DraftRecord", "Seg", "draft_pattern", "draft_preread",
           "draft_recap", "draft_theme_label", "extractive_recap", "ground", "label_themes",
           "regenerate", "render_prompt", "render_text"]
