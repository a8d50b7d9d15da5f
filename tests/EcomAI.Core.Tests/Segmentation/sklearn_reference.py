"""Reference figures for ClusterMetricsTests and KMeansTests, computed once with Debian's scikit-learn 1.2.1:

    /usr/bin/python3 tests/EcomAI.Core.Tests/Segmentation/sklearn_reference.py

The data below is copied verbatim into the C# tests (ReferenceData.cs); the printed numbers are pasted there.
"""
import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             silhouette_score)

# 24 points in 3 dimensions, three loose groups with some overlap (fixed literals).
X = np.array([
    [1.0, 2.0, 0.5], [1.5, 1.8, 0.7], [0.8, 2.4, 0.2], [1.2, 2.9, 1.1], [2.1, 1.6, 0.4], [0.4, 1.1, 0.9],
    [1.9, 2.2, 1.5], [1.1, 0.9, 0.3],
    [6.0, 7.5, 3.0], [5.5, 8.1, 2.6], [6.8, 7.2, 3.9], [5.1, 6.6, 2.2], [6.3, 8.8, 3.1], [7.0, 6.9, 2.8],
    [5.8, 7.7, 4.4], [4.6, 5.9, 3.3],
    [9.0, 1.0, 6.0], [8.4, 1.7, 5.2], [9.6, 0.4, 6.9], [8.8, 2.3, 5.8], [10.1, 1.2, 6.3], [7.9, 0.8, 7.1],
    [3.5, 4.0, 2.5], [8.0, 3.2, 4.0],
])
labels = np.array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 1, 2])
# A deliberately imperfect labelling (two points moved, one singleton cluster 3).
labels2 = labels.copy()
labels2[22] = 0
labels2[7] = 3
print("sklearn", sklearn.__version__)
for name, lab in (("labels", labels), ("labels2", labels2)):
    print(name, "silhouette", repr(silhouette_score(X, lab)))
    print(name, "calinski_harabasz", repr(calinski_harabasz_score(X, lab)))
    print(name, "davies_bouldin", repr(davies_bouldin_score(X, lab)))

truth = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2]
pred = [1, 1, 0, 0, 2, 2, 2, 2, 0, 0]
print("ari", repr(adjusted_rand_score(truth, pred)))

# K-means from fixed initial centres (rows 0, 3 and 16 of X: deliberately poor), Lloyd, one run.
init = X[[0, 3, 16]]
km = KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd").fit(X)
print("kmeans inertia", repr(km.inertia_), "n_iter", km.n_iter_)
print("kmeans labels", km.labels_.tolist())
print("kmeans centres", [[repr(v) for v in row] for row in km.cluster_centers_])
