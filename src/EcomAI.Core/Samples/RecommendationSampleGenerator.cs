using System.Globalization;
using EcomAI.Core.Recommendation;

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
/// around the requested mean (σ = 0.7), at least 5 ratings and 2 purchases.
/// </remarks>
public static class RecommendationSampleGenerator
{
    /// <summary>Generates a sample with the given options.</summary>
    public static RecommendationSample Generate(RecommendationSampleOptions? options = null)
    {
        var o = (options ?? new RecommendationSampleOptions()).Validate();
        var rng = new SampleRandom(o.Seed);
        int dims = o.Segments;
        var userIds = Enumerable.Range(1, o.Users).Select(k => "U" + k.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
        var itemIds = Enumerable.Range(1, o.Items).Select(k => "I" + k.ToString("D4", CultureInfo.InvariantCulture)).ToArray();

        var segments = new int[o.Users];
        var userFactors = new double[o.Users][];
        var userBias = new double[o.Users];
        for (int u = 0; u < o.Users; u++)
        {
            segments[u] = rng.NextInt(o.Segments);
            userFactors[u] = new double[dims];
            for (int f = 0; f < dims; f++)
            {
                userFactors[u][f] = (f == segments[u] ? 1.2 : 0) + (0.3 * rng.NextNormal());
            }

            userBias[u] = 0.35 * rng.NextNormal();
        }

        var itemFactors = new double[o.Items][];
        var itemBias = new double[o.Items];
        for (int i = 0; i < o.Items; i++)
        {
            itemFactors[i] = new double[dims];
            for (int f = 0; f < dims; f++)
            {
                itemFactors[i][f] = 0.7 * rng.NextNormal();
            }

            itemBias[i] = 0.4 * rng.NextNormal();
        }

        // Zipf popularity over a random order of the items.
        var order = Enumerable.Range(0, o.Items).ToArray();
        for (int k = o.Items - 1; k > 0; k--)
        {
            int j = rng.NextInt(k + 1);
            (order[k], order[j]) = (order[j], order[k]);
        }

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
                double r = Math.Round(3.6 + userBias[u] + affinity[i] + (o.Noise * rng.NextNormal()), MidpointRounding.AwayFromZero);
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

    private static int Count(SampleRandom rng, int mean, int min, int max)
    {
        const double sigma = 0.7;
        double n = Math.Exp(Math.Log(mean) - (sigma * sigma / 2) + (sigma * rng.NextNormal()));
        return (int)Math.Clamp(Math.Round(n), min, max);
    }

    /// <summary>Weighted sampling without replacement (Efraimidis–Spirakis: the n largest log(U)/w keys), in item order.</summary>
    private static int[] Draw(SampleRandom rng, double[] affinity, double[] logPopularity, double tasteWeight, int n,
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
