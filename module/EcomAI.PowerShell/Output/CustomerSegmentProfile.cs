using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One segment's profile: the output of <c>Get-CustomerSegment -Summary</c>.</summary>
public sealed class CustomerSegmentProfile
{
    private readonly SegmentationResult _result;

    internal CustomerSegmentProfile(SegmentProfile profile, SegmentationResult result)
    {
        _result = result;
        Segment = profile.Segment;
        Label = profile.Label;
        MapSegment = profile.MapSegment;
        Customers = profile.Size;
        Share = profile.Share;
        MeanRecency = profile.MeanRecencyDays;
        MeanFrequency = profile.MeanFrequency;
        MeanMonetary = profile.MeanMonetary;
        RecencyVsAverage = profile.RecencyVsAverage;
        FrequencyVsAverage = profile.FrequencyVsAverage;
        MonetaryVsAverage = profile.MonetaryVsAverage;
        MeanRScore = profile.MeanRScore;
        MeanFScore = profile.MeanFScore;
        MeanMScore = profile.MeanMScore;
        RScore = profile.RScore;
        FmScore = profile.FmScore;
        Distinction = profile.Distinction;
        Action = profile.Action;
        K = result.K;
        KChoice = result.Choice;
    }

    /// <summary>Segment number, best first.</summary>
    public int Segment { get; }

    /// <summary>Segment name from the standard RFM map, unique.</summary>
    public string Label { get; }

    /// <summary>The RFM map segment the label starts from.</summary>
    public string MapSegment { get; }

    /// <summary>Number of customers in the segment.</summary>
    public int Customers { get; }

    /// <summary>Fraction of all customers (0..1).</summary>
    public double Share { get; }

    /// <summary>Mean days since last purchase.</summary>
    public double MeanRecency { get; }

    /// <summary>Mean number of purchases.</summary>
    public double MeanFrequency { get; }

    /// <summary>Mean total spend.</summary>
    public double MeanMonetary { get; }

    /// <summary>Mean recency / mean recency of all customers.</summary>
    public double RecencyVsAverage { get; }

    /// <summary>Mean frequency / mean frequency of all customers.</summary>
    public double FrequencyVsAverage { get; }

    /// <summary>Mean spend / mean spend of all customers (NaN when that average is not positive).</summary>
    public double MonetaryVsAverage { get; }

    /// <summary>Mean recency score (1..5, 5 = most recent).</summary>
    public double MeanRScore { get; }

    /// <summary>Mean frequency score (1..5).</summary>
    public double MeanFScore { get; }

    /// <summary>Mean monetary score (1..5).</summary>
    public double MeanMScore { get; }

    /// <summary>Recency score of the map cell that named the segment.</summary>
    public int RScore { get; }

    /// <summary>Frequency-monetary score of that cell.</summary>
    public int FmScore { get; }

    /// <summary>What sets the segment apart, in days, orders and money against the average.</summary>
    public string Distinction { get; }

    /// <summary>A suggested action for the segment.</summary>
    public string Action { get; }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>How the segments were made.</summary>
    public string KChoice { get; }

    /// <summary>The whole segmentation.</summary>
    public SegmentationResult GetResult() => _result;
}
