"""Recap quality of the default (extractive) drafter on QMSum meetings.

    python -m eval.recap --data /work/shared/data/qmsum

Prints one line per meeting and, as its last line, a JSON object with the means of rouge1,
rouge2, rougeL (F1 x100 against general_query_list[0].answer, stemming), five_bullet_rate,
citation_valid_rate, words_per_bullet and clean_rate (share of bullets that pass
``prose.is_clean``: no speaker prefix, no repeated word, no filler, not cut off, ending with
sentence punctuation, at most 40 words). QMSum has no timestamps: a segment's position is
its turn index. QMSum spells acronyms out ("L_C_D_"); the loader joins them, since that is
this data set's convention, not the drafter's business.

``--split tune`` scores the six meetings the drafter's weights were tuned on (the first six
by name), ``--split report`` the other six, ``--split all`` (default) all twelve.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")


#: QMSum's transcribers spell acronyms out letter by letter ("L_C_D_", "T_V_s"). That is this
#: data set's file convention, so its loader undoes it; the product's cleaning does not.
_QMSUM_ACRONYM = re.compile(r"\b((?:[A-Za-z]_){2,})([a-z]?)\b")


def join_acronyms(text: str) -> str:
    """QMSum's spelled-out acronyms joined: ``"L_C_D_"`` -> ``"LCD"``, ``"T_V_s"`` -> ``"TVs"``."""
    return _QMSUM_ACRONYM.sub(lambda m: m.group(1).replace("_", "") + m.group(2), text)


def load_meeting(path: Path) -> list[Any]:
    from assistant.summarize.core import Seg

    d = json.loads(path.read_text())
    return [Seg(position=i, speaker=str(t.get("speaker", "")),
                text=join_acronyms(str(t.get("content", ""))), session_id=path.stem)
            for i, t in enumerate(d["meeting_transcripts"])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="folder of QMSum meeting JSON")
    ap.add_argument("--split", choices=("all", "tune", "report"), default="all",
                    help="tune: the first six meetings by name; report: the other six")
    args = ap.parse_args(argv)
    from rouge_score import rouge_scorer

    from assistant.config import load_settings
    from assistant.index.embedder import SentenceTransformerEmbedder
    from assistant.summarize.core import cite_key, extractive_recap, ground_bullets
    from assistant.summarize.prose import is_clean

    files = sorted(args.data.glob("*.json"))
    half = len(files) // 2
    files = {"all": files, "tune": files[:half], "report": files[half:]}[args.split]
    if not files:
        print(f"no meeting files in {args.data}", file=sys.stderr)
        return 1
    st = load_settings()
    emb = SentenceTransformerEmbedder(st.embedding_model)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows: list[dict[str, float]] = []
    for f in files:
        segs = load_meeting(f)
        ref = json.loads(f.read_text())["general_query_list"][0]["answer"]
        bullets = extractive_recap(segs, emb.embed, session_id=f.stem)
        sources = {("seg", s.session_id, s.position): s.text for s in segs}
        graded, _ = ground_bullets(bullets, sources, emb.embed,
                                   speakers={s.speaker for s in segs})
        valid = [bool(b["citations"]) and all(cite_key(c) in sources for c in b["citations"])
                 and not b["flag"] for b in graded]
        summary = "\n".join(b["text"] for b in bullets)
        sc = scorer.score(ref, summary)
        row = {"rouge1": 100 * sc["rouge1"].fmeasure, "rouge2": 100 * sc["rouge2"].fmeasure,
               "rougeL": 100 * sc["rougeL"].fmeasure,
               "five_bullet_rate": float(len(bullets) == 5
                                         and all(len(b["text"].split()) <= 40
                                                 for b in bullets)),
               "citation_valid_rate": sum(valid) / max(1, len(valid)),
               "words_per_bullet": sum(len(b["text"].split()) for b in bullets)
               / max(1, len(bullets)),
               "clean_rate": sum(is_clean(b["text"]) for b in bullets) / max(1, len(bullets))}
        rows.append(row)
        print(f.stem, " ".join(f"{k}={v:.2f}" for k, v in row.items()))
    mean = {k: round(sum(r[k] for r in rows) / len(rows), 3) for k in rows[0]}
    mean["meetings"] = len(rows)
    mean["split"] = args.split  # type: ignore[assignment]
    print(json.dumps(mean))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
