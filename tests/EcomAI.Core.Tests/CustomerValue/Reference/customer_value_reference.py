"""Reference values for the CustomerValue tests, computed independently with SciPy (Debian python3-scipy 1.10.1).

Run: /usr/bin/python3 customer_value_reference.py > customer_value_reference.out   (from this folder)

1. Simulates two data sets with NumPy's seeded generator and writes them beside this script (the C# tests read them):
   bgnbd_data.csv (x, t_x, T of 1,500 customers, BG/NBD process, weeks) and gamma_gamma_data.csv (x, m_x of its
   repeat customers, Gamma-Gamma spend process).
2. Fits BG/NBD (Fader, Hardie & Lee 2005, eq. 6) and Gamma-Gamma (Fader & Hardie 2013, eq. 1a) by maximum likelihood on
   log-parameters with scipy.optimize.minimize (Nelder-Mead, then BFGS from there), and standard errors from a
   central-difference Hessian of the total negative log-likelihood in log-parameters (delta method).
3. Evaluates the paper's closed forms at the CDNOW parameters with scipy.special.hyp2f1 as written in the paper
   (no transformation): eq. (8) P(X(t)=n), eq. (9) E[X(t)], eq. (10) E[Y(t)|x,t_x,T], and P(alive) (FHL 2008 note);
   and Gamma-Gamma eq. (5) at the fitted parameters.
Prints name = value lines with 17 significant digits.
"""
import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, betaln, hyp2f1, gamma as G

rng = np.random.default_rng(20261201)
R, ALPHA, A, B = 0.243, 4.414, 0.793, 2.426
P, Q, V = 6.25, 3.74, 15.44


def simulate(n):
    xs, txs, Ts, ms = [], [], [], []
    for _ in range(n):
        start = rng.uniform(0, 12)
        T = 39.0 - start
        lam = rng.gamma(R, 1 / ALPHA)
        p = rng.beta(A, B)
        nu = rng.gamma(Q, 1 / V)
        t, x, tx, spend = 0.0, 0, 0.0, []
        while True:
            t += rng.exponential(1 / lam)
            if t > T:
                break
            x += 1
            tx = t
            spend.append(rng.gamma(P, 1 / nu))
            if rng.uniform() < p:
                break
        xs.append(x); txs.append(tx); Ts.append(T); ms.append(np.mean(spend) if spend else 0.0)
    return np.array(xs), np.array(txs), np.array(Ts), np.array(ms)


def bgnbd_ll(theta, x, tx, T):
    r, alpha, a, b = np.exp(theta)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    l3 = -(r + x) * np.log(alpha + T)
    l4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return np.sum(a1 + a2 + np.logaddexp(l3, l4))


def gg_ll(theta, x, m):
    p, q, v = np.exp(theta)
    return np.sum(gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v)
                  + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(v + x * m))


def fit(ll, start, *data):
    f = lambda th: -ll(th, *data)
    nm = minimize(f, start, method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000, "maxfev": 40000})
    bf = minimize(f, nm.x, method="BFGS", options={"gtol": 1e-9})
    th = bf.x if bf.fun <= nm.fun else nm.x
    h = 1e-4
    k = len(th)
    H = np.zeros((k, k))
    for i in range(k):
        for j in range(k):
            ei, ej = np.eye(k)[i] * h, np.eye(k)[j] * h
            H[i, j] = (f(th + ei + ej) - f(th + ei - ej) - f(th - ei + ej) + f(th - ei - ej)) / (4 * h * h)
    se_log = np.sqrt(np.diag(np.linalg.inv(H)))
    return th, -f(th), np.exp(th) * se_log


def out(name, value):
    print(f"{name} = {float(value):.17g}")


x, tx, T, m = simulate(1500)
np.savetxt("bgnbd_data.csv", np.column_stack([x, tx, T]), delimiter=",", header="x,t_x,T", comments="", fmt=["%d", "%.17g", "%.17g"])
rep = x > 0
np.savetxt("gamma_gamma_data.csv", np.column_stack([x[rep], m[rep]]), delimiter=",", header="x,m_x", comments="", fmt=["%d", "%.17g"])

th, ll, se = fit(bgnbd_ll, np.zeros(4), x, tx, T)
for name, t, s in zip(["r", "alpha", "a", "b"], np.exp(th), se):
    out(f"bgnbd.{name}", t); out(f"bgnbd.se.{name}", s)
out("bgnbd.loglik", ll)
out("bgnbd.loglik_at_cdnow", bgnbd_ll(np.log([R, ALPHA, A, B]), x, tx, T))

th, ll, se = fit(gg_ll, np.array([0.0, np.log(3.0), np.log(2 * np.mean(m[rep]))]), x[rep], m[rep])
for name, t, s in zip(["p", "q", "v"], np.exp(th), se):
    out(f"gg.{name}", t); out(f"gg.se.{name}", s)
out("gg.loglik", ll)
p, q, v = np.exp(th)
for xi, mi in [(1, 20.0), (3, 35.5), (10, 80.0)]:
    out(f"gg.expected_spend.x{xi}", (p * (v + xi * mi)) / (p * xi + q - 1))   # eq. (5)
out("gg.population_mean", p * v / (q - 1))
out("gg.correlation", np.corrcoef(x[rep], m[rep])[0, 1])

# Closed forms at the CDNOW parameters, with hyp2f1 as in the paper.
r, alpha, a, b = R, ALPHA, A, B
for t in [1.0, 39.0, 78.0]:
    z = t / (alpha + t)
    out(f"eq9.t{t:g}", (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, z)))
for n in [0, 1, 2, 5]:
    t = 39.0
    first = np.exp(betaln(a, b + n) - betaln(a, b) + gammaln(r + n) - gammaln(r) - gammaln(n + 1)) * (alpha / (alpha + t)) ** r * (t / (alpha + t)) ** n
    second = 0.0
    if n > 0:
        j = np.arange(n)
        second = np.exp(betaln(a + 1, b + n - 1) - betaln(a, b)) * (1 - (alpha / (alpha + t)) ** r * np.sum(np.exp(gammaln(r + j) - gammaln(r) - gammaln(j + 1)) * (t / (alpha + t)) ** j))
    out(f"eq8.n{n}.t39", first + second)
for (xi, txi, Ti, t) in [(0, 0.0, 38.86, 39.0), (2, 30.43, 38.86, 39.0), (7, 29.43, 38.86, 52.0), (1, 1.71, 38.86, 39.0), (25, 27.29, 36.86, 39.0)]:
    z = t / (alpha + Ti + t)
    num = (a + b + xi - 1) / (a - 1) * (1 - ((alpha + Ti) / (alpha + Ti + t)) ** (r + xi) * hyp2f1(r + xi, b + xi, a + b + xi - 1, z))
    den = 1 + (xi > 0) * (a / (b + xi - 1)) * ((alpha + Ti) / (alpha + txi)) ** (r + xi)
    out(f"eq10.x{xi}.tx{txi:g}.T{Ti:g}.t{t:g}", num / den)
    out(f"palive.x{xi}.tx{txi:g}.T{Ti:g}", 1 / den)
