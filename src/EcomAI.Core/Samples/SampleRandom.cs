namespace EcomAI.Core.Samples;

/// <summary>SplitMix64 with Box–Muller normals: the same stream for a seed on every platform and .NET version.</summary>
internal sealed class SampleRandom(int seed)
{
    private ulong _state = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL);

    public ulong NextULong()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextULong() % (ulong)n);

    /// <summary>Standard normal.</summary>
    public double NextNormal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
