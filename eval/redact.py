"""What personal data would reach a remote LLM endpoint, and what ordinary text is damaged.

    python -m eval.redact [--split tune|tune2|tune3|tune4|report|extra|holdout2|holdout3|
        holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|probe16|probe17|holdout10|
        holdout11|probe19|holdout12|holdout13|holdout14|holdout15|tuning|all] [--show]

Runs :class:`assistant.summarize.redact.Redactor` over a hand-written set in
``eval/data/redact_{tune,report}.txt`` (12 domains; people in many forms: full names, first
names alone, surnames alone, titles, third parties named in free text; emails; phones in
national and international formats; and dates, times and ordinary capitalised words that
must arrive unchanged). ``tune`` was used while building the redactor; ``report`` was
written beforehand and not looked at while tuning; ``extra`` (``redact_extra.txt``, 40 items
in 12 other domains and name origins) was written after the second tuning round and run as
written.
Session 7 added ``tune2`` (``redact_tune2.txt``: a second tuning file of name forms and
origins, lower-case names, brands, slogans, IDs and order numbers against phones, dates in
many formats; tuned on) and ``holdout2`` (``redact_holdout2.txt``: 48 items in 24 domains
and name origins unlike the others, written before that session's fixes and run once after
them); ``holdout3`` (42 items) was written after holdout2's one run, before the fixes
that followed, and run once after them. ``report`` and ``extra`` were looked at by earlier
sessions, so they are no longer clean held-out sets; each holdout is clean for one run.
Session 11 added ``tune3`` (``redact_tune3.txt``: 64 items in 16 other domains and name
origins, brands and words that are names as subjects, written before that session's changes
and tuned on) and ``holdout4`` (``redact_holdout4.txt``: 48 items in new domains and name
origins, written by someone who had not read the redactor, run once before and once after
that session's changes). Session 12 added ``holdout5`` (``redact_holdout5.txt``: 48 items in
16 new domains and name origins, written by someone who had not read the redactor, before that
session's changes). Session 13 added ``tune4`` (``redact_tune4.txt``: 46 items in 12 new
domains, written before that session's rules and tuned on: people introduced by a role, family
and friends of a person, names and surnames alone as an address, CamelCase brands) and
``holdout6`` (``redact_holdout6.txt``: 48 items in 16 new domains and 24 new name origins,
written by someone who had read neither the product nor the tests, before that session's
changes). Also in session 13, ``holdout2`` and ``holdout3``, run many times by then, were
promoted to tuning sets: their items and ``--show`` results were read and tuned on.
Session 14 promoted ``holdout4``, ``holdout5`` and ``holdout6`` to tuning sets the same way;
``report`` is run summary line only.
Session 14 added ``holdout7`` (``redact_holdout7.txt``: 48 items in 16 new domains and
26 name origins not used before, written blind at that session's start; run twice in
session 14, summary line only). Session 15 promoted ``holdout7`` to a tuning set: its
items and ``--show`` output were read and tuned on. ``tuning`` pools every tuning set
(all but ``report`` and the held-out sets) in one run.
Session 15 added ``holdout8`` (``redact_holdout8.txt``: 48 items in 16 new domains and 24
name origins not used before, written blind at that session's start).
Session 16 promoted holdout8 to a tuning set (its items and ``--show`` output were read and
tuned on) and added ``probe16`` (``redact_probe16.txt``: 30 sentences of its own in 17 new
domains, written before its rules to find the classes of error fresh text hits; tuned on),
and ``holdout9`` (``redact_holdout9.txt``: 48 items in 16 new domains and 24 name origins not
used before, written blind at that session's start; held out, not in ``tuning``).
Session 17 promoted ``holdout9`` to a tuning set (its items and ``--show`` output were read
and tuned on) and added ``probe17`` (``redact_probe17.txt``: 40 sentences of its own in 17
new domains and 16 name origins, written before its rules to find the classes of error fresh
text hits: firms, brands and products as subjects, brands that are English words or first
names, English words used as people's names; tuned on).
Session 17 added ``holdout10`` (``redact_holdout10.txt``: 48 items in 16 new domains and 24
name origins not used before, written blind at that session's start by someone who read
neither the redactor nor its tests; held out, not in ``tuning``). Session 18 promoted
``holdout10`` to a tuning set (spent: run before and after session 17's rules; its items and
``--show`` output were read and tuned on) and added ``holdout11`` (``redact_holdout11.txt``:
48 items in 16 new domains and 24 name origins, written blind at the start of session 18 by
someone who read neither the redactor nor its tests; held out, not in ``tuning``). Session 19
promoted ``holdout11`` to a tuning set (spent: run before and after session 18's rules; its
items and ``--show`` output are read and tuned on) and added ``holdout12``
(``redact_holdout12.txt``: 48 items in 16 new domains and 24 name origins, written blind at
the start of session 19 the same way; held out, not in ``tuning``), and ``probe19``
(``redact_probe19.txt``: 24 probe sentences of its own in 12 new domains, written before its
rules: surnames that are place nouns after a first name, names in quotes after a noun for a
thing, names a number counts, dates and phones in brackets; tuned on).
Session 20 promoted ``holdout12`` to a tuning set (spent: run before and after session 19's
rules; its items and ``--show`` output are read and tuned on) and added ``holdout13``
(``redact_holdout13.txt``: 48 items in 16 new domains and 24 name origins, written blind at
the start of session 20 the same way; held out, not in ``tuning``).
Session 21 promoted ``holdout13`` to a tuning set (spent: run before and after session 20's
rules; its items and ``--show`` output are read and tuned on) and added ``holdout14``
(``redact_holdout14.txt``: 48 items in 16 new domains and 24 name origins, written blind at
the start of session 21 the same way; held out, not in ``tuning``). Session 22 promoted
``holdout14`` to a tuning set (spent: run before and after session 21's rules; its items and
``--show`` output are read and tuned on) and added ``holdout15`` (``redact_holdout15.txt``: 48
items in 16 new domains and 24 name origins, written blind at the start of session 22 the same
way; held out, not in ``tuning``).

Last line: JSON with ``leaks`` (marked names, name parts, emails and phones still in the text
sent), ``damaged`` (share of marked dates and ordinary words not intact), counts and
``ms_per_item`` (mean wall time of one redaction, the model already loaded).
A restored round trip must give back the original text for every item (``restore_ok``), but
for which form of a person's name stands where: one person shares one placeholder, so
"Marco ... Rossi" may come back as "Marco Rossi ... Marco".
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

DATA = Path(__file__).parent / "data"
SPLITS = ("tune", "tune2", "tune3", "tune4", "report", "extra", "holdout2", "holdout3",
          "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "probe16", "holdout9",
          "probe17", "holdout10", "holdout11", "probe19", "holdout12", "holdout13", "holdout14",
          "holdout15")
#: The sets read and tuned on (``report`` is run summary line only, ``holdout15`` held out).
TUNING = ("tune", "tune2", "tune3", "tune4", "extra", "holdout2", "holdout3", "holdout4",
          "holdout5", "holdout6", "holdout7", "holdout8", "probe16", "holdout9", "probe17",
          "holdout10", "holdout11", "probe19", "holdout12", "holdout13", "holdout14")
#: Read by their summary line only: ``--show`` is refused on them (and on ``all``).
MEASURED_ONLY = ("report", "holdout15")
_MARK = re.compile(r"\[\[([pk]):(.+?)\]\]")


@dataclass(frozen=True)
class Item:
    where: str
    domain: str
    known: list[str]
    text: str
    pii: list[str]
    keep: list[str]


def load(path: Path) -> list[Item]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", 2)]
        if len(parts) != 3:
            raise SystemExit(f"{path}:{n}: expected 'domain | known names | text'")
        domain, known, marked = parts
        pii = [m.group(2) for m in _MARK.finditer(marked) if m.group(1) == "p"]
        keep = [m.group(2) for m in _MARK.finditer(marked) if m.group(1) == "k"]
        items.append(Item(f"{path.name}:{n}", domain,
                          [k.strip() for k in known.split(",") if k.strip()],
                          _MARK.sub(lambda m: m.group(2), marked), pii, keep))
    return items


_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Professor", "Prof", "Nurse", "Chef", "Judge", "Father",
           "Justice", "Dame", "Sir", "Sister", "Captain", "Coach",
           "Inspector", "Councillor"}


def _leaked(sent: str, pii: str) -> list[str]:
    """The parts of ``pii`` still readable in ``sent`` (a name's parts count one by one)."""
    if "@" in pii or any(ch.isdigit() for ch in pii):
        return [pii] if pii in sent else []
    parts = [pii] + [p for p in pii.split() if p not in _TITLES and len(p) > 1]
    return [p for p in parts if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", sent)]


def _restored(r: Any, text: str, back: str) -> bool:
    """Whether ``back`` reads as ``text`` once each form of a person's name found in either
    is read as that person (each person's forms share one placeholder)."""
    if back == text:
        return True
    forms = {f.lower(): p.placeholder for p in r.people.persons if p.placeholder
             for f in p.forms()}
    if not forms:
        return False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)", re.I)
    return pattern.sub(lambda m: forms[m.group(0).lower()], text) == \
        pattern.sub(lambda m: forms[m.group(0).lower()], back)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "tuning", "all"], default="report")
    ap.add_argument("--show", action="store_true", help="print each leak and damage")
    args = ap.parse_args(argv)
    if args.show and args.split in (*MEASURED_ONLY, "all"):
        ap.error(f"--show is refused on --split {args.split}: it is measured only, read by "
                 "its summary line; use --split tuning or one tuning set")
    from assistant.summarize.redact import Redactor

    files = list(SPLITS) if args.split == "all" else list(TUNING) \
        if args.split == "tuning" else [args.split]
    items = [it for f in files for it in load(DATA / f"redact_{f}.txt")]
    if not items:
        print("no items", file=sys.stderr)
        return 1
    Redactor([]).redact("Warm the model up, Ana.")  # loading is not per-item time
    leaks, damaged, n_pii, n_keep, restore_bad, seconds = 0, 0, 0, 0, 0, 0.0
    for it in items:
        r = Redactor(it.known)
        t0 = time.perf_counter()
        sent = r.redact(it.text)
        seconds += time.perf_counter() - t0
        if not _restored(r, it.text, r.restore(sent)):
            restore_bad += 1
        for p in it.pii:
            n_pii += 1
            left = _leaked(sent, p)
            leaks += bool(left)
            if left and args.show:
                print(f"LEAK {it.where} {left}: {sent}")
        for k in it.keep:
            n_keep += 1
            if not re.search(rf"(?<!\w){re.escape(k)}(?!\w)", sent):
                damaged += 1
                if args.show:
                    print(f"DAMAGED {it.where} {k!r}: {sent}")
    print(json.dumps({"split": args.split, "items": len(items),
                      "domains": len({i.domain for i in items}), "pii": n_pii,
                      "keep": n_keep, "leaks": leaks,
                      "damaged": round(damaged / n_keep, 4) if n_keep else 0.0,
                      "damaged_count": damaged, "restore_ok": restore_bad == 0,
                      "ms_per_item": round(1000 * seconds / len(items), 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
