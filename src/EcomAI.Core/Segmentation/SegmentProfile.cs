namespace EcomAI.Core.Segmentation;

/// <summary>What one segment looks like, in original units, what sets it apart, and what to do with it.</summary>
/// <param name="Segment">
/// Segment number: for K-means 1..K, best first (by the map order of the segment's cell, then by the centre's
/// R + F + M score); for the RFM map, the position of the name in <see cref="RfmSegmentMap.Segments"/> (1 = Champions …
/// 11 = Lost), the same in every data set.
/// </param>
/// <param name="Label">Unique name: the map segment, plus what differs when two segments share a cell ("At risk — high spend").</param>
/// <param name="MapSegment">The RFM map segment the label starts from (one of <see cref="RfmSegmentMap.Segments"/>).</param>
/// <param name="Cluster">The K-means cluster index behind the segment; for the RFM map, the map position (0 = Champions).</param>
/// <param name="Size">Customers in the segment (0 is possible when a model is applied to other data).</param>
/// <param name="Share">Size / all customers.</param>
/// <param name="MeanRecencyDays">Mean recency of the members, days (NaN when empty).</param>
/// <param name="MeanFrequency">Mean number of orders.</param>
/// <param name="MeanMonetary">Mean monetary value.</param>
/// <param name="MeanRScore">Mean recency score (1–5).</param>
/// <param name="MeanFScore">Mean frequency score (1–5).</param>
/// <param name="MeanMScore">Mean monetary score (1–5).</param>
/// <param name="RScore">Recency score of the map cell that named the segment (K-means: of the centre; map: the members' most common cell).</param>
/// <param name="FmScore">Frequency-monetary score of that cell.</param>
/// <param name="RecencyVsAverage">Mean recency / mean recency of all customers (NaN when that average is not positive).</param>
/// <param name="FrequencyVsAverage">Mean frequency / mean frequency of all customers.</param>
/// <param name="MonetaryVsAverage">Mean monetary / mean monetary of all customers (NaN when that average is not positive).</param>
/// <param name="Distinction">
/// What sets the segment apart, in original units and against the average, strongest first, e.g.
/// "recency 189 days (3.1× the average); 1.2 orders (0.4× the average)".
/// </param>
/// <param name="Action">A suggested action for the map segment (<see cref="RfmSegmentMap.ActionFor"/>).</param>
public sealed record SegmentProfile(
    int Segment,
    string Label,
    string MapSegment,
    int Cluster,
    int Size,
    double Share,
    double MeanRecencyDays,
    double MeanFrequency,
    double MeanMonetary,
    double MeanRScore,
    double MeanFScore,
    double MeanMScore,
    int RScore,
    int FmScore,
    double RecencyVsAverage,
    double FrequencyVsAverage,
    double MonetaryVsAverage,
    string Distinction,
    string Action);
