namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The Gamma-Gamma spend model (Fader &amp; Hardie 2013, "The Gamma-Gamma model of monetary value"; Fader, Hardie &amp;
/// Lee 2005, JMR): each purchase's value z ~ Gamma(shape p, rate ν), and across customers ν ~ Gamma(shape q, rate γ).
/// </summary>
/// <param name="P">Shape p of the spend per purchase (&gt; 0).</param>
/// <param name="Q">Shape q of the customers' spend rates ν (&gt; 0); the mean spend p·γ/(q − 1) needs q &gt; 1.</param>
/// <param name="V">Rate γ of the spend rates (lifetimes calls it v), in money (&gt; 0).</param>
public sealed record GammaGammaParameters(double P, double Q, double V)
{
    /// <summary>lifetimes' Gamma-Gamma fit to the 946 CDNOW repeat customers (its documentation): p = 6.25, q = 3.74, v = 15.45.</summary>
    public static GammaGammaParameters Cdnow { get; } = new(6.25, 3.74, 15.45);

    /// <summary>Mean value of a purchase across customers, p·γ/(q − 1); +∞ when q ≤ 1.</summary>
    public double MeanSpend => Q > 1 ? P * V / (Q - 1) : double.PositiveInfinity;

    /// <summary>Throws unless every parameter is finite and positive.</summary>
    internal void Validate(string option = "parameters")
    {
        Preconditions.CheckOption(double.IsFinite(P) && P > 0 && double.IsFinite(Q) && Q > 0 && double.IsFinite(V) && V > 0,
            option, $"{option}: p, q and v must all be finite and positive (got p = {P}, q = {Q}, v = {V}).");
    }
}
