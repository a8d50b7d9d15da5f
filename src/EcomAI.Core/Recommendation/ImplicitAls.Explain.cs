using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Recommendation;

public sealed partial class ImplicitAls
{
    /// <summary>
    /// Section 5 of Hu, Koren &amp; Volinsky (as the implicit library's <c>explain</c>): with A = YᵀC_uY + λI = UᵀU, each owned
    /// item j contributes s(i,j)·c(u,j), s(i,j) = y_iᵀA⁻¹y_j = (U⁻ᵀy_i)ᵀ(U⁻ᵀy_j). The contributions add up to the score of the
    /// exact least-squares user vector (the fitted x_u is that solution up to the CG steps). Single precision, like the factors.
    /// </summary>
    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        int f = Options.Factors;
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        var scratch = w.ModelScratch as float[] ?? new float[f * f];
        w.ModelScratch = scratch;
        var a = scratch.AsSpan(0, f * f);
        var gram = _itemGram.Value;
        for (int r = 0; r < f; r++)
        {
            gram.AsSpan(r * _stride, f).CopyTo(a.Slice(r * f, f));
        }

        var confidence = new double[owned.Length];
        for (int p = 0; p < owned.Length; p++)
        {
            confidence[p] = 1 + (Options.Alpha * (Data.Kind == FeedbackKind.Explicit ? 1 : values[p]));
            float e = (float)(confidence[p] - 1);
            var y = ItemRow(owned[p]);
            for (int r = 0; r < f; r++)
            {
                // Row r of the upper triangle gains e·y_r·y[r..].
                VectorMath.AddScaled(a.Slice((r * f) + r, f - r), y[r..f], e * y[r]);
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        if (!UpperCholesky.Factor(a, f))
        {
            // Only possible with λ = 0 and too few items; say nothing rather than something wrong.
            Array.Fill(result, []);
            return result;
        }

        var zOwned = new float[owned.Length * f];
        for (int p = 0; p < owned.Length; p++)
        {
            var z = zOwned.AsSpan(p * f, f);
            ItemRow(owned[p])[..f].CopyTo(z);
            UpperCholesky.SolveTransposed(a, f, z);
        }

        var zi = new float[f];
        var lists = w.ContributionLists(items.Length);
        for (int t = 0; t < items.Length; t++)
        {
            ItemRow(items[t])[..f].CopyTo(zi);
            UpperCholesky.SolveTransposed(a, f, zi);
            for (int p = 0; p < owned.Length; p++)
            {
                double sij = VectorMath.Dot(zi, zOwned.AsSpan(p * f, f));
                lists[t].Add(new Contribution(owned[p], sij, sij * confidence[p], values[p]));
            }

            result[t] = Contributors(lists[t], ofItems: true);
        }

        return result;
    }
}
