using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Tests.Recommendation.Linear;

public class FactorTopNTests
{
    /// <summary>
    /// The pruned, norm-ordered scan against scoring every item: item norms spread over three orders of magnitude and not in
    /// index order, duplicated vectors (tied scores), zero vectors, users whose best scores are negative (nothing can be
    /// pruned), a filter, groups of four users and a remainder.
    /// </summary>
    [Theory]
    [InlineData(1, 10, 24)]
    [InlineData(7, 10, 24)]
    [InlineData(70, 10, 24)]
    [InlineData(9, 1, 24)]
    [InlineData(5, 40, 24)]
    [InlineData(70, 10, 2)] // in two dimensions many cosines are near 1: the bound is tight, a cut too early shows
    public void Score_EqualsScoringEveryItem(int users, int n, int factors)
    {
        const int items = 1003, stride = 32;
        var rng = SeededRandom.Create(17);
        var y = new float[items * stride];
        var scale = Enumerable.Range(0, items).Select(r => 1 / Math.Pow(r + 1, 0.2)).OrderBy(_ => rng.Next()).ToArray();
        for (int i = 0; i < items; i++)
        {
            // Random directions in the positive orthant: large-norm items at a wide angle lose to smaller ones at a narrow
            // angle, so the lists are settled near the bound and a cut made too early shows.
            var direction = Direction(rng, factors);
            for (int f = 0; f < factors; f++)
            {
                y[(i * stride) + f] = i % 97 == 0 ? 0 : (float)(direction[f] * scale[i]);
            }
        }

        for (int i = 500; i < 520; i++)
        {
            y.AsSpan(i * stride, stride).CopyTo(y.AsSpan((i + 300) * stride)); // equal scores: ties broken by index
        }

        var x = new float[users * stride];
        for (int k = 0; k < users; k++)
        {
            var direction = Direction(rng, factors);
            float sign = k == 5 ? -1 : 1; // every score negative: nothing can be cut for this user's group
            for (int f = 0; f < factors; f++)
            {
                x[(k * stride) + f] = sign * (float)direction[f];
            }
        }

        bool Eligible(int k, int i) => (i * 31 + k * 7) % 11 != 0;

        var heaps = Enumerable.Range(0, users).Select(_ => new TopKHeap(n)).ToArray();
        new FactorTopN(y, items, stride, factors).Score(x, users, stride, heaps, Eligible);

        for (int k = 0; k < users; k++)
        {
            var expected = Enumerable.Range(0, items).Where(i => Eligible(k, i))
                .Select(i => (Item: i, Score: Dot(x.AsSpan(k * stride, factors), y.AsSpan(i * stride, factors))))
                .OrderByDescending(e => e.Score).ThenBy(e => e.Item).Take(n).ToArray();
            var scores = new double[n];
            var ids = new int[n];
            int count = heaps[k].DrainDescending(scores, ids);
            Assert.Equal(expected.Select(e => e.Item), ids.Take(count));
            Assert.Equal(expected.Select(e => (double)e.Score), scores.Take(count));
        }
    }

    private static double[] Direction(Random rng, int factors)
    {
        var v = Enumerable.Range(0, factors).Select(_ => rng.NextDouble()).ToArray();
        double norm = Math.Sqrt(v.Sum(c => c * c));
        return v.Select(c => c / norm).ToArray();
    }

    /// <summary>A chain of fused multiply-adds in factor order, the order every lane of the kernel uses.</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0;
        for (int f = 0; f < a.Length; f++)
        {
            s = MathF.FusedMultiplyAdd(a[f], b[f], s);
        }

        return s;
    }
}
