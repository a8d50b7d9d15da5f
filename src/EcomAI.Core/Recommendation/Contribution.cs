namespace EcomAI.Core.Recommendation;

/// <summary>One neighbour's part in a score: its index, similarity, weight in the formula and value.</summary>
internal readonly record struct Contribution(int Index, double Similarity, double Weight, double Value);
