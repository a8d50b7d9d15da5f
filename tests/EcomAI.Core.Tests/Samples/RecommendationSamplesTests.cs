using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Samples;

public class RecommendationSamplesTests
{
    [Fact]
    public void ToCsv_IdsWithCommaQuoteAndLineBreak_ReadBackByTheProjectsReader()
    {
        Interaction[] ratings =
        [
            new("Smith, J.", "Mug, large", 4),
            new("Smith, J.", "12\" plate", 2.5),
            new("O'Brien\nLtd", "Mug, large", 5),
        ];

        string csv = RecommendationSamples.ToCsv(ratings);
        var read = InteractionReader.FromCsvText(csv);

        Assert.StartsWith("user,item,rating\n\"Smith, J.\",\"Mug, large\",4\n", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, read.UserCount);
        Assert.Equal(2, read.ItemCount);
        Assert.Equal(4, read.Value("Smith, J.", "Mug, large"));
        Assert.Equal(2.5, read.Value("Smith, J.", "12\" plate"));
        Assert.Equal(5, read.Value("O'Brien\nLtd", "Mug, large"));
    }
}
