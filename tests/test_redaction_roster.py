"""A workspace roster is found by one pattern built once per roster: the same people are
replaced as when each part of each name was scanned for alone, and a long roster stays fast."""

from __future__ import annotations

from assistant.summarize.redact import Redactor, _roster_index, find_pii
from eval.bench_redact import old_path, roster
from eval.redact import DATA, load


def test_the_combined_roster_pattern_finds_what_a_scan_per_name_finds_on_the_tuning_sets(
        ) -> None:
    items = [it for split in ("tune", "tune2", "tune3", "extra", "tune4")
             for it in load(DATA / f"redact_{split}.txt")]
    # the sets' own people as the roster, so most texts hold a roster part
    people = sorted({k for it in items for k in it.known} | {
        p for it in items for p in it.pii if not any(ch.isdigit() or ch == "@" for ch in p)})
    people += roster(200)
    new = [find_pii(it.text, roster=people) for it in items]
    with old_path():
        old = [find_pii(it.text, roster=people) for it in items]
    assert new == old
    assert sum(bool(_roster_index(tuple(people)).present(it.text)) for it in items) > 150


def test_overlapping_roster_names_are_all_seen() -> None:
    index = _roster_index(("Lima Costa Silva", "Anaïs Lima", "Anaïs", "Kereama"))
    text = "Anaïs Lima Costa Silva met Kereama; Anaïs.B and kereama@x.org did not."
    assert index.present(text) == {"Lima Costa Silva", "Anaïs Lima", "Anaïs", "Kereama"}
    sent = Redactor([], roster=["Lima Costa Silva", "Anaïs Lima", "Anaïs"]).redact(
        "Anaïs Lima Costa Silva said hi.")
    assert "Anaïs" not in sent and "Silva" not in sent


def test_a_roster_is_prepared_once_and_not_per_redaction() -> None:
    people = roster(300, seed=1)
    first = _roster_index(tuple(people))
    Redactor([], roster=people).redact("Thanks, Wiremu.")
    assert _roster_index(tuple(people)) is first
    assert first.pattern is first.pattern  # compiled once


def test_the_roster_benchmark_reports_both_ways_and_that_they_agree(capsys) -> None:
    import json

    import pytest

    from eval.bench_redact import main

    assert main(["--texts", "2", "--sizes", "30", "--repeat", "1"]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    run = report["rosters"]["30"]
    assert report["texts"] == 2 and run["same_output"] is True
    assert run["old_ms"] > 0 and run["new_ms"] > 0
    with pytest.raises(SystemExit):
        main(["--sizes", "a lot"])


def test_the_roster_index_takes_its_name_parts_and_english_words_from_the_caller() -> None:
    from assistant.summarize.roster import build_index

    words = {"will", "brown"}
    index = build_index(["Will Brown", "Ines Duarte"],
                        lambda n: [n, *n.split()], lambda w: w.lower() in words)
    assert index.parts == {"Will Brown", "Ines Duarte", "Ines", "Duarte", "ines", "duarte"}
    assert index.people == {"Will Brown", "Will", "Brown", "Ines Duarte", "Ines", "Duarte"}
    assert index.present("Will said Ines and duarte@x.org wrote; Inesita came.") == {"Ines"}


def test_the_trie_pattern_matches_exactly_the_words_it_was_built_from() -> None:
    import re

    from assistant.summarize.roster import trie

    words = ["Ana", "Anabel", "Anaïs", "Lima", "Li"]
    pattern = re.compile(rf"(?:{trie(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ("An", "Anab", "Lim", "L", "Anaïss"))
