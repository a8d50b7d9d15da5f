namespace EcomAI.Core.Samples;

/// <summary>A customer's running totals while the generator writes their orders.</summary>
internal sealed class Spend
{
    public double Products { get; set; }

    public double Service { get; set; }

    public double Cancelled { get; set; }

    public HashSet<string> Bought { get; } = new(StringComparer.Ordinal);
}
