using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One customer with its segment: the output of <c>Get-CustomerSegment</c>.</summary>
public sealed class SegmentedCustomer
{
    private readonly SegmentationResult _result;

    internal SegmentedCustomer(CustomerSegment customer, SegmentationResult result, string kChoice)
    {
        _result = result;
        CustomerId = customer.CustomerId;
        Segment = customer.Segment;
        Label = customer.Label;
        Recency = customer.RecencyDays;
        Frequency = customer.Frequency;
        Monetary = customer.Monetary;
        RfmCode = customer.RfmCode;
        DistanceToCentre = customer.DistanceToCentre;
        K = result.K;
        KChoice = kChoice;
    }

    /// <summary>Customer identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Segment number, 1 = the segment with the highest mean R+F+M score.</summary>
    public int Segment { get; }

    /// <summary>Readable segment label (e.g. "Champions").</summary>
    public string Label { get; }

    /// <summary>Days from the last purchase to the reference date.</summary>
    public int Recency { get; }

    /// <summary>Number of purchases (orders when an order column exists).</summary>
    public int Frequency { get; }

    /// <summary>Total spend.</summary>
    public double Monetary { get; }

    /// <summary>R, F and M quintile scores as a three-digit code, e.g. "545".</summary>
    public string RfmCode { get; }

    /// <summary>Distance to the segment centre in the scaled feature space.</summary>
    public double DistanceToCentre { get; }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>How K was set: given with -K, or chosen automatically (and by which rule).</summary>
    public string KChoice { get; }

    /// <summary>The whole segmentation this customer belongs to (for Export-EcomReport and further analysis).</summary>
    public SegmentationResult GetResult() => _result;
}
