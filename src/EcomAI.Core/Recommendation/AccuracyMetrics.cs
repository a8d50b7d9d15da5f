using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Rating-prediction error over n (actual r, predicted r̂) pairs.</summary>
/// <remarks>RMSE = √(Σ (r − r̂)² / n); MAE = Σ |r − r̂| / n (Surprise's <c>accuracy.rmse</c> / <c>accuracy.mae</c>).</remarks>
public static class AccuracyMetrics
{
    /// <summary>Root mean squared error.</summary>
    public static double Rmse(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        double s = 0;
        for (int k = 0; k < actual.Count; k++)
        {
            s += (actual[k] - predicted[k]) * (actual[k] - predicted[k]);
        }

        return Math.Sqrt(s / actual.Count);
    }

    /// <summary>Mean absolute error.</summary>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        double s = 0;
        for (int k = 0; k < actual.Count; k++)
        {
            s += Math.Abs(actual[k] - predicted[k]);
        }

        return s / actual.Count;
    }

    private static void Check(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count || actual.Count == 0)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"Accuracy needs equally long, non-empty lists (got {actual.Count} actual and {predicted.Count} predicted values).");
        }
    }
}
