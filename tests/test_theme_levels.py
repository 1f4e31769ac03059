"""Two levels of themes on a real store with the real MiniLM embedder: every sub-theme sits
under a broad theme, ids stay stable at both levels as cases arrive, the steward's number of
broad themes persists, steward decisions on broad themes survive recomputes, names are
short phrases, and the engine gives the same labels with one thread or two and with another
CPU's kernels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from assistant.cluster import (
    broad_target_of,
    dismiss_theme,
    get_theme,
    list_themes,
    merge_themes,
    move_case,
    move_subtheme,
    novel_queue,
    pin_theme,
    recompute_themes,
    rename_theme,
    restore_theme,
    set_broad_target,
    split_theme,
    theme_tree,
)
from assistant.cluster.engine import cluster_vectors
from assistant.cluster.names import is_list_like, theme_names
from assistant.cluster.service import load_cases
from assistant.cluster.state import (
    BROAD,
    State,
    ThemeRow,
    load_state,
    save_state,
    share_lone_names,
)
from assistant.errors import AssistantError
from assistant.store.db import transaction
from assistant.store.models import Theme, ThemeMember
from assistant.workspace import Workspace
from tests.test_themes import BILLING, IMPORT, SSO, ingest

PASSWORD = ["Password reset email never arrives for locked-out users",
            "Users locked out after three wrong password attempts cannot reset it",
            "Password reset link expires before the staff member opens it",
            "Forgotten password flow sends users to a broken reset page",
            "Reset password emails land in spam for the customer's staff"]
REFUND = ["Refund for a cancelled subscription has not arrived after a month",
          "Customer asks for a refund of a double card charge",
          "Refund issued to an expired credit card bounced back",
          "Partial refund for unused seats was calculated wrongly",
          "Customer charged twice for the renewal and wants the money back"]
GROUPS = (SSO, PASSWORD, IMPORT, BILLING, REFUND)


def tree(ws: Workspace) -> dict[str, set[str]]:
    """Broad theme id -> the ids of its sub-themes."""
    return {b.theme.id: {t.id for t in b.subthemes} for b in theme_tree(ws)}


def broad_of(ws: Workspace, titles: list[str]) -> str:
    """The broad theme holding most of these cases."""
    return max(theme_tree(ws), key=lambda b: (sum(m.title in titles for m in
                                                   get_theme(ws, b.theme.id).members),
                                               b.theme.id)).theme.id


@pytest.fixture
def network(any_ws: Workspace, tmp_path: Path) -> Workspace:
    ingest(any_ws, tmp_path, [t for g in GROUPS for t in g])
    recompute_themes(any_ws)
    return any_ws


def test_every_sub_theme_sits_under_exactly_one_broad_theme(network: Workspace) -> None:
    subs = {t.id for t in list_themes(network) if t.source == "cases"}
    groups = tree(network)
    assert len(subs) >= 3 and 1 <= len(groups) < len(subs)
    assert set().union(*groups.values()) == subs
    assert sum(len(v) for v in groups.values()) == len(subs)  # no sub-theme twice
    for b in theme_tree(network):
        assert b.theme.size == sum(t.size for t in b.subthemes)


def test_ids_stay_stable_at_both_levels_as_cases_arrive(network: Workspace,
                                                        tmp_path: Path) -> None:
    before = tree(network)
    more = ["Okta SSO login fails after the customer rotated its SAML signing key",
            "Password reset page times out for users on the mobile app",
            "CSV import of customer records fails on quoted commas in addresses",
            "Invoice shows the list price instead of the discounted contract price",
            "Refund for an annual plan cancelled in week one still not received"]
    ingest(network, tmp_path, more, name="more.csv", day="2026-09-14")
    recompute_themes(network)
    after = tree(network)
    # The data may now call for another broad theme, but none of the old ones goes, and
    # each keeps most of its sub-themes (their ids unchanged too).
    assert set(before) <= set(after)
    for bid, subs in before.items():
        assert len(subs & after[bid]) * 2 >= len(subs)


def test_the_stewards_number_of_broad_themes_persists(network: Workspace) -> None:
    chosen = len(tree(network))
    set_broad_target(network, 1)
    assert len(tree(network)) == 1 and broad_target_of(network) == 1
    recompute_themes(network)
    assert len(tree(network)) == 1
    set_broad_target(network, 3)
    assert len(tree(network)) == 3
    set_broad_target(network, 0)
    assert broad_target_of(network) is None and len(tree(network)) == chosen
    with pytest.raises(AssistantError):
        set_broad_target(network, -1)


@pytest.fixture
def two(network: Workspace) -> Workspace:
    """The network with two broad themes asked for (so each decision has a partner)."""
    set_broad_target(network, 2)
    return network


def test_renaming_and_pinning_a_broad_theme_survive_a_recompute(two: Workspace) -> None:
    bid = broad_of(two, SSO)
    rename_theme(two, bid, "Access problems")
    pin_theme(two, bid)
    recompute_themes(two)
    b = next(b.theme for b in theme_tree(two) if b.theme.id == bid)
    assert b.label == "Access problems" and b.pinned


def test_dismissing_a_broad_theme_dismisses_its_sub_themes_for_good(two: Workspace) -> None:
    bid = broad_of(two, SSO)
    subs = tree(two)[bid]
    dismiss_theme(two, bid)
    assert bid not in tree(two)
    recompute_themes(two)
    assert bid not in tree(two)
    assert not subs & {t.id for t in list_themes(two)}
    assert get_theme(two, bid).status == "dismissed"


def test_merging_broad_themes_survives_a_recompute(two: Workspace) -> None:
    a, b = sorted(tree(two))
    moved = tree(two)[a]
    merge_themes(two, a, b)
    assert set(tree(two)) == {b} and moved <= tree(two)[b]
    recompute_themes(two)
    assert set(tree(two)) == {b}
    with pytest.raises(AssistantError):
        merge_themes(two, b, sorted(moved)[0])  # a broad theme into a sub-theme


def test_splitting_a_broad_theme_survives_a_recompute(two: Workspace) -> None:
    bid = max(tree(two), key=lambda b: len(tree(two)[b]))
    kept, new = split_theme(two, bid)
    assert kept == bid and {bid, new} <= set(tree(two)) and len(tree(two)) == 3
    parts = (tree(two)[bid], tree(two)[new])
    recompute_themes(two)
    assert len(tree(two)) == 3 and parts == (tree(two)[bid], tree(two)[new])


def test_moving_a_sub_theme_to_another_broad_theme_survives_a_recompute(
        two: Workspace) -> None:
    a, b = sorted(tree(two), key=lambda x: -len(tree(two)[x]))
    sub = sorted(tree(two)[a])[0]
    move_subtheme(two, sub, b)
    assert sub in tree(two)[b]
    recompute_themes(two)
    assert sub in tree(two)[b] and sub not in tree(two).get(a, set())


MORE = ["Okta SSO login fails after the customer rotated its SAML signing key",
        "Password reset page times out for users on the mobile app",
        "CSV import of customer records fails on quoted commas in addresses",
        "Invoice shows the list price instead of the discounted contract price",
        "Refund for an annual plan cancelled in week one still not received"]


def _new_count_and_cases(ws: Workspace, tmp_path: Path, target: int) -> None:
    """The steward asks for another number of broad themes, cases arrive, themes are
    recomputed: what every decision must survive."""
    set_broad_target(ws, target, recompute=False)
    ingest(ws, tmp_path, MORE, name="more.csv", day="2026-09-14")
    recompute_themes(ws)


def test_sub_theme_decisions_hold_when_the_number_of_broad_themes_changes(
        network: Workspace, tmp_path: Path) -> None:
    from tests.test_themes import membership, theme_of

    sso, imp, bill, ref = (theme_of(network, g) for g in (SSO, IMPORT, BILLING, REFUND))
    rename_theme(network, sso, "Sign-in problems")
    pin_theme(network, imp)
    dismiss_theme(network, ref)
    kept, part = split_theme(network, bill)
    merge_themes(network, part, sso)
    case = next(m.case_id for m in get_theme(network, theme_of(network, PASSWORD)).members)
    move_case(network, case, imp)

    def check() -> None:
        themes = {t.id: t for t in list_themes(network)}
        assert themes[sso].label == "Sign-in problems" and themes[imp].pinned
        assert ref not in themes and get_theme(network, ref).status == "dismissed"
        assert kept in themes and get_theme(network, part).merged_into == sso
        assert membership(network)[case] == imp

    check()
    for target in (2, 4):
        _new_count_and_cases(network, tmp_path, target)
        check()


def test_broad_theme_decisions_hold_when_the_number_of_broad_themes_changes(
        network: Workspace, tmp_path: Path) -> None:
    """The steward's merge of two broad themes, a name, a pin, a sub-theme moved and a
    dismissal all hold when the steward then asks for fewer broad themes (the merge was
    lost: the group continued the merged-away theme) and for more."""
    set_broad_target(network, 5)
    sso, pw, imp, bill, ref = (broad_of(network, g) for g in GROUPS)
    assert len({sso, pw, imp, bill, ref}) == 5
    subs = tree(network)
    merge_themes(network, pw, sso)
    rename_theme(network, sso, "Access problems")
    pin_theme(network, imp)
    move_subtheme(network, sorted(subs[ref])[0], imp)
    dismiss_theme(network, bill)
    dismissed_cases = {m.case_id for s in subs[bill] for m in get_theme(network, s).members}
    assert dismissed_cases

    def check() -> None:
        now = tree(network)
        assert subs[sso] | subs[pw] <= now[sso]
        assert get_theme(network, sso).label == "Access problems"
        assert get_theme(network, imp).pinned and subs[ref] <= now[imp]
        # It stays dismissed with its sub-themes, and their cases wait in the novel queue.
        assert bill not in now and not subs[bill] & {t.id for t in list_themes(network)}
        assert get_theme(network, bill).status == "dismissed"
        assert all(get_theme(network, s).status == "dismissed" for s in subs[bill])
        assert dismissed_cases <= {n.case_id for n in novel_queue(network)}

    check()
    for target in (2, 4):
        _new_count_and_cases(network, tmp_path, target)
        check()


def _table_rows(markdown: str) -> list[str]:
    """The body rows of the Themes screen's table (its header and rule left out)."""
    return [r for r in markdown.splitlines() if r.startswith("| ")][1:]


def test_a_broad_theme_holding_one_sub_theme_is_one_row_and_its_sub_theme_stays_choosable(
        network: Workspace) -> None:
    from assistant.auth import LOCAL
    from assistant.ui.handlers import themes as h

    branches = theme_tree(network)
    lone = [b for b in branches if b.lone is not None]
    held = [b for b in branches if b.lone is None]
    assert lone and held  # these cases make both kinds
    view = h.theme_list(network, LOCAL)
    rows = _table_rows(view.table)
    assert len(rows) == len(branches) + sum(len(b.subthemes) for b in held)
    assert sum("↳" in r for r in rows) == sum(len(b.subthemes) for b in held)
    for b in lone:
        assert sum(f"**{b.theme.label}**" in r for r in rows) == 1
        [row] = [r for r in rows if f"**{b.theme.label}**" in r]
        assert row.split("|")[3].strip() == "1"  # its sub-themes column
    # Every theme of either level is still choosable for the steward's actions.
    labels = dict((i, lab) for lab, i in view.choices)
    subs = dict((i, lab) for lab, i in view.sub_choices)
    for b in lone:
        only = b.lone
        assert only is not None and b.theme.id in labels and only.id in subs
        expected = (f"{b.theme.label} › its only sub-theme ({only.size})"
                    if h.same_name(only.label, b.theme.label)
                    else f"{b.theme.label} › {only.label} ({only.size})")
        assert labels[only.id] == subs[only.id] == expected
    # Trends offer broad themes and the sub-themes that are not one broad theme's only one.
    trend_ids = {i for _, i in view.trend_choices}
    assert trend_ids == ({b.theme.id for b in branches}
                         | {t.id for b in held for t in b.subthemes})
    text, _ = h.theme_detail(network, LOCAL, lone[0].theme.id)
    assert "Its only sub-theme holds the same cases" in text
    text, _ = h.theme_detail(network, LOCAL, lone[0].subthemes[0].id)
    assert f"the only one of the broad theme **{lone[0].theme.label}**" in text


def test_a_lone_sub_theme_takes_every_sub_theme_action_from_its_one_row(
        network: Workspace) -> None:
    from assistant.auth import LOCAL
    from assistant.ui.handlers import themes as h

    lone = [b for b in theme_tree(network) if b.lone is not None]
    held = next(b for b in theme_tree(network) if b.lone is None)
    first, second = lone[0], lone[1]
    sub = first.subthemes[0]
    h.rename(network, LOCAL, sub.id, label="Renamed at the sub level")
    h.pin(network, LOCAL, sub.id)
    # The steward's name for the sub-theme is the one row's name: its broad theme had only
    # a machine name (session 20 QA: the old name showed, the steward's in brackets).
    [row] = [r for r in _table_rows(h.theme_list(network, LOCAL).table)
             if "**Renamed at the sub level**" in r]
    assert "(its one sub-theme:" not in row and first.theme.label not in row
    assert row.rstrip(" |").endswith("its sub-theme")  # pinned: the sub-theme, not the broad
    now = {b.theme.id: b for b in theme_tree(network)}
    assert now[first.theme.id].theme.label == "Renamed at the sub level"
    assert not now[first.theme.id].theme.pinned and now[first.theme.id].subthemes[0].pinned
    # A case moves into the lone sub-theme, and the sub-theme under another broad theme.
    case = get_theme(network, held.subthemes[0].id).members[0].case_id
    h.move(network, LOCAL, None, case_id=case, target_id=sub.id)
    assert case in {m.case_id for m in get_theme(network, sub.id).members}
    h.regroup(network, LOCAL, second.subthemes[0].id, broad_id=held.theme.id)
    assert second.subthemes[0].id in tree(network)[held.theme.id]
    # Merging the lone sub-theme into another sub-theme leaves no row for it.
    h.merge(network, LOCAL, sub.id, other_id=held.subthemes[0].id)
    view = h.theme_list(network, LOCAL)
    assert sub.id not in {i for _, i in view.choices}
    assert "Renamed at the sub level" not in view.table


def test_renaming_a_broad_theme_renames_its_one_same_named_sub_theme_on_every_screen(
        network: Workspace) -> None:
    import datetime as dt

    from assistant.auth import LOCAL
    from assistant.rhythm.sprints import start_sprint
    from assistant.ui.handlers import network as net
    from assistant.ui.handlers import themes as h

    pairs = [b for b in theme_tree(network)
             if b.lone is not None and h.same_name(b.lone.label, b.theme.label)]
    assert pairs  # these cases make a broad theme whose one sub-theme has its name
    b, old = pairs[0], pairs[0].theme.label
    h.rename(network, LOCAL, b.theme.id, label="Sign-in trouble")
    start_sprint(network, dt.date(2026, 9, 1), actor=LOCAL)

    def shown() -> str:
        view = h.theme_list(network, LOCAL)
        return "\n".join([view.table, *(label for label, _ in view.choices),
                          *(label for label, _ in view.trend_choices),
                          h.theme_detail(network, LOCAL, b.theme.id)[0],
                          h.theme_detail(network, LOCAL, b.subthemes[0].id)[0],
                          net.review_view(network, LOCAL)[0], net.metrics_view(network, LOCAL)])

    assert old not in shown() and "Sign-in trouble" in shown()
    assert "(its one sub-theme:" not in h.theme_list(network, LOCAL).table
    assert "Sign-in trouble" in net.review_view(network, LOCAL)[0]  # the sub-theme level
    recompute_themes(network)  # both renames are decisions: they hold
    assert old not in shown() and "Sign-in trouble" in shown()
    # A sub-theme the steward named apart keeps its own name.
    other = next((x for x in pairs[1:]), None)
    if other is not None:
        h.rename(network, LOCAL, other.subthemes[0].id, label="Own name")
        h.rename(network, LOCAL, other.theme.id, label="Broad name")
        assert get_theme(network, other.subthemes[0].id).label == "Own name"


def test_the_detail_panel_marks_a_dismissed_or_merged_theme_and_says_how_to_restore_it(
        network: Workspace) -> None:
    from assistant.auth import LOCAL
    from assistant.ui.handlers import themes as h

    held = next(b for b in theme_tree(network) if b.lone is None)
    gone, kept = held.subthemes[0], held.subthemes[1]
    assert "Dismissed" not in h.theme_detail(network, LOCAL, gone.id)[0]
    h.dismiss(network, LOCAL, gone.id)
    text = h.theme_detail(network, LOCAL, gone.id)[0]
    assert text.startswith(f"### {gone.label}\n**Dismissed**")
    assert "**Restore**" in text and "novel-case queue" in text
    assert "Dismissed" not in h.theme_detail(network, LOCAL, kept.id)[0]
    other = next(b for b in theme_tree(network) if b.theme.id != held.theme.id)
    h.merge(network, LOCAL, other.theme.id, other_id=held.theme.id)
    text = h.theme_detail(network, LOCAL, other.theme.id)[0]
    assert f"**Merged** into **{get_theme(network, held.theme.id).label}**" in text


def test_the_cli_lists_a_broad_theme_holding_one_sub_theme_on_one_line(
        network: Workspace) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app
    from assistant.cli.common import state

    branches = theme_tree(network)
    lone = [b for b in branches if b.lone is not None]
    held = [b for b in branches if b.lone is None]
    assert lone and held
    # A broad theme with a steward's name of its own keeps it: the two names differ.
    rename_theme(network, lone[0].theme.id, "Broad name of its own")
    rename_theme(network, lone[0].subthemes[0].id, "Renamed at the sub level")
    state.clear()
    state["ws"] = network  # the CLI reads this workspace instead of opening one
    try:
        r = CliRunner().invoke(app, ["themes"])
    finally:
        state.clear()
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    for b in lone:
        only = b.lone
        assert only is not None
        [line] = [x for x in lines if x.startswith(f"{b.theme.id} ")]
        assert f"its one sub-theme: {only.id}" in line
        assert not any(x.strip().startswith(f"{only.id} ") for x in lines)  # no second line
    [first] = [x for x in lines if x.startswith(f"{lone[0].theme.id} ")]
    assert "its one sub-theme: " + lone[0].subthemes[0].id + " Renamed at the sub level" in first
    assert "Broad name of its own" in first
    for b in held:
        assert f"[broad, {len(b.subthemes)} sub-themes]" in r.output
        for t in b.subthemes:
            assert sum(x.startswith(f"    {t.id} ") for x in lines) == 1


def test_theme_names_are_short_phrases_never_word_lists(network: Workspace) -> None:
    names = [t.label for t in list_themes(network)] + \
        [b.theme.label for b in theme_tree(network)]
    assert names
    for name in names:
        assert not is_list_like(name) and "," not in name, name
        assert 1 <= len(name.split()) <= 6, name


def test_names_from_awkward_texts_stay_short_and_unlisted(embedder: object) -> None:
    docs = [["the and of", "it is"], ["Refund!!!", "refund refund refund"],
            ["Customer portal shows a blank page after login on Safari, Chrome, Edge, "
             "and Firefox alike", "Blank page in the customer portal after login"]]
    vecs = np.asarray(embedder.embed([" ".join(d) for d in docs]))  # type: ignore[attr-defined]
    names = theme_names(docs, vecs, embedder.embed,  # type: ignore[attr-defined]
                        [[""], ["Refund!!!"], [docs[2][1], docs[2][0]]])
    assert len(names) == 3
    for name in names:
        assert name and not is_list_like(name) and len(name.split()) <= 6, name
    assert "portal" in names[2].lower() or "blank" in names[2].lower()



def test_a_name_may_end_with_the_particle_of_a_phrasal_verb(embedder: object) -> None:
    docs = [["I cannot sign out of the app", "how do I sign out", "sign out button missing"],
            ["the printer is out of paper", "printer jams on every page", "printer offline"]]
    vecs = np.asarray(embedder.embed([" ".join(d) for d in docs]))  # type: ignore[attr-defined]
    names = theme_names(docs, vecs, embedder.embed, [d[:2] for d in docs])  # type: ignore[attr-defined]
    assert "sign out" in names[0].lower(), names
    assert not names[1].lower().endswith(" out"), names


SCRIPT = """
import json, sys
import numpy as np
from assistant.cluster.engine import cluster_vectors
rng = np.random.default_rng(5)
centres = rng.normal(size=(12, 48))
x = np.concatenate([c + rng.normal(scale=1.0, size=(50, 48)) for c in centres])
c = cluster_vectors(x, [f"k{i:04d}" for i in range(len(x))])
print(json.dumps({"labels": c.labels.tolist(), "groups": c.groups.tolist()}))
"""


def test_labels_are_identical_with_one_thread_and_with_two() -> None:
    """600 cases (the UMAP + HDBSCAN path), each run in its own process with every
    thread pool (BLAS, OpenMP, numba) limited to one thread, then to two, then with
    numpy's AVX-512 loops switched off (a CPU without them: numpy's least-squares fit
    and its sort of tied distances differ there in the last bit and in the order of ties)."""
    out = []
    for threads, cpu in (("1", {}), ("2", {}),
                         ("2", {"NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR"})):
        env = {**os.environ, **cpu, **{k: threads for k in (
            "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
            "NUMBA_NUM_THREADS")}}
        run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                             text=True, check=True, cwd=Path(__file__).parent.parent)
        out.append(json.loads(run.stdout.strip().splitlines()[-1]))
    assert out[0] == out[1] == out[2]
    labels = np.array(out[0]["labels"])
    assert len(set(labels.tolist()) - {-1}) >= 6 and len(out[0]["groups"]) >= 6


EMBED_SCRIPT = """
import json, sys
from assistant.index.embedder import SentenceTransformerEmbedder
texts = json.loads(sys.stdin.read())
print(json.dumps(SentenceTransformerEmbedder().embed(texts).tolist()))
"""


def test_vectors_and_labels_are_the_same_with_another_cpus_kernels(embedder: object) -> None:
    """The model's kernels are chosen per CPU instruction set, and in single precision
    their results differ in the last bits (up to 2e-7 between AVX-512 and AVX2), enough to
    change the themes. Another CPU is emulated in a second process: torch's own kernels
    without SIMD, oneDNN's limited to SSE4.1. Same texts: the same vectors, bit for bit,
    and the same labels."""
    texts = SSO + BILLING + IMPORT
    env = {**os.environ, "ATEN_CPU_CAPABILITY": "default", "ONEDNN_MAX_CPU_ISA": "SSE41",
           "DNNL_MAX_CPU_ISA": "SSE41", "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", EMBED_SCRIPT], input=json.dumps(texts),
                         env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    other = np.array(json.loads(run.stdout.strip().splitlines()[-1]), dtype=np.float32)
    here = np.asarray(embedder.embed(texts))  # type: ignore[attr-defined]
    assert other.shape == here.shape
    assert int((other != here).sum()) == 0
    keys = [f"k{i:03d}" for i in range(len(texts))]
    a, b = cluster_vectors(here, keys), cluster_vectors(other, keys)
    assert np.array_equal(a.labels, b.labels) and np.array_equal(a.groups, b.groups)
    assert len(set(a.labels.tolist()) - {-1}) >= 2


def _rows(ws: Workspace) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Every theme row and member row, as stored."""
    with transaction(ws.engine) as s:
        themes = {t.id: (t.status, t.parent_id, t.merged_into, t.size, t.cohesion,
                         tuple(t.representatives), t.centroid, t.label, t.updated_at)
                  for t in s.scalars(select(Theme))}
        members = {m.case_id: (m.theme_id, m.similarity, m.novel, m.nearest_theme_id)
                   for m in s.scalars(select(ThemeMember))}
    return themes, members


def _act(ws: Workspace, action: str) -> set[str]:
    """Take one steward action; returns the ids of the themes it is meant to change."""
    groups = tree(ws)
    a, b = sorted(groups, key=lambda x: (-len(groups[x]), x))[:2]
    subs = sorted(groups[a], key=lambda t: (-get_theme(ws, t).size, t))
    s1, s2 = subs[0], subs[1]
    if action == "merge":
        merge_themes(ws, s2, s1)
        return {s1, s2, a}
    if action == "move_case":
        move_case(ws, get_theme(ws, s2).members[0].case_id, s1)
        return {s1, s2, a}
    if action == "move_subtheme":
        move_subtheme(ws, s2, b)
        return {s2, a, b}
    if action == "dismiss":
        dismiss_theme(ws, s2)
        return {s2, a}
    kept, new = split_theme(ws, s1)
    return {kept, new, a}


@pytest.mark.parametrize("action", ["merge", "move_case", "move_subtheme", "dismiss",
                                    "split"])
def test_a_steward_action_rewrites_only_the_themes_it_changes(two: Workspace,
                                                              action: str) -> None:
    themes, members = _rows(two)
    meant = _act(two, action)
    after, after_members = _rows(two)
    touched = {t for t in after if after[t] != themes.get(t)}
    assert touched and touched <= meant, (touched, meant)
    # Cases outside the changed themes keep their rows, but for novel cases' nearest theme.
    outside = [c for c, m in members.items() if m[0] not in meant and not m[2]]
    assert outside and all(after_members[c] == members[c] for c in outside)
    # And what was written is what a full save of the same state writes.
    with transaction(two.engine) as s:
        cases, vectors = load_cases(two, s)
        save_state(s, load_state(s), cases, vectors)
    full, full_members = _rows(two)

    def essence(rows: dict[str, tuple]) -> dict[str, tuple]:
        return {t: r[:6] + (r[7],) for t, r in rows.items()}
    assert essence(after) == essence(full)
    assert after_members == full_members


def test_restoring_a_dismissed_sub_theme_rewrites_only_it_and_its_broad_theme(
        two: Workspace) -> None:
    groups = tree(two)
    a = sorted(groups, key=lambda x: (-len(groups[x]), x))[0]
    gone = sorted(groups[a])[0]
    dismiss_theme(two, gone)
    themes, members = _rows(two)
    restore_theme(two, gone)
    after, after_members = _rows(two)
    touched = {t for t in after if after[t] != themes.get(t)}
    assert touched == {gone, a}
    outside = [c for c, m in members.items() if m[0] not in touched and not m[2]]
    assert outside and all(after_members[c] == members[c] for c in outside)
    with transaction(two.engine) as s:
        cases, vectors = load_cases(two, s)
        save_state(s, load_state(s), cases, vectors)
    full, full_members = _rows(two)
    assert {t: r[:6] + (r[7],) for t, r in after.items()} == \
        {t: r[:6] + (r[7],) for t, r in full.items()}
    assert after_members == full_members


def test_no_two_themes_of_a_level_share_a_name_whatever_the_number_asked(
        network: Workspace) -> None:
    subs = [t.label.lower() for t in list_themes(network) if t.source == "cases"]
    assert len(subs) == len(set(subs))
    for n in range(2, len(subs) + 1):
        set_broad_target(network, n)
        names = [b.theme.label.lower() for b in theme_tree(network)]
        assert len(names) == len(set(names)), (n, names)


def test_a_broad_theme_with_one_sub_theme_carries_the_same_name(network: Workspace) -> None:
    lone = [b for b in theme_tree(network) if b.lone is not None]
    assert lone
    for b in lone:
        assert b.lone is not None and b.lone.label == b.theme.label, (b.theme.label,
                                                                     b.lone.label)


def _pair_state(sub_label: str = "", sub_source: str = "keywords",
                other: str = "Password reset fails") -> tuple[State, dict[str, Theme]]:
    themes = {"b1": ThemeRow("b1", level=BROAD, label="Refund not arrived",
                             label_source="auto"),
              "s1": ThemeRow("s1", parent="b1", label=sub_label or "Refund for cancelled "
                             "subscription", label_source=sub_source),
              "b2": ThemeRow("b2", level=BROAD, label="Password problems", label_source="auto"),
              "s2": ThemeRow("s2", parent="b2", label=other, label_source="auto"),
              "s3": ThemeRow("s3", parent="b2", label="Locked out", label_source="auto")}
    rows = {t: Theme(id=t, label=r.label) for t, r in themes.items()}
    return State(themes, {}), rows


def test_of_a_lone_pair_named_together_the_sub_theme_takes_the_broad_theme_s_name() -> None:
    state, rows = _pair_state(sub_source="auto")
    share_lone_names(state, rows, {"b1", "s1", "b2", "s2", "s3"})
    assert state.themes["s1"].label == rows["s1"].label == "Refund not arrived"
    assert state.themes["b1"].label == "Refund not arrived"
    # A broad theme holding two sub-themes names neither of them.
    assert [state.themes[t].label for t in ("s2", "s3")] == ["Password reset fails",
                                                              "Locked out"]


def test_a_name_kept_from_before_is_what_its_new_partner_takes() -> None:
    state, rows = _pair_state(sub_label="Refunds (steward)", sub_source="steward")
    share_lone_names(state, rows, {"b1"})  # the broad theme is new, its sub-theme is not
    assert state.themes["s1"].label == "Refunds (steward)"
    assert state.themes["b1"].label == rows["b1"].label == "Refunds (steward)"
    state, rows = _pair_state(sub_source="auto")
    share_lone_names(state, rows, set())  # nothing named now: nothing renamed
    assert state.themes["s1"].label == "Refund for cancelled subscription"


def test_a_lone_sub_theme_does_not_take_a_name_another_sub_theme_holds() -> None:
    state, rows = _pair_state(sub_source="auto", other="Refund not arrived")
    share_lone_names(state, rows, {"b1", "s1"})
    assert state.themes["s1"].label == "Refund for cancelled subscription"


def _lone_pair(ws: Workspace) -> tuple[str, str]:
    """A broad theme holding a single sub-theme, and that sub-theme (as many broad themes
    asked for as there are sub-themes)."""
    set_broad_target(ws, len([t for t in list_themes(ws) if t.source == "cases"]))
    lone = sorted((b, s) for b, subs in tree(ws).items() if len(subs) == 1 for s in subs)
    assert lone
    return lone[0]


def test_dismissing_a_broad_theme_s_only_sub_theme_leaves_no_empty_broad_theme(
        network: Workspace) -> None:
    bid, sub = _lone_pair(network)
    others = {b: s for b, s in tree(network).items() if b != bid}
    name = get_theme(network, bid).label
    dismiss_theme(network, sub)
    assert bid not in tree(network)  # not an active heading with 0 sub-themes
    assert get_theme(network, bid).status == "dismissed"
    recompute_themes(network)
    assert bid not in tree(network) and get_theme(network, sub).status == "dismissed"
    # Restored after the recompute, it comes back under its own broad theme, named as it
    # was; no other broad theme takes it in.
    restore_theme(network, sub)
    assert tree(network)[bid] == {sub} and get_theme(network, bid).label == name
    assert {b: s for b, s in tree(network).items() if b != bid} == others
    assert get_theme(network, bid).size == get_theme(network, sub).size


def test_a_store_holding_an_emptied_broad_theme_active_gets_it_back_with_a_restore(
        network: Workspace) -> None:
    bid, sub = _lone_pair(network)
    others = {b: s for b, s in tree(network).items() if b != bid}
    dismiss_theme(network, sub)
    with transaction(network.engine) as s:  # as a store written before the fix holds it
        row = s.get(Theme, bid)
        assert row is not None
        row.status = "active"
    recompute_themes(network)
    assert bid not in tree(network)
    restore_theme(network, sub)
    assert tree(network)[bid] == {sub}
    assert {b: s for b, s in tree(network).items() if b != bid} == others


def test_archiving_a_case_lowers_its_sub_theme_s_and_its_broad_theme_s_counts(
        network: Workspace) -> None:
    from assistant.archive import archive_record
    from assistant.auth import LOCAL

    b = max(theme_tree(network), key=lambda b: (b.theme.size, b.theme.id))
    sub = b.subthemes[0]
    case = get_theme(network, sub.id).members[0].case_id
    archive_record(network, "case", case, actor=LOCAL)
    after = next(x for x in theme_tree(network) if x.theme.id == b.theme.id)
    assert get_theme(network, sub.id).size == sub.size - 1
    assert after.theme.size == b.theme.size - 1 == sum(t.size for t in after.subthemes)
    # Restored, the case is placed again: every broad theme still counts its sub-themes'.
    from assistant.archive import restore_record

    restore_record(network, "case", case, actor=LOCAL)
    for x in theme_tree(network):
        assert x.theme.size == sum(t.size for t in x.subthemes), x.theme.id


def test_a_steward_s_name_for_a_sub_theme_names_the_broad_theme_it_comes_to_stand_alone_in(
        network: Workspace) -> None:
    """Session 20 QA: a sub-theme renamed while it shared its broad theme, then left alone
    in one by another number of broad themes, showed under the broad theme's machine name
    in the Themes row, the map legend and trends. The steward's name wins there, through
    recomputes, unless the broad theme has a steward's name of its own."""
    from assistant.auth import LOCAL
    from assistant.cluster import case_layout, theme_trends
    from assistant.ui.handlers import themes as h

    set_broad_target(network, 2)
    held = max(theme_tree(network), key=lambda b: (len(b.subthemes), b.theme.id))
    assert len(held.subthemes) >= 2
    sub = held.subthemes[-1].id
    rename_theme(network, sub, "Steward's own words")
    set_broad_target(network, 5)
    [alone] = [b for b in theme_tree(network) if [t.id for t in b.subthemes] == [sub]]
    for _ in range(2):
        assert get_theme(network, alone.theme.id).label == "Steward's own words"
        assert "**Steward's own words**" in h.theme_list(network, LOCAL).table
        assert "Steward's own words" in theme_trends(network, level="broad").weekly
        assert "Steward's own words" in {p.broad_label for p in case_layout(network)}
        recompute_themes(network)
    rename_theme(network, alone.theme.id, "Broad by the steward")
    recompute_themes(network)
    assert get_theme(network, alone.theme.id).label == "Broad by the steward"
    assert get_theme(network, sub).label == "Steward's own words"
