namespace EcomAI.Core.Recommendation;

/// <summary>
/// Keeps the k best (score, index) pairs: higher score first, ties broken by lower index, so selection is a total order
/// and does not depend on the order candidates arrive in (or on thread count).
/// </summary>
internal sealed class TopKHeap
{
    private readonly double[] _scores;
    private readonly int[] _ids;

    public TopKHeap(int capacity)
    {
        _scores = new double[capacity];
        _ids = new int[capacity];
    }

    public int Count { get; private set; }

    public int Capacity => _scores.Length;

    public void Clear() => Count = 0;

    /// <summary>Score of the k-th kept entry, in heap (not rank) order.</summary>
    public double ScoreAt(int k) => _scores[k];

    /// <summary>Id of the k-th kept entry, in heap (not rank) order.</summary>
    public int IdAt(int k) => _ids[k];

    /// <summary>True when (s1, i1) ranks below (s2, i2).</summary>
    private static bool Worse(double s1, int i1, double s2, int i2) => s1 < s2 || (s1 == s2 && i1 > i2);

    public void Push(double score, int id)
    {
        if (Count < _scores.Length)
        {
            int c = Count++;
            while (c > 0)
            {
                int parent = (c - 1) >> 1;
                if (!Worse(score, id, _scores[parent], _ids[parent]))
                {
                    break;
                }

                _scores[c] = _scores[parent];
                _ids[c] = _ids[parent];
                c = parent;
            }

            _scores[c] = score;
            _ids[c] = id;
            return;
        }

        if (_scores.Length == 0 || !Worse(_scores[0], _ids[0], score, id))
        {
            return;
        }

        SiftDown(score, id, Count);
    }

    private void SiftDown(double score, int id, int count)
    {
        int c = 0;
        while (true)
        {
            int child = (2 * c) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Worse(_scores[child + 1], _ids[child + 1], _scores[child], _ids[child]))
            {
                child++;
            }

            if (!Worse(_scores[child], _ids[child], score, id))
            {
                break;
            }

            _scores[c] = _scores[child];
            _ids[c] = _ids[child];
            c = child;
        }

        _scores[c] = score;
        _ids[c] = id;
    }

    /// <summary>Empties the heap into the spans, best first; returns the count.</summary>
    public int DrainDescending(Span<double> scores, Span<int> ids)
    {
        int n = Count;
        for (int k = n - 1; k >= 0; k--)
        {
            scores[k] = _scores[0];
            ids[k] = _ids[0];
            int last = --Count;
            if (last > 0)
            {
                SiftDown(_scores[last], _ids[last], last);
            }
        }

        return n;
    }
}
