namespace EcomAI.Core.Segmentation;

/// <summary>The iteration used between seeding and convergence. Both give identical assignments, centres and iteration counts.</summary>
public enum KMeansAlgorithm
{
    /// <summary>
    /// The default: Hamerly's bounds (one upper and one lower bound per point) skip the points whose centre cannot
    /// change, so far fewer distances are computed than by Lloyd's iteration (Hamerly 2010).
    /// </summary>
    Hamerly,

    /// <summary>Plain Lloyd: every point against every centre each iteration (the reference).</summary>
    Lloyd,
}
