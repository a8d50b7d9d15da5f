namespace EcomAI.Core.CustomerValue;

/// <summary>Customers with the same calibration frequency: their mean actual and mean expected holdout purchases.</summary>
/// <param name="Label">"0", "1", ..., or "7+" for the last group.</param>
/// <param name="Frequency">Calibration frequency (the lower bound for the last group).</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="MeanActual">Mean purchase periods in the holdout.</param>
/// <param name="MeanExpected">Mean of eq. (10) over the holdout duration.</param>
public sealed record HoldoutGroup(string Label, int Frequency, int Customers, double MeanActual, double MeanExpected);
