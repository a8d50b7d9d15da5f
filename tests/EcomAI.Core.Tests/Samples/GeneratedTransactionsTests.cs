using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Samples;

public class GeneratedTransactionsTests
{
    [Fact]
    public void ToCsv_IdsWithCommasAndQuotes_ReadBackByTheProjectsReader()
    {
        var when = new DateTime(2024, 5, 1);
        var generated = new GeneratedTransactions(
            [
                new Transaction("Smith, J.", when, 12.5, "O1, part 2", 3),
                new Transaction("O'Brien \"Bob\"", when.AddDays(1), 7.25, "O2", null),
                new Transaction("plain", when.AddDays(2), 100, null, 1),
            ],
            new Dictionary<string, int> { ["Smith, J."] = 0, ["O'Brien \"Bob\""] = 1, ["plain"] = 2 },
            when.AddDays(3));

        var read = TransactionReader.FromCsvText(generated.ToCsv(), sourceName: "generated.csv");

        Assert.Equal(3, read.Count);
        Assert.Equal(["Smith, J.", "O'Brien \"Bob\"", "plain"], read.Transactions.Select(t => t.CustomerId));
        Assert.Equal([12.5, 7.25, 100.0], read.Transactions.Select(t => t.Amount));
        Assert.Equal("O1, part 2", read.Transactions[0].OrderId);
        Assert.Equal(when.AddDays(1), read.Transactions[1].Timestamp);
    }

    [Fact]
    public void ToCsv_Generated_RoundTripsEveryRow()
    {
        var generated = TransactionGenerator.Generate(40, seed: 9);

        var read = TransactionReader.FromCsvText(generated.ToCsv());

        Assert.Equal(generated.Transactions.Count, read.Count);
        Assert.Equal(generated.Transactions.Select(t => (t.CustomerId, t.OrderId, t.Timestamp, Math.Round(t.Amount, 2))),
            read.Transactions.Select(t => (t.CustomerId, t.OrderId, t.Timestamp, t.Amount)));
    }
}
