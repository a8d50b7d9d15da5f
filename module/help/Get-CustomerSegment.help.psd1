@{
    Synopsis    = 'Segments customers by RFM (recency, frequency, monetary value): K-means named from the standard RFM map, or the RFM map itself.'
    Description = @'
Reads a shop's order lines (or a transactions file: customer, date, amount, optionally an order id), sums them per
customer and order, computes each customer's
recency (days since the last purchase before the reference date), frequency (purchases, or distinct orders when an
order column exists) and monetary value (total spend), and puts the customers into segments a marketer can act on.

With -Method KMeans (the default) the values are scaled (signed log, then z-scores, so monetary value does not decide
everything) and clustered with K-means (k-means++ seeding, several restarts, the lowest inertia wins). Each segment is
named by the cell of the standard RFM segment map its centre falls in (Champions, Loyal, Potential loyalist, New,
Promising, Need attention, About to sleep, At risk, Can't lose them, Hibernating, Lost); two segments in the same cell
are told apart by what differs ("At risk — high spend"). With -Method RfmMap there is no clustering: every customer
gets the segment of its own cell (recency score R 1-5 by frequency-monetary score FM 1-5, FM = mean of the F and M
scores rounded half up; the cells and their source are in the notes).

Without -K the number of K-means segments is chosen automatically among K = 3..8 (-MinK, -MaxK): the best mean
silhouette among the K whose smallest segment holds at least 2 % of the customers. K = 2 is tried only when asked
(-MinK 2). A K above the number of distinct customers (different RFM values), or above n - 1 for the silhouette, is
skipped with its reason; the output's KChoice property says which K was chosen, the runner-ups and their silhouettes,
and any K skipped. Measure-CustomerSegment shows the whole table.

With -Summary the output is one profile per segment: size and share, means in days, orders and money, the same
against the average of all customers, what sets the segment apart ("recency 189 days (3.1× the average)") and a
suggested action.

Cancellations and returns are left out of purchases by default (-Returns Exclude; the preparation reports them in
one warning). With -Returns Net they are subtracted from the monetary value: a customer whose refunds exceed the
purchases keeps a negative net spend, transformed by the signed log sign(x)·ln(1 + |x|), never an error. What RFM
itself leaves out (customers with only refunds, transactions on or after -AsOf) is reported in one more warning with
the counts and the customer ids; -Verbose gives the figures.

Input: an order-lines export (one row per order line: order id, customer, product, description, quantity, unit price,
date; the column names of common exports such as InvoiceNo, StockCode, CustomerID and UnitPrice are recognised), or a
transactions file (customer, date, amount), read with -Path (CSV, .csv.gz or Parquet), pipeline rows (Import-Csv,
hashtables, objects), or the output of Import-EcomOrderLine. The preparation rules apply (cancellations and returns,
lines without a customer, exact duplicates, -ExcludeProduct, -DateFormat; see Get-Help Import-EcomOrderLine): each
rule that applies is reported once, as a warning with its line count, its money and its first file lines. A value that
cannot be read excludes its line and is reported the same way; -Strict writes one error per bad line instead. The same
input and -Seed always give the same segments.
'@
    Parameters  = @{
        AsOf             = 'Reference date for recency; transactions on or after it are left out (counted in the warning). Default: the day after the last purchase in the data.'
        K                = 'Number of K-means segments (at least 1, at most the number of customers with distinct RFM values). Omitted: chosen automatically among -MinK..-MaxK; the output''s KChoice says which K, the runner-ups and any K skipped.'
        MinK             = 'Smallest K tried when -K is omitted (at least 2). Default 3: two segments rarely call for different actions, so K = 2 only when asked.'
        MaxK             = 'Largest K tried when -K is omitted. Default 8. K above what the data allows are skipped with their reason.'
        Method           = 'KMeans (default): K-means on the scaled RFM values, segments named from the RFM map. RfmMap: no clustering, each customer in the segment of its own RFM map cell (-K, -MinK, -MaxK, -Restarts and -Seed are then not used; a warning names any that were given).'
        Seed             = 'Random seed for the k-means++ seeding. The same input and seed give the same segments, whatever the number of cores. Default 0.'
        Restarts         = 'Number of K-means restarts; the run with the lowest inertia is kept. Default 10.'
        Summary          = 'Output one profile per segment (size, share, means, ratios to the average, what sets it apart, suggested action) instead of one object per customer.'
    }
    Defaults    = @{ Seed = '0'; Restarts = '10'; K = 'chosen automatically among 3..8'; MinK = '3'; MaxK = '8'; Method = 'KMeans'; AsOf = 'day after the last purchase' }
    Inputs      = 'Order lines or transactions as objects (for example the rows of Import-Csv), or the prepared order lines of Import-EcomOrderLine.'
    Outputs     = 'EcomAI.PowerShell.SegmentedCustomer (CustomerId, Segment, Label, Recency, Frequency, Monetary, RfmCode, MapSegment, K, KChoice), or EcomAI.PowerShell.CustomerSegmentProfile with -Summary (adds Distinction, Action, ratios to the average). GetResult() returns the whole segmentation for Export-EcomReport.'
    Notes       = @'
The RFM map (rows R = 5 to 1, columns FM = 1 to 5):
R 5: New, New, Potential loyalist, Champions, Champions.
R 4: Promising, Potential loyalist, Potential loyalist, Loyal, Loyal.
R 3: About to sleep, About to sleep, Need attention, Loyal, Loyal.
R 2: Hibernating, Hibernating, At risk, At risk, Can't lose them.
R 1: Lost, Lost, At risk, At risk, Can't lose them.
Source: Putler's RFM segment table (putler.com, also the R package rfm's rfm_segment example), its overlapping ranges
resolved as the common 5 x 5 R x F segment partition does, Lost as R 1 and Hibernating as R 2 of the low-FM columns,
and R 5 FM 2 named New. Scores are quintiles among the customers segmented (1 + floor(5 (rank - 1) / n), ties share
the lowest rank), so a name says where a customer stands among the others.

Which input path to use: for files of more than a few thousand rows, pass the file with -Path. Choosing K
automatically runs K-means and silhouettes for every K from 3 to 8, which dominates on tens of thousands of
customers: on large data run Measure-CustomerSegment once, then pass the chosen -K.

Error ids (FullyQualifiedErrorId starts with them): MissingColumn, EmptyInput, InsufficientData (K above the distinct
customers, or no K of the range possible: the message says what works), InvalidOption, FileError; with -Strict,
InvalidNumber, InvalidDate and the other per-line ids.
'@
    Examples    = @(
        @{
            Title   = 'Segment the sample customers'
            Code    = 'Get-EcomSampleData -Name Transactions | Get-CustomerSegment -Seed 42 | Select-Object -First 10'
            Remarks = 'Chooses K automatically among 3..8 and shows the first ten customers with their segment and RFM values.'
        }
        @{
            Title   = 'Segment profiles from a CSV file: what sets each segment apart and what to do'
            Code    = @'
Get-EcomSampleData -Name Transactions | Export-Csv orders.csv -NoTypeInformation -UseQuotes AsNeeded
Get-CustomerSegment -Path orders.csv -Seed 1 -Summary | Format-List Segment, Label, Customers, Distinction, Action
'@
            Remarks = 'Writes the sample to orders.csv, reads it with the fast -Path reader and prints one profile per segment.'
        }
        @{
            Title   = 'The standard RFM map instead of K-means'
            Code    = 'Get-EcomSampleData -Name Transactions | Get-CustomerSegment -Method RfmMap -Summary'
            Remarks = 'No clustering: each customer goes to the segment of its (R, FM) cell; segment numbers are map positions (1 = Champions ... 11 = Lost).'
        }
        @{
            Title   = 'Refunds netted, including a customer whose refunds exceed the purchases'
            Code    = @'
$rows = @(
    [pscustomobject]@{ InvoiceNo = '1'; CustomerID = 'A'; InvoiceDate = '2024-01-05'; StockCode = 'P1'; Quantity = '4'; UnitPrice = '30' }
    [pscustomobject]@{ InvoiceNo = 'C2'; CustomerID = 'A'; InvoiceDate = '2024-01-20'; StockCode = 'P1'; Quantity = '-1'; UnitPrice = '30' }
    [pscustomobject]@{ InvoiceNo = '3'; CustomerID = 'B'; InvoiceDate = '2023-11-02'; StockCode = 'P2'; Quantity = '1'; UnitPrice = '20' }
    [pscustomobject]@{ InvoiceNo = 'C4'; CustomerID = 'B'; InvoiceDate = '2024-01-10'; StockCode = 'P2'; Quantity = '-3'; UnitPrice = '15' }
    [pscustomobject]@{ InvoiceNo = '5'; CustomerID = 'C'; InvoiceDate = '2024-01-25'; StockCode = 'P3'; Quantity = '2'; UnitPrice = '30' }
    [pscustomobject]@{ InvoiceNo = 'C6'; CustomerID = 'Z'; InvoiceDate = '2024-01-26'; StockCode = 'P3'; Quantity = '-1'; UnitPrice = '15' }
)
$rows | Get-CustomerSegment -Returns Net -K 2 -Seed 1 -WarningVariable left 3>$null | Format-Table CustomerId, Label, Monetary
$left.Message
'@
            Remarks = 'B keeps a negative monetary value (20 - 45 = -25) and is segmented; Z only returned something and is left out, named in a warning.'
        }
    )
    Links       = @('Measure-CustomerSegment', 'Compare-CustomerSegment', 'Export-EcomReport', 'Get-EcomSampleData')
}
