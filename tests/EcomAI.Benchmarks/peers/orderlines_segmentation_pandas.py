"""Peer of `orderlines-segmentation`: the whole segmentation job from a raw order-lines export in pandas + scikit-learn.

The same rules as EcomAI's default preparation (docs/order-lines.md): every cell read as text; a quantity or unit price
that is not a number, or an invoice date that is not ISO, drops the line; exact duplicate lines are dropped; invoices
starting with C (cancellations), negative and zero quantities, and unit prices <= 0 are left out; customer ids written as
17850.0 are 17850; lines without a customer are left out. Then one row per customer and invoice, RFM (recency in days to
the day after the last purchase, frequency = invoices, monetary = total), log1p + z-score, KMeans(K=4, k-means++,
n_init=10). Prints one JSON line: customers and peak resident memory (MB). Wall time is measured by the caller.

    /usr/bin/python3 tests/EcomAI.Benchmarks/peers/orderlines_segmentation_pandas.py orders.csv   (or orders.parquet)
(Debian's python3-pandas 1.5.3 and python3-sklearn 1.2.1; Parquet needs pyarrow, which Debian does not package:
the Parquet variant runs the peer on the CSV of the same lines.)
"""
import json
import resource
import sys

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

path = sys.argv[1]
if path.endswith(".parquet"):
    path = path[: -len(".parquet")] + ".csv"
df = pd.read_csv(path, dtype=str, keep_default_na=False)
quantity = pd.to_numeric(df["Quantity"], errors="coerce")
price = pd.to_numeric(df["UnitPrice"], errors="coerce")
date = pd.to_datetime(df["InvoiceDate"], format="%Y-%m-%d %H:%M:%S", errors="coerce")
ok = quantity.notna() & price.notna() & date.notna()
df = df[ok]
df = df[~df.duplicated(keep="first")]
quantity, price, date = quantity[df.index], price[df.index], date[df.index]
keep = ~df["InvoiceNo"].str.startswith("C") & (quantity > 0) & (price > 0) & (df["CustomerID"] != "")
df = df[keep]
lines = pd.DataFrame({
    "customer": df["CustomerID"].str.replace(r"^(\d+)\.0$", r"\1", regex=True),
    "invoice": df["InvoiceNo"],
    "date": date[df.index],
    "amount": quantity[df.index] * price[df.index],
})
orders = lines.groupby(["customer", "invoice"], sort=False).agg(date=("date", "min"), amount=("amount", "sum")).reset_index()
as_of = orders["date"].max().normalize() + pd.Timedelta(days=1)
g = orders.groupby("customer")
rfm = pd.DataFrame({"recency": (as_of - g["date"].max()).dt.days, "frequency": g.size(), "monetary": g["amount"].sum()})
x = np.log1p(rfm.to_numpy(dtype=float))
x = (x - x.mean(axis=0)) / x.std(axis=0)
KMeans(n_clusters=4, init="k-means++", n_init=10, random_state=1).fit(x)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"customers": int(len(rfm)), "peak_mb": peak}))
