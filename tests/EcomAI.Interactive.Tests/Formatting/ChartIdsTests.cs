using EcomAI.Interactive.Formatting;

namespace EcomAI.Interactive.Tests.Formatting;

public class ChartIdsTests
{
    [Fact]
    public void Next_Sequence_CountsFromOneWithPrefix()
    {
        var ids = new ChartIds("p");

        Assert.Equal(["p-1", "p-2", "p-3"], new[] { ids.Next(), ids.Next(), ids.Next() });
    }

    [Fact]
    public void Session_Next_IsAValidElementIdWithRandomPrefix()
    {
        string id = ChartIds.Session.Next();

        Assert.Matches("^ecomai-[0-9a-f]{8}-[0-9]+$", id);
    }
}
