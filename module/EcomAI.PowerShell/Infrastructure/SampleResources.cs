using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>The sample tables of EcomAI.Core as CSV text (the embedded files, or the generated order-lines export).</summary>
internal static class SampleResources
{
    /// <summary>The sample as CSV text.</summary>
    public static string Text(Commands.SampleDataName name) => name switch
    {
        Commands.SampleDataName.Transactions => SampleData.TransactionsCsv(),
        Commands.SampleDataName.Ratings => SampleData.RatingsCsv(),
        Commands.SampleDataName.Sales => SampleData.SalesCsv(),
        _ => OrderLinesCsv(),
    };

    /// <summary>Parses the sample's CSV text.</summary>
    public static CsvTable Load(Commands.SampleDataName name) => CsvTable.Parse(Text(name), $"sample {name}");

    private static string OrderLinesCsv()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-sample-{Guid.NewGuid():N}.csv");
        try
        {
            SampleData.WriteOrderLinesCsv(path);
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
