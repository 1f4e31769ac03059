"""One compile target for numba, so the theme labels are the same on every x86-64 CPU.

UMAP's layout and pynndescent's kernels are compiled by numba (LLVM) for the host CPU, with
fastmath. LLVM then picks the vector width by CPU model: an Intel Sapphire/Emerald Rapids
prefers 256-bit vectors, an AMD Zen 4 (also AVX-512) takes 512-bit ones, a CPU without FMA
fuses nothing; each sums in another order and the themes follow (session 19: banking77 test
93 themes here, 91 with the Zen 4's code; ``python -m eval.stability``). Pinning numba to one
baseline target, ``x86-64-v3`` (AVX2, FMA, BMI1/2, F16C, LZCNT, MOVBE: every x86-64 CPU since
2013-2015), with no extra features, makes the machine code, and so the labels, the same on
every CPU that has the baseline.

``pin_numba_target()`` runs before numba is first imported (``assistant.cluster.engine``
calls it at import; UMAP is imported later, inside functions). It leaves numba alone, and
says why, when:

- ``NUMBA_CPU_NAME`` or ``NUMBA_CPU_FEATURES`` is already set (the operator's choice wins);
- ``ASSISTANT_NUMBA_TARGET=host`` asks for the host's own target (faster on some CPUs; the
  labels may then differ from other machines');
- the CPU is not x86-64 or lacks a feature of the baseline (the pinned code would not run
  there: illegal instruction), so the host target is used and labels may differ;
- numba was imported before the pin could be set.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

BASELINE_CPU = "x86-64-v3"
# x86-64-v3's features, in LLVM's names (x86-64-v2's included).
BASELINE_FEATURES = ("avx", "avx2", "bmi", "bmi2", "cx16", "f16c", "fma", "lzcnt", "movbe",
                     "popcnt", "sahf", "sse3", "sse4.1", "sse4.2", "ssse3", "xsave")
OPT_OUT = "ASSISTANT_NUMBA_TARGET"


@dataclass(frozen=True)
class NumbaTarget:
    """What numba compiles for: ``pinned`` when it is the baseline; ``reason`` otherwise."""

    cpu: str
    pinned: bool
    reason: str = ""


_TARGET: NumbaTarget | None = None


def _host_features() -> dict[str, bool]:
    import llvmlite.binding as ll

    return {str(k): bool(v) for k, v in ll.get_host_cpu_features().items()}


def _decide(env: dict[str, str] | os._Environ[str], machine: str, numba_loaded: bool,
            features: dict[str, bool] | None) -> NumbaTarget:
    if "NUMBA_CPU_NAME" in env or "NUMBA_CPU_FEATURES" in env:
        return NumbaTarget(env.get("NUMBA_CPU_NAME", "host"), False,
                           "NUMBA_CPU_NAME / NUMBA_CPU_FEATURES set in the environment")
    if env.get(OPT_OUT, "").strip().lower() == "host":
        return NumbaTarget("host", False, f"{OPT_OUT}=host")
    if machine.lower() not in ("x86_64", "amd64"):
        return NumbaTarget("host", False, f"not an x86-64 CPU ({machine})")
    if numba_loaded:
        return NumbaTarget("host", False, "numba was imported before the target was pinned")
    missing = [f for f in BASELINE_FEATURES if not (features or {}).get(f)]
    if missing:
        return NumbaTarget("host", False, f"the CPU lacks {', '.join(missing)} of "
                           f"{BASELINE_CPU}")
    return NumbaTarget(BASELINE_CPU, True)


def pin_numba_target() -> NumbaTarget:
    """Set numba's target to the baseline if this CPU has it (once per process); never
    raises. Labels can differ from other machines' when the result is not ``pinned``."""
    global _TARGET
    if _TARGET is not None:
        return _TARGET
    machine = platform.machine()
    features: dict[str, bool] | None = None
    numba_loaded = "numba" in sys.modules
    if (machine.lower() in ("x86_64", "amd64") and not numba_loaded
            and "NUMBA_CPU_NAME" not in os.environ and "NUMBA_CPU_FEATURES" not in os.environ):
        try:
            features = _host_features()
        except Exception as exc:  # llvmlite missing or broken: leave numba alone
            log.warning("numba target not pinned: cannot read the CPU's features (%s)", exc)
            _TARGET = NumbaTarget("host", False, f"cannot read the CPU's features ({exc})")
            return _TARGET
    target = _decide(os.environ, machine, numba_loaded, features)
    if target.pinned:
        os.environ["NUMBA_CPU_NAME"] = BASELINE_CPU
        os.environ["NUMBA_CPU_FEATURES"] = ""
    elif not target.reason.startswith(("NUMBA_", OPT_OUT)):
        log.warning("numba compiles for this CPU, not %s: %s; theme labels may differ "
                    "from other machines'", BASELINE_CPU, target.reason)
    _TARGET = target
    return target


def numba_target() -> NumbaTarget:
    """The target decided for this process (decides it now if not yet)."""
    return pin_numba_target()
