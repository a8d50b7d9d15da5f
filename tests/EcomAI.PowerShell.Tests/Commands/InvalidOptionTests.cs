using System.Collections;
using System.Management.Automation;
using System.Reflection;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.PowerShell.Commands;
using EcomAI.PowerShell.Infrastructure;
using EcomAI.PowerShell.Tests.Support;

namespace EcomAI.PowerShell.Tests.Commands;

/// <summary>
/// Every option of every cmdlet, given a value the core refuses, ends as one terminating ErrorRecord with the one id
/// for an invalid option (<see cref="ErrorIds.InvalidOption"/>): the cmdlets bind and let the core check. The walk is
/// built from the cmdlets' own parameters (an integer gets -1, a number NaN, a text a blank or unknown value), so a new
/// option is walked as soon as it exists; a parameter that has no invalid value says why in <see cref="NotOptions"/>.
/// </summary>
public sealed class InvalidOptionTests(InvalidOptionTests.Inputs inputs) : IClassFixture<InvalidOptionTests.Inputs>
{
    /// <summary>Parameters that are inputs or selections rather than options, or take every value of their type.</summary>
    private static readonly Dictionary<string, string> NotOptions = new(StringComparer.Ordinal)
    {
        ["Path"] = "the input or output file, not an option (PowerShell refuses an empty mandatory path)",
        ["InputObject"] = "the pipeline input",
        ["Seed"] = "every integer is a seed",
        ["UserId"] = "the customers to recommend for: an unknown id gets the popularity fallback, flagged",
        ["ProductId"] = "a selection of the piped result: a pattern that matches nothing is reported per pattern (ProductNotFound)",
        ["CancellationPrefix"] = "every text is a prefix; '' means no cancellation marker",
        ["AsOf"] = "any date; a date before or after the data is the segmentation's own InvalidOption, tested with Compare-CustomerSegment",
        ["Against"] = "any date; one before -AsOf is tested in CompareCustomerSegment.Tests.ps1",
        ["CalibrationEnd"] = "any date; one outside the data is the customer-value core's own check",
    };

    /// <summary>Text options and a value the core refuses (anything else of type string is listed in <see cref="NotOptions"/>).</summary>
    private static readonly Dictionary<string, object> InvalidText = new(StringComparer.Ordinal)
    {
        ["DateFormat"] = "d", // a one-letter .NET standard format: culture-dependent, refused
        ["Encoding"] = "ebcdic",
        ["DecimalSeparator"] = ";",
        ["ExcludeProduct"] = new[] { " " },
        ["ExcludeItem"] = new[] { " " },
        ["Candidate"] = new[] { " " },
        ["Title"] = " ",
    };

    /// <summary>A call of each cmdlet that succeeds on the sample export (the walk adds one invalid option to it).</summary>
    private static readonly Dictionary<string, string> Calls = new(StringComparer.Ordinal)
    {
        ["Import-EcomOrderLine"] = "Import-EcomOrderLine -Path $orders @extra",
        ["Get-CustomerSegment"] = "Get-CustomerSegment -Path $orders @extra",
        ["Measure-CustomerSegment"] = "Measure-CustomerSegment -Path $orders @extra",
        ["Compare-CustomerSegment"] = "Compare-CustomerSegment -Path $orders -AsOf $asOf @extra",
        ["Get-CustomerValue"] = "Get-CustomerValue -Path $orders @extra",
        ["Get-Recommendation"] = "Get-Recommendation -Path $orders -UserId $user @extra",
        ["Measure-Recommender"] = "Measure-Recommender -Path $orders -Method Popularity @extra",
        ["Get-PriceElasticity"] = "Get-PriceElasticity -Path $orders @extra",
        ["Get-OptimalPrice"] = "Get-OptimalPrice -Path $orders @extra",
        ["Export-EcomReport"] = "$prices | Export-EcomReport -Path $report @extra",
        ["Get-EcomSampleData"] = "Get-EcomSampleData -Name Ratings @extra",
    };

    public static TheoryData<string, string> Options()
    {
        var data = new TheoryData<string, string>();
        foreach (var (cmdlet, type) in Cmdlets())
        {
            foreach (var parameter in Parameters(type).Where(p => InvalidValue(p) is not null && !Fixed(cmdlet, p.Name)))
            {
                data.Add(cmdlet, parameter.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Walk_EveryParameterOfEveryCmdlet_IsWalkedOrSaysWhyNot()
    {
        var unaccounted = Cmdlets()
            .SelectMany(c => Parameters(c.Type).Select(p => (c.Name, Parameter: p)))
            .Where(x => InvalidValue(x.Parameter) is null && !HasNoInvalidValue(x.Parameter) && !NotOptions.ContainsKey(x.Parameter.Name))
            .Select(x => $"{x.Name} -{x.Parameter.Name} ({x.Parameter.PropertyType.Name})")
            .ToList();

        Assert.True(unaccounted.Count == 0, "Parameters with no invalid value in the walk and no reason in NotOptions:\n" + string.Join("\n", unaccounted));
        Assert.Equal(Cmdlets().Select(c => c.Name).Order(StringComparer.Ordinal), Calls.Keys.Order(StringComparer.Ordinal));
        int walked = Options().Count;
        Assert.True(walked >= 100, $"only {walked} options walked");
    }

    [Theory]
    [MemberData(nameof(Calls_))]
    public void Call_ValidOptions_Succeeds(string cmdlet)
    {
        // Control: without the invalid option the call works, so the error below comes from the option.
        var errors = inputs.Run(Calls[cmdlet], []);
        Assert.True(errors.Count == 0, $"{cmdlet}: " + string.Join("\n", errors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message)));
    }

    public static TheoryData<string> Calls_() => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(Options))]
    public void Call_InvalidOption_OneErrorRecordWithTheOneId(string cmdlet, string parameter)
    {
        var type = Cmdlets().Single(c => c.Name == cmdlet).Type;
        object value = InvalidValue(type.GetProperty(parameter)!)!;

        var errors = inputs.Run(Calls[cmdlet], new Hashtable { [parameter] = value });

        var error = Assert.Single(errors);
        Assert.Equal($"{ErrorIds.InvalidOption},{type.FullName}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.IsType<InputDataException>(error.Exception);
    }

    /// <summary>The value the walk passes, or null when the parameter's type has none (switches, enums, objects).</summary>
    private static object? InvalidValue(PropertyInfo parameter)
    {
        if (NotOptions.ContainsKey(parameter.Name))
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType;
        return type == typeof(int) ? -1
            : type == typeof(double) ? double.NaN
            : SchemaColumnCompleter.RoleOfProperty(parameter) is not null ? " " // a column chosen by a blank name
            : InvalidText.GetValueOrDefault(parameter.Name);
    }

    /// <summary>Types whose every bindable value is valid: switches, and enums (PowerShell refuses a name that is not a member).</summary>
    private static bool HasNoInvalidValue(PropertyInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType;
        return type == typeof(SwitchParameter) || type.IsEnum || (type.IsArray && type.GetElementType()!.IsEnum);
    }

    /// <summary>Options the control call already sets (the walk cannot give them twice).</summary>
    private static bool Fixed(string cmdlet, string parameter) => Calls[cmdlet].Contains("-" + parameter + " ", StringComparison.Ordinal);

    private static IEnumerable<(string Name, Type Type)> Cmdlets() =>
        typeof(GetCustomerSegmentCommand).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<CmdletAttribute>() is not null)
            .Select(t => (t.GetCustomAttribute<CmdletAttribute>()!.VerbName + "-" + t.GetCustomAttribute<CmdletAttribute>()!.NounName, t))
            .OrderBy(c => c.Item1, StringComparer.Ordinal);

    private static IEnumerable<PropertyInfo> Parameters(Type cmdlet) =>
        cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttributes<ParameterAttribute>().Any());

    /// <summary>The sample export written once, a pricing result to report on, and a runspace with the module.</summary>
    public sealed class Inputs : IDisposable
    {
        private readonly ModuleHost _host = new();
        private readonly string _folder = Directory.CreateTempSubdirectory("ecomai-options-").FullName;
        private readonly Dictionary<string, object?> _variables;

        public Inputs()
        {
            string orders = Path.Combine(_folder, "orders.csv");
            SampleData.WriteOrderLinesCsv(orders);
            using var lines = OrderLines.Load(orders);
            var transactions = lines.ToTransactions().Transactions;
            var first = transactions.Min(t => t.Timestamp);
            var last = transactions.Max(t => t.Timestamp);
            _variables = new Dictionary<string, object?>
            {
                ["orders"] = orders,
                ["report"] = Path.Combine(_folder, "report.html"),
                ["asOf"] = first + ((last - first) / 2),
                ["user"] = transactions[0].CustomerId,
            };
            _variables["prices"] = _host.Run("Get-OptimalPrice -Path $orders -WarningAction SilentlyContinue", _variables).Output.ToArray();
        }

        /// <summary>Runs <paramref name="call"/> with <c>$extra</c> splatted; returns the error records (terminating ones included).</summary>
        public IReadOnlyList<ErrorRecord> Run(string call, Hashtable extra)
        {
            var variables = new Dictionary<string, object?>(_variables) { ["extra"] = extra };
            try
            {
                return _host.Run("$WarningPreference = 'SilentlyContinue'; " + call + " | Out-Null", variables).Errors;
            }
            catch (RuntimeException e)
            {
                return [e.ErrorRecord];
            }
        }

        public void Dispose()
        {
            _host.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
