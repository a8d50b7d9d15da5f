"""Reference figures for PrincipalComponentsTests, computed once with Debian's scikit-learn 1.2.1:

    /usr/bin/python3 tests/EcomAI.Core.Tests/Segmentation/pca_reference.py

The data below is copied verbatim into the C# test; the printed numbers are pasted there (scikit-learn fixes signs
from the scores, our PCA makes each component's largest-magnitude loading positive, so a row may appear negated).
"""
import numpy as np
import sklearn
from sklearn.decomposition import PCA

# 8 points in 3 dimensions (fixed literals).
X = np.array([
    [2.5, 2.4, 0.5], [0.5, 0.7, 1.9], [2.2, 2.9, 0.3], [1.9, 2.2, 1.1],
    [3.1, 3.0, 0.2], [2.3, 2.7, 0.8], [2.0, 1.6, 1.4], [1.0, 1.1, 1.7],
])
print("sklearn", sklearn.__version__)
p = PCA(n_components=3).fit(X)
print("explained_variance_ratio", [repr(v) for v in p.explained_variance_ratio_])
print("explained_variance", [repr(v) for v in p.explained_variance_])
for c, row in enumerate(p.components_):
    print("component", c, [repr(v) for v in row])
scores = p.transform(X)
for i in (0, 1):
    print("scores row", i, [repr(v) for v in scores[i]])
