using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Reads interactions (user id, item id, rating or implicit value) from a CSV file, a <see cref="DataFrame"/>, dictionary rows
/// or records, strictly: every bad cell is an <see cref="InputDataException"/> naming source, line/row, column and the fix.
/// </summary>
public static class InteractionReader
{
    // Column names come from the one schema (OrderLineSchema): users are customers, items are products, an explicit value
    // is a rating, an implicit one a quantity (or an order count).
    private static readonly string[] UserAliases = ColumnBinding.NamesOf(ColumnRole.CustomerId);
    private static readonly string[] ItemAliases = ColumnBinding.NamesOf(ColumnRole.ProductId);
    private static readonly string[] ExplicitValueAliases = ColumnBinding.NamesOf(ColumnRole.Rating);
    private static readonly string[] ImplicitValueAliases = [.. ColumnBinding.NamesOf(ColumnRole.Quantity), .. ColumnBinding.NamesOf(ColumnRole.Orders)];

    /// <summary>Reads a CSV file (header row; culture-invariant numbers). The file is never modified.</summary>
    public static InteractionMatrix FromCsv(string path, InteractionOptions? options = null) => Read(CsvTable.Load(path), options);

    /// <summary>Reads CSV text.</summary>
    public static InteractionMatrix FromCsvText(string text, InteractionOptions? options = null) => Read(CsvTable.Parse(text), options);

    /// <summary>Reads a DataFrame (only read, never modified).</summary>
    public static InteractionMatrix FromDataFrame(DataFrame frame, InteractionOptions? options = null) => Read(new DataFrameSource(frame), options);

    /// <summary>Reads name/value rows (e.g. PowerShell objects).</summary>
    public static InteractionMatrix FromRows(IEnumerable<IReadOnlyDictionary<string, object?>> rows, InteractionOptions? options = null) =>
        Read(new RowsSource(rows), options);

    /// <summary>Reads any objects through three selectors; a non-finite value or empty id names the element.</summary>
    public static InteractionMatrix FromObjects<T>(IEnumerable<T> source, Func<T, string> user, Func<T, string> item, Func<T, double>? value = null,
        InteractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(item);
        return InteractionMatrix.FromInteractions(source.Select(x => new Interaction(user(x), item(x), value is null ? 1.0 : value(x))), options);
    }

    /// <summary>
    /// Reads MovieLens "u.data"-style text: one rating per line, <c>user TAB item TAB rating [TAB timestamp]</c>, no header
    /// (e.g. ml-100k's u.data). Ratings are on the 1–5 scale unless <paramref name="options"/> says otherwise. Strict: a bad
    /// line is an <see cref="InputDataException"/> naming the file, line and field.
    /// </summary>
    public static InteractionMatrix FromMovieLens(string path, InteractionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InputDataException(ErrorIds.FileError, $"The file '{path}' does not exist. Pass the path of ml-100k's u.data.");
        }

        options = (options ?? new InteractionOptions { Scale = new RatingScale(1, 5) }).Validate();
        string name = Path.GetFileName(path);
        var rows = new List<(string, string, double)>();
        var lines = new List<int>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length is < 3 or > 4 || f[0].Length == 0 || f[1].Length == 0)
            {
                throw new InputDataException(ErrorIds.MalformedCsv,
                    $"{name}, line {lineNumber}: expected 'user<TAB>item<TAB>rating[<TAB>timestamp]', found {f.Length} field(s). Fix or remove the line.",
                    null, lineNumber, null, line);
            }

            if (!double.TryParse(f[2], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double rating)
                || !double.IsFinite(rating))
            {
                throw new InputDataException(ErrorIds.InvalidNumber,
                    $"{name}, line {lineNumber}, field 3 (rating): '{f[2]}' is not a number. Use digits with a dot as the decimal separator.",
                    null, lineNumber, "rating", f[2]);
            }

            rows.Add((f[0].Trim(), f[1].Trim(), rating));
            lines.Add(lineNumber);
        }

        return InteractionMatrix.Build(rows, options, r => $"line {lines[r]} of {name}", null);
    }

    /// <summary>Reads any tabular source. Columns: user, item and (explicit: required; implicit: optional, default 1) value.</summary>
    public static InteractionMatrix Read(ITabularSource source, InteractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options = (options ?? InteractionOptions.Default).Validate();
        var bind = new ColumnBinding(source);
        bind.RequireRows("interactions");
        int userCol = options.UserColumn is null ? bind.Require("user", UserAliases) : bind.Require(options.UserColumn);
        int itemCol = options.ItemColumn is null ? bind.Require("item", ItemAliases) : bind.Require(options.ItemColumn);
        int valueCol;
        if (options.ValueColumn is not null)
        {
            valueCol = bind.Require(options.ValueColumn);
        }
        else if (options.Kind == FeedbackKind.Explicit)
        {
            valueCol = bind.Require("rating", ExplicitValueAliases);
        }
        else
        {
            valueCol = bind.Find("quantity", ImplicitValueAliases);
        }

        var rows = new List<(string, string, double)>(source.RowCount);
        for (int r = 0; r < source.RowCount; r++)
        {
            string user = bind.ReadId(r, userCol);
            string item = bind.ReadId(r, itemCol);
            double value = valueCol < 0 ? 1.0 : bind.ReadNumber(r, valueCol);
            rows.Add((user, item, value));
        }

        return InteractionMatrix.Build(rows, options, bind.Where, r => ValueError(bind, r, valueCol, rows[r].Item3, options));
    }

    private static InputDataException ValueError(ColumnBinding bind, int row, int column, double value, InteractionOptions options)
    {
        if (options.Kind == FeedbackKind.Implicit)
        {
            return bind.CellError(ErrorIds.OutOfRange, row, column, "an implicit feedback value must be positive",
                "Use a purchase count or quantity > 0, and drop rows with no interaction.");
        }

        return bind.CellError(ErrorIds.OutOfRange, row, column, $"the rating is outside the rating scale {options.Scale}",
            "Fix the rating or widen InteractionOptions.Scale.");
    }
}
