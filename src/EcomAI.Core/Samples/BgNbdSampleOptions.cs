using EcomAI.Core.CustomerValue;

namespace EcomAI.Core.Samples;

/// <summary>Options of <see cref="BgNbdSampleGenerator"/>: the true parameters and the observation window.</summary>
public sealed record BgNbdSampleOptions
{
    /// <summary>The defaults: 2,000 customers, CDNOW's published parameters, acquired over 12 weeks, observed for 78 weeks from 1997-01-01, seed 1.</summary>
    public static BgNbdSampleOptions Default { get; } = new();

    /// <summary>Number of customers. Default 2,000.</summary>
    public int Customers { get; init; } = 2000;

    /// <summary>True purchase and dropout parameters. Default <see cref="BgNbdParameters.Cdnow"/>.</summary>
    public BgNbdParameters Purchases { get; init; } = BgNbdParameters.Cdnow;

    /// <summary>True spend parameters. Default <see cref="GammaGammaParameters.Cdnow"/>.</summary>
    public GammaGammaParameters Spend { get; init; } = GammaGammaParameters.Cdnow;

    /// <summary>Unit of time of the parameters and of the two lengths below. Default weeks.</summary>
    public TimeUnit TimeUnit { get; init; } = TimeUnit.Week;

    /// <summary>First purchases are spread uniformly over this many time units from <see cref="Start"/>. Default 12.</summary>
    public double AcquisitionLength { get; init; } = 12;

    /// <summary>Purchases are observed for this many time units from <see cref="Start"/>. Default 78.</summary>
    public double ObservationLength { get; init; } = 78;

    /// <summary>Date of time 0. Default 1997-01-01.</summary>
    public DateTime Start { get; init; } = new(1997, 1, 1);

    /// <summary>Random seed. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks the options once.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckAtLeast(Customers, 1, nameof(Customers));
        ArgumentNullException.ThrowIfNull(Purchases);
        ArgumentNullException.ThrowIfNull(Spend);
        Purchases.Validate(nameof(Purchases));
        Spend.Validate(nameof(Spend));
        Preconditions.CheckDefined(TimeUnit, nameof(TimeUnit));
        Preconditions.CheckFinite(AcquisitionLength, nameof(AcquisitionLength), min: 0);
        Preconditions.CheckFinite(ObservationLength, nameof(ObservationLength), min: double.Epsilon);
        Preconditions.CheckOption(AcquisitionLength < ObservationLength, nameof(AcquisitionLength),
            $"{nameof(AcquisitionLength)} = {AcquisitionLength} must be shorter than {nameof(ObservationLength)} = {ObservationLength}.");
    }
}
