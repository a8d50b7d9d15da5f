namespace EcomAI.Core.Recommendation;

/// <summary>
/// Stored similarities: a dense n × n matrix (explicit data, n ≤ <see cref="KnnOptions.MaxDenseEntities"/>) or, for implicit
/// data, each entity's k most similar others (best first, ties by index) in compressed rows: O(n·k) memory.
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

    public static SimilarityTable TopK(SimilarityKernel kernel, int k, ParallelOptions parallel)
    {
        int n = kernel.EntityCount;
        var rowIds = new int[n][];
        var rowSims = new float[n][];
        // Scratch buffers are entity-sized: pool them so Parallel.For's task churn does not reallocate them.
        var pool = new System.Collections.Concurrent.ConcurrentBag<(SimilarityKernel.Scratch, TopKHeap)>();
        Parallel.For(0, n, parallel, () => pool.TryTake(out var s) ? s : (kernel.CreateScratch(), new TopKHeap(k)), (a, _, local) =>
        {
            var sink = new HeapSink(local.Item2);
            kernel.ComputeRow(a, local.Item1, ref sink);
            var heap = local.Item2;
            var ids = new int[heap.Count];
            Span<double> drained = heap.Count <= 256 ? stackalloc double[heap.Count] : new double[heap.Count];
            heap.DrainDescending(drained, ids);
            var sims = new float[ids.Length];
            for (int j = 0; j < sims.Length; j++)
            {
                sims[j] = (float)drained[j]; // exact: the pushed values were floats
            }

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

    /// <summary>Stored neighbours of <paramref name="a"/>, best first (top-k tables only).</summary>
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

        var ids = NeighborIds(a);
        var sims = NeighborSims(a);
        int p = ids.IndexOf(b);
        return p < 0 ? 0f : sims[p];
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
