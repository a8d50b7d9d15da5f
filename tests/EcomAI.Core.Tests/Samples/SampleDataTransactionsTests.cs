using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Samples;

public class SampleDataTransactionsTests
{
    [Fact]
    public void TransactionsCsv_IsExactlyTheDocumentedGeneratorOutput()
    {
        // The embedded file must be what its documentation says: 300 customers, seed 2024, as-of 2025-01-01.
        Assert.Equal(new TransactionGeneratorOptions { Customers = 300, Seed = 2024 }, SampleData.TransactionsOptions);
        string expected = TransactionGenerator.Generate(SampleData.TransactionsOptions).ToCsv();
        Assert.Equal(expected, SampleData.TransactionsCsv().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Transactions_ParsesWithOrderIds()
    {
        var data = SampleData.Transactions();
        Assert.True(data.HasOrderIds);
        Assert.InRange(data.Count, 2000, 6000);
        Assert.Equal(300, data.Transactions.Select(t => t.CustomerId).Distinct().Count());
    }
}
