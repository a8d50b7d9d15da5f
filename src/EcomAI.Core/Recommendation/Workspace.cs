namespace EcomAI.Core.Recommendation;

/// <summary>Per-thread scratch buffers of a recommender, so that scoring allocates nothing per item.</summary>
internal sealed class Workspace
{
    public Workspace(int items, int neighbors)
    {
        Scores = new double[items];
        Marks = new int[items];
        Touched = new int[items];
        Heap = new TopKHeap(neighbors);
        NeighborSims = new double[neighbors];
        NeighborPositions = new int[neighbors];
    }

    /// <summary>Accumulated scores by item (implicit scoring).</summary>
    public double[] Scores { get; }

    /// <summary>Accumulated similarity weights by item (explicit user-based top-N), zero between uses.</summary>
    public double[] Weights => _weights ??= new double[Scores.Length];

    private double[]? _weights;

    /// <summary>Neighbour counts by item (explicit user-based top-N), zero between uses.</summary>
    public int[] Counts => _counts ??= new int[Scores.Length];

    private int[]? _counts;

    /// <summary>A dense per-item score buffer (dense-scoring models), grown on demand.</summary>
    public float[] DenseScores => _dense ??= new float[Scores.Length];

    private float[]? _dense;

    /// <summary>Stamp marks by item (membership without clearing).</summary>
    public int[] Marks { get; }

    /// <summary>Current stamp for <see cref="Marks"/>.</summary>
    public int Stamp { get; set; }

    /// <summary>Items touched during implicit scoring.</summary>
    public int[] Touched { get; }

    /// <summary>Neighbour selection heap (capacity k).</summary>
    public TopKHeap Heap { get; }

    /// <summary>Selected neighbours' similarities, best first.</summary>
    public double[] NeighborSims { get; }

    /// <summary>Selected neighbours' positions (in the item's rater list or the user's item list).</summary>
    public int[] NeighborPositions { get; }

    /// <summary>Top-N heap, grown on demand.</summary>
    public TopKHeap? TopHeap { get; set; }

    /// <summary>Top-N result ids, best first.</summary>
    public int[] TopIds { get; set; } = [];

    /// <summary>Top-N result scores, best first.</summary>
    public double[] TopScores { get; set; } = [];

    /// <summary>Reusable per-item contribution lists for explanations (at least <paramref name="n"/>, each cleared).</summary>
    public List<Contribution>[] ContributionLists(int n)
    {
        if (_contributions.Length < n)
        {
            _contributions = new List<Contribution>[n];
            for (int k = 0; k < n; k++)
            {
                _contributions[k] = [];
            }
        }

        for (int k = 0; k < n; k++)
        {
            _contributions[k].Clear();
        }

        return _contributions;
    }

    private List<Contribution>[] _contributions = [];

    /// <summary>A scratch buffer of at least <paramref name="length"/> doubles (contents undefined), grown on demand.</summary>
    public double[] Scratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new double[Math.Max(length, _scratch.Length * 2)];
        }

        return _scratch;
    }

    private double[] _scratch = [];

    /// <summary>A scratch span of <paramref name="length"/> indices (contents undefined), grown on demand.</summary>
    public Span<int> Indices(int length)
    {
        if (_indices.Length < length)
        {
            _indices = new int[Math.Max(length, _indices.Length * 2)];
        }

        return _indices.AsSpan(0, length);
    }

    private int[] _indices = [];

    /// <summary>A cleared top-N heap of capacity n with matching result buffers.</summary>
    public TopKHeap TopN(int n)
    {
        if (TopHeap is null || TopHeap.Capacity != n)
        {
            TopHeap = new TopKHeap(n);
            TopIds = new int[n];
            TopScores = new double[n];
        }

        TopHeap.Clear();
        return TopHeap;
    }
}
