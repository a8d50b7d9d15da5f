using EcomAI.Core.Data;
using EcomAI.PowerShell.Commands;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>Finds the sample CSVs embedded in EcomAI.Core (resource names <c>EcomAI.Core.Samples.&lt;file&gt;.csv</c>).</summary>
internal static class SampleResources
{
    private const string Prefix = "EcomAI.Core.Samples.";

    /// <summary>Parses the embedded CSV whose file name starts with the sample's name (case-insensitive).</summary>
    public static CsvTable Load(SampleDataName name)
    {
        var assembly = typeof(CsvTable).Assembly;
        string wanted = Prefix + name;
        string? resource = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(wanted, StringComparison.OrdinalIgnoreCase) && r.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (resource is null)
        {
            throw new InvalidOperationException($"EcomAI.Core has no embedded sample named '{name}'. Rebuild EcomAI.Core with its Samples/Data CSV files.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return CsvTable.Read(reader, $"sample {name}");
    }
}
