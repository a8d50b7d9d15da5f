using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>The sample tables of EcomAI.Core as CSV text (all through <see cref="SampleData"/>).</summary>
internal static class SampleResources
{
    /// <summary>The sample as CSV text.</summary>
    public static string Text(Commands.SampleDataName name) => name switch
    {
        Commands.SampleDataName.Transactions => SampleData.TransactionsCsv(),
        Commands.SampleDataName.Ratings => SampleData.RatingsCsv(),
        Commands.SampleDataName.Sales => SampleData.SalesCsv(),
        _ => SampleData.OrderLinesCsv(),
    };

    /// <summary>Parses the sample's CSV text.</summary>
    public static CsvTable Load(Commands.SampleDataName name) => CsvTable.Parse(Text(name), $"sample {name}");
}
