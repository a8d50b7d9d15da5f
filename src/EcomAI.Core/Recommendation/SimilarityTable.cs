namespace EcomAI.Core.Recommendation;

/// <summary>
/// Stored similarities: a dense n × n matrix (explicit data, small n: every pair, as Surprise keeps them) or each entity's m
/// most similar others (positive similarity, ties by index) in compressed rows, O(n·m) memory. Sparse rows are kept in
/// ascending neighbour index, so a pair is found by binary search.
/// </summary>
internal sealed class SimilarityTable
{
    private readonly float[]? _dense;
    private readonly int[]? _offsets;
    private readonly int[]? _ids;
    private readonly float[]? _sims;

    private SimilarityTable(int n, float[]? dense, int[]? offsets, int[]? ids, float[]? sims)
    {
        Count = n;
        _dense = dense;
        _offsets = offsets;
        _ids = ids;
        _sims = sims;
    }

    public int Count { get; }

    public bool IsDense => _dense is not null;

    public static SimilarityTable Dense(SimilarityKernel kernel, ParallelOptions parallel)
    {
        int n = kernel.EntityCount;
        var dense = new float[(long)n * n];
        var pool = new System.Collections.Concurrent.ConcurrentBag<SimilarityKernel.Scratch>();
        Parallel.For(0, n, parallel, () => pool.TryTake(out var s) ? s : kernel.CreateScratch(), (a, _, scratch) =>
        {
            var sink = new DenseSink(dense, (long)a * n);
            kernel.ComputeRow(a, scratch, ref sink);
            dense[((long)a * n) + a] = 1f;
            return scratch;
        }, pool.Add);
        return new SimilarityTable(n, dense, null, null, null);
    }

    /// <summary>Each entity's <paramref name="k"/> most similar others (positive similarities; ties by lower index).</summary>
    public static SimilarityTable TopK(SimilarityKernel kernel, int k, ParallelOptions parallel)
    {
        int n = kernel.EntityCount;
        var rowIds = new int[n][];
        var rowSims = new float[n][];
        // Scratch buffers are entity-sized: pool them so Parallel.For's task churn does not reallocate them.
        var pool = new System.Collections.Concurrent.ConcurrentBag<(SimilarityKernel.Scratch, TopKHeap)>();
        Parallel.For(0, n, parallel, () => pool.TryTake(out var s) ? s : (kernel.CreateScratch(), new TopKHeap(k)), (a, _, local) =>
        {
            var heap = local.Item2;
            heap.Clear();
            var sink = new HeapSink(heap);
            kernel.ComputeRow(a, local.Item1, ref sink);
            var ids = new int[heap.Count];
            var sims = new float[heap.Count];
            for (int j = 0; j < ids.Length; j++)
            {
                ids[j] = heap.IdAt(j);
                sims[j] = (float)heap.ScoreAt(j); // exact: the pushed values were floats
            }

            heap.Clear();
            Array.Sort(ids, sims);
            rowIds[a] = ids;
            rowSims[a] = sims;
            return local;
        }, pool.Add);

        var offsets = new int[n + 1];
        for (int a = 0; a < n; a++)
        {
            offsets[a + 1] = offsets[a] + rowIds[a].Length;
        }

        var allIds = new int[offsets[n]];
        var allSims = new float[offsets[n]];
        for (int a = 0; a < n; a++)
        {
            rowIds[a].CopyTo(allIds, offsets[a]);
            rowSims[a].CopyTo(allSims, offsets[a]);
        }

        return new SimilarityTable(n, null, offsets, allIds, allSims);
    }

    /// <summary>Dense row of entity <paramref name="a"/> (dense tables only).</summary>
    public ReadOnlySpan<float> Row(int a) => _dense.AsSpan((int)((long)a * Count), Count);

    /// <summary>Stored neighbours of <paramref name="a"/> in ascending index (sparse tables only).</summary>
    public ReadOnlySpan<int> NeighborIds(int a) => _ids.AsSpan(_offsets![a], _offsets[a + 1] - _offsets[a]);

    /// <summary>Similarities aligned with <see cref="NeighborIds"/>.</summary>
    public ReadOnlySpan<float> NeighborSims(int a) => _sims.AsSpan(_offsets![a], _offsets[a + 1] - _offsets[a]);

    /// <summary>Stored similarity of (a, b): dense lookup, or 0 when b is not among a's stored neighbours.</summary>
    public float Get(int a, int b)
    {
        if (_dense is not null)
        {
            return _dense[((long)a * Count) + b];
        }

        int p = NeighborIds(a).BinarySearch(b);
        return p < 0 ? 0f : NeighborSims(a)[p];
    }

    /// <summary>Positive-similarity neighbours of <paramref name="a"/> (not a itself), most similar first, ties by index.</summary>
    public int[] Ordered(int a)
    {
        if (_dense is null)
        {
            var ids = NeighborIds(a).ToArray();
            var keys = NeighborSims(a).ToArray();
            // Stored rows hold positive similarities only; ascending index order makes the sort's ties resolve by index.
            var order = Enumerable.Range(0, ids.Length).ToArray();
            Array.Sort(order, (x, y) => keys[x] != keys[y] ? keys[y].CompareTo(keys[x]) : x.CompareTo(y));
            return [.. order.Select(k => ids[k])];
        }

        var row = Row(a);
        var list = new List<int>();
        for (int b = 0; b < row.Length; b++)
        {
            if (b != a && row[b] > 0)
            {
                list.Add(b);
            }
        }

        var sims = _dense;
        long start = (long)a * Count;
        list.Sort((x, y) => sims[start + x] != sims[start + y] ? sims[start + y].CompareTo(sims[start + x]) : x.CompareTo(y));
        return [.. list];
    }

    /// <summary>Approximate bytes held.</summary>
    public long Bytes => _dense is not null ? _dense.LongLength * 4 : (_ids!.LongLength * 8) + (_offsets!.LongLength * 4);

    private readonly struct DenseSink(float[] dense, long rowStart) : ISimilaritySink
    {
        public void Add(int other, float similarity) => dense[rowStart + other] = similarity;
    }

    private readonly struct HeapSink(TopKHeap heap) : ISimilaritySink
    {
        public void Add(int other, float similarity)
        {
            // Only positive similarities can ever be neighbours.
            if (similarity > 0)
            {
                heap.Push(similarity, other);
            }
        }
    }
}
