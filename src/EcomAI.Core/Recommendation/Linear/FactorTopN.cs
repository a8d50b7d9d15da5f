using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EcomAI.Core.Recommendation.Linear;

/// <summary>
/// Top-N by dot products against every item's factor vector, for many users at once: the item factors are stored in
/// blocks of 16 items with the factors interleaved ([block][factor][16 items]), so a 512-bit register holds one factor of
/// 16 items and four users × 32 items are scored in registers without horizontal sums; item tiles of 1,024 items stay in
/// cache while a group of users is scored against them. Only scores at or above a user's current 10th best leave the kernel.
/// </summary>
/// <remarks>
/// Exact, with pruning: the items are stored in decreasing order of their factor norm ‖y‖, and by Cauchy–Schwarz no item can
/// score above ‖x‖·‖y‖, so once that bound for the next block falls below a user's current n-th best score no later item can
/// enter the list and the user is done (the bound is inflated by the float rounding of an f-term dot product, 4·f·2⁻²⁴, so
/// nothing that brute force would keep is cut). Implicit-feedback factors have a few large norms (popular items) and many
/// small ones; on the 1 M × 100 k benchmark a user's list is settled after ≈ 0.2 % of the items. The result is the same as
/// scoring every item: the heap orders ties by item index, not by arrival.
/// </remarks>
internal sealed class FactorTopN
{
    private const int Lanes = 16;
    private const int TileBlocks = 64; // 1,024 items per tile

    private readonly float[] _blocks; // [block][factor][lane], items in decreasing norm order
    private readonly int[] _order; // position → item index
    private readonly double[] _blockNorm; // largest ‖y‖ in each block (its first item's)
    private readonly double _margin; // 1 + the rounding allowance of a float dot product
    private readonly int _items;
    private readonly int _factors;
    private readonly int _blockCount;

    /// <summary>Copies the item factors into scoring blocks.</summary>
    /// <param name="itemRows">Row-major items × <paramref name="stride"/>, the first <paramref name="factors"/> of each row used.</param>
    /// <param name="items">Number of items.</param>
    /// <param name="stride">Row length of <paramref name="itemRows"/>.</param>
    /// <param name="factors">Number of factors.</param>
    public FactorTopN(ReadOnlySpan<float> itemRows, int items, int stride, int factors)
    {
        _items = items;
        _factors = factors;
        _blockCount = (items + Lanes - 1) / Lanes;
        _blocks = new float[(long)_blockCount * factors * Lanes];
        _margin = 1 + (4.0 * factors / (1 << 24));
        var norms = new double[items];
        for (int i = 0; i < items; i++)
        {
            norms[i] = Norm(itemRows.Slice(i * stride, factors));
        }

        _order = new int[items];
        for (int i = 0; i < items; i++)
        {
            _order[i] = i;
        }

        // Decreasing norm, ties by index: a total order (CompareTo ranks NaN lowest), so the layout is the same on every run.
        Array.Sort(_order, (a, b) =>
        {
            int byNorm = norms[b].CompareTo(norms[a]);
            return byNorm != 0 ? byNorm : a.CompareTo(b);
        });
        _blockNorm = new double[_blockCount];
        for (int pos = 0; pos < items; pos++)
        {
            int i = _order[pos], b = pos / Lanes, lane = pos % Lanes;
            if (lane == 0)
            {
                _blockNorm[b] = norms[i];
            }

            for (int f = 0; f < factors; f++)
            {
                _blocks[((long)b * factors * Lanes) + (f * Lanes) + lane] = itemRows[(i * stride) + f];
            }
        }
    }

    /// <summary>Euclidean norm in double of a float vector.</summary>
    private static double Norm(ReadOnlySpan<float> v)
    {
        double s = 0;
        foreach (float x in v)
        {
            s += (double)x * x;
        }

        return Math.Sqrt(s);
    }

    /// <summary>
    /// For each user vector (rows of <paramref name="users"/>, stride <paramref name="stride"/>) pushes every eligible item whose
    /// score can enter its top list into <paramref name="heaps"/>[k]; <paramref name="eligible"/>(k, item) says whether user k may
    /// get the item (seen and filtered items are not).
    /// </summary>
    public void Score(ReadOnlySpan<float> users, int count, int stride, TopKHeap[] heaps, Func<int, int, bool> eligible)
    {
        Span<float> floor = stackalloc float[count];
        floor.Fill(float.NegativeInfinity);
        Span<double> bound = stackalloc double[count]; // ‖x‖ with the rounding allowance
        Span<bool> done = stackalloc bool[count];
        for (int k = 0; k < count; k++)
        {
            bound[k] = Norm(users.Slice(k * stride, _factors)) * _margin;
        }

        Span<float> out4 = stackalloc float[4 * 2 * Lanes];
        for (int t0 = 0; t0 < _blockCount; t0 += TileBlocks)
        {
            int t1 = Math.Min(_blockCount, t0 + TileBlocks);
            int k = 0;
            for (; k + 4 <= count; k += 4)
            {
                for (int b = t0; b < t1 && !done[k]; b += 2)
                {
                    if (Settled(k, 4, b, bound, floor))
                    {
                        done.Slice(k, 4).Fill(true);
                        break;
                    }

                    int pair = Math.Min(2, t1 - b);
                    Kernel4(users, k, stride, b, pair, out4);
                    Collect(out4, k, 4, b, pair, floor, heaps, eligible);
                }
            }

            for (; k < count; k++)
            {
                for (int b = t0; b < t1 && !done[k]; b += 2)
                {
                    if (Settled(k, 1, b, bound, floor))
                    {
                        done[k] = true;
                        break;
                    }

                    int pair = Math.Min(2, t1 - b);
                    Kernel1(users.Slice(k * stride, _factors), b, pair, out4);
                    Collect(out4, k, 1, b, pair, floor, heaps, eligible);
                }
            }
        }
    }

    /// <summary>True when no item from <paramref name="block"/> on can enter the lists of users k0 … k0 + users − 1.</summary>
    private bool Settled(int k0, int users, int block, ReadOnlySpan<double> bound, ReadOnlySpan<float> floor)
    {
        double itemNorm = _blockNorm[block];
        for (int k = k0; k < k0 + users; k++)
        {
            if (!(bound[k] * itemNorm < floor[k]))
            {
                return false;
            }
        }

        return true;
    }

    private void Collect(Span<float> scores, int k0, int users, int block, int pair, Span<float> floor, TopKHeap[] heaps, Func<int, int, bool> eligible)
    {
        for (int u = 0; u < users; u++)
        {
            int k = k0 + u;
            var heap = heaps[k];
            float min = floor[k];
            for (int h = 0; h < pair; h++)
            {
                var lanes = scores.Slice((u * 2 * Lanes) + (h * Lanes), Lanes);
                // Most blocks hold no score that can still enter the list: one vector compare skips them.
                if (Vector512.IsHardwareAccelerated
                    && Vector512.GreaterThanOrEqualAny(Vector512.Create<float>(lanes), Vector512.Create(min)) is false)
                {
                    continue;
                }

                for (int p = 0; p < Lanes; p++)
                {
                    float s = lanes[p];
                    int pos = ((block + h) * Lanes) + p;
                    if (s < min || pos >= _items)
                    {
                        continue;
                    }

                    int item = _order[pos];
                    if (!eligible(k, item))
                    {
                        continue;
                    }

                    heap.Push(s, item);
                    if (heap.Count == heap.Capacity)
                    {
                        min = (float)heap.ScoreAt(0);
                    }
                }
            }

            floor[k] = min;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Kernel4(ReadOnlySpan<float> users, int k, int stride, int block, int pair, Span<float> output)
    {
        int f = _factors;
        ref float b0 = ref _blocks[(long)block * f * Lanes];
        ref float b1 = ref pair == 2 ? ref _blocks[(long)(block + 1) * f * Lanes] : ref b0;
        ref float x0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(users), k * stride);
        ref float x1 = ref Unsafe.Add(ref x0, stride);
        ref float x2 = ref Unsafe.Add(ref x1, stride);
        ref float x3 = ref Unsafe.Add(ref x2, stride);
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> a00 = default, a01 = default, a10 = default, a11 = default;
            Vector512<float> a20 = default, a21 = default, a30 = default, a31 = default;
            for (int q = 0; q < f; q++)
            {
                var y0 = Vector512.LoadUnsafe(ref b0, (nuint)(q * Lanes));
                var y1 = Vector512.LoadUnsafe(ref b1, (nuint)(q * Lanes));
                var u0 = Vector512.Create(Unsafe.Add(ref x0, q));
                var u1 = Vector512.Create(Unsafe.Add(ref x1, q));
                var u2 = Vector512.Create(Unsafe.Add(ref x2, q));
                var u3 = Vector512.Create(Unsafe.Add(ref x3, q));
                a00 = Vector512.FusedMultiplyAdd(u0, y0, a00);
                a01 = Vector512.FusedMultiplyAdd(u0, y1, a01);
                a10 = Vector512.FusedMultiplyAdd(u1, y0, a10);
                a11 = Vector512.FusedMultiplyAdd(u1, y1, a11);
                a20 = Vector512.FusedMultiplyAdd(u2, y0, a20);
                a21 = Vector512.FusedMultiplyAdd(u2, y1, a21);
                a30 = Vector512.FusedMultiplyAdd(u3, y0, a30);
                a31 = Vector512.FusedMultiplyAdd(u3, y1, a31);
            }

            ref float o = ref MemoryMarshal.GetReference(output);
            a00.StoreUnsafe(ref o, 0);
            a01.StoreUnsafe(ref o, 16);
            a10.StoreUnsafe(ref o, 32);
            a11.StoreUnsafe(ref o, 48);
            a20.StoreUnsafe(ref o, 64);
            a21.StoreUnsafe(ref o, 80);
            a30.StoreUnsafe(ref o, 96);
            a31.StoreUnsafe(ref o, 112);
            return;
        }

        for (int u = 0; u < 4; u++)
        {
            Kernel1(users.Slice((k + u) * stride, f), block, pair, output.Slice(u * 2 * Lanes));
        }
    }

    private void Kernel1(ReadOnlySpan<float> x, int block, int pair, Span<float> output)
    {
        int f = _factors;
        for (int h = 0; h < pair; h++)
        {
            var b = _blocks.AsSpan((int)((long)(block + h) * f * Lanes), f * Lanes);
            var o = output.Slice(h * Lanes, Lanes);
            o.Clear();
            for (int q = 0; q < f; q++)
            {
                VectorMath.AddScaled(o, b.Slice(q * Lanes, Lanes), x[q]);
            }
        }
    }
}
