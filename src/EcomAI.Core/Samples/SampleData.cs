namespace EcomAI.Core.Samples;

/// <summary>
/// The one front door to the sample data: small fixed samples embedded in the package, so every command and notebook
/// runs with no input (<see cref="Transactions"/>, <see cref="Ratings"/>, <see cref="Sales"/>, each also as CSV text),
/// the generated order-lines export (<see cref="OrderLines"/>), and the generator settings each sample was made with
/// (<see cref="TransactionsOptions"/>, <see cref="RatingsOptions"/>, <see cref="SalesOptions"/>,
/// <see cref="OrderLinesOptions"/>), so tests and notebooks can regenerate the ground truth.
/// </summary>
/// <remarks>
/// The embedded files are written only by the benchmark project's commands (<c>segmentation-sample</c>,
/// <c>rec-write-sample</c>, <c>pricing-sample</c>); a test regenerates each and compares it with the file.
/// </remarks>
public static partial class SampleData
{
    /// <summary>The text of an embedded sample file (<c>Samples/Data/<paramref name="file"/></c>).</summary>
    private static string Resource(string file)
    {
        string name = "EcomAI.Core.Samples." + file;
        using var stream = typeof(SampleData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly; rebuild EcomAI.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
