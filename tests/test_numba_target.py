"""numba compiles UMAP's kernels for one baseline target (x86-64-v3) on every CPU that has
it, so the theme labels do not follow the CPU model; elsewhere it falls back to the host's
target and says why, never crashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cluster.cpu import BASELINE_CPU, BASELINE_FEATURES, OPT_OUT, _decide

ROOT = Path(__file__).parent.parent
ALL = {f: True for f in BASELINE_FEATURES}


def test_a_cpu_with_the_baseline_is_pinned() -> None:
    t = _decide({}, "x86_64", False, {**ALL, "avx512f": True})
    assert t.pinned and t.cpu == BASELINE_CPU and not t.reason


@pytest.mark.parametrize("lacks", ["fma", "avx2", "bmi2", "movbe"])
def test_a_cpu_lacking_a_baseline_feature_falls_back_and_says_which(lacks: str) -> None:
    t = _decide({}, "x86_64", False, {**ALL, lacks: False})
    assert not t.pinned and t.cpu == "host" and lacks in t.reason


def test_other_architectures_the_operator_and_a_late_pin_are_left_alone() -> None:
    assert "x86-64" in _decide({}, "aarch64", False, None).reason
    env = _decide({"NUMBA_CPU_NAME": "znver4"}, "x86_64", False, ALL)
    assert not env.pinned and env.cpu == "znver4"
    assert not _decide({"NUMBA_CPU_FEATURES": ""}, "x86_64", False, ALL).pinned
    assert _decide({OPT_OUT: "host"}, "x86_64", False, ALL).reason == f"{OPT_OUT}=host"
    assert "imported before" in _decide({}, "x86_64", True, ALL).reason


PROBE = """
import json, logging, sys
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
if sys.argv[1] == "lacking":  # a CPU with AVX2 but no FMA, BMI, ...
    import llvmlite.binding as ll
    real = ll.get_host_cpu_features
    ll.get_host_cpu_features = lambda: {"avx2": True}
import assistant.cluster.cpu as cpu
from assistant.cluster.engine import cluster_vectors  # noqa: F401
if sys.argv[1] == "lacking":
    ll.get_host_cpu_features = real  # numba compiles for the real host
import numba
from numba.core.registry import cpu_target
cg = cpu_target.target_context.codegen()
print(json.dumps({"name": cg._get_host_cpu_name(), "features": cg._tm_features,
                  "pinned": cpu.numba_target().pinned}))
"""


def _probe(mode: str) -> tuple[dict, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NUMBA_CPU_NAME", "NUMBA_CPU_FEATURES", OPT_OUT)}
    run = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(run.stdout.strip().splitlines()[-1]), run.stderr


def test_the_engine_pins_numba_before_it_compiles() -> None:
    import platform

    from assistant.cluster.cpu import _host_features

    got, _ = _probe("real")
    if platform.machine().lower() in ("x86_64", "amd64") and all(
            _host_features().get(f) for f in BASELINE_FEATURES):
        assert got == {"name": BASELINE_CPU, "features": "", "pinned": True}
    else:  # a machine without the baseline: numba keeps the host's target
        assert not got["pinned"] and got["name"] != BASELINE_CPU


def test_a_cpu_without_the_baseline_keeps_the_host_target_and_warns() -> None:
    got, err = _probe("lacking")
    assert not got["pinned"] and got["name"] != BASELINE_CPU and got["features"] != ""
    assert "lacks" in err and "fma" in err and "may differ" in err
