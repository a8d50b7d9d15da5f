namespace EcomAI.Core.Segmentation;

/// <summary>The iteration used between seeding and convergence. Both give identical assignments, centres and iteration counts.</summary>
public enum KMeansAlgorithm
{
    /// <summary>Hamerly's bounds (the default): skips distance computations that cannot change a point's centre.</summary>
    Hamerly,

    /// <summary>Plain Lloyd: every point against every centre each iteration (the reference).</summary>
    Lloyd,
}
