using System.Reflection;
using EcomAI.Interactive.Loading;

namespace EcomAI.Interactive.Tests.Loading;

public class FSharpCoreResolverTests
{
    // Plotly.NET brings FSharp.Core into this test process, as the kernel tool does into its own.
    private static readonly Assembly LoadedFSharpCore = typeof(Plotly.NET.GenericChart).Assembly
        .GetReferencedAssemblies().Where(a => a.Name == "FSharp.Core").Select(Assembly.Load).Single();

    [Fact]
    public void Find_NewerMinorRequested_ReturnsLoadedCopy()
    {
        var loadedVersion = LoadedFSharpCore.GetName().Version!;
        var requested = new AssemblyName($"FSharp.Core, Version={loadedVersion.Major}.{loadedVersion.Minor + 1}.0.0");

        Assembly? found = FSharpCoreResolver.Find(requested, [typeof(object).Assembly, LoadedFSharpCore]);

        Assert.Same(LoadedFSharpCore, found);
    }

    [Fact]
    public void Find_OtherAssembly_ReturnsNull()
    {
        Assert.Null(FSharpCoreResolver.Find(new AssemblyName("Plotly.NET"), [LoadedFSharpCore]));
    }

    [Fact]
    public void Find_DifferentMajorVersion_ReturnsNull()
    {
        var requested = new AssemblyName($"FSharp.Core, Version={LoadedFSharpCore.GetName().Version!.Major + 1}.0.0.0");

        Assert.Null(FSharpCoreResolver.Find(requested, [LoadedFSharpCore]));
    }

    [Fact]
    public void Find_NothingLoaded_ReturnsNull()
    {
        Assert.Null(FSharpCoreResolver.Find(new AssemblyName("FSharp.Core, Version=10.1.0.0"), [typeof(object).Assembly]));
    }
}
