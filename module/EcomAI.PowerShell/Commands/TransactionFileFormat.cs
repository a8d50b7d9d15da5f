namespace EcomAI.PowerShell.Commands;

/// <summary>The layout of a transactions file given with <c>-Path</c>.</summary>
public enum TransactionFileFormat
{
    /// <summary>A CSV file with a header (customer, date, amount columns; the default).</summary>
    Csv,

    /// <summary>The CDNOW format of the BG/NBD papers: whitespace-separated master_id sample_id yyyyMMdd CDs dollars.</summary>
    Cdnow,
}
