namespace EcomAI.Core.Recommendation;

/// <summary>What a top-N list may contain: seen items or not, and the items the business filter allows (null = all).</summary>
internal readonly record struct Selection(bool IncludeSeen, bool[]? Allowed)
{
    public static Selection Default => new(false, null);
}
