using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

/// <summary>
/// The 4-user × 5-item table every hand computation in these tests uses ("-" = not rated, which is unknown, not 0):
/// <code>
///      i1 i2 i3 i4 i5
///   A   5  3  -  1  -
///   B   4  -  4  1  2
///   C   1  1  5  5  4
///   D   -  3  4  4  5
/// </code>
/// User means: A 3, B 11/4, C 16/5, D 4. Item means: i1 10/3, i2 7/3, i3 13/3, i4 11/4, i5 11/3.
/// </summary>
internal static class HandTable
{
    public static InteractionMatrix Ratings() => InteractionMatrix.FromInteractions(
    [
        new("A", "i1", 5), new("A", "i2", 3), new("A", "i4", 1),
        new("B", "i1", 4), new("B", "i3", 4), new("B", "i4", 1), new("B", "i5", 2),
        new("C", "i1", 1), new("C", "i2", 1), new("C", "i3", 5), new("C", "i4", 5), new("C", "i5", 4),
        new("D", "i2", 3), new("D", "i3", 4), new("D", "i4", 4), new("D", "i5", 5),
    ], new InteractionOptions { Scale = new RatingScale(1, 5) });
}
