using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One segment's profile: the output of <c>Get-CustomerSegment -Summary</c>.</summary>
public sealed class CustomerSegmentProfile
{
    private readonly SegmentationResult _result;

    internal CustomerSegmentProfile(SegmentProfile profile, SegmentationResult result, string kChoice)
    {
        _result = result;
        Segment = profile.Segment;
        Label = profile.Label;
        Customers = profile.Size;
        Share = profile.Share;
        MeanRecency = profile.MeanRecencyDays;
        MeanFrequency = profile.MeanFrequency;
        MeanMonetary = profile.MeanMonetary;
        MeanRScore = profile.MeanRScore;
        MeanFScore = profile.MeanFScore;
        MeanMScore = profile.MeanMScore;
        K = result.K;
        KChoice = kChoice;
    }

    /// <summary>Segment number, 1 = highest mean R+F+M score.</summary>
    public int Segment { get; }

    /// <summary>Readable segment label.</summary>
    public string Label { get; }

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

    /// <summary>Mean recency score (1..5, 5 = most recent).</summary>
    public double MeanRScore { get; }

    /// <summary>Mean frequency score (1..5).</summary>
    public double MeanFScore { get; }

    /// <summary>Mean monetary score (1..5).</summary>
    public double MeanMScore { get; }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>How K was set.</summary>
    public string KChoice { get; }

    /// <summary>The whole segmentation.</summary>
    public SegmentationResult GetResult() => _result;
}
