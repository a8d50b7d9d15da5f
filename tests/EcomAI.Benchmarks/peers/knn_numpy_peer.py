"""Plain NumPy peer for `rec-cv`: user-based kNN (MSD, k=40), KNNBasic and KNNWithMeans, written from Surprise's
documented definitions (knns.py / similarities.pyx), on the same ratings and the same 5 folds the C# harness wrote.

Run:  dotnet run -c Release --project tests/EcomAI.Benchmarks -- rec-cv --peer-csv /tmp/rec_folds.csv
      /usr/bin/python3 tests/EcomAI.Benchmarks/peers/knn_numpy_peer.py /tmp/rec_folds.csv [folds-to-run]

Straightforward on purpose: a dense users x items matrix with NaN for "not rated", one vectorised MSD row per user,
and one Python-level prediction per test rating (heapq-free: argsort of the raters' similarities).
Unknown user/item -> global mean; too few neighbours -> global mean (KNNBasic) / user mean (KNNWithMeans), as Surprise.
"""
import sys
import time

import numpy as np


def main():
    path = sys.argv[1]
    max_folds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    raw = np.genfromtxt(path, delimiter=",", skip_header=1, dtype=str)
    users = {u: k for k, u in enumerate(sorted(set(raw[:, 0])))}
    items = {i: k for k, i in enumerate(sorted(set(raw[:, 1])))}
    u_idx = np.array([users[u] for u in raw[:, 0]])
    i_idx = np.array([items[i] for i in raw[:, 1]])
    r = raw[:, 2].astype(float)
    fold = raw[:, 3].astype(int)
    n_u, n_i, k = len(users), len(items), 40
    results = {"basic": [], "means": []}
    total = 0.0
    for f in range(max_folds):
        start = time.perf_counter()
        train = fold != f
        R = np.full((n_u, n_i), np.nan)
        R[u_idx[train], i_idx[train]] = r[train]
        M = ~np.isnan(R)
        R0 = np.where(M, R, 0.0)
        Mf = M.astype(float)
        global_mean = r[train].mean()
        cnt_u = M.sum(1)
        means = np.where(cnt_u > 0, R0.sum(1) / np.maximum(cnt_u, 1), np.nan)
        S = np.zeros((n_u, n_u))
        for a in range(n_u):
            common = Mf * Mf[a]                       # users x items, 1 where both rated
            freq = common.sum(1)
            sq = (((R0 - R0[a]) ** 2) * common).sum(1)
            with np.errstate(divide="ignore", invalid="ignore"):
                S[a] = np.where(freq >= 1, 1.0 / (sq / np.maximum(freq, 1) + 1.0), 0.0)
        errs = {"basic": [], "means": []}
        for u, i, truth in zip(u_idx[~train], i_idx[~train], r[~train]):
            raters = np.nonzero(M[:, i])[0]
            if cnt_u[u] == 0 or len(raters) == 0:
                errs["basic"].append(truth - global_mean)
                errs["means"].append(truth - global_mean)
                continue
            sims = S[u, raters]
            top = np.argsort(-sims, kind="stable")[:k]
            top = top[sims[top] > 0]
            if len(top) == 0:
                basic, mean_c = global_mean, means[u]
            else:
                w = sims[top]
                basic = (w * R[raters[top], i]).sum() / w.sum()
                mean_c = means[u] + (w * (R[raters[top], i] - means[raters[top]])).sum() / w.sum()
            errs["basic"].append(truth - min(5.0, max(1.0, basic)))
            errs["means"].append(truth - min(5.0, max(1.0, mean_c)))
        elapsed = time.perf_counter() - start
        total += elapsed
        for name in errs:
            e = np.array(errs[name])
            results[name].append(np.sqrt((e ** 2).mean()))
        print(f"fold {f + 1}: {elapsed:.1f} s, RMSE basic {results['basic'][-1]:.4f}, with means {results['means'][-1]:.4f}", flush=True)
    print(f"peer total for {max_folds} fold(s): {total:.1f} s; mean RMSE KNNBasic {np.mean(results['basic']):.4f}, KNNWithMeans {np.mean(results['means']):.4f}")


if __name__ == "__main__":
    main()
