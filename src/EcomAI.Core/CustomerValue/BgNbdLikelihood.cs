using MathNet.Numerics;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The BG/NBD log-likelihood (FHL 2005 eq. 6) of a whole summary and its analytic gradient in θ = ln(r, α, a, b).
/// Customers with the same (x, t_x, T) are evaluated once with a weight (the compression of Fader and Hardie's
/// spreadsheet and lifetimes' <c>weights</c>); the terms that depend on x alone are computed once per distinct x.
/// </summary>
/// <remarks>
/// With w₃ = A₃/(A₃+A₄) and w₄ = 1 − w₃ (w₄ = 0 when x = 0), per customer:
/// ∂ℓ/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+t_x);
/// ∂ℓ/∂α = r/α − (r+x)[w₃/(α+T) + w₄/(α+t_x)];
/// ∂ℓ/∂a = ψ(a+b) − ψ(a+b+x) + w₄/a;
/// ∂ℓ/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₄/(b+x−1);
/// and ∂ℓ/∂ln θ = θ·∂ℓ/∂θ. Rows are summed in fixed blocks, and the blocks in order, so the value does not depend on the
/// number of threads.
/// </remarks>
internal sealed class BgNbdLikelihood : IMeanLikelihood
{
    private const int Block = 8192;
    private readonly int[] _x;          // per distinct x
    private readonly int[] _groupStart; // rows of distinct x k: [_groupStart[k], _groupStart[k+1])
    private readonly double[] _groupWeight;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _w;
    private readonly int[] _rowGroup;
    private readonly int? _threads;

    public BgNbdLikelihood(IReadOnlyList<int> frequency, IReadOnlyList<double> recency, IReadOnlyList<double> age, int? threads)
    {
        _threads = threads;
        var counts = new Dictionary<(int X, double Tx, double T), int>();
        for (int i = 0; i < frequency.Count; i++)
        {
            var key = (frequency[i], frequency[i] == 0 ? 0.0 : recency[i], age[i]);
            counts[key] = counts.TryGetValue(key, out int c) ? c + 1 : 1;
        }

        var rows = counts.OrderBy(kv => kv.Key.X).ThenBy(kv => kv.Key.T).ThenBy(kv => kv.Key.Tx).ToArray();
        int n = rows.Length;
        _tx = new double[n];
        _t = new double[n];
        _w = new double[n];
        _rowGroup = new int[n];
        var xs = new List<int>();
        var starts = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var (key, count) = (rows[i].Key, rows[i].Value);
            if (xs.Count == 0 || xs[^1] != key.X)
            {
                xs.Add(key.X);
                starts.Add(i);
            }

            _tx[i] = key.Tx;
            _t[i] = key.T;
            _w[i] = count;
            _rowGroup[i] = xs.Count - 1;
            TotalWeight += count;
        }

        starts.Add(n);
        _x = xs.ToArray();
        _groupStart = starts.ToArray();
        _groupWeight = new double[_x.Length];
        for (int k = 0; k < _x.Length; k++)
        {
            for (int i = _groupStart[k]; i < _groupStart[k + 1]; i++)
            {
                _groupWeight[k] += _w[i];
            }
        }
    }

    /// <summary>Number of customers (sum of the weights).</summary>
    public double TotalWeight { get; }

    /// <summary>Number of distinct (x, t_x, T) rows actually evaluated.</summary>
    public int DistinctRows => _w.Length;

    /// <summary>True when some customer has a repeat purchase.</summary>
    public bool AnyRepeat => _x[^1] > 0;

    public int Dimension => 4;

    /// <summary>Mean log-likelihood per customer at θ = ln(r, α, a, b); fills <paramref name="gradient"/> with its gradient in θ.</summary>
    public double MeanLogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
        int groups = _x.Length;

        // Terms that depend on x only.
        var constant = new double[groups];
        var dr = new double[groups];
        var da = new double[groups];
        var db = new double[groups];
        var logA4 = new double[groups];
        var inverseBx = new double[groups];
        double lgR = SpecialFunctions.GammaLn(r), psiR = SpecialFunctions.DiGamma(r);
        double lgAB = SpecialFunctions.GammaLn(a + b), psiAB = SpecialFunctions.DiGamma(a + b);
        double lgB = SpecialFunctions.GammaLn(b), psiB = SpecialFunctions.DiGamma(b);
        double logAlpha = Math.Log(alpha), logA = Math.Log(a);
        for (int k = 0; k < groups; k++)
        {
            int x = _x[k];
            constant[k] = SpecialFunctions.GammaLn(r + x) - lgR + (r * logAlpha) + lgAB + SpecialFunctions.GammaLn(b + x) - lgB - SpecialFunctions.GammaLn(a + b + x);
            double psiABX = SpecialFunctions.DiGamma(a + b + x);
            dr[k] = SpecialFunctions.DiGamma(r + x) - psiR + logAlpha;
            da[k] = psiAB - psiABX;
            db[k] = psiAB + SpecialFunctions.DiGamma(b + x) - psiB - psiABX;
            if (x > 0)
            {
                logA4[k] = logA - Math.Log(b + x - 1);
                inverseBx[k] = 1 / (b + x - 1);
            }
        }

        int blocks = (_w.Length + Block - 1) / Block;
        var partial = new double[blocks * 5];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _threads ?? -1 };
        Parallel.For(0, blocks, parallel, block =>
        {
            double sl = 0, sr = 0, sAlpha = 0, sa = 0, sb = 0;
            int hi = Math.Min(_w.Length, (block + 1) * Block);
            for (int i = block * Block; i < hi; i++)
            {
                int k = _rowGroup[i];
                int x = _x[k];
                double w = _w[i];
                double rx = r + x;
                double logT = Math.Log(alpha + _t[i]);
                double l3 = -rx * logT;
                if (x == 0)
                {
                    sl += w * l3;
                    sr -= w * logT;
                    sAlpha -= w * rx / (alpha + _t[i]);
                    continue;
                }

                double logTx = Math.Log(alpha + _tx[i]);
                double l4 = logA4[k] - (rx * logTx);
                double w3, w4, log;
                if (l3 >= l4)
                {
                    double e = Math.Exp(l4 - l3);
                    log = l3 + BgNbdMath.LogOnePlus(e);
                    w3 = 1 / (1 + e);
                    w4 = e * w3;
                }
                else
                {
                    double e = Math.Exp(l3 - l4);
                    log = l4 + BgNbdMath.LogOnePlus(e);
                    w4 = 1 / (1 + e);
                    w3 = e * w4;
                }

                sl += w * log;
                sr -= w * ((w3 * logT) + (w4 * logTx));
                sAlpha -= w * rx * ((w3 / (alpha + _t[i])) + (w4 / (alpha + _tx[i])));
                sa += w * w4 / a;
                sb -= w * w4 * inverseBx[k];
            }

            partial[(block * 5) + 0] = sl;
            partial[(block * 5) + 1] = sr;
            partial[(block * 5) + 2] = sAlpha;
            partial[(block * 5) + 3] = sa;
            partial[(block * 5) + 4] = sb;
        });

        double total = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
        for (int block = 0; block < blocks; block++)
        {
            total += partial[(block * 5) + 0];
            gr += partial[(block * 5) + 1];
            gAlpha += partial[(block * 5) + 2];
            ga += partial[(block * 5) + 3];
            gb += partial[(block * 5) + 4];
        }

        for (int k = 0; k < groups; k++)
        {
            double w = _groupWeight[k];
            total += w * constant[k];
            gr += w * dr[k];
            gAlpha += w * r / alpha;
            ga += w * da[k];
            gb += w * db[k];
        }

        double n = TotalWeight;
        gradient[0] = r * gr / n;
        gradient[1] = alpha * gAlpha / n;
        gradient[2] = a * ga / n;
        gradient[3] = b * gb / n;
        return total / n;
    }
}
