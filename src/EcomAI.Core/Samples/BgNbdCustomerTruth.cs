namespace EcomAI.Core.Samples;

/// <summary>One simulated customer's latent values.</summary>
/// <param name="CustomerId">The id used in the transactions.</param>
/// <param name="FirstPurchase">Time of the first purchase, in time units from the start.</param>
/// <param name="PurchaseRate">λ: purchases per time unit while alive.</param>
/// <param name="DropoutProbability">p: probability of dropping out after each repeat purchase.</param>
/// <param name="SpendRate">ν: the rate of the customer's Gamma spend distribution (mean spend p/ν).</param>
/// <param name="AliveAtEnd">Whether the customer had not dropped out by the end of the observation.</param>
public sealed record BgNbdCustomerTruth(string CustomerId, double FirstPurchase, double PurchaseRate, double DropoutProbability, double SpendRate, bool AliveAtEnd);
