"""The demo day pack: one page per sprint for the sponsor — charter results against their
baseline, the three metrics, top patterns with their adoptions, themes rising and retired,
and the decision to take — as HTML (user text escaped) and as PDF.

The PDF is Chromium's print of the same HTML (``--headless --print-to-pdf``), so the two
never disagree; Debian's ``chromium`` package provides it, and it works offline.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2

from assistant.errors import ConfigError
from assistant.plural import counted
from assistant.rhythm.charter import Charter, get_charter, red_flags
from assistant.rhythm.metrics import Measures, load_facts, measure, pulse_changes
from assistant.rhythm.review import ThemeImpact, review_choices, theme_impact
from assistant.rhythm.sprints import SprintRecord, checklist, list_sprints
from assistant.workspace import Workspace

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@dataclass(frozen=True)
class SprintPage:
    sprint: SprintRecord
    phase: str
    metrics: Measures
    previous: Measures | None
    top_patterns: tuple[tuple[str, int, int], ...]  # name, adoptions, teams
    rising: tuple[ThemeImpact, ...]
    retired: tuple[str, ...]  # labels the steward retired
    proposed: tuple[str, ...]  # labels the review proposes to retire
    open_steps: tuple[str, ...]
    pulse: tuple[tuple[str, float, float], ...]  # team, baseline, latest


def pages(ws: Workspace, *, sprint: int | None = None, on: dt.date | None = None
          ) -> tuple[Charter, list[SprintPage]]:
    """The charter and one page per sprint (or the one asked for)."""
    day = on or ws.today()
    f = load_facts(ws)
    out = []
    sprints = list_sprints(ws)
    for i, sp in enumerate(sprints):
        if sprint is not None and sp.number != sprint:
            continue
        prev = sprints[i - 1] if i else None
        impacts = theme_impact(ws, sp.number, facts=f)
        rising = sorted((t for t in impacts if t.growth > 0), key=lambda t: (-t.growth, t.label))
        ads = [(pid, team) for pid, team, d in f.adoptions if sp.start <= d <= sp.end]
        count = Counter(pid for pid, _ in ads)
        teams = {pid: len({t for p, t in ads if p == pid}) for pid in count}
        top = tuple((f.pattern_names.get(pid, pid), n, teams[pid])
                    for pid, n in sorted(count.items(), key=lambda x: (-x[1], x[0]))[:5])
        pulses = [p for p in f.pulses if p.taken_on <= sp.end]
        out.append(SprintPage(
            sprint=sp, phase=sp.phase(day), metrics=measure(f, sp.start, sp.end),
            previous=measure(f, prev.start, prev.end) if prev else None, top_patterns=top,
            rising=tuple(rising[:5]),
            retired=tuple(c.label for c in review_choices(ws, sp.number)
                          if c.choice == "retire"),
            proposed=tuple(t.label for t in impacts if t.propose_retire and not t.choice),
            open_steps=tuple(c.step for c in checklist(ws, sp.number, on=day) if not c.done),
            pulse=tuple((c.team, c.baseline, c.latest) for c in pulse_changes(pulses))))
    return get_charter(ws), out


_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Demo day pack</title>
<style>
@page { size: A4; margin: 14mm; }
body { font-family: system-ui, sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
section.sprint { page-break-after: always; break-after: page; }
section.sprint:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 4mm 0 1mm; }
.purpose { color: #555; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { text-align: left; padding: 1mm 2mm; border-bottom: 1px solid #ddd; }
th { background: #f1f3f6; } td.n { text-align: right; }
.cols { display: flex; gap: 6mm; } .cols > div { flex: 1; }
.decision { border: 2px solid #2b6cb0; padding: 2mm 3mm; margin-top: 3mm; }
.flag { color: #b00020; }
@media screen { body { max-width: 190mm; margin: 8mm auto; }
  section.sprint { border-bottom: 1px dashed #999; padding-bottom: 6mm; margin-bottom: 6mm; } }
</style></head><body>
{% for p in pages %}
<section class="sprint" id="sprint-{{ p.sprint.number }}">
<h1>Sprint {{ p.sprint.number }} · {{ p.sprint.start }} to {{ p.sprint.end }}</h1>
<p class="purpose">{{ charter.purpose or "No charter purpose written yet." }}
 — {{ p.phase }}</p>
{% for f in flags %}<p class="flag">Red flag: {{ f }}</p>{% endfor %}
<h2>Business results against baseline</h2>
{% if charter.results %}<table><tr><th>Result</th><th>Baseline</th><th>Now</th><th>Target</th>
<th>Due</th></tr>{% for r in charter.results %}<tr><td>{{ r.name }}{% if r.unit %}
 ({{ r.unit }}){% endif %}</td><td class="n">{{ num(r.baseline) }}</td>
<td class="n">{{ num(r.current) }}</td><td class="n">{{ num(r.target) }}</td>
<td>{{ r.due or "" }}</td></tr>{% endfor %}</table>
{% else %}<p class="flag">No business result with a baseline and a target.</p>{% endif %}
<h2>The three metrics</h2>
<table><tr><th>Metric</th><th>This sprint</th><th>Previous sprint</th></tr>
<tr><td>Patterns used in the field</td><td class="n">{{ p.metrics.patterns_used }}</td>
<td class="n">{{ p.previous.patterns_used if p.previous else "—" }}</td></tr>
<tr><td>Median days to solve ({{ p.metrics.resolved }} cases solved)</td>
<td class="n">{{ num(p.metrics.median_days_to_solve) }}</td>
<td class="n">{{ num(p.previous.median_days_to_solve) if p.previous else "—" }}</td></tr>
<tr><td>Teams repeating methods</td><td class="n">{{ p.metrics.teams_repeating }}</td>
<td class="n">{{ p.previous.teams_repeating if p.previous else "—" }}</td></tr>
<tr><td>New cases</td><td class="n">{{ p.metrics.cases }}</td>
<td class="n">{{ p.previous.cases if p.previous else "—" }}</td></tr>
</table>
<div class="cols"><div>
<h2>Top patterns</h2>
{% if p.top_patterns %}<table><tr><th>Pattern</th><th>Adoptions</th><th>Teams</th></tr>
{% for name, n, t in p.top_patterns %}<tr><td>{{ name }}</td><td class="n">{{ n }}</td>
<td class="n">{{ t }}</td></tr>{% endfor %}</table>
{% else %}<p>No adoptions recorded this sprint.</p>{% endif %}
<h2>Capability pulse</h2>
{% if p.pulse %}<table><tr><th>Team</th><th>Baseline</th><th>Latest</th></tr>
{% for team, b, l in p.pulse %}<tr><td>{{ team }}</td><td class="n">{{ num(b) }}</td>
<td class="n">{{ num(l) }}</td></tr>{% endfor %}</table>
{% else %}<p>No pulse taken yet.</p>{% endif %}
</div><div>
<h2>Themes rising</h2>
{% if p.rising %}<ul>{% for t in p.rising %}<li>{{ t.label }} (+{{ t.growth }},
 {{ t.cases }} cases)</li>{% endfor %}</ul>{% else %}<p>None.</p>{% endif %}
<h2>Themes retired</h2>
{% if p.retired %}<ul>{% for t in p.retired %}<li>{{ t }}</li>{% endfor %}</ul>
{% else %}<p>None retired yet.</p>{% endif %}
{% if p.proposed %}<p>Proposed for retirement: {{ p.proposed | join("; ") }}</p>{% endif %}
</div></div>
<div class="decision"><h2>The decision to take</h2>
{% if p.sprint.decision %}<p><strong>{{ p.sprint.decision | capitalize }}</strong>
 ({{ p.sprint.decided_by }}, {{ p.sprint.decided_on }}): {{ p.sprint.reasons }}</p>
{% else %}<p>Continue, pause or redesign? Not decided yet.</p>{% endif %}
{% if p.open_steps %}<p>{{ "Not done in this sprint" if p.phase == "ended"
 else "Still open this sprint" }}: {{ p.open_steps | join("; ") }}.</p>{% endif %}
</div>
</section>
{% else %}
<section class="sprint"><h1>No sprint yet</h1>
<p>Start one with <code>assistant sprint start YYYY-MM-DD</code>.</p></section>
{% endfor %}
</body></html>
"""


def _num(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:g}" if float(v).is_integer() else f"{v:.2f}".rstrip("0")


def render_html(ws: Workspace, *, sprint: int | None = None, on: dt.date | None = None
                ) -> str:
    """The pack as one HTML document, one ``<section>`` (printed page) per sprint."""
    charter, ps = pages(ws, sprint=sprint, on=on)
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_TEMPLATE).render(pages=ps, charter=charter,
                                             flags=red_flags(charter), num=_num)


def find_browser(explicit: str | None = None) -> str:
    """The Chromium that prints the PDF: ``explicit``, else the first on PATH."""
    for name in ((explicit,) if explicit else BROWSERS):
        path = shutil.which(name) if name else None
        if path:
            return path
    raise ConfigError("Printing the demo day pack to PDF needs Chromium, which was not "
                      "found. Install it (Debian: apt-get install chromium) or name it with "
                      "--browser; the HTML pack works without it.")


def html_to_pdf(html: str, pdf: Path, *, browser: str | None = None,
                timeout_s: float = 120) -> Path:
    """Print ``html`` to ``pdf`` with headless Chromium (no network, no GPU)."""
    exe = find_browser(browser)
    pdf = Path(pdf).resolve()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="demoday-") as tmp:
        page = Path(tmp) / "pack.html"
        page.write_text(html, encoding="utf-8")
        out = Path(tmp) / "pack.pdf"
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-extensions", "--no-pdf-header-footer",
               f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={out}",
               page.as_uri()]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s,
                                 check=False)
        except subprocess.TimeoutExpired:
            raise ConfigError(f"{exe} did not print the PDF within {timeout_s:.0f} s.") from None
        if not out.exists() or out.stat().st_size == 0:
            raise ConfigError(f"{exe} did not write the PDF (exit {run.returncode}): "
                              f"{run.stderr.strip()[-300:]}")
        shutil.move(str(out), pdf)
    return pdf


def write_pack(ws: Workspace, folder: Path | str, *, sprint: int | None = None,
               pdf: bool = True, browser: str | None = None, on: dt.date | None = None
               ) -> list[Path]:
    """Write ``demo-day.html`` (and ``demo-day.pdf``) into ``folder``; the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    html = render_html(ws, sprint=sprint, on=on)
    page = folder / "demo-day.html"
    page.write_text(html, encoding="utf-8")
    out = [page]
    if pdf:
        out.append(html_to_pdf(html, folder / "demo-day.pdf", browser=browser))
    return out


def preread_sections(ws: Workspace, day: dt.date | None) -> list[dict[str, object]]:
    """What a demo day session's pre-read shows when it has no cases: the sprint the day
    falls in, as the pack's sections (plain lines; the drafts' renderer escapes them)."""
    from assistant.errors import NotFound
    from assistant.rhythm.sprints import get_sprint

    try:
        number = get_sprint(ws, on=day).number
    except NotFound:
        return [{"heading": "Sprint results", "items": [
            "No sprint recorded yet: start one (assistant sprint start) to bring its "
            "results to demo day."]}]
    charter, [p] = pages(ws, sprint=number, on=day)
    m = p.metrics
    return [
        {"heading": f"Sprint {p.sprint.number} results ({p.sprint.start} to {p.sprint.end})",
         "items": [f"Patterns used in the field: {m.patterns_used}",
                   f"Median days to solve: {_num(m.median_days_to_solve)} "
                   f"({counted(m.resolved, 'case')} solved)",
                   f"Teams repeating methods: {m.teams_repeating}",
                   f"New cases: {m.cases}; adoptions: {m.adoptions}"]},
        {"heading": "Business results against baseline",
         "items": [f"{r.name}: baseline {_num(r.baseline)}, now {_num(r.current)}, target "
                   f"{_num(r.target)}" for r in charter.results] or ["none in the charter"]},
        {"heading": "Top patterns", "items": [f"{name}: {counted(n, 'adoption')} by "
                                              f"{counted(t, 'team')}"
                                              for name, n, t in p.top_patterns] or ["none"]},
        {"heading": "Themes rising", "items": [f"{t.label} (+{t.growth})" for t in p.rising]
         or ["none"]},
        {"heading": "Themes proposed for retirement", "items": list(p.proposed) or ["none"]},
        {"heading": "The decision to take",
         "items": [f"{p.sprint.decision}: {p.sprint.reasons}" if p.sprint.decision else
                   "Continue, pause or redesign?"]},
    ]

