namespace EcomAI.Core.Segmentation;

/// <summary>
/// The score any (recency, frequency, monetary) value would get among a reference table's customers:
/// score = 1 + ⌊5 · (customers strictly worse) / n⌋, the same quintile rule as <see cref="Rfm.QuintileScores"/>
/// (for a member of the table it gives exactly its own score; a value better than all of them scores 5). Worse = more
/// days for recency, less for F and M.
/// </summary>
internal sealed class RfmScoreIndex
{
    private readonly double[] _recency;
    private readonly double[] _frequency;
    private readonly double[] _monetary;

    public RfmScoreIndex(RfmTable reference)
    {
        int n = reference.Count;
        _recency = new double[n];
        _frequency = new double[n];
        _monetary = new double[n];
        for (int i = 0; i < n; i++)
        {
            var c = reference.Customers[i];
            _recency[i] = c.RecencyDays;
            _frequency[i] = c.Frequency;
            _monetary[i] = c.Monetary;
        }

        Array.Sort(_recency);
        Array.Sort(_frequency);
        Array.Sort(_monetary);
    }

    public int Count => _recency.Length;

    public int RScore(double recencyDays) => Score(_recency.Length - CountAtMost(_recency, recencyDays));

    public int FScore(double frequency) => Score(CountBelow(_frequency, frequency));

    public int MScore(double monetary) => Score(CountBelow(_monetary, monetary));

    // A value better than every reference customer (worse = n) still scores 5.
    private int Score(int worse) => Math.Min(5, 1 + (int)(5L * worse / Count));

    // Number of sorted values strictly below v.
    private static int CountBelow(double[] sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Number of sorted values at most v.
    private static int CountAtMost(double[] sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
