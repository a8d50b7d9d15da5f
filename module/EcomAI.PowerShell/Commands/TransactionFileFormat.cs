namespace EcomAI.PowerShell.Commands;

/// <summary>The layout of a transactions file given with <c>-Path</c>.</summary>
public enum TransactionFileFormat
{
    /// <summary>An order-lines or transactions export read by the order-lines preparation (CSV, .csv.gz, Parquet; the default).</summary>
    OrderLines,

    /// <summary>The CDNOW format of the BG/NBD papers: whitespace-separated master_id sample_id yyyyMMdd CDs dollars.</summary>
    Cdnow,
}
