namespace EcomAI.Core.CustomerValue;

/// <summary>One customer of a <see cref="CustomerSummary"/>.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">Repeat purchase periods x.</param>
/// <param name="Recency">t_x: time from first to last purchase.</param>
/// <param name="T">Age: time from first purchase to the end of the calibration period.</param>
/// <param name="Monetary">Mean value of the repeat purchases (0 when x = 0).</param>
/// <param name="HoldoutFrequency">Purchase periods in the holdout, when there is one.</param>
/// <param name="HoldoutMonetary">Mean value of the holdout purchases, when there is a holdout.</param>
public sealed record CustomerSummaryRow(string CustomerId, int Frequency, double Recency, double T, double Monetary, int? HoldoutFrequency, double? HoldoutMonetary);
