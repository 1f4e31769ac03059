"""A wheel built from the repository drafts a recap offline: its prompts (and the example
network) travel as package data, not as files of a checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, pathlib, sys
import assistant
from assistant.auth import LOCAL
from assistant.config import load_settings
from assistant.examples import EXAMPLE_DIR
from assistant.sessions import attach_transcript, plan_session
from assistant.summarize import learned_steps
from assistant.summarize import draft_recap
from assistant.workspace import open_workspace

here = pathlib.Path.cwd()
ws = open_workspace(load_settings(data_dir=here / "data"))
sv = plan_session(ws, title="Jam: badges", format="problem-solving jam", date="2026-11-03",
                  facilitator="Ida Berg", actor=LOCAL)
(here / "t.vtt").write_text(sys.argv[1], encoding="utf-8")
attach_transcript(ws, sv.id, here / "t.vtt", actor=LOCAL)
r = draft_recap(ws, sv.id)
print(json.dumps({"module": assistant.__file__, "bullets": len(r.content["bullets"]),
                  "backend": r.backend, "actions": len(r.content["actions"]),
                  "examples": str(EXAMPLE_DIR), "has_examples":
                  (EXAMPLE_DIR / "sessions.json").is_file(),
                  "step_weights": str(learned_steps.WEIGHTS_FILE),
                  "has_step_weights": learned_steps.shipped_weights() is not None}))
ws.close()
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:09.000
<v Ida Berg>Today's case is visitor badges that stop working after the first day on site.

00:00:10.000 --> 00:00:20.000
<v Tom Vik>The badge system expires every visitor badge at midnight, whatever the booking says.

00:00:21.000 --> 00:00:25.000
<v Ida Berg>What's the pattern here?

00:00:26.000 --> 00:00:36.000
<v Tom Vik>The pattern is to set the badge expiry from the booking, not from a fixed default.

00:00:37.000 --> 00:00:41.000
<v Ida Berg>Where else does this apply?

00:00:42.000 --> 00:00:50.000
<v Tom Vik>It applies to contractor passes too, they expire the same way every night.

00:00:51.000 --> 00:00:58.000
<v Ida Berg>For the playbook: expiry follows the booking. Tom, can you fix the default by Friday?
"""


def test_an_installed_wheel_drafts_a_recap_offline(tmp_path: Path) -> None:
    src = tmp_path / "src"  # a clean copy, so the build leaves nothing in the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for folder in ("assistant", "prompts", "examples"):
        shutil.copytree(ROOT / folder, src / folder, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w",
                    str(tmp_path / "dist"), str(src)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    run = tmp_path / "run"
    run.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(PYTHONPATH=str(site), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    out = subprocess.run([sys.executable, "-c", SCRIPT, VTT], cwd=run, env=env,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["module"].startswith(str(site))  # the installed copy, not the checkout
    assert got["bullets"] == 5 and got["backend"] == "extractive" and got["actions"] == 1
    assert got["has_examples"] and got["examples"].startswith(str(site))
    # the step model's learned weights travel as package data too
    assert got["has_step_weights"] and got["step_weights"].startswith(str(site))
