namespace EcomAI.Core.Recommendation;

/// <summary>
/// A Fisher–Yates permutation driven by SplitMix64, so splits are identical across .NET versions and platforms for a seed
/// (System.Random's seeded sequence is not a documented contract).
/// </summary>
internal static class SeededShuffle
{
    public static int[] Permutation(int n, int seed)
    {
        var p = new int[n];
        for (int k = 0; k < n; k++)
        {
            p[k] = k;
        }

        ulong state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);
        for (int k = n - 1; k > 0; k--)
        {
            int j = (int)(Next(ref state) % (ulong)(k + 1));
            (p[k], p[j]) = (p[j], p[k]);
        }

        return p;
    }

    internal static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
