using System.Globalization;
using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Samples;

/// <summary>
/// Seeded synthetic ratings and purchases from latent user tastes, returning the truth (see <see cref="RecommendationSample"/>).
/// </summary>
/// <remarks>
/// Users belong to one of S taste segments: p_u = 1.2·e_segment + N(0, 0.3²) per dimension; items have q_i ~ N(0, 0.7²) and
/// bias b_i ~ N(0, 0.4²); users have a rating bias b_u ~ N(0, 0.35²). Affinity a(u,i) = b_i + p_u·q_i.
/// Rating = clip(round(3.6 + b_u + a(u,i) + N(0, noise²)), 1, 5). Which items a user rates (or buys) is drawn without
/// replacement with weight popularity_i · exp(0.8·a(u,i)) (purchases: exp(1.5·a)), popularity_i = 1 / rank_i^skew
/// (Zipf over a random item order), so the data have MovieLens-like popularity skew. Counts per user are log-normal
/// around the requested mean (σ = 0.7), at least 5 ratings and 2 purchases. One seeded stream
/// (<see cref="SeededRandom"/>) in a fixed order; normals and log-normals by MathNet's distributions.
/// </remarks>
public static class RecommendationSampleGenerator
{
    /// <summary>Generates a sample with the given options.</summary>
    public static RecommendationSample Generate(RecommendationSampleOptions? options = null)
    {
        var o = (options ?? new RecommendationSampleOptions()).Validate();
        var rng = SeededRandom.Create(o.Seed);
        int dims = o.Segments;
        var userIds = Enumerable.Range(1, o.Users).Select(k => "U" + k.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
        var itemIds = Enumerable.Range(1, o.Items).Select(k => "I" + k.ToString("D4", CultureInfo.InvariantCulture)).ToArray();

        var segments = new int[o.Users];
        var userFactors = new double[o.Users][];
        var userBias = new double[o.Users];
        for (int u = 0; u < o.Users; u++)
        {
            segments[u] = rng.Next(o.Segments);
            userFactors[u] = new double[dims];
            for (int f = 0; f < dims; f++)
            {
                userFactors[u][f] = (f == segments[u] ? 1.2 : 0) + Normal.Sample(rng, 0, 0.3);
            }

            userBias[u] = Normal.Sample(rng, 0, 0.35);
        }

        var itemFactors = new double[o.Items][];
        var itemBias = new double[o.Items];
        for (int i = 0; i < o.Items; i++)
        {
            itemFactors[i] = new double[dims];
            for (int f = 0; f < dims; f++)
            {
                itemFactors[i][f] = Normal.Sample(rng, 0, 0.7);
            }

            itemBias[i] = Normal.Sample(rng, 0, 0.4);
        }

        // Zipf popularity over a random order of the items.
        var order = SeededRandom.Permutation(o.Items, rng);

        var logPopularity = new double[o.Items];
        for (int rank = 0; rank < o.Items; rank++)
        {
            logPopularity[order[rank]] = -o.PopularitySkew * Math.Log(rank + 1);
        }

        var ratings = new List<Interaction>();
        var purchases = new List<Interaction>();
        var affinity = new double[o.Items];
        var keys = new double[o.Items];
        var picks = new int[o.Items];
        for (int u = 0; u < o.Users; u++)
        {
            for (int i = 0; i < o.Items; i++)
            {
                double a = itemBias[i];
                for (int f = 0; f < dims; f++)
                {
                    a += userFactors[u][f] * itemFactors[i][f];
                }

                affinity[i] = a;
            }

            int nRatings = Count(rng, o.RatingsPerUser, 5, o.Items);
            foreach (int i in Draw(rng, affinity, logPopularity, 0.8, nRatings, keys, picks))
            {
                double r = Math.Round(3.6 + userBias[u] + affinity[i] + Normal.Sample(rng, 0, o.Noise), MidpointRounding.AwayFromZero);
                ratings.Add(new Interaction(userIds[u], itemIds[i], Math.Clamp(r, 1, 5)));
            }

            int nPurchases = Count(rng, o.PurchasesPerUser, 2, o.Items);
            foreach (int i in Draw(rng, affinity, logPopularity, 1.5, nPurchases, keys, picks))
            {
                purchases.Add(new Interaction(userIds[u], itemIds[i], rng.NextDouble() < 0.2 ? 2 : 1));
            }
        }

        return new RecommendationSample(userIds, itemIds, segments, userFactors, itemFactors, itemBias, ratings, purchases);
    }

    /// <summary>A log-normal count with mean <paramref name="mean"/> (μ = ln mean − σ²/2, σ = 0.7), clamped to [min, max].</summary>
    private static int Count(Random rng, int mean, int min, int max)
    {
        const double sigma = 0.7;
        double n = LogNormal.Sample(rng, Math.Log(mean) - (sigma * sigma / 2), sigma);
        return (int)Math.Clamp(Math.Round(n), min, max);
    }

    /// <summary>Weighted sampling without replacement (Efraimidis–Spirakis: the n largest log(U)/w keys), in item order.</summary>
    private static int[] Draw(Random rng, double[] affinity, double[] logPopularity, double tasteWeight, int n,
        double[] keys, int[] picks)
    {
        for (int i = 0; i < affinity.Length; i++)
        {
            double logW = logPopularity[i] + (tasteWeight * affinity[i]);
            keys[i] = Math.Log(rng.NextDouble() + double.Epsilon) / Math.Exp(logW);
            picks[i] = i;
        }

        Array.Sort((double[])keys.Clone(), picks);
        return picks.Skip(affinity.Length - n).Order().ToArray();
    }
}
