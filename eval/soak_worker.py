"""One soak worker: a process doing a random mix of real operations against the shared store
until told to stop, logging every operation's outcome and every write it was told succeeded
(an *acknowledged* write) to a JSON-lines file. See :mod:`eval.soak`.

    python -m eval.soak_worker --dir RUN_DIR --worker N --database-url URL --seed S
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL
from assistant.config import load_settings
from assistant.errors import AssistantError, Conflict
from assistant.store.models import Draft, Session
from assistant.workspace import Workspace, open_workspace

TEAMS = ("north", "south", "east", "west", "ops", "sales", "support", "finance")
WEIGHTS = {"ingest": 20, "ingest_popular": 4, "transcript": 3, "search": 30, "draft": 5,
           "edit": 25, "approve": 6, "pattern": 2, "recompute": 1, "publish": 3}


def banking_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r["text"] for r in csv.DictReader(fh)]


def case_sheet(path: Path, texts: list[str], rng: random.Random, n: int) -> Path:
    lines = ["Title,Problem,Team,Submitted"]
    for t in rng.sample(texts, n):
        title = " ".join(t.split()[:8]).replace('"', "'")
        day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(f'"{title}","{t.replace(chr(34), chr(39))}",{rng.choice(TEAMS)},{day}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def vtt(path: Path, texts: list[str], rng: random.Random, turns: int = 8) -> Path:
    out = ["WEBVTT", ""]
    for i, t in enumerate(rng.sample(texts, turns)):
        who = rng.choice(("Ana", "Ben", "Chi", "Dev"))
        out += [f"00:{i:02d}:00.000 --> 00:{i:02d}:30.000", f"<v {who}>{t}", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


class Worker:
    def __init__(self, ws: Workspace, run: Path, n: int, rng: random.Random,
                 texts: list[str]) -> None:
        self.ws, self.run, self.n, self.rng, self.texts = ws, run, n, rng, texts
        self.log = (run / f"worker-{n}-{os.getpid()}.jsonl").open("a", encoding="utf-8")
        self.opfile = run / f"worker-{n}.op"
        self.tmp = run / f"tmp-{n}-{os.getpid()}"
        self.tmp.mkdir(exist_ok=True)
        self.k = 0

    def emit(self, **row: Any) -> None:
        self.log.write(json.dumps(row) + "\n")
        self.log.flush()  # in the kernel's hands: a SIGKILL after this loses nothing

    def ack(self, what: str, **row: Any) -> None:
        self.emit(ack=what, **row)

    def step(self) -> None:
        op = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        self.opfile.write_text(f"{op} {os.getpid()}")
        t0 = time.perf_counter()
        outcome, error = "ok", ""
        try:
            getattr(self, f"op_{op}")()
        except Conflict as exc:
            outcome, error = "conflict", str(exc)
        except AssistantError as exc:  # a clean refusal: index down, disk full, nothing to do
            outcome, error = "refused", str(exc)
        except Exception as exc:  # noqa: BLE001 - exactly what the soak counts
            outcome, error = "unclean", f"{type(exc).__name__}: {exc}"
        self.opfile.write_text(f"idle {os.getpid()}")
        self.emit(op=op, ms=round((time.perf_counter() - t0) * 1000, 1), outcome=outcome,
                  error=error[:300])

    # ---------------------------------------------------------------- operations

    def _file(self, suffix: str) -> Path:
        self.k += 1
        return self.tmp / f"w{self.n}-{self.k}{suffix}"

    def op_ingest(self) -> None:
        from assistant.ingest.service import ingest_paths

        r = ingest_paths(self.ws, [case_sheet(self._file(".csv"), self.texts, self.rng,
                                              self.rng.randint(3, 25))])
        self.ack("cases", ids=list(r.case_ids))

    def op_ingest_popular(self) -> None:
        """The same few files, ingested by every worker: concurrent identical ingests."""
        from assistant.ingest.service import ingest_paths

        which = self.rng.randrange(4)
        path = self.tmp / f"popular-{which}.csv"
        case_sheet(path, self.texts, random.Random(1000 + which), 30)
        r = ingest_paths(self.ws, [path])
        self.ack("cases", ids=list(r.case_ids))

    def op_transcript(self) -> None:
        from assistant.ingest.service import ingest_paths

        r = ingest_paths(self.ws, [vtt(self._file(".vtt"), self.texts, self.rng)],
                         session_meta={"title": f"Soak jam {self.n}-{self.k}"})
        self.ack("sessions", ids=list(r.session_ids))

    def op_search(self) -> None:
        from assistant.index.service import search

        search(self.ws, self.rng.choice(self.texts), kind=self.rng.choice(
            ("cases", "cases", "segments", "patterns")))  # type: ignore[arg-type]

    def _drafts(self, status: str, kind: str | None = None) -> list[str]:
        with OrmSession(self.ws.engine) as s:
            q = select(Draft.id).where(Draft.status == status)
            if kind:
                q = q.where(Draft.kind == kind)
            return list(s.scalars(q.order_by(Draft.id)))

    def op_draft(self) -> None:
        from assistant.summarize import draft_recap

        with OrmSession(self.ws.engine) as s:
            sids = list(s.scalars(select(Session.id).where(Session.transcript_hash.is_not(None))
                                  .order_by(Session.id)))
        if not sids:
            raise AssistantError("no session yet")
        d = draft_recap(self.ws, self.rng.choice(sids), actor=LOCAL)
        self.ack("draft", id=d.id)

    def op_edit(self) -> None:
        from assistant.review import edit_draft, get_draft

        ids = self._drafts("draft")
        if not ids:
            raise AssistantError("no editable draft")
        did = self.rng.choice(ids[:6])  # a few hot drafts: edits collide
        v = get_draft(self.ws, did).versions[-1]
        texts = [f"{b.get('text', '')[:80]} (edit {self.n}.{self.k})".strip()
                 for b in v.content.get("bullets", [])]
        self.k += 1
        new = edit_draft(self.ws, did, texts, base_version=v.number, actor=LOCAL)
        self.ack("version", draft=did, number=new.number,
                 text=hashlib.sha256(new.text.encode()).hexdigest())

    def op_approve(self) -> None:
        from assistant.review import approve, submit_for_review

        ids = self._drafts("draft")
        if not ids:
            raise AssistantError("no draft to approve")
        did = self.rng.choice(ids[:6])
        submit_for_review(self.ws, did, actor=LOCAL)
        approve(self.ws, did, actor=LOCAL)
        self.ack("status", draft=did, status="approved")

    def op_pattern(self) -> None:
        from assistant.summarize import draft_pattern

        ids = self._drafts("approved", "recap") + self._drafts("published", "recap")
        if not ids:
            raise AssistantError("no approved recap")
        d = draft_pattern(self.ws, recap_id=self.rng.choice(ids), actor=LOCAL)
        self.ack("draft", id=d.id)

    def op_recompute(self) -> None:
        from assistant.cluster import recompute_themes

        recompute_themes(self.ws, actor=LOCAL)

    def op_publish(self) -> None:
        from assistant.publish import publish

        r = publish(self.ws, to=self.run / "playbooks" / f"w{self.n}", actor=LOCAL)
        self.ack("published", patterns=[p for p in _published_patterns(self.ws)],
                 n=r.patterns)


def _published_patterns(ws: Workspace) -> list[str]:
    from assistant.store.models import Pattern

    with OrmSession(ws.engine) as s:
        return list(s.scalars(select(Pattern.id).where(Pattern.status == "published")))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--worker", type=int, required=True)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--texts", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(1)
    rng = random.Random(args.seed * 1000 + args.worker * 7 + os.getpid())
    ws = open_workspace(load_settings(data_dir=args.data_dir, database_url=args.database_url))
    w = Worker(ws, args.dir, args.worker, rng, banking_texts(args.texts))
    ws.embedder.embed(["load the model before the clock starts"], store=False)  # type: ignore[call-arg]
    stop = args.dir / "stop"
    while not stop.exists():
        w.step()
    ws.close()


if __name__ == "__main__":
    main()
