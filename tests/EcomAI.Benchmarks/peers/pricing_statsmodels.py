"""Peer for the pricing benchmark: a straightforward statsmodels OLS loop, one product at a time.

Usage: /usr/bin/python3 peers/pricing_statsmodels.py SALES.csv [REPEATS]
SALES.csv has columns product_id,price,quantity,unit_cost,promotion with each product's rows contiguous
(the harness writes it from the same generated data it times). For every product it fits
ln Q = ln a + b ln P + g promo (promotion dummy only when it varies, as EcomAI does), takes the 95% interval
of b and the price c*b/(1+b) for b < -1. Loading is not timed; the loop is timed REPEATS times.
Prints one JSON line: products, median/min seconds, and the sum of b (to check both sides fit the same models).
"""
import json
import sys
import time

import numpy as np
import statsmodels.api as sm


def load(path):
    data = np.genfromtxt(path, delimiter=",", names=True, dtype=None, encoding="utf-8")
    ids = data["product_id"]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    return data, list(zip(starts, ends))


def run(data, groups):
    price, qty, cost, promo = data["price"], data["quantity"], data["unit_cost"], data["promotion"].astype(float)
    b_sum = 0.0
    for s, e in groups:
        p, q, d = price[s:e], qty[s:e], promo[s:e]
        ok = (p > 0) & (q > 0)
        p, q, d = p[ok], q[ok], d[ok]
        cols = [np.log(p)]
        if 0 < d.sum() < len(d):
            cols.append(d)
        res = sm.OLS(np.log(q), sm.add_constant(np.column_stack(cols))).fit()
        b = res.params[1]
        lo, hi = res.conf_int(0.05)[1]
        c = cost[s]
        price_star = c * b / (1 + b) if b < -1 else float("nan")
        b_sum += b
    return b_sum


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    data, groups = load(path)
    times = []
    b_sum = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        b_sum = run(data, groups)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(json.dumps({"products": len(groups), "median_s": times[len(times) // 2], "min_s": times[0],
                      "runs": repeats, "b_sum": b_sum}))


if __name__ == "__main__":
    main()
