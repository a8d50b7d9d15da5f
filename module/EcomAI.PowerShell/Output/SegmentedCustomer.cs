using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One customer with its segment: the output of <c>Get-CustomerSegment</c>.</summary>
public sealed class SegmentedCustomer
{
    private readonly SegmentationResult _result;

    internal SegmentedCustomer(CustomerSegment customer, SegmentationResult result)
    {
        _result = result;
        CustomerId = customer.CustomerId;
        Segment = customer.Segment;
        Label = customer.Label;
        Recency = customer.RecencyDays;
        Frequency = customer.Frequency;
        Monetary = customer.Monetary;
        RfmCode = customer.RfmCode;
        MapSegment = customer.MapSegment;
        DistanceToCentre = customer.DistanceToCentre;
        K = result.K;
        KChoice = result.Choice;
    }

    /// <summary>Customer identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Segment number, best first (K-means: 1..K in the map's order; RFM map: 1 = Champions … 11 = Lost).</summary>
    public int Segment { get; }

    /// <summary>Segment name from the standard RFM map, unique ("At risk — high spend" when two segments share a cell).</summary>
    public string Label { get; }

    /// <summary>Days from the last purchase to the reference date.</summary>
    public int Recency { get; }

    /// <summary>Number of purchases (orders when an order column exists).</summary>
    public int Frequency { get; }

    /// <summary>Total spend.</summary>
    public double Monetary { get; }

    /// <summary>R, F and M quintile scores as a three-digit code, e.g. "545".</summary>
    public string RfmCode { get; }

    /// <summary>The customer's own cell on the standard RFM map (from its own scores), whatever the method.</summary>
    public string MapSegment { get; }

    /// <summary>Distance to the segment centre in the scaled feature space.</summary>
    public double DistanceToCentre { get; }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>How the segments were made: K-means with K given or chosen automatically (rule, runner-ups, skipped K), or the RFM map.</summary>
    public string KChoice { get; }

    /// <summary>The whole segmentation this customer belongs to (for Export-EcomReport and further analysis).</summary>
    public SegmentationResult GetResult() => _result;
}
