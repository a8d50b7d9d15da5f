using MathNet.Numerics;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The Gamma-Gamma log-likelihood of the customers' mean repeat spend m_x given x (Fader &amp; Hardie 2013, eq. 1a) and its
/// gradient in θ = ln(p, q, γ):
/// ℓ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m).
/// </summary>
/// <remarks>
/// ∂ℓ/∂p = x[ψ(px+q) − ψ(px) + ln m + ln x − ln(γ+xm)]; ∂ℓ/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ+xm);
/// ∂ℓ/∂γ = q/γ − (px+q)/(γ+xm). Terms in x alone are computed once per distinct x.
/// </remarks>
internal sealed class GammaGammaLikelihood : IMeanLikelihood
{
    private readonly int[] _xs;
    private readonly int[] _group;
    private readonly double[] _groupCount;
    private readonly double[] _m;
    private readonly double[] _x;
    private readonly double[] _logMx;
    private readonly double _sumLogM;

    public GammaGammaLikelihood(IReadOnlyList<int> frequency, IReadOnlyList<double> monetary)
    {
        int n = frequency.Count;
        var distinct = frequency.Distinct().Order().ToArray();
        var position = distinct.Select((x, k) => (x, k)).ToDictionary(p => p.x, p => p.k);
        _xs = distinct;
        _group = new int[n];
        _groupCount = new double[distinct.Length];
        _m = new double[n];
        _x = new double[n];
        _logMx = new double[n];
        for (int i = 0; i < n; i++)
        {
            _group[i] = position[frequency[i]];
            _groupCount[_group[i]]++;
            _m[i] = monetary[i];
            _x[i] = frequency[i];
            _logMx[i] = Math.Log(monetary[i]) + Math.Log(frequency[i]);
            _sumLogM += Math.Log(monetary[i]);
        }
    }

    public int Dimension => 3;

    public double TotalWeight => _m.Length;

    public double MeanLogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double p = Math.Exp(theta[0]), q = Math.Exp(theta[1]), v = Math.Exp(theta[2]);
        int groups = _xs.Length;
        var constant = new double[groups];
        var dp = new double[groups];
        var dq = new double[groups];
        double lgQ = SpecialFunctions.GammaLn(q), psiQ = SpecialFunctions.DiGamma(q), logV = Math.Log(v);
        for (int k = 0; k < groups; k++)
        {
            double px = p * _xs[k];
            double psiPxQ = SpecialFunctions.DiGamma(px + q);
            constant[k] = SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lgQ + (q * logV);
            dp[k] = _xs[k] * (psiPxQ - SpecialFunctions.DiGamma(px));
            dq[k] = psiPxQ - psiQ + logV;
        }

        double total = -_sumLogM, gp = 0, gq = 0, gv = 0;
        for (int k = 0; k < groups; k++)
        {
            total += _groupCount[k] * constant[k];
            gp += _groupCount[k] * dp[k];
            gq += _groupCount[k] * dq[k];
            gv += _groupCount[k] * q / v;
        }

        for (int i = 0; i < _m.Length; i++)
        {
            double x = _x[i];
            double px = p * x;
            double logDenominator = Math.Log(v + (x * _m[i]));
            total += (px * _logMx[i]) - ((px + q) * logDenominator);
            gp += x * (_logMx[i] - logDenominator);
            gq -= logDenominator;
            gv -= (px + q) / (v + (x * _m[i]));
        }

        double n = _m.Length;
        gradient[0] = p * gp / n;
        gradient[1] = q * gq / n;
        gradient[2] = v * gv / n;
        return total / n;
    }
}
