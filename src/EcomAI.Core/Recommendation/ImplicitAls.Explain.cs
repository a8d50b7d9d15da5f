using System.Runtime.Intrinsics;

namespace EcomAI.Core.Recommendation;

public sealed partial class ImplicitAls
{
    /// <summary>
    /// Section 5 of Hu, Koren &amp; Volinsky (as the implicit library's <c>explain</c>): with W_u = (YᵀC_uY + λI)⁻¹ each owned item
    /// j contributes s(i,j)·c(u,j), s(i,j) = y_iᵀW_u y_j; the contributions add up to the score of the exact least-squares user
    /// vector (the fitted x_u is that solution up to the CG steps).
    /// </summary>
    /// <remarks>
    /// Computed per user without an f × f factorisation, by the Woodbury identity around the shared H = (YᵀY + λI)⁻¹
    /// (inverted once per model): with Y_u the owned items' factors and E = diag(c − 1),
    /// W_u = H − HY_uᵀ(E⁻¹ + Y_uHY_uᵀ)⁻¹Y_uH, so with K = Y_uHY_uᵀ and t = Y_uHy_i, s(i,·) = t − K(E⁻¹ + K)⁻¹t: an n_u × n_u
    /// system for n_u owned items instead of f × f. Double precision.
    /// </remarks>
    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        int f = Options.Factors;
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        int n = owned.Length;
        var h = _itemGramInverse.Value;

        // Y_u in double, P = Y_u·H (n × f) and K = P·Y_uᵀ (n × n).
        var yu = new double[n * f];
        var p = new double[n * f];
        for (int a = 0; a < n; a++)
        {
            Widen(ItemRow(owned[a]), yu.AsSpan(a * f, f));
            TimesH(yu.AsSpan(a * f, f), h, f, p.AsSpan(a * f, f));
        }

        var k = new double[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                k[(a * n) + b] = k[(b * n) + a] = Linear.Cholesky.Dot(p.AsSpan(a * f, f), yu.AsSpan(b * f, f));
            }
        }

        // M = E⁻¹ + K over the owned items with c − 1 > 0 (the others do not change W_u), factored once.
        var confidence = new double[n];
        var weighted = new List<int>(n);
        for (int a = 0; a < n; a++)
        {
            confidence[a] = 1 + (Options.Alpha * (Data.Kind == FeedbackKind.Explicit ? 1 : values[a]));
            if (confidence[a] > 1)
            {
                weighted.Add(a);
            }
        }

        int m = weighted.Count;
        var chol = new double[m * m];
        for (int x = 0; x < m; x++)
        {
            for (int y = 0; y <= x; y++)
            {
                chol[(x * m) + y] = k[(weighted[x] * n) + weighted[y]] + (x == y ? 1 / (confidence[weighted[x]] - 1) : 0);
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        if (!Linear.Cholesky.Factor(chol, m))
        {
            Array.Fill(result, []);
            return result;
        }

        var t = new double[n];
        var z = new double[m];
        var yi = new double[f];
        var lists = w.ContributionLists(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            Widen(ItemRow(items[i]), yi);
            for (int a = 0; a < n; a++)
            {
                t[a] = Linear.Cholesky.Dot(p.AsSpan(a * f, f), yi); // (Y_uHy_i)_a
            }

            for (int x = 0; x < m; x++)
            {
                z[x] = t[weighted[x]];
            }

            Linear.Cholesky.ForwardSolve(chol, m, z);
            Linear.Cholesky.BackSolve(chol, m, z); // z = M⁻¹t restricted to the weighted items
            for (int a = 0; a < n; a++)
            {
                double s = t[a];
                for (int x = 0; x < m; x++)
                {
                    s -= k[(a * n) + weighted[x]] * z[x];
                }

                lists[i].Add(new Contribution(owned[a], s, s * confidence[a], values[a]));
            }

            result[i] = Contributors(lists[i], ofItems: true);
        }

        return result;
    }

    /// <summary>H = (YᵀY + λI)⁻¹ of the final item factors (f × f, double).</summary>
    private double[] GramInverse()
    {
        int f = Options.Factors;
        var gram = Gram(_itemFactors, _stride, f, Lambda, Threads(Options.MaxDegreeOfParallelism));
        var h = new double[f * f];
        for (int r = 0; r < f; r++)
        {
            for (int c = 0; c < f; c++)
            {
                h[(r * f) + c] = gram[(r * _stride) + c];
            }
        }

        Linear.SymmetricInverse.Invert(h, f, 1);
        return h;
    }

    /// <summary>row = yᵀH (H symmetric f × f), eight columns at a time in a register.</summary>
    private static void TimesH(ReadOnlySpan<double> y, double[] h, int f, Span<double> row)
    {
        int c = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; c + 8 <= f; c += 8)
            {
                var acc = Vector512<double>.Zero;
                for (int r = 0; r < f; r++)
                {
                    acc = Vector512.FusedMultiplyAdd(Vector512.Create(y[r]), Vector512.Create(h.AsSpan((r * f) + c, 8)), acc);
                }

                acc.CopyTo(row.Slice(c, 8));
            }
        }

        for (; c < f; c++)
        {
            double s = 0;
            for (int r = 0; r < f; r++)
            {
                s += y[r] * h[(r * f) + c];
            }

            row[c] = s;
        }
    }

    private static void Widen(ReadOnlySpan<float> y, Span<double> into)
    {
        for (int c = 0; c < into.Length; c++)
        {
            into[c] = y[c];
        }
    }
}
