namespace EcomAI.Core.Pricing;

/// <summary>Whether an elasticity could be estimated; anything but <see cref="Ok"/> leaves the numbers NaN.</summary>
public enum ElasticityStatus
{
    /// <summary>The model was fitted; all figures are meaningful.</summary>
    Ok = 0,

    /// <summary>No usable rows (all excluded or none given).</summary>
    NoData = 1,

    /// <summary>All usable rows have the same price: the slope of quantity on price is not identifiable.</summary>
    SinglePriceLevel = 2,

    /// <summary>Fewer rows than parameters + 1: no standard error or interval can be computed.</summary>
    TooFewObservations = 3,

    /// <summary>The promotion flag is (nearly) a linear function of the price: price and promotion effects cannot be separated.</summary>
    PromotionCollinearWithPrice = 4,

    /// <summary>The nonlinear fit did not converge.</summary>
    NotConverged = 5,
}
