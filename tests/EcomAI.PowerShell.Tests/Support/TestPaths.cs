using System.Reflection;

namespace EcomAI.PowerShell.Tests.Support;

/// <summary>Paths fixed at build time by the test project (AssemblyMetadata attributes).</summary>
internal static class TestPaths
{
    public static string ModuleDirectory => Path.GetFullPath(Metadata("ModuleDirectory"));

    public static string ModuleManifest => Path.Combine(ModuleDirectory, "EcomAI.psd1");

    public static string PesterManifest => Path.GetFullPath(Metadata("PesterManifest"));

    public static string RepositoryRoot => Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>The module manifest copied into this test's own output folder (in-process tests load the dll from here).</summary>
    public static string LocalManifest => Path.Combine(AppContext.BaseDirectory, "EcomAI.psd1");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} metadata.");
}
