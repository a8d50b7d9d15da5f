namespace EcomAI.Core.Tests.Segmentation;

/// <summary>
/// The fixed data set of sklearn_reference.py (beside this file), copied verbatim. Expected figures in the tests
/// were printed by that script under Debian's scikit-learn 1.2.1:
/// <c>/usr/bin/python3 tests/EcomAI.Core.Tests/Segmentation/sklearn_reference.py</c>.
/// </summary>
internal static class ReferenceData
{
    internal static readonly double[,] X =
    {
        { 1.0, 2.0, 0.5 }, { 1.5, 1.8, 0.7 }, { 0.8, 2.4, 0.2 }, { 1.2, 2.9, 1.1 }, { 2.1, 1.6, 0.4 }, { 0.4, 1.1, 0.9 },
        { 1.9, 2.2, 1.5 }, { 1.1, 0.9, 0.3 },
        { 6.0, 7.5, 3.0 }, { 5.5, 8.1, 2.6 }, { 6.8, 7.2, 3.9 }, { 5.1, 6.6, 2.2 }, { 6.3, 8.8, 3.1 }, { 7.0, 6.9, 2.8 },
        { 5.8, 7.7, 4.4 }, { 4.6, 5.9, 3.3 },
        { 9.0, 1.0, 6.0 }, { 8.4, 1.7, 5.2 }, { 9.6, 0.4, 6.9 }, { 8.8, 2.3, 5.8 }, { 10.1, 1.2, 6.3 }, { 7.9, 0.8, 7.1 },
        { 3.5, 4.0, 2.5 }, { 8.0, 3.2, 4.0 },
    };

    internal static readonly int[] Labels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 1, 2];

    /// <summary>Labels with row 22 moved to cluster 0 and row 7 alone in cluster 3.</summary>
    internal static int[] Labels2()
    {
        var l = (int[])Labels.Clone();
        l[22] = 0;
        l[7] = 3;
        return l;
    }
}
