"""The example network's themes against the ones it was written with (themes.json).

    python -m eval.example_themes      (also: python -m eval.cluster --example)

Loads examples/onboarding into a temporary workspace, recomputes themes with the product's
engine and writes eval/example_themes.md: NMI/ARI (one-offs and novel cases each count as one
group) and, for every intended theme, the found theme holding most of its cases.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from assistant.cluster import list_themes, recompute_themes
from assistant.config import PROJECT_ROOT, load_settings
from assistant.examples import EXAMPLE_DIR, load_example_network
from assistant.store.db import transaction
from assistant.store.models import Case, ThemeMember
from assistant.workspace import open_workspace

OUT = PROJECT_ROOT / "eval" / "example_themes.md"


def run(out: Path = OUT) -> dict:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    spec = json.loads((EXAMPLE_DIR / "themes.json").read_text(encoding="utf-8"))
    intended = {c: t["name"] for t in spec["themes"] for c in t["cases"]}
    intended.update({c: "(one-off)" for c in spec["one_offs"]})
    with tempfile.TemporaryDirectory() as d:
        ws = open_workspace(load_settings(data_dir=Path(d)))
        load_example_network(ws)
        report = recompute_themes(ws)
        labels = {t.id: t.label for t in list_themes(ws)}
        sizes = {t.id: t.size for t in list_themes(ws)}
        with transaction(ws.engine) as s:
            found = {c.title: (m.theme_id if not m.novel else None)
                     for c, m in s.query(Case, ThemeMember)
                     .join(ThemeMember, ThemeMember.case_id == Case.id)}
        ws.close()
    titles = sorted(found)
    truth = [intended[t] for t in titles]
    got = [found[t] or "(novel)" for t in titles]
    nmi = float(normalized_mutual_info_score(truth, got))
    ari = float(adjusted_rand_score(truth, got))
    lines = ["# Example network: intended vs found themes", "",
             "Produced by `python -m eval.example_themes`; do not edit by hand.", "",
             f"Recompute: {report}.", "",
             f"**NMI {nmi:.3f}, ARI {ari:.3f}** over {len(titles)} cases "
             "(one-offs count as one group, novel cases as one group).", "",
             "| intended theme | cases | found theme (most of its cases) | found size | "
             "of its cases there |", "|---|---:|---|---:|---:|"]
    for name in [t["name"] for t in spec["themes"]] + ["(one-off)"]:
        mine = [found[t] for t in titles if intended[t] == name]
        best, n = Counter(mine).most_common(1)[0]
        lab = labels.get(best, "(novel)") if best else "(novel)"
        lines.append(f"| {name} | {len(mine)} | {lab} | {sizes.get(best, 0) if best else ''} "
                     f"| {n} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return {"nmi": round(nmi, 4), "ari": round(ari, 4), "themes": report.themes,
            "novel": report.novel, "written": str(out)}


if __name__ == "__main__":
    print(json.dumps(run()))
