using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class AccuracyMetricsTests
{
    [Fact]
    public void RmseAndMae_MatchHandComputation()
    {
        double[] actual = [4, 3, 5, 1];
        double[] predicted = [3.5, 3, 4, 2];
        // errors 0.5, 0, 1, -1: squares 0.25 + 0 + 1 + 1 = 2.25 -> √(2.25/4) = 0.75; |e| sum 2.5 -> 0.625.
        Assert.Equal(0.75, AccuracyMetrics.Rmse(actual, predicted), 12);
        Assert.Equal(0.625, AccuracyMetrics.Mae(actual, predicted), 12);
    }

    [Fact]
    public void Rmse_EmptyOrMismatched_IsAnError()
    {
        Assert.Throws<InputDataException>(() => AccuracyMetrics.Rmse([], []));
        Assert.Throws<InputDataException>(() => AccuracyMetrics.Mae([1.0], [1.0, 2.0]));
    }
}
