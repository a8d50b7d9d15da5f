using System.Collections.ObjectModel;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Data;

/// <summary>
/// How an order-lines export is read and prepared. Every rule has a documented default and is counted in the
/// <see cref="PreparationReport"/>, one finding per kind.
/// </summary>
/// <remarks>
/// Rules, in the order a line is tested (a line is counted under the first that applies):
/// a value that does not parse (excluded from every job); an exact duplicate of an earlier line (dropped unless
/// <see cref="KeepDuplicates"/>); a product matching <see cref="ExcludeProducts"/> (postage, fees); a cancellation
/// (order id starting with <see cref="CancellationPrefix"/>) or a return (negative quantity, or negative amount without
/// a quantity), excluded or netted per <see cref="Returns"/>; a zero quantity; a non-positive unit price. Lines without a
/// customer are kept for product-level jobs (pricing) and left out of customer-level jobs (segmentation,
/// recommendation, customer value). Ids are compared as written, except that an integral number written with a trailing
/// <c>.0</c> (a spreadsheet artefact: <c>17850.0</c>) is the id <c>17850</c>.
/// </remarks>
public sealed record OrderLineOptions
{
    private IReadOnlyDictionary<ColumnRole, string> _columns = ReadOnlyDictionary<ColumnRole, string>.Empty;
    private IReadOnlyList<string> _excludeProducts = [];

    /// <summary>The defaults.</summary>
    public static OrderLineOptions Default { get; } = new();

    /// <summary>
    /// Columns chosen by name for some roles (the others are found by <see cref="OrderLineSchema"/>'s names and aliases).
    /// Copied on init, so later changes to the caller's dictionary do not change validated options.
    /// </summary>
    public IReadOnlyDictionary<ColumnRole, string> Columns
    {
        get => _columns;
        init => _columns = new ReadOnlyDictionary<ColumnRole, string>(new Dictionary<ColumnRole, string>(value ?? ReadOnlyDictionary<ColumnRole, string>.Empty));
    }

    /// <summary>
    /// The .NET date pattern of the date column, e.g. <c>M/d/yyyy H:mm</c>, applied strictly to every line; null (default):
    /// ISO 8601 (<c>yyyy-MM-dd</c>, optionally with a time); <c>unix</c>: seconds since 1970-01-01 UTC.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>Order ids starting with this text are cancellations. Default <c>C</c>; empty: no marker.</summary>
    public string CancellationPrefix { get; init; } = "C";

    /// <summary>
    /// Cancellations and returns: <see cref="ReturnHandling.Exclude"/> (default) leaves them out of purchases and counts
    /// them; <see cref="ReturnHandling.Net"/> keeps them as negative amounts and quantities, netted against purchases;
    /// <see cref="ReturnHandling.Reject"/> makes the first one an error.
    /// </summary>
    public ReturnHandling Returns { get; init; } = ReturnHandling.Exclude;

    /// <summary>
    /// Keep exact duplicate lines (default false: the second and later copies are dropped and counted). Only lines with an
    /// order id are compared: without one, identical lines (same customer, day and amount) are separate purchases.
    /// </summary>
    public bool KeepDuplicates { get; init; }

    /// <summary>
    /// Product-id patterns of non-product lines (postage, fees, adjustments), e.g. <c>POST</c>, <c>BANK CHARGES</c>,
    /// <c>gift_*</c>: <c>*</c> matches any text and <c>?</c> one character, case-insensitive. Default: none.
    /// </summary>
    public IReadOnlyList<string> ExcludeProducts
    {
        get => _excludeProducts;
        init => _excludeProducts = Array.AsReadOnly((value ?? []).ToArray());
    }

    /// <summary>When true, the first line with a value that does not parse is an error; by default such lines are
    /// excluded and reported once per column and kind.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The decimal separator of number columns in text input: <c>.</c> (default) or <c>,</c> (exports written with a European
    /// locale: <c>2,55</c>). Applied strictly, like pandas' <c>decimal</c>: with <c>,</c> a value holding a dot (a thousands
    /// separator, or a dotted decimal) is not a number and is reported.
    /// </summary>
    public string DecimalSeparator { get; init; } = ".";

    /// <summary>The CSV delimiter; null (default): detected from the file.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The text encoding of a CSV file: <c>utf-8</c>, <c>latin-1</c> or <c>utf-16</c>. Null (default): UTF-8, and a file that
    /// is not valid UTF-8 is read as Latin-1 with a note in the report.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Threads for the engine; null (default) = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the options once.</summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/>, naming the option.</exception>
    public OrderLineOptions Validate()
    {
        foreach (var (role, name) in Columns)
        {
            Preconditions.CheckDefined(role, nameof(Columns));
            Preconditions.CheckColumnName(name, $"{nameof(Columns)}[{role}]");
        }

        var duplicates = Columns.GroupBy(p => OrderLineSchema.NormalizeName(p.Value)).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckOption(duplicates is null, nameof(Columns),
            $"{nameof(Columns)}: '{duplicates?.First().Value}' is chosen for {string.Join(" and ", duplicates?.Select(p => p.Key) ?? [])}; a column has one role.");
        if (DateFormat is not null)
        {
            DatePattern.ToStrptime(DateFormat);
        }

        Preconditions.CheckOption(CancellationPrefix is not null, nameof(CancellationPrefix),
            $"{nameof(CancellationPrefix)} is null: use \"\" for no cancellation marker.");
        Preconditions.CheckDefined(Returns, nameof(Returns));
        foreach (string pattern in ExcludeProducts)
        {
            Preconditions.CheckOption(!string.IsNullOrWhiteSpace(pattern), nameof(ExcludeProducts),
                $"{nameof(ExcludeProducts)} has an empty pattern; give product ids or wildcards such as POST or gift_*.");
        }

        Preconditions.CheckOption(DecimalSeparator is "." or ",", nameof(DecimalSeparator),
            $"{nameof(DecimalSeparator)} = '{DecimalSeparator}': use '.' or ','.");
        Preconditions.CheckOption(Delimiter is null || (Delimiter != '"' && !char.IsLetterOrDigit(Delimiter.Value) && Delimiter != '\n' && Delimiter != '\r'),
            nameof(Delimiter), $"{nameof(Delimiter)} = '{Delimiter}': use a separator such as ',', ';', '|' or a tab.");
        Preconditions.CheckOption(Encoding is null || Encodings.Contains(Encoding), nameof(Encoding),
            $"{nameof(Encoding)} = '{Encoding}': use {string.Join(", ", Encodings)}.");
        Preconditions.CheckThreads(MaxDegreeOfParallelism);
        return this;
    }

    /// <summary>The names <see cref="Encoding"/> accepts.</summary>
    public static IReadOnlyList<string> Encodings { get; } = Array.AsReadOnly(["utf-8", "latin-1", "utf-16"]);
}
