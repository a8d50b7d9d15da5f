"""Peer for the segmentation K-means benchmark (issue [1/6]).

Generates the data with scikit-learn's make_blobs, writes it (and the shared initial centres) as .npy files for the
C# harness, and times scikit-learn's KMeans on the same machine in the same run.

usage: /usr/bin/python3 kmeans_sklearn.py OUTDIR [--n 200000] [--d 8] [--centers 16] [--k 16] [--repeats 5]
                                          [--restart-repeats 3] [--skip-fit]
prints one JSON object on stdout.
"""
import argparse
import json
import os
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs

p = argparse.ArgumentParser()
p.add_argument("outdir")
p.add_argument("--n", type=int, default=200_000)
p.add_argument("--d", type=int, default=8)
p.add_argument("--centers", type=int, default=16)
p.add_argument("--k", type=int, default=16)
p.add_argument("--std", type=float, default=6.0)
p.add_argument("--repeats", type=int, default=5)
p.add_argument("--restart-repeats", type=int, default=3)
p.add_argument("--skip-fit", action="store_true", help="only write the data")
a = p.parse_args()

os.makedirs(a.outdir, exist_ok=True)
X, _ = make_blobs(n_samples=a.n, n_features=a.d, centers=a.centers, cluster_std=a.std, random_state=0)
X = np.ascontiguousarray(X, dtype=np.float64)
init, _ = kmeans_plusplus(X, n_clusters=a.k, random_state=1)
np.save(os.path.join(a.outdir, "X.npy"), X)
np.save(os.path.join(a.outdir, "init.npy"), np.ascontiguousarray(init))
out = {"sklearn": sklearn.__version__, "numpy": np.__version__, "n": a.n, "d": a.d, "k": a.k,
       "threads": os.cpu_count()}
if not a.skip_fit:
    # (a) Lloyd from the given centres, one run. Both sides first repeat the fit for at least 1 s (the same
    # time-based warm-up rule as the C# harness) so that neither is timed while still warming up.
    warm = time.perf_counter()
    while time.perf_counter() - warm < 1.0:
        KMeans(n_clusters=a.k, init=init, n_init=1, algorithm="lloyd").fit(X)
    times, cpu, km = [], [], None
    for _ in range(a.repeats):
        t, c = time.perf_counter(), time.process_time()
        km = KMeans(n_clusters=a.k, init=init, n_init=1, algorithm="lloyd").fit(X)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    out["a"] = {"median_s": statistics.median(times), "times_s": times, "n_iter": int(km.n_iter_),
                "inertia": float(km.inertia_), "median_cpu_s": statistics.median(cpu)}
    # The same with OpenMP limited to one thread: on a busy shared machine this is often faster, so the harness
    # compares against whichever of the two is faster (the conservative ratio).
    from threadpoolctl import threadpool_limits
    times1, cpu1 = [], []
    with threadpool_limits(limits=1):
        for _ in range(a.repeats):
            t, c = time.perf_counter(), time.process_time()
            KMeans(n_clusters=a.k, init=init, n_init=1, algorithm="lloyd").fit(X)
            times1.append(time.perf_counter() - t)
            cpu1.append(time.process_time() - c)
    out["a"]["median_1thread_s"] = statistics.median(times1)
    out["a"]["median_1thread_cpu_s"] = statistics.median(cpu1)
    out["a"]["times_1thread_s"] = times1
    # (b) k-means++ with 10 restarts.
    times, cpu, inertias = [], [], []
    for r in range(a.restart_repeats):
        t, c = time.perf_counter(), time.process_time()
        km = KMeans(n_clusters=a.k, n_init=10, algorithm="lloyd", random_state=r).fit(X)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        inertias.append(float(km.inertia_))
    out["b"] = {"median_s": statistics.median(times), "times_s": times, "inertias": inertias,
                "median_cpu_s": statistics.median(cpu)}
    times1, cpu1 = [], []
    with threadpool_limits(limits=1):
        for r in range(a.restart_repeats):
            t, c = time.perf_counter(), time.process_time()
            KMeans(n_clusters=a.k, n_init=10, algorithm="lloyd", random_state=r).fit(X)
            times1.append(time.perf_counter() - t)
            cpu1.append(time.process_time() - c)
    out["b"]["median_1thread_s"] = statistics.median(times1)
    out["b"]["median_1thread_cpu_s"] = statistics.median(cpu1)
    out["b"]["times_1thread_s"] = times1
json.dump(out, sys.stdout)
print()
