using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="ImplicitAls"/>; defaults live here, validated once by <see cref="Validate"/>.</summary>
public sealed record AlsOptions
{
    /// <summary>Number of latent factors f. Default 64.</summary>
    public int Factors { get; init; } = 64;

    /// <summary>
    /// L2 regularisation λ ≥ 0 of both factor matrices (Hu, Koren &amp; Volinsky's λ). Null (default): 3·∛N for N interactions
    /// (<see cref="DefaultRegularization"/>), e.g. 100 at 37,000 and 800 at 20 million interactions. The best λ grows with the
    /// data, and too large a λ collapses the model onto popularity: the rule stayed within 6 % of the best NDCG@10 of a λ grid on
    /// validation splits of six generated data sets of 26,000–220,000 interactions (tests/EcomAI.Benchmarks/README.md,
    /// <c>rec-als-lambda</c>), where any fixed λ lost up to 27 % somewhere.
    /// </summary>
    public double? Regularization { get; init; }

    /// <summary>
    /// Confidence weight α ≥ 0: c(u,i) = 1 + α·r(u,i) for an observed interaction, 1 otherwise. Default 10 (chosen with λ on the
    /// same validation splits; Hu et al. used 40 with log-scaled counts).
    /// </summary>
    public double Alpha { get; init; } = 10;

    /// <summary>Alternating sweeps (users, then items). Default 15 (the implicit library's default).</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Conjugate-gradient steps per factor update, warm-started (Takács et al. 2011; implicit's cg_steps). Default 3.</summary>
    public int ConjugateGradientSteps { get; init; } = 3;

    /// <summary>Seed of the initial factors (uniform on [0, 0.01), as the implicit library). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Threads (null = all cores). Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Number of owned items named in each explanation. Default 3.</summary>
    public int ExplanationSize { get; init; } = 3;

    /// <summary>Defaults: 64 factors, λ = 3·∛N, α = 10, 15 iterations, 3 CG steps.</summary>
    public static AlsOptions Default { get; } = new();

    /// <summary>The default λ for <paramref name="interactions"/> stored interactions: 3·∛N.</summary>
    public static double DefaultRegularization(int interactions) => 3 * Math.Cbrt(Math.Max(1, interactions));

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public AlsOptions Validate()
    {
        Preconditions.CheckOption(Factors is >= 1 and <= 1024, "AlsOptions.Factors",
            string.Create(CultureInfo.InvariantCulture, $"AlsOptions.Factors = {Factors}: use 1 to 1,024 (default 64)."));
        if (Regularization is { } lambda)
        {
            Preconditions.CheckFinite(lambda, "AlsOptions.Regularization", 0);
        }

        Preconditions.CheckFinite(Alpha, "AlsOptions.Alpha", 0);
        Preconditions.CheckAtLeast(Iterations, 1, "AlsOptions.Iterations");
        Preconditions.CheckAtLeast(ConjugateGradientSteps, 1, "AlsOptions.ConjugateGradientSteps");
        Preconditions.CheckThreads(MaxDegreeOfParallelism, "AlsOptions.MaxDegreeOfParallelism");
        Preconditions.CheckAtLeast(ExplanationSize, 0, "AlsOptions.ExplanationSize");
        return this;
    }
}
