"""Reference for ElasticityLevelsZeroTests: the seed's nonlinear fit Q = a·P^b in levels, on weekly data that include
weeks without sales (Q = 0, which a log model cannot use), with SciPy's curve_fit (Levenberg-Marquardt).

    /usr/bin/python3 levels_zero_reference.py > levels_zero_reference.out
(Debian's python3-scipy 1.10.) Prints a, b and their standard errors (curve_fit's pcov, absolute_sigma=False).
"""
import numpy as np
from scipy.optimize import curve_fit

price = np.array([4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 11.5])
quantity = np.array([62.0, 48.0, 41.0, 30.0, 29.0, 22.0, 18.0, 15.0, 11.0, 12.0, 0.0, 9.0, 0.0, 6.0, 0.0, 4.0])


def model(p, a, b):
    return a * np.power(p, b)


positive = quantity > 0
start_b, start_log_a = np.polyfit(np.log(price[positive]), np.log(quantity[positive]), 1)
params, cov = curve_fit(model, price, quantity, p0=[np.exp(start_log_a), start_b], method="lm", maxfev=10000)
se = np.sqrt(np.diag(cov))
print(f"a {params[0]:.12g}")
print(f"b {params[1]:.12g}")
print(f"se_a {se[0]:.12g}")
print(f"se_b {se[1]:.12g}")
