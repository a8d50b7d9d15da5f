using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="FunkSvd"/>; the defaults are Surprise's <c>SVD</c> defaults; validated once by <see cref="Validate"/>.</summary>
public sealed record SvdOptions
{
    /// <summary>Number of latent factors. Default 100.</summary>
    public int Factors { get; init; } = 100;

    /// <summary>SGD passes over the training ratings. Default 20.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>SGD learning rate γ for biases and factors. Default 0.005.</summary>
    public double LearningRate { get; init; } = 0.005;

    /// <summary>L2 regularisation for biases and factors. Default 0.02.</summary>
    public double Regularization { get; init; } = 0.02;

    /// <summary>Standard deviation of the normal initial factors (mean 0). Default 0.1.</summary>
    public double InitStdDev { get; init; } = 0.1;

    /// <summary>Seed of the initial factors. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of rated items named in each explanation. Default 3.</summary>
    public int ExplanationSize { get; init; } = 3;

    /// <summary>Surprise's defaults: 100 factors, 20 epochs, γ = 0.005, reg = 0.02, init N(0, 0.1²).</summary>
    public static SvdOptions Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public SvdOptions Validate()
    {
        Preconditions.CheckOption(Factors is >= 0 and <= 1024, "SvdOptions.Factors",
            string.Create(CultureInfo.InvariantCulture, $"SvdOptions.Factors = {Factors}: use 0 (biases only) to 1,024 (default 100)."));
        Preconditions.CheckAtLeast(Epochs, 1, "SvdOptions.Epochs");
        Preconditions.CheckOption(double.IsFinite(LearningRate) && LearningRate > 0, "SvdOptions.LearningRate",
            string.Create(CultureInfo.InvariantCulture, $"SvdOptions.LearningRate = {LearningRate}: use a finite number > 0 (default 0.005)."));
        Preconditions.CheckFinite(Regularization, "SvdOptions.Regularization", 0);
        Preconditions.CheckFinite(InitStdDev, "SvdOptions.InitStdDev", 0);
        Preconditions.CheckAtLeast(ExplanationSize, 0, "SvdOptions.ExplanationSize");
        return this;
    }
}
