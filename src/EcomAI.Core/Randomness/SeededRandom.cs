using MathNet.Numerics.Random;

namespace EcomAI.Core.Randomness;

/// <summary>
/// The project's one source of randomness: MathNet's xoshiro256** seeded explicitly, which gives the same stream for a
/// seed on every platform and .NET version (System.Random's seeded sequence is not a documented contract). Draw normals,
/// log-normals, gammas and the like with MathNet's distributions (<c>Normal.Sample(random, μ, σ)</c>), never by hand.
/// </summary>
/// <remarks>
/// Parallel or per-item streams use <see cref="Create(int, long)"/>: each (seed, stream) pair maps through SplitMix64 to
/// an independent seed, so results do not depend on the order or the number of threads that consume the streams.
/// </remarks>
public static class SeededRandom
{
    /// <summary>A generator for <paramref name="seed"/> (not thread-safe; one per thread or per stream).</summary>
    public static Random Create(int seed) => new Xoshiro256StarStar(seed, threadSafe: false);

    /// <summary>The generator of stream <paramref name="stream"/> (a restart, a product, a fold) under <paramref name="seed"/>.</summary>
    public static Random Create(int seed, long stream) => Create(StreamSeed(seed, stream));

    /// <summary>The seed of stream <paramref name="stream"/> under <paramref name="seed"/> (SplitMix64 finaliser of both).</summary>
    public static int StreamSeed(int seed, long stream)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)stream) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return unchecked((int)z);
    }

    /// <summary>A uniformly random permutation of 0..n-1 (Fisher–Yates).</summary>
    public static int[] Permutation(int n, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var p = new int[n];
        for (int k = 0; k < n; k++)
        {
            p[k] = k;
        }

        for (int k = n - 1; k > 0; k--)
        {
            int j = random.Next(k + 1);
            (p[k], p[j]) = (p[j], p[k]);
        }

        return p;
    }
}
