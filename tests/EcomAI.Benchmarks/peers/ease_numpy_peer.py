"""NumPy/SciPy peer of `rec-ease`: EASE on the same binary users x items matrix in the same run.

The straightforward implementation (Steck's reference code is the same four lines): G = XᵀX as a SciPy sparse product,
P = inv(G + λI) with NumPy (Debian's NumPy: reference BLAS/LAPACK unless libopenblas is installed), B = -P / diag(P),
diag(B) = 0. Prints the median of each step over the runs and sum(B), to compare with the harness's checksum.

  /usr/bin/python3 tests/EcomAI.Benchmarks/peers/ease_numpy_peer.py <pairs.csv> <users> <items> <lambda> [runs]
"""
import sys
import time

import numpy as np
import scipy.sparse as sp


def main():
    path, n_users, n_items, lam = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    data = np.loadtxt(path, delimiter=",", dtype=np.int64)
    X = sp.csr_matrix((np.ones(len(data)), (data[:, 0], data[:, 1])), shape=(n_users, n_items))
    gram_t, inv_t, total_t = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        G = (X.T @ X).toarray()
        t1 = time.perf_counter()
        G[np.diag_indices(n_items)] += lam
        P = np.linalg.inv(G)
        t2 = time.perf_counter()
        B = P / (-np.diag(P))
        B[np.diag_indices(n_items)] = 0.0
        t3 = time.perf_counter()
        gram_t.append(t1 - t0)
        inv_t.append(t2 - t1)
        total_t.append(t3 - t0)
    med = lambda xs: float(np.median(xs))
    print(f"peer numpy {np.__version__} / scipy: sparse XᵀX median {med(gram_t):.3f} s, inverse median {med(inv_t):.3f} s, "
          f"EASE fit median {med(total_t):.3f} s ({runs} runs); sum(B) = {B.sum():.6f}")


if __name__ == "__main__":
    main()
