using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// Reads the CDNOW data format of Fader and Hardie's BG/NBD papers (and of BTYD and lifetimes): whitespace-separated
/// lines of <c>master_id sample_id yyyyMMdd CDs dollars</c> (CDNOW_sample.txt, 2,357 customers) or
/// <c>id yyyyMMdd CDs dollars</c> (CDNOW_master.txt). The customer id is the sample id (the ids of the published
/// summary) or the id; each line is one transaction.
/// </summary>
/// <example>
/// Reproducing the published fit (FHL 2005: r = 0.243, α = 4.414, a = 0.793, b = 2.426; weeks, calibration 39 weeks):
/// <code>
/// var summary = CustomerSummary.FromTransactions(CdnowReader.Read("CDNOW_sample.txt"), CdnowReader.PublishedSummaryOptions);
/// var model = BgNbd.Fit(summary);
/// </code>
/// or in PowerShell: <c>Get-CustomerValue -Path CDNOW_sample.txt -Format Cdnow -ModelSummary</c> (which uses these options).
/// </example>
public static class CdnowReader
{
    /// <summary>
    /// The papers' convention for CDNOW: purchases merged per day, times in weeks (days / 7), calibration period
    /// 1997-01-01 to 1997-09-30 (39 weeks), observation to 1998-06-30 (78 weeks).
    /// </summary>
    public static CustomerSummaryOptions PublishedSummaryOptions { get; } = CustomerSummaryOptions.DaysInWeeks with
    {
        CalibrationEnd = new DateTime(1997, 9, 30),
        ObservationEnd = new DateTime(1998, 6, 30),
    };

    /// <summary>Reads a CDNOW-format file (never modified).</summary>
    /// <exception cref="InputDataException">A line that is not in the format (the message names the line), or an unreadable file.</exception>
    public static TransactionData Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputDataException(ErrorIds.FileError, $"{path} could not be read: {ex.Message}", ex);
        }

        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses CDNOW-format text.</summary>
    /// <exception cref="InputDataException">A line that is not in the format (the message names the line and what was expected).</exception>
    public static TransactionData Parse(string text, string sourceName = "CDNOW text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<Transaction>();
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            var fields = raw.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length is not (4 or 5))
            {
                throw Error(ErrorIds.MalformedCsv, sourceName, lineNumber, null, raw.Trim(),
                    $"has {fields.Length} fields; expected 'master_id sample_id yyyyMMdd CDs dollars' (5) or 'id yyyyMMdd CDs dollars' (4)");
            }

            int offset = fields.Length - 4;
            if (!DateTime.TryParseExact(fields[offset + 1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Error(ErrorIds.InvalidDate, sourceName, lineNumber, "date", fields[offset + 1], "is not a date in yyyyMMdd form");
            }

            if (!double.TryParse(fields[offset + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out double cds))
            {
                throw Error(ErrorIds.InvalidNumber, sourceName, lineNumber, "CDs", fields[offset + 2], "is not a number");
            }

            if (!double.TryParse(fields[offset + 3], NumberStyles.Float, CultureInfo.InvariantCulture, out double dollars) || !double.IsFinite(dollars))
            {
                throw Error(ErrorIds.InvalidNumber, sourceName, lineNumber, "dollars", fields[offset + 3], "is not a number");
            }

            rows.Add(new Transaction(fields[offset], date, dollars, null, cds));
        }

        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{sourceName} has no transaction lines.");
        }

        return TransactionReader.FromTransactions(rows) with { SourceName = sourceName };
    }

    private static InputDataException Error(string id, string source, int line, string? column, string value, string what) =>
        new(id, $"{source}, line {line}{(column is null ? "" : $", column '{column}'")}: '{value}' {what}. Fix or remove the line.", null, line, column, value);
}
