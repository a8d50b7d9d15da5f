using System.Reflection;
using System.Runtime.Loader;

namespace EcomAI.Interactive.Loading;

/// <summary>
/// Answers requests for FSharp.Core with the copy the notebook kernel has already loaded.
/// </summary>
/// <remarks>
/// The kernel tool ships FSharp.Core 10.0.0.0 while Plotly.NET 6.0.0 is compiled against 10.1.0.0; without this
/// the first chart call fails with FileNotFoundException inside Jupyter or dotnet-repl (PLATFORM.md). FSharp.Core
/// keeps binary compatibility within a major version, and only one copy can serve both the kernel and Plotly.NET.
/// </remarks>
internal static class FSharpCoreResolver
{
    private const string FSharpCore = "FSharp.Core";
    private static int _registered;

    /// <summary>Adds the handler to <see cref="AssemblyLoadContext.Default"/> once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += OnResolving;
        }
    }

    /// <summary>The loaded FSharp.Core to hand out for <paramref name="requested"/>, or null to let others try.</summary>
    /// <param name="requested">The assembly the runtime could not find.</param>
    /// <param name="loaded">Assemblies already loaded, in load order.</param>
    /// <returns>The loaded FSharp.Core with the same major version (the highest if several), or null.</returns>
    internal static Assembly? Find(AssemblyName requested, IEnumerable<Assembly> loaded)
    {
        if (!string.Equals(requested.Name, FSharpCore, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int? major = requested.Version?.Major;
        return loaded
            .Select(a => (Assembly: a, Name: a.GetName()))
            .Where(x => string.Equals(x.Name.Name, FSharpCore, StringComparison.OrdinalIgnoreCase)
                        && (major is null || x.Name.Version?.Major == major))
            .OrderByDescending(x => x.Name.Version)
            .Select(x => x.Assembly)
            .FirstOrDefault();
    }

    private static Assembly? OnResolving(AssemblyLoadContext context, AssemblyName requested) =>
        Find(requested, AppDomain.CurrentDomain.GetAssemblies());
}
