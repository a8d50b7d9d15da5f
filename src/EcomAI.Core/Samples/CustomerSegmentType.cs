namespace EcomAI.Core.Samples;

/// <summary>A latent customer segment of <see cref="TransactionGenerator"/>: its name (a segment of the RFM map), share and typical behaviour.</summary>
/// <param name="Name">The segment type, one of <see cref="Segmentation.RfmSegmentMap.Segments"/> for the built-in types.</param>
/// <param name="Share">Relative weight of the segment among the customers (shares are normalised to sum to 1).</param>
/// <param name="RecencyDays">Median days from the last order to the as-of date (log-normal, σ = 0.3, clamped to 1..364).</param>
/// <param name="Orders">Median number of orders (log-normal, σ = 0.2, at least 2); below 2, one order plus a second with probability Orders − 1.</param>
/// <param name="OrderValue">Median order value (log-normal, σ = 0.25, rounded to cents).</param>
public sealed record CustomerSegmentType(string Name, double Share, double RecencyDays, double Orders, double OrderValue);
