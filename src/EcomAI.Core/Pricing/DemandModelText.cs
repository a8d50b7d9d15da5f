namespace EcomAI.Core.Pricing;

/// <summary>
/// Which rows each elasticity method can use, and the words that say so: one place for the rule and the message, so an
/// error or an exclusion summary always names the model actually fitted.
/// </summary>
internal static class DemandModelText
{
    /// <summary>What the model needs, as a clause: "a log-log demand model needs positive prices and quantities".</summary>
    public static string Needs(ElasticityMethod method) => method == ElasticityMethod.NonlinearLevels
        ? "a demand fit in levels (NonlinearLevels) needs positive prices and quantities of 0 or more"
        : "a log-log demand model needs positive prices and quantities";

    /// <summary>The same clause starting a sentence.</summary>
    public static string NeedsSentence(ElasticityMethod method) => "A" + Needs(method)[1..];

    /// <summary>Why a row cannot enter the model, or null when it can (a fit in levels takes Q = 0: a period without sales is data).</summary>
    public static string? ExclusionReason(ElasticityMethod method, double price, double quantity) =>
        method == ElasticityMethod.NonlinearLevels && price > 0 && quantity == 0 ? null : SalesData.ExclusionReason(price, quantity);
}
