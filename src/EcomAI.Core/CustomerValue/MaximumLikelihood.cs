using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// Maximum likelihood on log-parameters θ with MathNet's BFGS, shared by BG/NBD and Gamma-Gamma: minimises the mean
/// negative log-likelihood plus an optional L2 penalty λ·Σθₖ², restarts BFGS from the best point when its line search
/// gives up (the precision-loss failures behind lifetimes' ConvergenceError), polishes with Newton steps on the Hessian,
/// and judges identification from that Hessian.
/// </summary>
/// <remarks>
/// Outside |θₖ| ≤ 25 (parameters between 1.4e−11 and 7.2e10) the objective continues as a quadratic wall, so the
/// optimiser never evaluates overflowing values; an estimate on the wall means the parameter runs off to 0 or infinity
/// (not identified). Standard errors: Var(θ̂) = (n·H)⁻¹ with H the Hessian of the mean objective (central differences of
/// the analytic gradient), SE(e^θ) = e^θ·SE(θ) (delta method), interval exp(θ̂ ± z·SE(θ)).
/// </remarks>
internal static class MaximumLikelihood
{
    public const double Wall = 25;

    /// <summary>A parameter whose standard error on the log scale exceeds this is reported as not identified.</summary>
    public const double MaxLogStandardError = 5;
    private const double GradientAccepted = 1e-7;

    public static MaximumLikelihoodFit Fit(
        IMeanLikelihood likelihood, double[] start, double penalty, int maxIterations, double level, string model, IReadOnlyList<string> names)
    {
        int dim = likelihood.Dimension;
        var best = (Theta: (double[])start.Clone(), Value: double.PositiveInfinity);
        var gradient = new double[dim];
        int evaluations = 0;

        double Objective(double[] theta, double[] grad)
        {
            evaluations++;
            double value = Penalised(likelihood, theta, grad, penalty);
            if (value < best.Value)
            {
                best = ((double[])theta.Clone(), value);
            }

            return value;
        }

        var objective = ObjectiveFunction.Gradient(v =>
        {
            var theta = v.ToArray();
            var grad = new double[dim];
            double value = Objective(theta, grad);
            return (value, Vector<double>.Build.DenseOfArray(grad));
        });

        int iterations = 0;
        string? optimiserNote = null;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            var minimizer = new BfgsMinimizer(1e-10, 1e-12, 1e-15, maxIterations);
            try
            {
                var result = minimizer.FindMinimum(objective, Vector<double>.Build.DenseOfArray(best.Theta));
                iterations += result.Iterations;
                Objective(result.MinimizingPoint.ToArray(), gradient);
            }
            catch (Exception ex) when (ex is OptimizationException or ArgumentException or InvalidOperationException)
            {
                // Line-search precision loss or the iteration limit: carry on from the best point seen.
                optimiserNote = ex.Message;
                iterations += maxIterations / 10;
            }

            Objective(best.Theta, gradient);
            if (MaxAbs(gradient) <= GradientAccepted || iterations >= maxIterations)
            {
                break;
            }
        }

        // Newton polish on the numerical Hessian of the analytic gradient.
        double[,] hessian = Hessian(likelihood, best.Theta, penalty);
        for (int step = 0; step < 8 && MaxAbs(gradient) > 1e-12; step++)
        {
            var h = Matrix<double>.Build.DenseOfArray(hessian);
            var evd = h.Evd(Symmetricity.Symmetric);
            if (evd.EigenValues.Real().Minimum() <= 0)
            {
                break;
            }

            var move = h.Solve(Vector<double>.Build.DenseOfArray(gradient)).ToArray();
            double current = best.Value;
            bool improved = false;
            for (double scale = 1; scale > 1e-4; scale /= 2)
            {
                var candidate = best.Theta.Select((t, k) => t - (scale * move[k])).ToArray();
                if (Objective(candidate, new double[dim]) < current)
                {
                    improved = true;
                    break;
                }
            }

            Objective(best.Theta, gradient);
            if (!improved)
            {
                break;
            }

            hessian = Hessian(likelihood, best.Theta, penalty);
        }

        var theta = best.Theta;
        double meanLogLikelihood = likelihood.MeanLogLikelihood(Clamp(theta), new double[dim]);
        return Summarise(likelihood, theta, gradient, hessian, meanLogLikelihood, iterations, evaluations, optimiserNote, level, model, names, penalty);
    }

    /// <summary>Mean negative log-likelihood + λΣθ², continued as a quadratic wall outside |θ| ≤ <see cref="Wall"/>.</summary>
    internal static double Penalised(IMeanLikelihood likelihood, double[] theta, double[] grad, double penalty)
    {
        var clamped = Clamp(theta);
        double value = -likelihood.MeanLogLikelihood(clamped, grad);
        for (int k = 0; k < theta.Length; k++)
        {
            grad[k] = -grad[k] + (2 * penalty * theta[k]);
            value += penalty * theta[k] * theta[k];
            double excess = Math.Abs(theta[k]) - Wall;
            if (excess > 0)
            {
                value += excess * excess;
                grad[k] += 2 * excess * Math.Sign(theta[k]);
            }
        }

        return value;
    }

    private static MaximumLikelihoodFit Summarise(
        IMeanLikelihood likelihood, double[] theta, double[] gradient, double[,] hessian, double meanLogLikelihood, int iterations,
        int evaluations, string? optimiserNote, double level, string model, IReadOnlyList<string> names, double penalty)
    {
        int dim = theta.Length;
        double n = likelihood.TotalWeight;
        double z = Normal.InvCDF(0, 1, (1 + level) / 2);
        var unidentified = new bool[dim];
        for (int k = 0; k < dim; k++)
        {
            unidentified[k] = Math.Abs(theta[k]) >= Wall - 0.5;
        }

        var h = Matrix<double>.Build.DenseOfArray(hessian);
        var evd = h.Evd(Symmetricity.Symmetric);
        var eigen = evd.EigenValues.Real();
        double largest = Math.Max(1e-300, eigen.AbsoluteMaximum());
        for (int e = 0; e < dim; e++)
        {
            if (eigen[e] <= 1e-9 * largest)
            {
                var v = evd.EigenVectors.Column(e);
                for (int k = 0; k < dim; k++)
                {
                    unidentified[k] |= Math.Abs(v[k]) > 0.2;
                }
            }
        }

        // Standard errors from the identified block (conditional on the others when some are not identified).
        var keep = Enumerable.Range(0, dim).Where(k => !unidentified[k]).ToArray();
        var variance = new double[dim];
        Array.Fill(variance, double.NaN);
        if (keep.Length > 0)
        {
            var sub = Matrix<double>.Build.Dense(keep.Length, keep.Length, (i, j) => hessian[keep[i], keep[j]] * n);
            var inverse = sub.Inverse();
            for (int i = 0; i < keep.Length; i++)
            {
                variance[keep[i]] = inverse[i, i] > 0 && double.IsFinite(inverse[i, i]) ? inverse[i, i] : double.NaN;
                unidentified[keep[i]] |= double.IsNaN(variance[keep[i]]);
            }
        }

        var estimates = new ParameterEstimate[dim];
        for (int k = 0; k < dim; k++)
        {
            double estimate = Math.Exp(theta[k]);
            if (unidentified[k])
            {
                estimates[k] = new ParameterEstimate(model, names[k], estimate, double.NaN, 0, double.PositiveInfinity, level);
                continue;
            }

            double se = Math.Sqrt(variance[k]);
            if (se > MaxLogStandardError)
            {
                // An interval wider than a factor e^(±1.96·5) ≈ 18,000 either way says nothing: call it what it is.
                unidentified[k] = true;
                estimates[k] = new ParameterEstimate(model, names[k], estimate, double.NaN, 0, double.PositiveInfinity, level);
                continue;
            }

            estimates[k] = new ParameterEstimate(model, names[k], estimate, estimate * se, Math.Exp(theta[k] - (z * se)), Math.Exp(theta[k] + (z * se)), level);
        }

        double gradientNorm = MaxAbs(gradient);
        FitStatus status;
        string message;
        string penaltyNote = penalty > 0 ? string.Create(CultureInfo.InvariantCulture, $" with L2 penalty {penalty:G4} on the log-parameters (estimates shrunk towards 1)") : "";
        if (unidentified.Any(u => u))
        {
            var which = Enumerable.Range(0, dim).Where(k => unidentified[k]).Select(k => Describe(names[k], theta[k]));
            status = FitStatus.NotIdentified;
            message = $"{model}: the data do not pin down {string.Join(", ", which)}: the likelihood is flat along that direction, so its interval is unbounded. "
                + "The estimates still maximise the likelihood, so predictions are usable; a longer history or more customers would identify it, and a small Penalty (for example 0.001) gives a finite, shrunk estimate.";
        }
        else if (gradientNorm > GradientAccepted * 100)
        {
            status = FitStatus.DidNotConverge;
            message = string.Create(CultureInfo.InvariantCulture,
                $"{model}: stopped after {iterations} iterations with gradient {gradientNorm:G3} (mean log-likelihood per customer {meanLogLikelihood:G10}){(optimiserNote is null ? "" : $"; optimiser: {optimiserNote}")}. Raise MaxIterations or add a small Penalty.");
        }
        else
        {
            status = FitStatus.Converged;
            message = string.Create(CultureInfo.InvariantCulture,
                $"{model}: converged in {iterations} BFGS iterations{penaltyNote}; log-likelihood {meanLogLikelihood * n:G10} over {n:G} customers.");
        }

        return new MaximumLikelihoodFit(theta, estimates, meanLogLikelihood * n, iterations, evaluations, status, message, gradientNorm);
    }

    private static string Describe(string name, double theta) =>
        theta >= Wall - 0.5 ? $"{name} (growing without bound)"
        : theta <= -Wall + 0.5 ? $"{name} (shrinking to 0)"
        : name;

    /// <summary>Hessian of the penalised mean objective by central differences of the analytic gradient (symmetrised).</summary>
    internal static double[,] Hessian(IMeanLikelihood likelihood, double[] theta, double penalty)
    {
        int dim = theta.Length;
        var h = new double[dim, dim];
        var plus = new double[dim];
        var minus = new double[dim];
        for (int j = 0; j < dim; j++)
        {
            double step = 1e-5 * Math.Max(1, Math.Abs(theta[j]));
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[j] += step;
            down[j] -= step;
            Penalised(likelihood, up, plus, penalty);
            Penalised(likelihood, down, minus, penalty);
            for (int i = 0; i < dim; i++)
            {
                h[i, j] = (plus[i] - minus[i]) / (2 * step);
            }
        }

        for (int i = 0; i < dim; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double mean = (h[i, j] + h[j, i]) / 2;
                h[i, j] = mean;
                h[j, i] = mean;
            }
        }

        return h;
    }

    private static double[] Clamp(double[] theta) => theta.Select(t => Math.Clamp(t, -Wall, Wall)).ToArray();

    private static double MaxAbs(double[] values) => values.Max(Math.Abs);
}
