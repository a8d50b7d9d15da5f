"""Peer for the PowerShell benchmark: the same job as Get-CustomerSegment -Path, in pandas + scikit-learn.

Reads a transactions CSV (customer_id, date, amount, order_id), computes RFM (recency in days to the day after the
last purchase, frequency = distinct orders, monetary = total), log1p + z-score scaling, then KMeans with k-means++
and n_init restarts. Prints the seconds of each step and the total as JSON.

    /usr/bin/python3 tests/EcomAI.Benchmarks/peers/rfm_kmeans_pandas.py transactions.csv 4 10
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans


def main() -> None:
    path, k, n_init = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    t0 = time.perf_counter()
    df = pd.read_csv(path, dtype={"customer_id": str, "order_id": str}, parse_dates=["date"])
    t1 = time.perf_counter()
    as_of = df["date"].max().normalize() + pd.Timedelta(days=1)
    g = df.groupby("customer_id", sort=True)
    rfm = pd.DataFrame({
        "recency": (as_of - g["date"].max()).dt.days,
        "frequency": g["order_id"].nunique(),
        "monetary": g["amount"].sum(),
    })
    x = np.log1p(rfm.to_numpy(dtype=float))
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    t2 = time.perf_counter()
    KMeans(n_clusters=k, init="k-means++", n_init=n_init, random_state=1).fit(x)
    t3 = time.perf_counter()
    print(json.dumps({"rows": len(df), "customers": len(rfm), "read_s": t1 - t0, "rfm_s": t2 - t1,
                      "kmeans_s": t3 - t2, "total_s": t3 - t0}))


if __name__ == "__main__":
    main()
