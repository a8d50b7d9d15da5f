using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EcomAI.Core.Recommendation.Linear;

/// <summary>Small SIMD helpers on float spans (512-bit where available, else 256-bit, else scalar).</summary>
internal static class VectorMath
{
    /// <summary>dst[i] += factor·src[i].</summary>
    public static void AddScaled(Span<float> dst, ReadOnlySpan<float> src, float factor)
    {
        int n = dst.Length;
        int i = 0;
        ref float d = ref MemoryMarshal.GetReference(dst);
        ref float s = ref MemoryMarshal.GetReference(src);
        if (Vector512.IsHardwareAccelerated)
        {
            var f = Vector512.Create(factor);
            for (; i + 16 <= n; i += 16)
            {
                Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref s, (nuint)i), f, Vector512.LoadUnsafe(ref d, (nuint)i)).StoreUnsafe(ref d, (nuint)i);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var f = Vector256.Create(factor);
            for (; i + 8 <= n; i += 8)
            {
                Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref s, (nuint)i), f, Vector256.LoadUnsafe(ref d, (nuint)i)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = MathF.FusedMultiplyAdd(Unsafe.Add(ref s, i), factor, Unsafe.Add(ref d, i));
        }
    }

    /// <summary>Σ x[i]·y[i] in float, accumulated lane-wise then reduced in a fixed order.</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = x.Length;
        int i = 0;
        ref float a = ref MemoryMarshal.GetReference(x);
        ref float b = ref MemoryMarshal.GetReference(y);
        float sum = 0;
        if (Vector512.IsHardwareAccelerated && n >= 16)
        {
            var acc = Vector512<float>.Zero;
            for (; i + 16 <= n; i += 16)
            {
                acc = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, (nuint)i), Vector512.LoadUnsafe(ref b, (nuint)i), acc);
            }

            sum = Vector512.Sum(acc);
        }
        else if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            var acc = Vector256<float>.Zero;
            for (; i + 8 <= n; i += 8)
            {
                acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, (nuint)i), Vector256.LoadUnsafe(ref b, (nuint)i), acc);
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            sum = MathF.FusedMultiplyAdd(Unsafe.Add(ref a, i), Unsafe.Add(ref b, i), sum);
        }

        return sum;
    }

    /// <summary>
    /// y = M·x for a symmetric s × s row-major matrix M (s a multiple of 16): y = Σ_b x[b]·M[b, :], 64 columns at a time in
    /// registers.
    /// </summary>
    public static void SymmetricTimes(ReadOnlySpan<float> m, int s, ReadOnlySpan<float> x, Span<float> y)
    {
        ref float mRef = ref MemoryMarshal.GetReference(m);
        ref float yRef = ref MemoryMarshal.GetReference(y);
        if (Vector512.IsHardwareAccelerated)
        {
            int c = 0;
            for (; c + 64 <= s; c += 64)
            {
                Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default;
                for (int b = 0; b < s; b++)
                {
                    var xb = Vector512.Create(x[b]);
                    ref float row = ref Unsafe.Add(ref mRef, (nint)(b * s) + c);
                    a0 = Vector512.FusedMultiplyAdd(xb, Vector512.LoadUnsafe(ref row), a0);
                    a1 = Vector512.FusedMultiplyAdd(xb, Vector512.LoadUnsafe(ref row, 16), a1);
                    a2 = Vector512.FusedMultiplyAdd(xb, Vector512.LoadUnsafe(ref row, 32), a2);
                    a3 = Vector512.FusedMultiplyAdd(xb, Vector512.LoadUnsafe(ref row, 48), a3);
                }

                a0.StoreUnsafe(ref yRef, (nuint)c);
                a1.StoreUnsafe(ref yRef, (nuint)(c + 16));
                a2.StoreUnsafe(ref yRef, (nuint)(c + 32));
                a3.StoreUnsafe(ref yRef, (nuint)(c + 48));
            }

            for (; c < s; c += 16)
            {
                Vector512<float> a0 = default;
                for (int b = 0; b < s; b++)
                {
                    a0 = Vector512.FusedMultiplyAdd(Vector512.Create(x[b]), Vector512.LoadUnsafe(ref Unsafe.Add(ref mRef, (nint)(b * s) + c)), a0);
                }

                a0.StoreUnsafe(ref yRef, (nuint)c);
            }

            return;
        }

        y[..s].Clear();
        for (int b = 0; b < s; b++)
        {
            AddScaled(y[..s], m.Slice(b * s, s), x[b]);
        }
    }
}
