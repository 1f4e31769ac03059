"""Are the theme labels the same on every machine of this kind? Other machines emulated on
this one: each setting runs in its own process beside the default, and its embeddings and
labels are compared with the default's.

    python -m eval.stability                       # every setting, both data sets
    python -m eval.stability --settings default torch1 noise7

Data: banking77 test (3,080 rows; a report set, labels compared, nothing tuned) and a
3,000-row sample of banking77 train (seed 0). Settings:

- embedder (the worker embeds under the setting, then clusters its own vectors):
  ``torch1`` (``torch.set_num_threads(1)``), ``omp1`` (``OMP_NUM_THREADS=1``, also
  numba's and OpenBLAS's threads), ``onednn_avx2`` (``ONEDNN_MAX_CPU_ISA`` /
  ``DNNL_MAX_CPU_ISA=AVX2``), ``aten_avx2`` / ``aten_default`` (``ATEN_CPU_CAPABILITY``),
  ``mkl_avx2`` / ``mkl_avx`` / ``mkl_sse42`` (``MKL_ENABLE_INSTRUCTIONS``: torch's matrix
  products go to MKL, which picks its kernels by CPU, and by vendor: on an AMD CPU it
  takes its AVX2 path), ``mkl_cbwr_avx512`` / ``mkl_cbwr_compatible``
  (``MKL_CBWR``: MKL's reproducible code paths, as an Intel CPU with AVX-512 or any CPU
  would run them);
- clustering (the worker clusters the default's vectors): ``openblas_<core>``
  (``OPENBLAS_CORETYPE`` Haswell, SkylakeX, Zen, Prescott), ``openblas1``
  (``OPENBLAS_NUM_THREADS=1``), ``numba1`` (``NUMBA_NUM_THREADS=1``), ``numba_haswell`` /
  ``numba_generic`` (``NUMBA_CPU_NAME``, the host's features kept: numba compiles UMAP's
  layout code with fastmath), ``numpy_avx2`` (``NPY_DISABLE_CPU_FEATURES``: numpy's own
  loops without AVX-512); numba's target without the product's pin: ``numba_host`` (this
  CPU's own model and features, as before session 19), and other CPU models with only their
  own features (``NUMBA_CPU_FEATURES=""``): ``numba_haswell_only``, ``numba_v3``
  (x86-64-v3, the product's pin), ``numba_skylake_avx512``, ``numba_znver3``,
  ``numba_znver4`` (an AMD Zen 4: on banking77 test it gives exactly the figures sessions
  10-18 read on their AMD machine, 0.8333 / 0.5773 / 91 themes; LLVM takes 512-bit vectors
  there, 256-bit ones on Intel's AVX-512 CPUs, and the labels differ). Since session 19
  the default is pinned to x86-64-v3 (``assistant/cluster/cpu.py``), so a setting naming
  another numba target shows what a machine would give without the pin;
- ``avx2_machine``: all of the caps above at once (a CPU without AVX-512), embedding and
  clustering;
- ``noise7``: Gaussian noise of 1e-7 on the default's unit vectors (renormalised).

Per setting and data set: ``changed_values`` (embedding entries that differ from the
default's), ``max_abs_diff``, ``ari_vs_default`` (ARI between the two labelings; 1.0 is the
same partition), ``identical`` (same partition, novel cases alike) and each labeling's
``ari`` / ``nmi`` against the true labels. Vectors and labels go to ``--work`` (outside the
repository). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from assistant.config import PROJECT_ROOT

# The environment as started: importing the engine here (to compare) pins numba's target in
# os.environ, which must not leak into the workers of settings that choose their own.
BASE_ENV = dict(os.environ)
DATA = PROJECT_ROOT / "../shared/data/banking77"
SETS = {"test": ("test.csv", None), "train3000": ("train.csv", 3000)}
EMBED, CLUSTER, NOISE = "embed", "cluster", "noise"
NO_AVX512 = "X86_V4 AVX512_ICL AVX512_SPR"  # numpy 2.4's names for its AVX-512 groups
SETTINGS: dict[str, tuple[str, dict[str, str]]] = {
    "default": (EMBED, {}),
    "torch1": (EMBED, {}),  # torch.set_num_threads(1) in the worker
    "omp1": (EMBED, {"OMP_NUM_THREADS": "1"}),
    "onednn_avx2": (EMBED, {"ONEDNN_MAX_CPU_ISA": "AVX2", "DNNL_MAX_CPU_ISA": "AVX2"}),
    "aten_avx2": (EMBED, {"ATEN_CPU_CAPABILITY": "avx2"}),
    "aten_default": (EMBED, {"ATEN_CPU_CAPABILITY": "default"}),
    "mkl_avx2": (EMBED, {"MKL_ENABLE_INSTRUCTIONS": "AVX2"}),
    "mkl_avx": (EMBED, {"MKL_ENABLE_INSTRUCTIONS": "AVX"}),
    "mkl_sse42": (EMBED, {"MKL_ENABLE_INSTRUCTIONS": "SSE4_2"}),
    "mkl_cbwr_avx512": (EMBED, {"MKL_CBWR": "AVX512"}),
    "mkl_cbwr_compatible": (EMBED, {"MKL_CBWR": "COMPATIBLE"}),
    "openblas_haswell": (CLUSTER, {"OPENBLAS_CORETYPE": "Haswell"}),
    "openblas_skylakex": (CLUSTER, {"OPENBLAS_CORETYPE": "SkylakeX"}),
    "openblas_zen": (CLUSTER, {"OPENBLAS_CORETYPE": "Zen"}),
    "openblas_prescott": (CLUSTER, {"OPENBLAS_CORETYPE": "Prescott"}),
    "openblas1": (CLUSTER, {"OPENBLAS_NUM_THREADS": "1"}),
    "numba1": (CLUSTER, {"NUMBA_NUM_THREADS": "1"}),
    "numba_haswell": (CLUSTER, {"NUMBA_CPU_NAME": "haswell"}),
    "numba_generic": (CLUSTER, {"NUMBA_CPU_NAME": "generic"}),
    "numpy_avx2": (CLUSTER, {"NPY_DISABLE_CPU_FEATURES": NO_AVX512}),
    "numba_host": (CLUSTER, {"ASSISTANT_NUMBA_TARGET": "host"}),
    "numba_haswell_only": (CLUSTER, {"NUMBA_CPU_NAME": "haswell", "NUMBA_CPU_FEATURES": ""}),
    "numba_v3": (CLUSTER, {"NUMBA_CPU_NAME": "x86-64-v3", "NUMBA_CPU_FEATURES": ""}),
    "numba_skylake_avx512": (CLUSTER, {"NUMBA_CPU_NAME": "skylake-avx512",
                                       "NUMBA_CPU_FEATURES": ""}),
    "numba_znver3": (CLUSTER, {"NUMBA_CPU_NAME": "znver3", "NUMBA_CPU_FEATURES": ""}),
    "numba_znver4": (CLUSTER, {"NUMBA_CPU_NAME": "znver4", "NUMBA_CPU_FEATURES": ""}),
    "avx2_machine": (EMBED, {"ATEN_CPU_CAPABILITY": "avx2", "ONEDNN_MAX_CPU_ISA": "AVX2",
                             "DNNL_MAX_CPU_ISA": "AVX2", "NUMBA_CPU_NAME": "haswell",
                             "OPENBLAS_CORETYPE": "Haswell",
                             "NPY_DISABLE_CPU_FEATURES": NO_AVX512}),
    "noise7": (NOISE, {}),
}


def _say(msg: str) -> None:
    print(msg, flush=True)


def _texts(name: str) -> tuple[list[str], list[str]]:
    from eval.cluster import _read

    file, size = SETS[name]
    texts, truth, _ = _read(DATA / file, "text", "category")
    if size is not None and size < len(texts):
        idx = np.sort(np.random.default_rng(0).choice(len(texts), size, replace=False))
        texts, truth = [texts[i] for i in idx], [truth[i] for i in idx]
    return texts, truth


def worker(setting: str, work: Path, sets: list[str]) -> None:
    """Runs in the setting's own process: embeds (embedder settings) or takes the default's
    vectors, clusters, and saves vectors and labels to ``work/<setting>-<set>.npz``."""
    from assistant.cluster.engine import cluster_vectors

    kind = SETTINGS[setting][0]
    if setting == "torch1":
        import torch

        torch.set_num_threads(1)
    for name in sets:
        texts, _ = _texts(name)
        if kind == EMBED:
            from eval.cluster import _embed

            t0 = time.perf_counter()
            x = _embed(texts)
            embed_s = time.perf_counter() - t0
        else:
            x = np.load(work / f"default-{name}.npz")["x"]
            embed_s = 0.0
            if kind == NOISE:
                rng = np.random.default_rng(7)
                x = x.astype(np.float64) + rng.normal(scale=1e-7, size=x.shape)
                x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
        keys = [f"{i:06d}" for i in range(len(texts))]
        t0 = time.perf_counter()
        c = cluster_vectors(x, keys)
        secs = time.perf_counter() - t0
        np.savez(work / f"{setting}-{name}.npz", x=x, labels=c.labels, embed_s=embed_s,
                 cluster_s=secs)
        _say(f"{setting} {name}: {c.n_clusters} themes, embed {embed_s:.1f}s, "
             f"cluster {secs:.1f}s")


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    from eval.cluster import _same_partition

    return _same_partition(a, b)


def compare(setting: str, work: Path, name: str) -> dict:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    _, truth = _texts(name)
    ref = np.load(work / f"default-{name}.npz")
    got = np.load(work / f"{setting}-{name}.npz")
    diff = np.abs(got["x"].astype(np.float64) - ref["x"].astype(np.float64))
    out = {"changed_values": int((diff > 0).sum()), "values": int(diff.size),
           "max_abs_diff": float(diff.max()),
           "ari_vs_default": round(float(adjusted_rand_score(ref["labels"], got["labels"])), 4),
           "identical": _same(ref["labels"], got["labels"])}
    for key, lab in (("default", ref["labels"]), ("setting", got["labels"])):
        out[f"{key}_ari"] = round(float(adjusted_rand_score(truth, lab)), 4)
        out[f"{key}_nmi"] = round(float(normalized_mutual_info_score(truth, lab)), 4)
    out["embed_s"] = round(float(got["embed_s"]), 1)
    out["cluster_s"] = round(float(got["cluster_s"]), 1)
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--settings", nargs="+", default=list(SETTINGS), choices=list(SETTINGS))
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--work", type=Path, default=Path("/tmp/assistant-stability"))
    ap.add_argument("--reuse", action="store_true", help="Keep the default's vectors and "
                    "labels from an earlier run in --work (same code) instead of recomputing.")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.worker:
        worker(args.worker, args.work, args.sets)
        return {}
    settings = ["default"] + [s for s in args.settings if s != "default"]
    result: dict = {}
    for setting in settings:
        have = all((args.work / f"default-{n}.npz").exists() for n in args.sets)
        if not (setting == "default" and args.reuse and have):
            env = {**BASE_ENV, **SETTINGS[setting][1], "HF_HUB_OFFLINE": "1"}
            cmd = [sys.executable, "-m", "eval.stability", "--worker", setting,
                   "--work", str(args.work), "--sets", *args.sets]
            subprocess.run(cmd, env=env, check=True, cwd=PROJECT_ROOT,
                           stderr=subprocess.DEVNULL)
        if setting == "default":
            continue
        result[setting] = {n: compare(setting, args.work, n) for n in args.sets}
        _say(f"{setting}: {json.dumps(result[setting])}")
    result["all_identical"] = all(v[n]["identical"] for v in result.values()
                                  if isinstance(v, dict) for n in v)
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
