using EcomAI.Interactive.Formatting;

namespace EcomAI.Interactive.Tests.Formatting;

public class PlotlyInliningTests
{
    [Fact]
    public void TakeFirst_CalledRepeatedly_TrueOnlyOnce()
    {
        var inlining = new PlotlyInlining();

        Assert.True(inlining.TakeFirst());
        Assert.False(inlining.TakeFirst());
        Assert.False(inlining.TakeFirst());
    }

    [Fact]
    public void TakeFirst_AfterReset_TrueAgain()
    {
        var inlining = new PlotlyInlining();
        inlining.TakeFirst();

        inlining.Reset();

        Assert.True(inlining.TakeFirst());
    }

    [Fact]
    public void TakeFirst_ManyThreads_ExactlyOneWins()
    {
        var inlining = new PlotlyInlining();

        int winners = Enumerable.Range(0, 64).AsParallel().Count(_ => inlining.TakeFirst());

        Assert.Equal(1, winners);
    }
}
