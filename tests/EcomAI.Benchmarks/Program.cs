namespace EcomAI.Benchmarks;

/// <summary>
/// Timed harnesses, one per issue's benchmark: <c>dotnet run -c Release --project tests/EcomAI.Benchmarks -- NAME</c>.
/// Each harness prints its figures (median of repeated runs) and, where the issue names a peer, the peer's figure
/// measured in the same run and the ratio. See README.md beside this file for the recorded results.
/// </summary>
public static partial class Program
{
    private static readonly Dictionary<string, (string Description, Func<string[], int> Run)> Harnesses = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a harness; each benchmark file adds itself in <see cref="Register"/>.</summary>
    internal static void Add(string name, string description, Func<string[], int> run) => Harnesses[name] = (description, run);

    public static int Main(string[] args)
    {
        Register();
        if (args.Length == 0 || !Harnesses.TryGetValue(args[0], out var harness))
        {
            Console.WriteLine("usage: dotnet run -c Release --project tests/EcomAI.Benchmarks -- <name> [options]");
            foreach (var (name, (description, _)) in Harnesses.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {name,-24} {description}");
            }

            return args.Length == 0 ? 0 : 2;
        }

        return harness.Run(args[1..]);
    }

    static partial void RegisterSegmentation();
    static partial void RegisterRecommendation();
    static partial void RegisterPricing();
    static partial void RegisterOrderLines();
    static partial void RegisterCustomerValue();
    static partial void RegisterSamples();

    private static void Register()
    {
        RegisterSegmentation();
        RegisterRecommendation();
        RegisterPricing();
        RegisterOrderLines();
        RegisterCustomerValue();
        RegisterSamples();
    }
}
