@{
    Synopsis    = 'Recommends items to users with user- or item-based collaborative filtering, explained.'
    Description = @'
Reads order lines (customer x product purchases, implicit feedback: the number of orders with the product, or with
-InteractionValue Quantity the summed quantity) or a ratings file (customer, product, rating: explicit feedback), and
fits a k-nearest-neighbour
recommender. Item-based (the default): r(u,i) = sum over the k items j most similar to i that u rated of
w(i,j)*r(u,j), divided by the sum of |w(i,j)|. User-based: r(u,i) = mean(u) + sum over the k users v most similar to u
who rated i of w(u,v)*(r(v,i) - mean(v)), divided by the sum of |w(u,v)|.

For each user the top items come in descending score order, exclude what the user already has (unless -IncludeSeen),
and carry the reason in Because ("because you bought X (35 %)"). A user with no history gets the most popular items,
marked Source = Popularity, and a warning says so.

Input: an order-lines export (one row per order line: order id, customer, product, description, quantity, unit price,
date; the column names of common exports such as InvoiceNo, StockCode, CustomerID and UnitPrice are recognised) read
with -Path (CSV, .csv.gz or Parquet), pipeline rows (Import-Csv, hashtables, objects), or the output of
Import-EcomOrderLine. The preparation rules apply (cancellations and returns, lines without a customer, exact
duplicates, -ExcludeProduct, -DateFormat; see Get-Help Import-EcomOrderLine): each rule that applies is reported once,
as a warning with its line count, its money and its first file lines, and nothing is dropped silently. A value that
cannot be read ("abc" or "2,5" in a number column, a date not in the format) excludes its line and is reported the
same way; -Strict writes one error per bad line instead, and -ErrorAction Stop stops at the first.
'@
    Parameters  = @{
        InteractionValue = 'What implicit feedback counts per customer and product: Orders (default: the number of distinct orders with the product, robust to bulk quantities) or Quantity (the summed quantity, returns netted under -Returns Net). Repeated purchases add up, never the last one only.'
        Feedback       = 'Explicit (ratings on a scale) or Implicit (purchases, clicks, quantities). Default: Explicit when a rating property exists, else Implicit.'
        UserId         = 'One or more users to recommend to. Omitted: every user in the data.'
        Top            = 'Number of items per user. Default 10.'
        Method         = 'ItemBased (default), UserBased, or Popularity (most popular items, a baseline).'
        Neighbors      = 'Number of neighbours k in the formula. Default 40.'
        Similarity     = 'Similarity between users or items: MeanSquaredDifference (default), Cosine, AdjustedCosine, Pearson or Jaccard.'
        IncludeSeen    = 'Also recommend items the user already has.'
    }
    Defaults    = @{ Top = '10'; Method = 'ItemBased'; Neighbors = '40'; Similarity = 'MeanSquaredDifference' }
    Outputs     = 'EcomAI.PowerShell.ItemRecommendation: UserId, Rank, ItemId, Score, Because, Source, Method. GetResult() returns all lists of the call.'
    Notes       = 'Error ids: InvalidNumber, MissingValue, OutOfRange (rating outside the scale, or implicit value <= 0), MissingColumn, EmptyInput, FileError.'
    Examples    = @(
        @{
            Title   = 'Top five items for two users'
            Code    = 'Get-EcomSampleData -Name Ratings | Get-Recommendation -UserId U0001, U0002 -Top 5'
            Remarks = 'Item-based recommendations with their reasons, best first, excluding items the users already rated.'
        }
        @{
            Title   = 'User-based with cosine similarity from a CSV file'
            Code    = @'
Get-EcomSampleData -Name Ratings | Export-Csv ratings.csv -NoTypeInformation -UseQuotes AsNeeded
Get-Recommendation -Path ratings.csv -UserId U0003 -Method UserBased -Similarity Cosine -Neighbors 20 -Top 3 | Format-List
'@
            Remarks = 'Reads the ratings with the fast reader and shows each recommendation in full, with the similar customers behind it.'
        }
        @{
            Title   = 'A new customer gets popular items'
            Code    = 'Get-EcomSampleData -Name Ratings | Get-Recommendation -UserId newcomer -Top 3 -WarningAction SilentlyContinue'
            Remarks = 'An unknown user has no history: the list is the most popular items, with Source = Popularity (the warning is silenced here).'
        }
    )
    Links       = @('Measure-Recommender', 'Export-EcomReport')
}
