using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Pricing;

/// <summary>Cached two-sided Student t critical values: the bulk analysis needs the same few thousands of times.</summary>
internal static class StudentTQuantile
{
    private static readonly ConcurrentDictionary<(int Df, double Level), double> Cache = new();

    /// <summary>t(1 − (1 − level)/2, df), e.g. 2.0086 for df = 50, level 0.95.</summary>
    public static double TwoSided(int degreesOfFreedom, double level) =>
        Cache.GetOrAdd((degreesOfFreedom, level), static key => StudentT.InvCDF(0, 1, key.Df, 1 - ((1 - key.Level) / 2)));
}
