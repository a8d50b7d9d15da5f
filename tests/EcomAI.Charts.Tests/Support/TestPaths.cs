namespace EcomAI.Charts.Tests.Support;

/// <summary>Fresh folders under the test output directory (kept after the run as artefacts).</summary>
internal static class TestPaths
{
    public static string Output(string name)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "artefacts", name);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        return dir;
    }
}
