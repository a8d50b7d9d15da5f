using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Tests.Segmentation;

/// <summary>Seeded Gaussian blobs with known membership, for tests.</summary>
/// <remarks>
/// Drawn with System.Random (an independent stream from the library's SeededRandom, which K-means seeds from, so the data
/// and the algorithm's choices are not correlated) and MathNet's normal sampler.
/// </remarks>
internal static class TestBlobs
{
    /// <summary>n points in d dimensions around k centres placed at spacing × (index, index², …) with the given spread.</summary>
    internal static (double[,] Points, int[] Truth) Make(int n, int d, int k, double std, int seed, double spacing = 10)
    {
        var random = new Random(seed);
        var points = new double[n, d];
        var truth = new int[n];
        for (int i = 0; i < n; i++)
        {
            int c = i % k;
            truth[i] = c;
            for (int f = 0; f < d; f++)
            {
                double centre = spacing * ((c * (f + 1)) % (k + 1));
                points[i, f] = Normal.Sample(random, centre, std);
            }
        }

        return (points, truth);
    }

    /// <summary>Blobs like scikit-learn's make_blobs: centres uniform in [−10, 10]^d, so a large spread makes them overlap.</summary>
    internal static double[,] Overlapping(int n, int d, int k, double std, int seed)
    {
        var random = new Random(seed);
        var centres = new double[k, d];
        for (int c = 0; c < k; c++)
        {
            for (int f = 0; f < d; f++)
            {
                centres[c, f] = -10 + (20 * random.NextDouble());
            }
        }

        var points = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < d; f++)
            {
                points[i, f] = Normal.Sample(random, centres[i % k, f], std);
            }
        }

        return points;
    }
}
