namespace EcomAI.Core.Recommendation;

/// <summary>A partition of the interactions into training and test sets sharing the same user and item index spaces.</summary>
/// <param name="Train">Interactions to fit on.</param>
/// <param name="Test">Held-out interactions to predict and rank against.</param>
public sealed record TrainTestSplit(InteractionMatrix Train, InteractionMatrix Test);
