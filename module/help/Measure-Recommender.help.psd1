@{
    Synopsis    = 'Cross-validates recommenders: RMSE, MAE, Precision@K, Recall@K and NDCG@K.'
    Description = @'
Splits the interactions into -Folds folds (seeded), fits each chosen method on all but one fold and tests it on the
held-out fold, and reports the mean over folds: rating accuracy (RMSE, MAE, for explicit ratings) and top-K quality
(Precision@K, Recall@K, NDCG@K, with ratings at or above -RelevanceThreshold counted as relevant).

Input, column names, preparation rules and warnings work as in Get-Recommendation; use -Path for large files.
'@
    Parameters  = @{
        InteractionValue = 'What implicit feedback counts per customer and product: Orders (default: the number of distinct orders with the product, robust to bulk quantities) or Quantity (the summed quantity, returns netted under -Returns Net). Repeated purchases add up, never the last one only.'
        Feedback           = 'Explicit or Implicit. Default: Explicit when a rating property exists.'
        Method             = 'Methods to evaluate: UserBased, ItemBased, Popularity. Default: UserBased and ItemBased.'
        Neighbors          = 'Number of neighbours k. Default 40.'
        Similarity         = 'Similarity: MeanSquaredDifference (default), Cosine, AdjustedCosine, Pearson or Jaccard.'
        Folds              = 'Number of cross-validation folds (2 to 100). Default 5.'
        Seed               = 'Seed of the fold assignment; the same seed gives the same folds and figures. Default 1.'
        TopK               = 'List length K of Precision@K, Recall@K and NDCG@K. Default 10.'
        RelevanceThreshold = 'Ratings at or above this count as relevant for the ranking metrics. Default 4.'
    }
    Defaults    = @{ Folds = '5'; Seed = '1'; TopK = '10'; RelevanceThreshold = '4'; Neighbors = '40'; Similarity = 'MeanSquaredDifference'; Method = 'UserBased, ItemBased' }
    Outputs     = 'EcomAI.PowerShell.RecommenderScore: one object per method (Method, Algorithm, Folds, Rmse, Mae, K, PrecisionAtK, RecallAtK, NdcgAtK). GetResult() returns the per-fold figures.'
    Examples    = @(
        @{
            Title   = 'Compare user- and item-based on the sample ratings'
            Code    = 'Get-EcomSampleData -Name Ratings | Measure-Recommender -Folds 5 -Seed 1'
            Remarks = 'Five-fold cross-validation of both kNN methods.'
        }
        @{
            Title   = 'Include the popularity baseline and a different similarity'
            Code    = @'
Get-EcomSampleData -Name Ratings | Export-Csv ratings.csv -NoTypeInformation -UseQuotes AsNeeded
Measure-Recommender -Path ratings.csv -Method UserBased, ItemBased, Popularity -Similarity Pearson -Folds 3 -TopK 5
'@
            Remarks = 'Three folds, Pearson similarity, top-5 metrics, with the most-popular baseline for comparison.'
        }
    )
    Links       = @('Get-Recommendation')
}
