# Prose for the input parameters every order-lines cmdlet shares (OrderLineInputCmdlet). Build-Help.ps1 merges it into
# each cmdlet's help; the -...Property parameters are described from the core's schema (OrderLineSchema), not here.
@{
    Parameters = @{
        InputObject        = 'An input row from the pipeline: an Import-Csv record, a hashtable or any object whose property names are order-lines columns (see the -...Property parameters), or the prepared order lines that Import-EcomOrderLine outputs.'
        Path               = 'An order-lines export, or a transactions, ratings or sales file: CSV with a comma, semicolon, tab or pipe separator, gzip-compressed CSV (.csv.gz) or Parquet (a file or a folder of parts). Read by the embedded engine, much faster than Import-Csv for large files. The file is never modified.'
        DateFormat         = 'The .NET date pattern of the date column, such as ''M/d/yyyy H:mm'' or ''dd.MM.yyyy'', applied strictly to every line; unix reads seconds since 1970. Default: ISO 8601 (yyyy-MM-dd, optionally with a time). When no date of the file can be read, the error says which patterns every value fits.'
        Returns            = 'Cancellations (order id with the cancellation marker) and returns (negative quantity): Exclude (default) leaves them out of purchases and counts them in one warning; Net keeps them as negative amounts and quantities, subtracted from purchases; Reject stops at the first.'
        ExcludeProduct     = 'Product ids of lines that are not products (postage, fees, adjustments), such as POST, DOT, ''BANK CHARGES'' or gift_*; * and ? are wildcards, case is ignored. Default: none (a warning names products that look like postage or fees, as ExcludeProducts = ...: -ExcludeProducts is accepted as an alias).'
        CancellationPrefix = 'Order ids starting with this text are cancellations. Default: C. An empty string turns the marker off.'
        KeepDuplicates     = 'Keep exact duplicate lines. By default the second and later copies of a line are dropped and counted in one warning.'
        Strict             = 'Write one error per line with a value that cannot be read (file line, column, value, what to do), instead of one warning per kind; with -ErrorAction Stop the first one stops the command. The good lines are still used.'
        ShowSql            = 'Output the SQL that prepares the input, instead of running the command: how the input is staged (DuckDB-specific, as comments) and the preparation statements, which run unchanged on Spark SQL.'
        DecimalSeparator   = 'The decimal separator of number columns: . (default) or , (exports written with a European locale: 2,55). Applied strictly: with , a value holding a dot (a thousands separator) is not a number and is reported.'
        Encoding           = 'The text encoding of a CSV file: utf-8, latin-1 or utf-16. Default: UTF-8; a file that is not valid UTF-8 is read as Latin-1 with a warning.'
    }
    Defaults   = @{ Returns = 'Exclude'; CancellationPrefix = 'C'; DecimalSeparator = '.' }
}
