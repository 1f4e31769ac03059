"""The ``Drafter`` protocol and its two implementations.

A builder (recap, pre-read, pattern, theme label) gathers the sources, renders the prompt
and says what the built-in drafter would write (``DraftRequest.extractive``); a drafter turns
that request into bullets. :class:`ExtractiveDrafter` needs no network.
:class:`OpenAIDrafter` asks an OpenAI-compatible endpoint, validates the answer (exact
steps, citations that exist, word limits), sends one repair request, and falls back to the
extractive bullets with the reason when the endpoint fails. An answer whose only fault after
the repair is a citation of something that does not exist is kept: that citation is left
out and its bullet flagged (``dropped``), so one bad id does not cost the rest.
:func:`drafter_for` picks one from the settings unless the caller put one in
``ws.extras["drafter"]``.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select, union
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import DraftError
from assistant.store.models import ActionItem, Case, Session, TranscriptSegment
from assistant.summarize.core import Seg, cite_key, fmt_ts
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

Bullets = list[dict[str, Any]]


@dataclass
class DraftRequest:
    """Everything a drafter needs for one draft."""

    prompt_name: str
    prompt: str
    steps: list[str]  # one bullet per step, in this order
    labels: dict[str, str]  # step -> heading
    valid: set[tuple[Any, ...]]  # what may be cited (``core.cite_key`` keys)
    extractive: Callable[[], Bullets]  # the built-in drafter's bullets for these sources
    names: list[str] = field(default_factory=list)  # people to redact for a remote endpoint
    segs: dict[tuple[str, int], Seg] = field(default_factory=dict)  # citable turns
    max_words: int = 40


@dataclass
class Drafted:
    bullets: Bullets
    backend: str = "extractive"
    model: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    fallback_reason: str = ""
    answer: dict[str, Any] = field(default_factory=dict)  # the endpoint's parsed answer


def workspace_people(ws: Workspace) -> list[str]:
    """Everyone the store records by name (case submitters, facilitators, speakers, owners
    of action items): a case or a recap often names a colleague from another session, whom
    no sentence of this one marks as a person."""
    rows = union(select(Case.submitter), select(Session.facilitator),
                 select(TranscriptSegment.speaker), select(ActionItem.owner))
    with OrmSession(ws.engine) as s:
        return sorted({n for (n,) in s.execute(rows) if n and n.strip()})


class Drafter(Protocol):
    """Turns a :class:`DraftRequest` into bullets (one per step, each cited)."""

    def draft(self, request: DraftRequest) -> Drafted: ...


class ExtractiveDrafter:
    """Sentences selected from the sources; no language model, no network."""

    def draft(self, request: DraftRequest) -> Drafted:
        return Drafted(request.extractive())


_BULLETS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"bullets": {"type": "array", "items": {
        "type": "object",
        "properties": {"step": {"type": "string"}, "text": {"type": "string"},
                       "citations": {"type": "array", "items": {"type": "object"}}},
        "required": ["step", "text", "citations"]}},
        "questions": {"type": "array", "items": {"type": "string"}}},
    "required": ["bullets"],
}


#: How a fallback reason opens (``Drafted.fallback_reason``).
FALLBACK_LEAD = "A built-in draft was stored because "


class OpenAIDrafter:
    """Drafts through an OpenAI-compatible chat-completions endpoint (``ws.settings``)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def draft(self, request: DraftRequest) -> Drafted:
        try:
            obj, usage = self._ask(request)
        except DraftError as exc:
            why = str(exc).rstrip(".")
            reason = FALLBACK_LEAD + (
                why[0].lower() + why[1:] if why.startswith("The ") else why)
            log.warning("%s", reason)
            return Drafted(request.extractive(), fallback_reason=reason)
        bullets = []
        for step, b in zip(request.steps, obj["bullets"], strict=True):
            cites: list[dict[str, Any]] = []
            dropped: list[dict[str, Any]] = []
            for c in b["citations"]:
                if cite_key(c) not in request.valid:
                    dropped.append({k: c[k] for k in ("case_id", "session_id", "position")
                                    if c.get(k) is not None})
                elif c.get("case_id"):
                    cites.append({"case_id": str(c["case_id"])})
                else:
                    g = request.segs[(str(c["session_id"]), int(c["position"]))]
                    cites.append({"session_id": g.session_id, "position": g.position,
                                  "speaker": g.speaker,
                                  "timestamp": fmt_ts(g.start_s, g.position)})
            bullets.append({"step": step, "label": request.labels[step],
                            "text": str(b["text"]).strip(), "citations": cites, "flag": "",
                            "support": 0.0} | ({"dropped": dropped} if dropped else {}))
        return Drafted(bullets, backend="openai", model=self.ws.settings.llm_model,
                       usage=usage, answer=obj)

    def _ask(self, req: DraftRequest) -> tuple[dict[str, Any], dict[str, Any]]:
        """Ask the endpoint; validate; one repair request (also for an answer that is not
        JSON or was cut off), all within ``llm_total_timeout``. Raises DraftError when
        unusable."""
        from assistant.summarize.llm import (
            SYSTEM,
            Redactor,
            UnreadableAnswer,
            chat_json,
            is_local,
            remember,
        )
        from assistant.summarize.vocabulary import get_vocabulary

        st = self.ws.settings
        deadline = time.monotonic() + st.llm_total_timeout
        active = st.llm_redact_names and not is_local(st.llm_base_url or "")
        vocab = get_vocabulary(self.ws)
        red = Redactor(req.names, active=active,
                       roster=[*st.redact_people, *vocab.people, *workspace_people(self.ws)]
                       if active else [], keep=[*st.redact_keep, *vocab.keep])
        messages = [{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": redact_data(req.prompt, red.redact)}]
        usage: dict[str, Any] = {}
        problem = advice = ""
        kept: dict[str, Any] | None = None  # an answer wrong only in citing what is not there
        for attempt in range(2):
            try:
                raw, u = chat_json(self.ws, messages, _BULLETS_SCHEMA, name=req.prompt_name,
                                   deadline=deadline)
            except UnreadableAnswer as exc:
                # the model saw placeholders only, so its answer goes back as it came
                problem, said = f"{exc}.", exc.text
                advice = " Keep each text short so the whole answer fits." if exc.cut else ""
            else:
                for k, v in u.items():
                    if k == "request_hash":
                        continue
                    usage[k] = usage.get(k, 0) + v if isinstance(v, int) and not isinstance(
                        v, bool) else v
                obj = red.restore(raw)
                problem = check_answer(obj, req.steps, req.valid, req.max_words)
                if not problem:
                    remember(self.ws, u, raw)
                    return obj, usage
                if not check_answer(obj, req.steps, req.valid, req.max_words,
                                    citations=False) and grounded_share(obj, req.valid) >= 0.5:
                    kept = obj  # most bullets cite what is there: the rest are flagged
                said = json.dumps(raw, ensure_ascii=False)
            if attempt == 0:
                messages = messages + [
                    {"role": "assistant", "content": shown_answer(said)},
                    {"role": "user", "content": f"That answer is not usable: {problem}{advice} "
                     f"Answer again with one JSON object holding exactly {len(req.steps)} bullets "
                     f"({', '.join(req.steps)}), each citing only ids and segment numbers "
                     "from the data."}]
        if kept is not None:
            # Not cached: drafting again asks the endpoint again.
            log.warning("the endpoint cited what does not exist after a repair request; the "
                        "answer is kept without those citations: %s", problem)
            return kept, usage
        raise DraftError("the endpoint's answer was not usable after one repair request: "
                         f"{problem}")


_DATA_BLOCK = re.compile(r"(<<<DATA[^\n]*\n)(.*?)(DATA>>>)", re.S)


def redact_data(prompt: str, redact: Callable[[str], str]) -> str:
    """``prompt`` with only its ``<<<DATA ... DATA>>>`` blocks passed through ``redact``:
    the source text (cases, transcript, drafts, titles) is what holds personal data; the
    template's own instructions go as written (``drafts.inert_data`` keeps source text
    from opening or closing a block)."""
    return _DATA_BLOCK.sub(lambda m: m.group(1) + redact(m.group(2)) + m.group(3), prompt)


REPAIR_SHOWN = 8000  # characters of an unusable answer shown back to the model


def shown_answer(text: str) -> str:
    """An unusable answer as the repair request shows it to the model: whole, or its
    first ``REPAIR_SHOWN`` characters with a line saying how much was left out."""
    if len(text) <= REPAIR_SHOWN:
        return text
    return (f"{text[:REPAIR_SHOWN]}\n[... {len(text) - REPAIR_SHOWN} more characters of this "
            "answer are left out here]")


def grounded_share(obj: dict[str, Any], valid: set[tuple[Any, ...]]) -> float:
    """Share of an answer's bullets that cite at least one thing that exists: an answer
    whose bullets mostly cite nothing real is no draft to keep (the extractive one is)."""
    bullets = [b for b in obj.get("bullets") or [] if isinstance(b, dict)]
    ok = sum(any(isinstance(c, dict) and cite_key(c) in valid
                 for c in b.get("citations") or []) for b in bullets)
    return ok / len(bullets) if bullets else 0.0


def check_answer(obj: dict[str, Any], steps: list[str], valid: set[tuple[Any, ...]],
                 max_words: int, *, citations: bool = True) -> str:
    """Why an endpoint's answer cannot be used ("" when it can). ``citations=False`` leaves
    out whether what each bullet cites exists (only that it cites something readable)."""
    bullets = obj.get("bullets")
    if not isinstance(bullets, list) or len(bullets) != len(steps):
        n = len(bullets) if isinstance(bullets, list) else 0
        return f"it has {n} bullets, not {len(steps)}."
    for b in bullets:
        if not isinstance(b, dict) or not str(b.get("text", "")).strip():
            return "a bullet has no text."
        cites = b.get("citations") or []
        if not isinstance(cites, list) or not cites:
            return f"bullet {b.get('step')!r} cites nothing."
        for c in cites:
            if not isinstance(c, dict) or cite_key(c) is None or (
                    citations and cite_key(c) not in valid):
                return f"bullet {b.get('step')!r} cites {c!r}, which does not exist."
        if len(str(b["text"]).split()) > max_words:
            return f"bullet {b.get('step')!r} is longer than {max_words} words."
    return ""


def drafter_for(ws: Workspace) -> Drafter:
    """The drafter the caller passed in ``ws.extras["drafter"]``, else the endpoint's when
    one is configured, else the extractive one."""
    given = ws.extras.get("drafter")
    if given is not None:
        return given  # type: ignore[no-any-return]
    return OpenAIDrafter(ws) if ws.settings.llm_base_url else ExtractiveDrafter()


def apply(built: Any, drafted: Drafted) -> Bullets:
    """Copy what the drafter reports onto a ``drafts.Built``; return its bullets."""
    built.backend, built.model = drafted.backend, drafted.model
    built.usage, built.fallback_reason = drafted.usage, drafted.fallback_reason
    built.answer = drafted.answer
    return drafted.bullets
