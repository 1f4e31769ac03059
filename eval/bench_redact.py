"""How long one redaction takes with a workspace roster of 100 and of 3,000 people.

    python -m eval.bench_redact [--texts 20] [--sizes 100,3000] [--seed 0]

Redacts the first ``--texts`` texts of the tuning set (``eval/data/redact_tune.txt``), each
with a fresh :class:`~assistant.summarize.redact.Redactor` as a drafter makes one, under a
roster of synthetic people (Faker, eight Latin-script locales, seeded), two ways in one run,
taken in turn ``--repeat`` times (the fastest mean of each is reported):

- ``old``: every roster name's parts worked out again and each part scanned for on its own,
  as before session 13 (the old path is reachable only here: it is the new code with the
  roster cache bypassed and every part taken as present, so the per-part scans run);
- ``new``: the roster's parts and their one combined pattern built once per roster (that
  first build is ``build_s``, paid once per process) and one scan picking the parts present.

Both ways must send the same text for every item (``same_output``). Last line: JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import time
from collections.abc import Iterator
from typing import Any
from unittest import mock

os.environ.setdefault("HF_HUB_OFFLINE", "1")

LOCALES = ("en_GB", "en_US", "pt_BR", "de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL")


def roster(size: int, seed: int = 0) -> list[str]:
    """``size`` distinct full names, the same for the same seed."""
    from faker import Faker

    fake = Faker(list(LOCALES))
    fake.seed_instance(seed)
    out: dict[str, None] = {}
    while len(out) < size:
        out.setdefault(f"{fake.first_name()} {fake.last_name()}", None)
    return list(out)


@contextlib.contextmanager
def old_path() -> Iterator[None]:
    """Redaction as before the combined pattern: the roster prepared on every call and every
    part scanned for alone (the new code with its cache and its one-pattern pick bypassed)."""
    from assistant.summarize import redact, roster

    def every_part(self: Any, text: str) -> set[str]:
        return set(self.parts)

    with mock.patch.object(redact, "_roster_index", redact._roster_index.__wrapped__), \
            mock.patch.object(roster.RosterIndex, "present", every_part):
        yield


def _run(texts: list[str], people: list[str]) -> tuple[list[str], float]:
    from assistant.summarize.redact import Redactor

    sent, t0 = [], time.perf_counter()
    for text in texts:
        sent.append(Redactor([], roster=people).redact(text))
    return sent, (time.perf_counter() - t0) / len(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=20)
    ap.add_argument("--sizes", default="100,3000", help="roster sizes, comma-separated")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2,
                    help="old and new runs taken in turn; the fastest of each is reported")
    args = ap.parse_args(argv)
    if args.texts < 1 or args.repeat < 1:
        ap.error("--texts and --repeat must be at least 1")
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes {args.sizes!r}: give whole numbers separated by commas")
    from assistant.summarize.redact import Redactor, _roster_index
    from eval.redact import DATA, load

    texts = [it.text for it in load(DATA / "redact_tune.txt")][:args.texts]
    Redactor([]).redact("Warm the model up, Ana.")  # loading is not per-text time
    none_s = min(_run(texts, [])[1] for _ in range(args.repeat))
    results: dict[str, Any] = {}
    for size in sizes:
        people = roster(size, args.seed)
        t0 = time.perf_counter()
        _roster_index(tuple(people)).pattern  # noqa: B018  (built once per roster)
        build_s = time.perf_counter() - t0
        old_s = new_s = float("inf")
        for _ in range(args.repeat):  # in turn, so both see the same load on a shared machine
            with old_path():
                old, secs = _run(texts, people)
            old_s = min(old_s, secs)
            new, secs = _run(texts, people)
            new_s = min(new_s, secs)
        results[str(size)] = {"old_ms": round(1000 * old_s, 1), "new_ms": round(1000 * new_s, 1),
                              "speedup": round(old_s / new_s, 1), "build_s": round(build_s, 3),
                              "same_output": old == new}
        print(f"roster {size}: old {1000 * old_s:.1f} ms, new {1000 * new_s:.1f} ms per text")
    print(json.dumps({"texts": len(texts), "no_roster_ms": round(1000 * none_s, 1),
                      "rosters": results}))
    return 0 if all(r["same_output"] for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
