namespace EcomAI.Core.Segmentation;

/// <summary>One cell of the standard RFM segment map.</summary>
/// <param name="RScore">Recency score, 1–5 (5 = most recent).</param>
/// <param name="FmScore">Frequency-monetary score, 1–5 (see <see cref="RfmSegmentMap.FmScore"/>).</param>
/// <param name="Segment">The segment name of the cell.</param>
public sealed record RfmMapCell(int RScore, int FmScore, string Segment);
