using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Recommendation;

public sealed partial class ImplicitAls
{
    /// <summary>
    /// Section 5 of Hu, Koren &amp; Volinsky (as the implicit library's <c>explain</c>): with A = YᵀC_uY + λI = LLᵀ, each owned
    /// item j contributes s(i,j)·c(u,j), s(i,j) = y_iᵀA⁻¹y_j = (L⁻¹y_i)ᵀ(L⁻¹y_j). The contributions add up to the score of the
    /// exact least-squares user vector (the fitted x_u is that solution up to the CG steps).
    /// </summary>
    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        int f = Options.Factors;
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        var a = new double[f * f];
        var gram = _itemGram.Value;
        for (int r = 0; r < f; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                a[(r * f) + c] = gram[(r * _stride) + c];
            }
        }

        var confidence = new double[owned.Length];
        var yd = new double[f];
        for (int p = 0; p < owned.Length; p++)
        {
            confidence[p] = 1 + (Options.Alpha * (Data.Kind == FeedbackKind.Explicit ? 1 : values[p]));
            double e = confidence[p] - 1;
            var y = ItemRow(owned[p]);
            for (int c = 0; c < f; c++)
            {
                yd[c] = y[c];
            }

            for (int r = 0; r < f; r++)
            {
                // Row r of the lower triangle (and its first few upper entries, which Factor never reads).
                int len = Math.Min(f, (r + 8) & ~7);
                Linear.Cholesky.AddScaled(a.AsSpan(r * f, len), yd.AsSpan(0, len), e * yd[r]);
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        if (!Linear.Cholesky.Factor(a, f))
        {
            // Only possible with λ = 0 and too few items; say nothing rather than something wrong.
            Array.Fill(result, []);
            return result;
        }

        var zOwned = new double[owned.Length][];
        for (int p = 0; p < owned.Length; p++)
        {
            zOwned[p] = Solved(a, f, ItemRow(owned[p]));
        }

        var lists = w.ContributionLists(items.Length);
        for (int t = 0; t < items.Length; t++)
        {
            var zi = Solved(a, f, ItemRow(items[t]));
            for (int p = 0; p < owned.Length; p++)
            {
                double sij = Linear.Cholesky.Dot(zi, zOwned[p]);

                lists[t].Add(new Contribution(owned[p], sij, sij * confidence[p], values[p]));
            }

            result[t] = Contributors(lists[t], ofItems: true);
        }

        return result;
    }

    private static double[] Solved(double[] l, int f, ReadOnlySpan<float> y)
    {
        var z = new double[f];
        for (int k = 0; k < f; k++)
        {
            z[k] = y[k];
        }

        Linear.Cholesky.ForwardSolve(l, f, z);
        return z;
    }
}
