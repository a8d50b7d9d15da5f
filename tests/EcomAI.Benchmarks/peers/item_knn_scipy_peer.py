"""Straightforward SciPy peer for `rec-implicit` (run on a subset: the full 100,000-item co-occurrence matrix of the
benchmark does not fit a straightforward implementation's memory): item-item cosine on binary purchases as the sparse
product C = XᵀX, scaled by 1/√(n_i n_j), then each item's 40 most similar other items (ties by lower index).

Run (same data in the same run as ours):
  dotnet run -c Release --project tests/EcomAI.Benchmarks -- rec-implicit --users 200000 --items 20000 \
      --interactions 4000000 --top-users 20000 --peer-csv /tmp/implicit.csv
  /usr/bin/python3 tests/EcomAI.Benchmarks/peers/item_knn_scipy_peer.py /tmp/implicit.csv 200000 20000
Prints the fit time and the sum of all kept similarities (compare with the harness's checksum line).
"""
import sys
import time

import numpy as np
import scipy.sparse as sp


def main():
    path, n_users, n_items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    k = 40
    data = np.loadtxt(path, delimiter=",", dtype=np.int64)
    start = time.perf_counter()
    X = sp.csr_matrix((np.ones(len(data), dtype=np.float64), (data[:, 0], data[:, 1])), shape=(n_users, n_items))
    C = (X.T @ X).tocsr()                       # co-occurrence counts, items x items
    counts = np.asarray(X.sum(axis=0)).ravel()  # n_i
    inv = np.where(counts > 0, 1.0 / np.sqrt(counts), 0.0)
    C = sp.diags(inv) @ C @ sp.diags(inv)       # cosine
    C.setdiag(0)
    C.eliminate_zeros()
    C = C.tocsr()
    total = 0.0
    for i in range(n_items):
        lo, hi = C.indptr[i], C.indptr[i + 1]
        sims, idx = C.data[lo:hi], C.indices[lo:hi]
        if len(sims) > k:
            order = np.lexsort((idx, -sims))[:k]   # highest similarity, then lowest index
            sims = sims[order]
        total += float(np.sum(sims.astype(np.float32)))
    elapsed = time.perf_counter() - start
    print(f"peer (scipy XᵀX + per-row top-{k}): {elapsed:.1f} s; co-occurrence nnz {C.nnz:,}; sum of kept similarities {total:.4f}")


if __name__ == "__main__":
    main()
