namespace EcomAI.Core.Recommendation;

/// <summary>How several rows for the same (user, item) pair are combined into one interaction.</summary>
public enum DuplicatePolicy
{
    /// <summary>Keep the value of the last row in input order (the latest rating wins).</summary>
    Last,

    /// <summary>Use the arithmetic mean of the values.</summary>
    Mean,

    /// <summary>Use the sum of the values (natural for purchase counts and quantities).</summary>
    Sum,

    /// <summary>Refuse the input with an error naming the second row of the pair.</summary>
    Reject,
}
