namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// The embedded sample CSVs read straight from the repository with a plain split (no EcomAI code), so the
/// notebooks' counts can be checked against an independent reading of the same files.
/// </summary>
internal static class SampleFiles
{
    public static IReadOnlyList<string[]> Rows(string file) =>
        File.ReadAllLines(Path.Combine(TestEnvironment.RepoRoot, "src", "EcomAI.Core", "Samples", "Data", file))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToList();

    public static int Distinct(string file, int column) => Rows(file).Select(r => r[column]).Distinct().Count();
}
