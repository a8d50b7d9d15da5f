"""Peer for the CLV benchmark: lifetimes' recipe written directly in pandas + NumPy/SciPy (lifetimes itself is not
available here).

Usage: /usr/bin/python3 peers/clv_scipy_peer.py TRANSACTIONS.csv CALIBRATION_END REPEATS
TRANSACTIONS.csv has columns customer_id,date,amount (ISO dates). Loading the CSV is not timed. Timed, REPEATS times:
  1. the summary as lifetimes' summary_data_from_transaction_data(freq='D', freq_multiplier=7): dates to days, purchases
     merged per customer and day (amounts summed), frequency = days - 1, recency and T in weeks (days / 7),
     monetary = mean of the repeat days' sums;
  2. the BG/NBD fit: the same log-likelihood as EcomAI (Fader, Hardie & Lee 2005 eq. 6) on log-parameters, vectorised over
     every customer (no compression, as lifetimes), with its analytic gradient, scipy.optimize.minimize(method='BFGS').
Prints one JSON line: customers, median seconds of each step and in total, the estimates and the log-likelihood.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, digamma


def summary(df, end):
    day = df["date"].values.astype("datetime64[D]").astype(np.int64)
    d = pd.DataFrame({"c": df["customer_id"].values, "day": day, "amount": df["amount"].values})
    d = d[d["day"] <= end]
    per_day = d.groupby(["c", "day"], sort=True)["amount"].sum().reset_index()
    g = per_day.groupby("c", sort=True)
    first = g["day"].transform("min")
    repeat = per_day["day"] > first
    agg = pd.DataFrame({
        "first": g["day"].min(),
        "last": g["day"].max(),
        "periods": g["day"].size(),
        "repeat_value": per_day["amount"].where(repeat, 0.0).groupby(per_day["c"]).sum(),
    })
    x = (agg["periods"] - 1).values
    tx = (agg["last"] - agg["first"]).values / 7.0
    T = (end - agg["first"]).values / 7.0
    m = np.where(x > 0, agg["repeat_value"].values / np.maximum(x, 1), 0.0)
    return x.astype(float), tx, T, m


def neg_ll_and_grad(theta, x, tx, T):
    r, alpha, a, b = np.exp(theta)
    n = len(x)
    rx = r + x
    logT = np.log(alpha + T)
    logTx = np.log(alpha + tx)
    l3 = -rx * logT
    has = x > 0
    bx1 = np.where(has, b + x - 1, 1.0)
    l4 = np.where(has, np.log(a) - np.log(bx1) - rx * logTx, -np.inf)
    m = np.maximum(l3, l4)
    e3, e4 = np.exp(l3 - m), np.exp(l4 - m)
    s = e3 + e4
    w3, w4 = e3 / s, e4 / s
    const = gammaln(rx) - gammaln(r) + r * np.log(alpha) + gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    ll = np.sum(const + m + np.log(s))
    psi_abx = digamma(a + b + x)
    dr = np.sum(digamma(rx) - digamma(r) + np.log(alpha) - w3 * logT - w4 * logTx)
    dalpha = np.sum(r / alpha - rx * (w3 / (alpha + T) + w4 / (alpha + tx)))
    da = np.sum(digamma(a + b) - psi_abx + w4 / a)
    db = np.sum(digamma(a + b) + digamma(b + x) - digamma(b) - psi_abx - np.where(has, w4 / bx1, 0.0))
    grad = np.array([r * dr, alpha * dalpha, a * da, b * db])
    return -ll / n, -grad / n


def fit(x, tx, T):
    rate = (x.sum() + 1) / T.sum()
    start = np.array([0.0, np.log(1 / rate), 0.0, np.log(3.0)])
    res = minimize(neg_ll_and_grad, start, args=(x, tx, T), jac=True, method="BFGS", options={"gtol": 1e-8})
    return np.exp(res.x), -res.fun * len(x), res.nit


def main():
    path, cal_end, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    df = pd.read_csv(path, parse_dates=["date"])
    end = np.datetime64(cal_end, "D").astype(np.int64)
    t_summary, t_fit, t_total = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        x, tx, T, m = summary(df, end)
        t1 = time.perf_counter()
        params, ll, nit = fit(x, tx, T)
        t2 = time.perf_counter()
        t_summary.append(t1 - t0); t_fit.append(t2 - t1); t_total.append(t2 - t0)
    med = lambda v: float(np.median(v))
    print(json.dumps({"customers": int(len(x)), "summary_s": med(t_summary), "fit_s": med(t_fit), "total_s": med(t_total),
                      "runs": repeats, "r": params[0], "alpha": params[1], "a": params[2], "b": params[3],
                      "loglik": ll, "iterations": int(nit), "frequency_sum": float(x.sum())}))


if __name__ == "__main__":
    main()
