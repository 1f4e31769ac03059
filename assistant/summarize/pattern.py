"""Playbook pattern candidates, from a recap's session or from a theme's cases."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict, DraftError, NotFound
from assistant.index.texts import IN_LIBRARY, library_version
from assistant.store.models import Case, Draft, Pattern, Session, Theme, TranscriptSegment
from assistant.summarize import prose
from assistant.summarize.core import PATTERN_STEPS, Seg, clean, content_words, trim
from assistant.summarize.drafter import DraftRequest, apply, drafter_for
from assistant.summarize.drafts import (
    Built,
    DraftRecord,
    case_problems,
    case_text,
    flags_of,
    ground,
    note,
    render_prompt,
    store,
)
from assistant.summarize.labels import MAX_PROMPT_CASES, central, theme_cases
from assistant.summarize.patterns import (
    commitments,
    pattern_fields,
    practice_name,
    states_commitment,
)
from assistant.summarize.steps import assign_steps
from assistant.workspace import Workspace

LABELS = {"name": "Name", "problem": "Problem", "context": "Context",
          "solution": "The pattern (what to do)", "applies_when": "Applies when",
          "not_when": "Does not apply when"}
#: The recap bullet (its script step) a field falls back to when the transcript gives none.
RECAP_STEP = {"problem": "case", "solution": "pattern", "applies_when": "applies"}
#: Fields a pattern cannot be approved without (the review workflow reads this).
REQUIRED = ("name", "problem", "solution", "applies_when")

Rows = dict[str, tuple[str, list[dict[str, Any]]]]


def pattern_name(text: str) -> str:
    """A 3-8 word name for the practice a sentence states (see
    :func:`patterns.practice_name`); "Unnamed pattern" when it yields none."""
    return practice_name(text) or "Unnamed pattern"


def _pattern_content(bullets: list[dict[str, Any]], evidence: dict[str, list[str]]
                     ) -> dict[str, Any]:
    by = {b["step"]: b["text"] for b in bullets}
    return {k: by.get(k, "") for k in PATTERN_STEPS} | {"evidence": evidence}


class _Evidence:
    """What the endpoint may cite, as it must cite it, and the grounding sources."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []
        self.sources: dict[tuple[Any, ...], str] = {}
        self.segs: dict[tuple[str, int], Seg] = {}
        self.names: set[str] = set()

    def case(self, c: Case) -> None:
        self.sources[("case", c.id)] = case_text(c)
        self.names.add(c.submitter)
        self.items.append({"ref": json.dumps({"case_id": c.id}), "text": case_text(c)})

    def turn(self, g: Seg) -> None:
        if (g.session_id, g.position) in self.segs:
            return
        self.segs[(g.session_id, g.position)] = g
        self.sources[("seg", g.session_id, g.position)] = g.text
        self.names.add(g.speaker)
        self.items.append({"ref": json.dumps({"session_id": g.session_id,
                                              "position": g.position}),
                           "text": f"{g.speaker}: {g.text}"})


def _from_recap(ws: Workspace, s: OrmSession, recap_id: str, ev: _Evidence
                ) -> tuple[Rows, dict[str, list[str]]]:
    d = s.get(Draft, recap_id)
    if d is None or d.kind != "recap":
        raise NotFound(f"No recap draft {recap_id!r}.")
    v = d.versions[-1]
    sess = s.get(Session, d.subject_id)
    lineage = {"cases": [c.id for c in sess.cases] if sess else [],
               "sessions": [d.subject_id], "recaps": [recap_id]}
    turns = [Seg(g.position, g.speaker, g.clean_text or g.text, g.start_s, g.session_id)
             for g in s.scalars(select(TranscriptSegment).where(
                 TranscriptSegment.session_id == d.subject_id)
                 .order_by(TranscriptSegment.position))]
    fac = (sess.facilitator or "") if sess else ""
    # The steps the recap was drafted from (kept with it); read again only for a recap
    # drafted before they were kept, or when the transcript has changed since.
    kept = {int(p): str(st) for p, st in v.content.get("steps") or []}
    same = bool(turns) and kept.keys() == {g.position for g in turns}
    steps = ([kept[g.position] for g in turns] if same
             else assign_steps(turns, fac, ws.embedder.embed,
                               session_format=(sess.format or "") if sess else "",
                               case_problems=case_problems(sess.cases) if sess else []))
    first = sess.cases[0] if sess and sess.cases else None  # the case presented
    fields = pattern_fields(turns, steps, ws.embedder.embed, session_id=d.subject_id,
                            facilitator=fac, case_id=first.id if first else "",
                            case_problem=(first.problem or "") if first else "")
    cited = {int(c["position"]) for b in v.content.get("bullets", [])
             for c in b.get("citations", []) if "position" in c}
    cited |= {int(c["position"]) for _t, cs in fields.values() for c in cs if "position" in c}
    for g in turns:
        if g.position in cited:
            ev.turn(g)
    for c in (sess.cases if sess else []):
        ev.case(c)
    rows: Rows = dict(fields)
    # A short session may give a field no turn of its own; the recap (as reviewed) still
    # says it in the bullet of that script step, cited to the turns it rests on.
    said = {b.get("step"): b for b in v.content.get("bullets", [])}
    committed = commitments(turns, d.subject_id)
    at = {g.position: g for g in turns}
    for field, step in RECAP_STEP.items():
        b = said.get(step) or {}
        text = " ".join(str(b.get("text") or "").split())
        if not rows[field][0] and text:
            cites = [dict(c) for c in b.get("citations") or []]
            if field == "solution":  # what to do is never a task someone took on
                text, cites = _without_commitments(text, cites, at, committed)
            if text:
                rows[field] = (text, cites)
    if not rows["name"][0] and rows["solution"][0]:
        rows["name"] = (practice_name(rows["solution"][0]), rows["solution"][1])
    return rows, lineage


def _without_commitments(text: str, cites: list[dict[str, Any]], at: dict[int, Seg],
                         committed: dict[int, list[set[str]]]
                         ) -> tuple[str, list[dict[str, Any]]]:
    """A recap bullet without its sentences in which someone takes on a task (the recap's
    pattern bullet may end on "Ruth will print the new labels"), and without the
    citations of the turns those came from; ("", []) when nothing else is left, for the
    reviewer to see that the session stated no practice."""
    turns = [at[int(c["position"])] for c in cites
             if "position" in c and int(c["position"]) in at]
    keep: list[str] = []
    gone: set[int] = set()  # the turns the dropped sentences took a task on in
    for sent in prose.sentences(text):
        where = {g.position for g in turns if states_commitment(sent, g, committed)}
        gone |= where
        if not where:
            keep.append(sent)
    if not gone:
        return text, cites
    if not keep:
        return "", []
    return " ".join(keep), [c for c in cites if "position" not in c
                            or int(c["position"]) not in gone] or cites


def _from_theme(ws: Workspace, s: OrmSession, theme_id: str, ev: _Evidence
                ) -> tuple[Rows, dict[str, list[str]]]:
    t, cases = theme_cases(s, theme_id)
    if not cases:
        raise DraftError(f"Theme {theme_id} has no cases to draw a pattern from.")
    s.expunge_all()
    v = ws.embedder.embed([c.problem for c in cases])
    near = [int(k) for k in np.argsort(-(v @ v.mean(axis=0)), kind="stable")]
    i = near[0]
    # What to do is what someone did about a case (its "tried"), not how it ended: "launched
    # one day late" is an outcome, no practice. Only when no case says what was tried does
    # an outcome stand in.
    with_tried = [c for c in cases if (c.tried or "").strip()]
    with_outcome = with_tried or [c for c in cases if (c.outcome or "").strip()] or cases
    j = central(ws, [c.tried or c.outcome or c.problem for c in with_outcome])
    sol_case = with_outcome[j]
    ctxs = [c for c in cases if c.context] or cases
    lineage = {"cases": [c.id for c in cases], "sessions": [], "recaps": []}
    # Where it applies: the situations of the cases nearest the theme's centre, in their
    # own words (their titles), so the field grounds against the cases it cites; case ids
    # and counts are no claim a source holds.
    like = [cases[k] for k in near[:3]]
    situations = "; ".join(trim(clean(c.title or c.problem), 12).rstrip(".?!") for c in like)
    for c in [*like, *(c for c in cases if c not in like)][:MAX_PROMPT_CASES]:
        ev.case(c)
    # A case that says neither what was tried nor how it ended says nothing to do: the
    # field stays empty for the reviewer rather than repeat a problem as a practice.
    solution = trim(clean(sol_case.tried if with_tried else sol_case.outcome or ""))
    rows: Rows = {
        "name": _theme_name(t, cases, near),
        "problem": (trim(clean(cases[i].problem)), [{"case_id": cases[i].id}]),
        "context": ((trim(clean(ctxs[0].context)), [{"case_id": ctxs[0].id}])
                    if ctxs[0].context else ("", [])),
        "solution": (solution, [{"case_id": sol_case.id}] if solution else []),
        "applies_when": ((trim(clean(t.description)), [{"case_id": c.id} for c in like])
                         if t.description else
                         (f"Situations like these: {situations}.",
                          [{"case_id": c.id} for c in like])),
        "not_when": ("", [])}
    return rows, lineage


#: A theme's pattern is named only by words this many of its cases say (all of them, in a
#: theme of fewer): what they share, where a phrase one case says is that case's detail.
SHARED_BY = 2


def _stems(text: str) -> set[str]:
    """Content words, singular ("records" and "record" are one word)."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
            else w for w in content_words(text)}


def _theme_name(t: Theme, cases: list[Case], near: list[int]
                ) -> tuple[str, list[dict[str, Any]]]:
    """A name for what a theme's cases share, never one case's detail (a theme is often
    named after its most telling case: "Barcode scanner drops the first digit" for
    nine stock-count cases). In order: a practice that ``SHARED_BY`` of its cases tried (the
    name of one case's "tried" whose words as many cases' tried and outcome say); the
    theme's name when a steward gave or approved it; its drafted name when ``SHARED_BY``
    of its cases say all of its words. Otherwise empty, for the reviewer to name it.
    ``near``: the cases' order from the theme's centre (a tie goes to the more central);
    the name cites the cases that say it."""
    need = min(SHARED_BY, len(cases))
    did = [_stems(f"{c.tried or ''} {c.outcome or ''}") for c in cases]
    said = [_stems(case_text(c)) for c in cases]

    def saying(name: str, pool: list[set[str]]) -> list[int]:
        words = _stems(name)
        return [k for k in near if words <= pool[k]] if words else []

    best: tuple[str, list[int]] = ("", [])
    for k in near:
        first = prose.sentences(clean(cases[k].tried or ""))[:1]
        name = practice_name(first[0]) if first else ""
        by = saying(name, did) if name else []
        if len(by) >= need and len(by) > len(best[1]):
            best = (name, by)
    if not best[0] and t.label and t.label_source == "steward":
        best = (t.label, saying(t.label, said) or near[:1])
    if not best[0] and t.label and t.label_source != "keywords":
        by = saying(t.label, said)
        if len(by) >= need:
            best = (t.label, by)
    return best[0], [{"case_id": cases[k].id} for k in best[1][:MAX_PROMPT_CASES]]


def _no_repeats(rows: Rows) -> Rows:
    """A field that would only repeat an earlier field's sentence (cases with a problem and
    nothing else give the same one for problem, context and what to do) stays empty, for
    the reviewer to see what is missing and fill it, instead of reading it three times."""
    out, seen = dict(rows), set()
    for k in PATTERN_STEPS:
        if k == "name" or k not in out:
            continue
        key = " ".join(out[k][0].split()).rstrip(".!?").casefold()
        if key and key in seen:
            out[k] = ("", [])
        elif key:
            seen.add(key)
    return out


def build_pattern(ws: Workspace, *, recap_id: str | None, theme_id: str | None) -> Built:
    if bool(recap_id) == bool(theme_id):
        raise AssistantError("Give exactly one of a recap draft id or a theme id.")
    ev = _Evidence()
    with OrmSession(ws.engine) as s:
        if recap_id:
            rows, lineage = _from_recap(ws, s, recap_id, ev)
            subject = ("draft", recap_id)
        else:
            assert theme_id
            rows, lineage = _from_theme(ws, s, theme_id, ev)
            subject = ("theme", theme_id)
    rows = _no_repeats(rows)
    prompt, phash = render_prompt(ws, "pattern", steps=list(PATTERN_STEPS), evidence=ev.items)
    built = Built({}, [], prompt_name="pattern", prompt_hash=phash)
    extractive = [{"step": k, "label": LABELS[k], "text": rows[k][0], "citations": rows[k][1],
                   "flag": "", "support": 0.0} for k in PATTERN_STEPS]
    bullets = apply(built, drafter_for(ws).draft(DraftRequest(
        "pattern", prompt, list(PATTERN_STEPS), LABELS, set(ev.sources), lambda: extractive,
        names=sorted(ev.names - {""}), segs=ev.segs)))
    graded = ground(ws, bullets)
    built.content = {"title": "Pattern candidate", "bullets": graded, "note": note(built),
                     "pattern": _pattern_content(graded, lineage),
                     "required": list(REQUIRED),
                     "subject": {"type": subject[0], "id": subject[1]}}
    built.flags = flags_of(graded)
    return built


def draft_pattern(ws: Workspace, *, recap_id: str | None = None, theme_id: str | None = None,
                  actor: Actor = LOCAL, allow_unapproved: bool = False) -> DraftRecord:
    """Draft a playbook pattern candidate from a recap draft or a theme. A recap nobody has
    approved is refused (:class:`Conflict`, naming the recap and its status): a pattern
    should rest on what a steward has checked. ``allow_unapproved=True`` drafts from it
    anyway, for callers that study the drafting itself rather than publish its result."""
    require(actor, "draft")
    if recap_id and not allow_unapproved:
        _require_approved(ws, recap_id)
    b = build_pattern(ws, recap_id=recap_id, theme_id=theme_id)
    subj = ("draft", recap_id) if recap_id else ("theme", theme_id)
    return store(ws, actor, "pattern", subj[0], str(subj[1]), b)


def _require_approved(ws: Workspace, recap_id: str) -> None:
    from assistant.review.workflow import name_of, status_phrase

    with OrmSession(ws.engine) as s:
        d = s.get(Draft, recap_id)
        if d is None or d.kind != "recap":
            raise NotFound(f"No recap draft {recap_id!r}.")
        if d.status not in ("approved", "published"):
            raise Conflict(f"{name_of(s, d)} is {status_phrase(d.status)}, not approved: a "
                           "pattern is drafted from an approved recap. Send it for review "
                           "and have a steward approve it first.")


def published_namesakes(ws: Workspace, name: str, *, draft_id: str = "") -> list[str]:
    """Published patterns named like ``name`` (case and spacing aside), other than the one
    drafted as ``draft_id``: a candidate of the same name is most likely a duplicate. A
    pattern approved again goes by its published name until the new version is published."""
    key = " ".join(name.lower().split())
    if not key:
        return []
    with OrmSession(ws.engine) as s:
        rows = [(v.name, p.draft_id) for p in s.scalars(select(Pattern).where(IN_LIBRARY))
                if (v := library_version(p)) is not None]
    return sorted({n for n, did in rows
                   if " ".join(n.lower().split()) == key and (not draft_id or did != draft_id)})
