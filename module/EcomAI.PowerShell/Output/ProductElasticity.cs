using EcomAI.Core.Data;
using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell;

/// <summary>One product's price elasticity of demand: the output of <c>Get-PriceElasticity</c>.</summary>
public sealed class ProductElasticity
{
    private readonly PricingAnalysisResult _result;

    internal ProductElasticity(ElasticityEstimate estimate, string productId, PricingAnalysisResult result, IReadOnlyList<SaleObservation> sales)
    {
        _result = result;
        Sales = sales;
        ProductId = productId;
        Elasticity = estimate.B;
        ElasticityLower = estimate.BLower;
        ElasticityUpper = estimate.BUpper;
        StdError = estimate.StdErrorB;
        ConfidenceLevel = estimate.ConfidenceLevel;
        A = estimate.A;
        RSquared = estimate.RSquared;
        N = estimate.N;
        Excluded = estimate.Excluded;
        Period = result.Period;
        Method = estimate.Method;
        Status = estimate.Status;
        Message = estimate.Message;
    }

    /// <summary>The product.</summary>
    public string ProductId { get; }

    /// <summary>Elasticity b of Q = a·P^b (%ΔQ / %ΔP at every price); NaN when it could not be estimated (see Status).</summary>
    public double Elasticity { get; }

    /// <summary>Lower end of the confidence interval of b.</summary>
    public double ElasticityLower { get; }

    /// <summary>Upper end of the confidence interval of b.</summary>
    public double ElasticityUpper { get; }

    /// <summary>Standard error of b.</summary>
    public double StdError { get; }

    /// <summary>Confidence level of the interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Scale a of Q = a·P^b.</summary>
    public double A { get; }

    /// <summary>R² of the fit.</summary>
    public double RSquared { get; }

    /// <summary>Periods used: one observation per product and <see cref="Period"/> with sales (a row as given when Period is empty).</summary>
    public int N { get; }

    /// <summary>The period each observation covers (Day, Week or Month, from -Period); empty when the rows were used as given.</summary>
    public SalesPeriod? Period { get; }

    /// <summary>Periods excluded (non-positive price or quantity).</summary>
    public int Excluded { get; }

    /// <summary>Fitting method.</summary>
    public ElasticityMethod Method { get; }

    /// <summary>Ok, or why there is no usable estimate.</summary>
    public ElasticityStatus Status { get; }

    /// <summary>Explanation of the status.</summary>
    public string Message { get; }

    /// <summary>The sales the analysis was run on (for the demand curves of the report).</summary>
    internal IReadOnlyList<SaleObservation> Sales { get; }

    /// <summary>The whole pricing analysis.</summary>
    public PricingAnalysisResult GetResult() => _result;
}
