namespace EcomAI.Core.Segmentation;

/// <summary>The iteration used between seeding and convergence. Both give identical assignments, centres and iteration counts.</summary>
public enum KMeansAlgorithm
{
    /// <summary>The default: currently Hamerly, the fastest variant measured on the benchmark data.</summary>
    Auto,

    /// <summary>Hamerly's bounds: one lower bound per point; skips distance computations that cannot change a point's centre.</summary>
    Hamerly,

    /// <summary>Elkan's bounds: one lower bound per point and centre (stored as float); fewest distance computations.</summary>
    Elkan,

    /// <summary>Plain Lloyd: every point against every centre each iteration (the reference).</summary>
    Lloyd,
}
