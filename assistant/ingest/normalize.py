"""Disfluency and markup removal for transcript text.

The original utterance is kept for display; the clean text is what is embedded, searched
and drafted from. Cleaning removes noise, never meaning: it drops fillers, stutters and
transcriber markup, and keeps every content word.
"""

from __future__ import annotations

import re

#: Filler tokens removed anywhere (not inside "dd/mm/yyyy" and the like). "like" is left
#: alone: telling filler from verb needs a parser.
_FILLER = r"(?:u+m+|u+h+|e+r+m*|h+m+|m+-?h+m+|mhm|mm+|ah+m+)"
_BRACES = re.compile(r"\{[^{}]*\}")  # QMSum {vocalsound}, {disfmarker}, {gap}
#: A Markdown link said or pasted into chat, "[runbook](https://...)": its words are kept,
#: its target (one level of brackets inside, as in "javascript:alert(1)") is not.
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
#: A template placeholder, "{{ team }}": its words, not markup noise.
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_TAGS = re.compile(r"<[^<>]*>")  # <v Name>, <i>, </v>
_BRACKETS = re.compile(r"\[[^\[\]]*\]")  # [inaudible], [crosstalk], [laughter]
_STAGE = re.compile(r"\((?:laughs?|laughter|inaudible|crosstalk|coughs?|sighs?|pause|"
                    r"silence|music|background noise|unintelligible)\)", re.IGNORECASE)
_FILLER_BETWEEN_COMMAS = re.compile(rf"(?i)\s*,\s*(?<![\w/]){_FILLER}(?![\w/])\s*,\s*")
_FILLER_BEFORE_COMMA = re.compile(rf"(?i)(?<![\w/]){_FILLER}(?![\w/])\s*,\s*")
_FILLER_ANY = re.compile(rf"(?i)(?<![\w/]){_FILLER}(?![\w/])(?:\s*,)?")
_YOU_KNOW_LEAD = re.compile(r"(?i)(^|[.;!?]\s*|,\s*)you know\s*,\s*")
_YOU_KNOW_TAIL = re.compile(r"(?i),\s*you know\s*(?=[,.;!?]|$)")
_REPEAT_2 = re.compile(r"(?i)\b(\w+(?:'\w+)?\s+\w+(?:'\w+)?)(?:,?\s+\1\b)+")
_REPEAT_1 = re.compile(r"(?i)\b(\w+(?:'\w+)?)(?:,?\s+\1\b)+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,!?;:])")
_PUNCT_RUNS = re.compile(r"([.!?;:,])(?:\s*[.,;:])+")
_LEADING_PUNCT = re.compile(r"^[\s.,;:!?-]+")
_DASH_RUNS = re.compile(r"\s+-(?:\s+-)+(?=\s)")


def clean_utterance(text: str) -> str:
    """``"Um, I I think {vocalsound} the the rollout , uh , slipped ."`` ->
    ``"I think the rollout slipped."``. Returns ``""`` when nothing but noise was said."""
    s = _LINK.sub(r"\1", text)
    s = _PLACEHOLDER.sub(r"\1", s)
    s = _BRACES.sub(" ", s)
    s = _TAGS.sub(" ", s)
    s = _BRACKETS.sub(" ", s)
    s = _STAGE.sub(" ", s)
    s = " ".join(s.split())
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = _FILLER_BETWEEN_COMMAS.sub(" ", s)
    s = _FILLER_BEFORE_COMMA.sub("", s)
    s = _FILLER_ANY.sub(" ", s)
    s = _YOU_KNOW_LEAD.sub(lambda m: m.group(1), s)
    s = _YOU_KNOW_TAIL.sub("", s)
    s = " ".join(s.split())
    s = _REPEAT_2.sub(r"\1", s)
    s = _REPEAT_1.sub(r"\1", s)
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = _PUNCT_RUNS.sub(r"\1", s)
    s = _DASH_RUNS.sub(" -", s)
    s = _LEADING_PUNCT.sub("", s).strip()
    if not any(ch.isalnum() for ch in s):
        return ""
    return s[0].upper() + s[1:]
