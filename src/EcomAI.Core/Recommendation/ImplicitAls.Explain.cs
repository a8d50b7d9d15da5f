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
    /// Two exact routes, whichever solves the smaller system for the user's n_u owned items (double precision both):
    /// <list type="bullet">
    /// <item>Short histories: the Woodbury identity around the shared H = (YᵀY + λI)⁻¹ (inverted once per model). With Y_u the
    /// owned items' factors and E = diag(c − 1), W_u = H − HY_uᵀ(E⁻¹ + Y_uHY_uᵀ)⁻¹Y_uH, so with K = Y_uHY_uᵀ and t = Y_uHy_i,
    /// s(i,·) = t − K(E⁻¹ + K)⁻¹t: an n_u × n_u system instead of f × f, O(n_u·f² + n_u³).</item>
    /// <item>Histories longer than f: the f × f matrix YᵀC_uY + λI = (YᵀY + λI) + Σ_j (c − 1)·y_jy_jᵀ, factored by Cholesky,
    /// O(n_u·f² + f³), as the implicit library does for every user.</item>
    /// </list>
    /// </remarks>
    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w) => Explain(u, items, w, null);

    /// <summary>The explanation by a chosen route (null: the cheaper one); the tests hold both routes to the dense solve.</summary>
    internal IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w, bool? direct)
    {
        // The smaller system: n_u × n_u by Woodbury for short histories, f × f for long ones.
        return (direct ?? (Data.ItemsOfUser(u).Length > Options.Factors)) ? ExplainDirect(u, items, w) : ExplainWoodbury(u, items, w);
    }

    /// <summary>
    /// The route through the f × f system A = YᵀC_uY + λI = UᵀU: with Z = U⁻ᵀ[y_i … | y_j …] (one forward solve for all the
    /// recommended and owned items at once), s(i,j) = y_iᵀA⁻¹y_j = z_i·z_j.
    /// </summary>
    private IReadOnlyList<Contributor>[] ExplainDirect(int u, int[] items, Workspace w)
    {
        int f = Options.Factors;
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        int n = owned.Length, q = items.Length;
        int r = (q + n + 7) & ~7; // right-hand sides, padded to whole registers
        var scratch = w.Scratch((2 * n * f) + (f * f) + (f * r) + (2 * n));
        var yu = scratch.AsSpan(0, n * f);
        var ye = scratch.AsSpan(n * f, n * f); // (c − 1)·y_j
        var a = scratch.AsSpan(2 * n * f, f * f);
        var z = scratch.AsSpan((2 * n * f) + (f * f), f * r);
        var confidence = scratch.AsSpan((2 * n * f) + (f * f) + (f * r), n);
        var sij = scratch.AsSpan((2 * n * f) + (f * f) + (f * r) + n, n);
        z.Clear();
        for (int j = 0; j < n; j++)
        {
            var yj = ItemRow(owned[j]);
            confidence[j] = 1 + (Options.Alpha * (Data.Kind == FeedbackKind.Explicit ? 1 : values[j]));
            double e = confidence[j] - 1;
            for (int c = 0; c < f; c++)
            {
                yu[(j * f) + c] = yj[c];
                ye[(j * f) + c] = e * yj[c];
                z[(c * r) + q + j] = yj[c];
            }
        }

        for (int i = 0; i < q; i++)
        {
            var yi = ItemRow(items[i]);
            for (int c = 0; c < f; c++)
            {
                z[(c * r) + i] = yi[c];
            }
        }

        _itemGram.Value.CopyTo(a);
        AddWeightedGram(a, ye, yu, n, f);
        var result = new IReadOnlyList<Contributor>[q];
        if (!Linear.Cholesky.FactorUpper(a, f))
        {
            Array.Fill(result, []);
            return result;
        }

        Linear.Cholesky.ForwardSolveMany(a, f, z, r);
        var lists = w.ContributionLists(q);
        for (int i = 0; i < q; i++)
        {
            sij.Clear();
            for (int c = 0; c < f; c++)
            {
                Linear.Cholesky.AddScaled(sij, z.Slice((c * r) + q, n), z[(c * r) + i]);
            }

            for (int j = 0; j < n; j++)
            {
                lists[i].Add(new Contribution(owned[j], sij[j], sij[j] * confidence[j], values[j]));
            }

            result[i] = Contributors(lists[i], ofItems: true);
        }

        return result;
    }

    /// <summary>
    /// The upper triangle (from the register boundary at or before the diagonal) of A += Σ_j ye_j·y_jᵀ, row by row: row r
    /// gains Σ_j ye_j[r]·y_j, accumulated in registers over the n items instead of n rank-one passes over A.
    /// </summary>
    private static void AddWeightedGram(Span<double> a, ReadOnlySpan<double> ye, ReadOnlySpan<double> yu, int n, int f)
    {
        for (int r = 0; r < f; r++)
        {
            AddCombination(a.Slice(r * f, f), r & ~7, ye[r..], f, yu, f, n);
        }
    }

    /// <summary>The route through the Woodbury identity (an n_u × n_u system).</summary>
    private IReadOnlyList<Contributor>[] ExplainWoodbury(int u, int[] items, Workspace w)
    {
        int f = Options.Factors;
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        int n = owned.Length;
        var h = _itemGramInverse.Value;

        // One scratch buffer per thread, carved up: explanations run for every recommended list, so nothing is allocated here
        // but the results.
        var scratch = w.Scratch((2 * n * f) + (2 * n * n) + (3 * n) + f);
        var yu = scratch.AsSpan(0, n * f);
        var p = scratch.AsSpan(n * f, n * f);
        var k = scratch.AsSpan(2 * n * f, n * n);
        var chol = scratch.AsSpan((2 * n * f) + (n * n), n * n);
        var confidence = scratch.AsSpan((2 * n * f) + (2 * n * n), n);
        var t = scratch.AsSpan((2 * n * f) + (2 * n * n) + n, n);
        var z = scratch.AsSpan((2 * n * f) + (2 * n * n) + (2 * n), n);
        var weighted = w.Indices(n);
        var yi = scratch.AsSpan((2 * n * f) + (2 * n * n) + (3 * n), f);

        // Y_u in double, P = Y_u·H (n × f) and K = P·Y_uᵀ (n × n).
        for (int a = 0; a < n; a++)
        {
            Widen(ItemRow(owned[a]), yu.Slice(a * f, f));
            TimesH(yu.Slice(a * f, f), h, f, p.Slice(a * f, f));
        }

        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                k[(a * n) + b] = k[(b * n) + a] = Linear.Cholesky.Dot(p.Slice(a * f, f), yu.Slice(b * f, f));
            }
        }

        // M = E⁻¹ + K over the owned items with c − 1 > 0 (the others do not change W_u), factored once.
        int m = 0;
        for (int a = 0; a < n; a++)
        {
            confidence[a] = 1 + (Options.Alpha * (Data.Kind == FeedbackKind.Explicit ? 1 : values[a]));
            if (confidence[a] > 1)
            {
                weighted[m++] = a;
            }
        }

        var mm = chol[..(m * m)];
        for (int x = 0; x < m; x++)
        {
            int wx = weighted[x];
            for (int y = 0; y <= x; y++)
            {
                mm[(x * m) + y] = k[(wx * n) + weighted[y]] + (x == y ? 1 / (confidence[wx] - 1) : 0);
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        if (!Linear.Cholesky.Factor(mm, m))
        {
            Array.Fill(result, []);
            return result;
        }

        var lists = w.ContributionLists(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            Widen(ItemRow(items[i]), yi);
            for (int a = 0; a < n; a++)
            {
                t[a] = Linear.Cholesky.Dot(p.Slice(a * f, f), yi); // (Y_uHy_i)_a
            }

            for (int x = 0; x < m; x++)
            {
                z[x] = t[weighted[x]];
            }

            Linear.Cholesky.ForwardSolve(mm, m, z[..m]);
            Linear.Cholesky.BackSolve(mm, m, z[..m]); // z = M⁻¹t restricted to the weighted items
            for (int a = 0; a < n; a++)
            {
                double s;
                if (m == n)
                {
                    // Every owned item weighted (the usual case): t − KM⁻¹t = (M − K)M⁻¹t = E⁻¹z.
                    s = z[a] / (confidence[a] - 1);
                }
                else
                {
                    var row = k.Slice(a * n, n);
                    s = t[a];
                    for (int x = 0; x < m; x++)
                    {
                        s -= row[weighted[x]] * z[x];
                    }
                }

                lists[i].Add(new Contribution(owned[a], s, s * confidence[a], values[a]));
            }

            result[i] = Contributors(lists[i], ofItems: true);
        }

        return result;
    }

    /// <summary>YᵀY + λI of the final item factors (f × f, double).</summary>
    private double[] ItemGram()
    {
        int f = Options.Factors;
        var gram = Gram(_itemFactors, _stride, f, Lambda, Threads(Options.MaxDegreeOfParallelism));
        var g = new double[f * f];
        for (int r = 0; r < f; r++)
        {
            for (int c = 0; c < f; c++)
            {
                g[(r * f) + c] = gram[(r * _stride) + c];
            }
        }

        return g;
    }

    /// <summary>H = (YᵀY + λI)⁻¹ of the final item factors (f × f, double).</summary>
    private double[] GramInverse()
    {
        var h = (double[])_itemGram.Value.Clone();
        Linear.SymmetricInverse.Invert(h, Options.Factors, 1);
        return h;
    }

    /// <summary>row = yᵀH (H symmetric f × f): the combination Σ_r y[r]·(row r of H).</summary>
    private static void TimesH(ReadOnlySpan<double> y, double[] h, int f, Span<double> row)
    {
        row.Clear();
        AddCombination(row, 0, y, 1, h, f, f);
    }

    /// <summary>
    /// output[c] += Σ_k s[k·sStride]·m[k·mStride + c] for c from <paramref name="from"/> on, k in [0, count): 32 columns at a
    /// time in four registers, so four independent chains of fused multiply-adds keep the unit busy (one chain waits on each
    /// add's latency), then eight, then one.
    /// </summary>
    private static void AddCombination(Span<double> output, int from, ReadOnlySpan<double> s, int sStride, ReadOnlySpan<double> m, int mStride, int count)
    {
        int width = output.Length, c = from;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; c + 32 <= width; c += 32)
            {
                var a0 = Vector512.Create<double>(output.Slice(c, 8));
                var a1 = Vector512.Create<double>(output.Slice(c + 8, 8));
                var a2 = Vector512.Create<double>(output.Slice(c + 16, 8));
                var a3 = Vector512.Create<double>(output.Slice(c + 24, 8));
                for (int k = 0; k < count; k++)
                {
                    var sk = Vector512.Create(s[k * sStride]);
                    var mk = m.Slice((k * mStride) + c, 32);
                    a0 = Vector512.FusedMultiplyAdd(sk, Vector512.Create(mk[..8]), a0);
                    a1 = Vector512.FusedMultiplyAdd(sk, Vector512.Create(mk.Slice(8, 8)), a1);
                    a2 = Vector512.FusedMultiplyAdd(sk, Vector512.Create(mk.Slice(16, 8)), a2);
                    a3 = Vector512.FusedMultiplyAdd(sk, Vector512.Create(mk.Slice(24, 8)), a3);
                }

                a0.CopyTo(output.Slice(c, 8));
                a1.CopyTo(output.Slice(c + 8, 8));
                a2.CopyTo(output.Slice(c + 16, 8));
                a3.CopyTo(output.Slice(c + 24, 8));
            }

            for (; c + 8 <= width; c += 8)
            {
                var acc = Vector512.Create<double>(output.Slice(c, 8));
                for (int k = 0; k < count; k++)
                {
                    acc = Vector512.FusedMultiplyAdd(Vector512.Create(s[k * sStride]), Vector512.Create(m.Slice((k * mStride) + c, 8)), acc);
                }

                acc.CopyTo(output.Slice(c, 8));
            }
        }

        for (; c < width; c++)
        {
            double sum = output[c];
            for (int k = 0; k < count; k++)
            {
                sum += s[k * sStride] * m[(k * mStride) + c];
            }

            output[c] = sum;
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
