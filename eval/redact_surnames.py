"""How many rare surnames reach the endpoint where only grammar says a person stands.

    pip download names-dataset==3.3.1 --no-deps -d /tmp/nd
    python -m eval.redact_surnames --names-dataset /tmp/nd/names_dataset-3.3.1-py3-none-any.whl
        [--seed 7] [--count 80] [--show]

Draws ``--count`` surnames from ``names-dataset`` (Philippe Remy's list of ~980,000 surnames
with per-country ranks, built from the 2021 Facebook leak; not a dependency of the product:
the wheel is only read here) that are ranked in the top 3,000 of some country, ASCII letters
only, and in neither first-name dictionary nor Faker's surname lists the redactor reads, nor
English words; puts each into 20 everyday sentences of our own (:data:`SENTENCES`) and counts
the sentences that still hold it after :class:`~assistant.summarize.redact.Redactor`.
Reading the wheel's surname pickle takes ~1.3 GB of RAM and ~25 s. Last line: JSON with
``leaks`` and ``sentences``, and ``per_sentence``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import random
import zipfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

#: Everyday sentences, one person each, in the places grammar gives a person.
SENTENCES = (
    "{} repaired the fence on Tuesday and logged it.", "The keys are with {} until Monday.",
    "Leave the van with {} tonight.", "The spare folder stays with {} for now.",
    "Yesterday {} sent the invoice for the roof.", "We met {} at the depot.",
    "Please ask {} about the rota.", "The report was written by {}.",
    "I spoke to {} this morning.", "{} and I will cover the Saturday shift.",
    "Thanks to {} for the cakes.", "According to {}, the pump is fine.",
    "The parcel is for {}.", "Can {} cover the bar tonight?", "Our treasurer, {}, signed it.",
    "The van is parked behind {}'s house.", "Send the forms to {} by Friday.",
    "The minutes went to {} and the chair.", "Lunch with {} is moved to 1pm.",
    "I think {} has the spare key.")
_PICKLE = "names_dataset/v3/last_names.pkl.gz"


def surnames(source: Path, seed: int, count: int) -> list[str]:
    """``count`` surnames of ``source`` (the wheel or its unpacked folder) that no
    dictionary of the redactor holds, drawn with ``seed``."""
    from assistant.summarize.redact.lexicon import _known_first_name, _locale_names, _ordinary

    if source.is_dir():
        raw = (source / _PICKLE).read_bytes()
    else:
        with zipfile.ZipFile(source) as whl:
            raw = whl.read(_PICKLE)
    # the package's own data file, read as the package itself reads it
    table = pickle.loads(gzip.decompress(raw))  # noqa: S301
    last = _locale_names("last")
    pool = sorted({n.lower() for n, v in table.items()
                   if v.get("rank") and min(v["rank"].values()) <= 3000})
    del table
    pool = [n for n in pool if n.isalpha() and n.isascii() and len(n) >= 5
            and n not in last and not _known_first_name(n) and not _ordinary(n)]
    return [n.title() for n in random.Random(seed).sample(pool, count)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names-dataset", type=Path, required=True,
                    help="names-dataset 3.3.1 wheel, or the folder it was unpacked into")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--count", type=int, default=80)
    ap.add_argument("--show", action="store_true", help="print each sentence that leaks")
    args = ap.parse_args(argv)
    if not args.names_dataset.exists():
        ap.error(f"{args.names_dataset} does not exist: pip download names-dataset==3.3.1 "
                 "--no-deps -d DIR, then pass the wheel in DIR")
    from assistant.summarize.redact import Redactor

    names = surnames(args.names_dataset, args.seed, args.count)
    per: dict[str, int] = {}
    for sentence in SENTENCES:
        per[sentence] = 0
        for name in names:
            sent = Redactor([]).redact(sentence.format(name))
            if name in sent:
                per[sentence] += 1
                if args.show:
                    print(f"LEAK {sent}")
    print(json.dumps({"seed": args.seed, "surnames": len(names),
                      "sentences": len(names) * len(SENTENCES),
                      "leaks": sum(per.values()), "per_sentence": per}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
