"""Reference figures for ElasticityTests: statsmodels OLS (log-log, with and without a promotion dummy) and
scipy curve_fit (nonlinear least squares in levels) on a fixed small data set.

Run with Debian's packages:  /usr/bin/python3 tests/EcomAI.Core.Tests/Pricing/Reference/elasticity_reference.py
(statsmodels 0.13.5, scipy 1.10.1, numpy 1.24.2 when the figures in the tests were produced).
"""
import numpy as np
import statsmodels.api as sm
from scipy.optimize import curve_fit
from scipy import stats

price = np.array([8.0, 9.5, 10.0, 11.0, 12.5, 9.0, 13.0, 10.5, 14.0, 8.5, 11.5, 12.0])
qty = np.array([640.0, 400.0, 370.0, 310.0, 240.0, 560.0, 215.0, 410.0, 190.0, 505.0, 380.0, 250.0])
promo = np.array([1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0])

def show(name, res):
    print(f"== {name}")
    print("params", repr(list(res.params)))
    print("bse   ", repr(list(res.bse)))
    print("tvalues", repr(list(res.tvalues)))
    ci = res.conf_int(0.05)
    print("conf_int", repr([list(r) for r in ci]))
    print("rsquared", repr(res.rsquared), "scale(s^2)", repr(res.scale), "df_resid", res.df_resid)

X = sm.add_constant(np.log(price))
show("loglog", sm.OLS(np.log(qty), X).fit())
X3 = sm.add_constant(np.column_stack([np.log(price), promo]))
show("loglog+promo", sm.OLS(np.log(qty), X3).fit())

start = sm.OLS(np.log(qty), X).fit().params
popt, pcov = curve_fit(lambda p, a, b: a * p ** b, price, qty, p0=[np.exp(start[0]), start[1]],
                       xtol=1e-15, ftol=1e-15, gtol=1e-15, maxfev=100000)
print("== levels (curve_fit)")
print("params", repr(list(popt)))
print("bse   ", repr(list(np.sqrt(np.diag(pcov)))))
print("t975 df=10", repr(stats.t.ppf(0.975, 10)))

start3 = sm.OLS(np.log(qty), X3).fit().params
popt3, pcov3 = curve_fit(lambda X, a, b, g: a * X[0] ** b * np.exp(g * X[1]), np.vstack([price, promo]), qty,
                         p0=[np.exp(start3[0]), start3[1], start3[2]], xtol=1e-15, ftol=1e-15, gtol=1e-15, maxfev=100000)
print("== levels+promo (curve_fit)")
print("params", repr(list(popt3)))
print("bse   ", repr(list(np.sqrt(np.diag(pcov3)))))
