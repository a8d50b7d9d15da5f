namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The four BG/NBD parameters (Fader, Hardie &amp; Lee 2005): while alive a customer buys as a Poisson process with rate
/// λ ~ Gamma(shape r, rate α); after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
/// </summary>
/// <param name="R">Shape r of the purchase-rate distribution (&gt; 0).</param>
/// <param name="Alpha">Rate α of the purchase-rate distribution, in the summary's time unit (&gt; 0); mean rate r/α.</param>
/// <param name="A">Beta shape a of the dropout probability (&gt; 0).</param>
/// <param name="B">Beta shape b of the dropout probability (&gt; 0); mean dropout probability a/(a + b).</param>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    /// <summary>The published CDNOW estimates (Fader, Hardie &amp; Lee 2005, weeks): r = 0.243, α = 4.414, a = 0.793, b = 2.426.</summary>
    public static BgNbdParameters Cdnow { get; } = new(0.243, 4.414, 0.793, 2.426);

    /// <summary>Mean purchase rate r/α per time unit among customers alive.</summary>
    public double MeanPurchaseRate => R / Alpha;

    /// <summary>Mean dropout probability after a purchase, a/(a + b).</summary>
    public double MeanDropoutProbability => A / (A + B);

    /// <summary>Throws unless every parameter is finite and positive.</summary>
    internal void Validate(string option = "parameters")
    {
        Preconditions.CheckOption(double.IsFinite(R) && R > 0 && double.IsFinite(Alpha) && Alpha > 0 && double.IsFinite(A) && A > 0 && double.IsFinite(B) && B > 0,
            option, $"{option}: r, alpha, a and b must all be finite and positive (got r = {R}, alpha = {Alpha}, a = {A}, b = {B}).");
    }
}
