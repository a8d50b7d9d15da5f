using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>The closed interval of valid ratings; explicit predictions are clipped to it.</summary>
/// <param name="Min">Lowest rating.</param>
/// <param name="Max">Highest rating.</param>
public readonly record struct RatingScale(double Min, double Max)
{
    /// <summary>Clips <paramref name="value"/> to [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public double Clip(double value) => Math.Clamp(value, Min, Max);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");
}
