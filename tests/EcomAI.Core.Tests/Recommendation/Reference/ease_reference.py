"""EASE (Steck 2019, eq. 8) with NumPy on the 5-user x 4-item example of EaseTests.

Run with Debian's interpreter: /usr/bin/python3 ease_reference.py
The printed B is pasted in EaseTests.Fit_FiveUsersFourItems_MatchesNumPyClosedForm.
"""
import numpy as np

# rows: users u1..u5, columns: items a, b, c, d (1 = interaction)
X = np.array([
    [1, 1, 0, 0],
    [1, 0, 1, 0],
    [0, 1, 1, 1],
    [1, 1, 1, 0],
    [0, 0, 1, 1],
], dtype=float)
lam = 0.5
G = X.T @ X + lam * np.eye(4)
P = np.linalg.inv(G)
B = -P / np.diag(P)  # B[j, i] = -P[j, i] / P[i, i]
np.fill_diagonal(B, 0.0)
np.set_printoptions(precision=17, floatmode="unique")
for row in B:
    print(", ".join(repr(float(v)) for v in row))
print("scores u1:", ", ".join(repr(float(v)) for v in X[0] @ B))
