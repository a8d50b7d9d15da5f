namespace EcomAI.Core.CustomerValue;

/// <summary>One customer's forecast: what they did, whether they are still active, what they will buy and what they are worth.</summary>
/// <param name="Rank">1 = highest CLV.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">Repeat purchase periods x in the calibration period.</param>
/// <param name="Recency">t_x, in the summary's time unit.</param>
/// <param name="T">Age T, in the summary's time unit.</param>
/// <param name="Monetary">Mean value of the repeat purchases (0 when x = 0).</param>
/// <param name="ProbabilityAlive">P(alive) at the end of the calibration period.</param>
/// <param name="ExpectedPurchases">Expected repeat purchases over the CLV horizon (eq. 10).</param>
/// <param name="ExpectedSpend">Expected value per purchase (Gamma-Gamma eq. 5).</param>
/// <param name="Clv">Discounted expected purchases × expected spend × margin over the horizon.</param>
/// <param name="HoldoutPurchases">Actual purchase periods in the holdout (null without one).</param>
/// <param name="ExpectedHoldoutPurchases">Eq. (10) over the holdout duration (null without one).</param>
public sealed record CustomerLifetimeValue(
    int Rank,
    string CustomerId,
    int Frequency,
    double Recency,
    double T,
    double Monetary,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double ExpectedSpend,
    double Clv,
    int? HoldoutPurchases,
    double? ExpectedHoldoutPurchases);
