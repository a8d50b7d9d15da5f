@{
    Synopsis    = 'Recommends items to users with a top-N model (EASE or implicit ALS by default), each item explained.'
    Description = @'
Reads interactions (user, item, and a rating or a quantity, optionally a timestamp and an item description) and fits
a top-N model. Without -Method the core chooses for the catalogue: EASE up to 5,000 items, implicit ALS above.
Without a rating column the data are purchases (implicit feedback; repeated rows of a pair are summed); with one they
are ratings, and the ranking models treat every rating (or, with -MinRating, every rating at least that high) as a
signal: ranking by predicted rating would list items with one or two ratings first.

The formulas, as computed. EASE (Steck 2019): P = (X'X + 400 I)^-1 for the 0/1 users x items matrix X,
B(j,i) = -P(j,i) / P(i,i), B(i,i) = 0, score(u,i) = sum over the user's items j of B(j,i). Als (Hu, Koren and Volinsky
2008): confidence c = 1 + 10 r, factors x_u, y_i (64) minimising sum c (p - x_u'y_i)^2 + lambda (|x|^2 + |y|^2) with
lambda = 3 N^(1/3) for N interactions, 15 sweeps of 3 warm-started conjugate-gradient steps; score = x_u'y_i.
ItemBased on purchases (the implicit library's ItemItem, TF-IDF by default): each item keeps its 20 most similar items;
score(u,i) = sum over owned j with i among j's neighbours of w(j,i) x(u,j). UserBased: score(u,i) = sum over u's 20 most
similar users v of w(u,v) x(v,i). Svd (Surprise's SVD): r(u,i) = mu + b_u + b_i + q_i'p_u, trained by SGD, ranked by
that predicted rating. Popularity: the items with the most interactions.

For each user the items come in descending score, without what the user already has (unless -IncludeSeen), without
items matching -ExcludeItem, only from -Candidate when given. Because names the user's own items that contribute most,
with their share of the positive part of the score: "because you bought WHITE HANGING HEART T-LIGHT HOLDER (62%)"
(descriptions when the input has them, "rated" for ratings). A user with no history gets the most popular items,
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
        Feedback         = 'Explicit (ratings) or Implicit (purchases, clicks, quantities). Default: Explicit when there is a rating column, else Implicit. Implicit on a ratings file counts every rating as one interaction.'
        UserId           = 'One or more users to recommend to. Omitted: every user in the data.'
        Top              = 'Number of items per user. Default 10.'
        Method           = 'Ease, Als, ItemBased, UserBased, Svd or Popularity. Default: the core''s choice for the catalogue (Ease up to 5,000 items, else Als).'
        IncludeSeen      = 'Also recommend items the user already has.'
        ExcludeItem      = 'Wildcard patterns (* and ?, case-insensitive) of item ids or descriptions never to recommend, e.g. POST, ''*GIFT CARD*''. The items still count as purchases; -ExcludeProduct removes them from the data instead.'
        Candidate        = 'Only these item ids may be recommended (an integral id written with a trailing .0, e.g. 22423.0, names the integer id, as in the data).'
        MinRating        = 'Ratings only: the lowest rating the ranking models treat as a signal. Default: every rating.'
        Neighbors        = 'Number of neighbours of ItemBased and UserBased. Default 20 for lists (40 for predicting ratings).'
        Similarity       = 'Similarity of ItemBased and UserBased: TfIdf (default for lists), Bm25, Cosine, Jaccard; MeanSquaredDifference, AdjustedCosine and Pearson only predict ratings.'
    }
    Defaults    = @{ Top = '10'; Method = 'Ease up to 5,000 items, else Als'; Neighbors = '20 (lists)'; Similarity = 'TfIdf (lists)' }
    Outputs     = 'EcomAI.PowerShell.ItemRecommendation: UserId, Rank, ItemId, Description, Score, Because, Source, Method. GetResult() returns all lists of the call.'
    Notes       = 'Error ids: InvalidNumber, MissingValue, OutOfRange (rating outside the scale, or a quantity <= 0), MissingColumn, EmptyInput, FileError, InvalidOption.'
    Examples    = @(
        @{
            Title   = 'Top five items for two users of a ratings file'
            Code    = 'Get-EcomSampleData -Name Ratings | Get-Recommendation -UserId U0001, U0002 -Top 5'
            Remarks = 'The default model (EASE for this catalogue) ranks the ratings as signals; each item says which rated items led to it.'
        }
        @{
            Title   = 'Purchases with descriptions, from a CSV file, with a business filter'
            Code    = @'
Set-Content purchases.csv -Value 'customer_id,product_id,description,quantity',
    'C1,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6', 'C1,71053,WHITE METAL LANTERN,6',
    'C2,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2', 'C2,71053,WHITE METAL LANTERN,1', 'C2,POST,POSTAGE,1',
    'C3,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1', 'C3,POST,POSTAGE,1'
Get-Recommendation -Path purchases.csv -UserId C3 -Top 2 -ExcludeItem POST | Format-List UserId, Rank, Description, Because
'@
            Remarks = 'No rating column: purchases (implicit feedback). The explanation names the product bought ("because you bought WHITE HANGING HEART T-LIGHT HOLDER"); postage is never recommended.'
        }
        @{
            Title   = 'Item-based lists with BM25 weighting'
            Code    = 'Get-EcomSampleData -Name Ratings | Select-Object user, item | Get-Recommendation -UserId U0003 -Method ItemBased -Similarity Bm25 -Top 3'
            Remarks = 'Without the rating column the rows are purchases; the item-kNN keeps each item''s 20 most similar items.'
        }
        @{
            Title   = 'A new customer gets popular items'
            Code    = 'Get-EcomSampleData -Name Ratings | Get-Recommendation -UserId newcomer -Top 3 -WarningAction SilentlyContinue'
            Remarks = 'An unknown user has no history: the list is the most popular items, with Source = Popularity (the warning is silenced here).'
        }
    )
    Links       = @('Measure-Recommender', 'Export-EcomReport')
}
