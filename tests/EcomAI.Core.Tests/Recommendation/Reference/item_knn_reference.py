"""Item-item similarities of the implicit library's TFIDFRecommender and BM25Recommender, re-computed with NumPy from
its tfidf_weight / bm25_weight / normalize definitions (implicit/nearest_neighbours.py), on the purchases of
ItemKnnWeightingTests. Items are the rows ("documents"), users the columns ("terms").

Run with Debian's interpreter: /usr/bin/python3 item_knn_reference.py
"""
import numpy as np

items = ["p1", "p2", "p3", "p4", "p5"]
users = ["u1", "u2", "u3", "u4", "u5"]
# item x user quantities
X = np.zeros((5, 5))
for u, i, q in [("u1", "p1", 1), ("u1", "p2", 3), ("u2", "p1", 1), ("u2", "p3", 1), ("u3", "p2", 1), ("u3", "p3", 2), ("u3", "p4", 1),
                ("u4", "p4", 1), ("u5", "p5", 1)]:
    X[items.index(i), users.index(u)] = q

N = X.shape[0]
df = (X > 0).sum(axis=0)                      # items per user
idf = np.log(N) - np.log1p(df)

tfidf = np.sqrt(X) * idf
tfidf = tfidf / np.linalg.norm(tfidf, axis=1, keepdims=True)

K1, B = 1.2, 0.75
row_sums = X.sum(axis=1)
length_norm = (1.0 - B) + B * row_sums / row_sums.mean()
bm25 = np.where(X > 0, X * (K1 + 1.0) / (K1 * length_norm[:, None] + X) * idf, 0.0)

for name, W in [("tfidf", tfidf), ("bm25", bm25)]:
    S = W @ W.T
    print(name, "sim(p1,p2) =", repr(float(S[0, 1])), " sim(p2,p3) =", repr(float(S[1, 2])), " sim(p3,p4) =", repr(float(S[2, 3])))
