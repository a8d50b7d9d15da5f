using System.Globalization;

namespace EcomAI.Core.Tests.CustomerValue;

/// <summary>The committed SciPy reference (Reference/customer_value_reference.py, its .out and its data sets).</summary>
internal static class ReferenceFiles
{
    private static readonly Lazy<Dictionary<string, double>> Values = new(() =>
        File.ReadAllLines(Find("customer_value_reference.out"))
            .Where(l => l.Contains(" = ", StringComparison.Ordinal))
            .Select(l => l.Split(" = "))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture)));

    public static double Value(string name) => Values.Value[name];

    /// <summary>Rows of a committed CSV (header skipped), as invariant numbers.</summary>
    public static double[][] Csv(string name) =>
        File.ReadAllLines(Find(name)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();

    public static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "EcomAI.Core.Tests", "CustomerValue", "Reference", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Reference/{name} not found above {AppContext.BaseDirectory}");
    }
}
