@{
    Synopsis    = 'Evaluates recommenders offline as the field does: MAP, NDCG@K, Precision@K, Recall@K, coverage, novelty, and RMSE.'
    Description = @'
Splits the interactions (seeded), fits each method on the training part, and compares each user's top-K list of unseen
items with their held-out interactions. The split is per-user stratified by default, as Microsoft Recommenders'
python_stratified_split: each user's interactions in a seeded random order, the ones at relative rank j/n <= 1 -
TestFraction train, the rest test. LeaveLastOut holds out each user's latest interaction (needs timestamps); KFold
cuts all interactions into -Folds folds (the default when -Folds is given); Random holds out a share of all
interactions.

Relevant: any held-out interaction for purchases (and for ratings read with -Feedback Implicit); a rating at or above
-RelevanceThreshold (default: three quarters up the scale, 4 of 5) for ratings. A user is ranked when they have a
training history and a relevant test item. With hits h_j at positions j <= K and R relevant items: Precision@K = sum h / K;
Recall@K = sum h / R; NDCG@K = sum h_j / log2(j + 1) divided by its ideal; Map = sum of h_j times precision at j, divided
by R (Microsoft Recommenders' map); MapAtK divides by min(K, R); a repeated item counts once. Coverage = distinct
recommended items / items in the training data; Novelty = mean -log2 of the recommended items' share of the training
interactions. RMSE and MAE come with the methods that predict ratings (ItemBased and UserBased as Surprise's kNN, Svd,
and the global mean for Popularity) on ratings.

Input, column names, preparation rules and warnings work as in Get-Recommendation; use -Path for large files.
'@
    Parameters  = @{
        InteractionValue   = 'What implicit feedback counts per customer and product: Orders (default: the number of distinct orders with the product) or Quantity (the summed quantity, returns netted under -Returns Net).'
        Feedback           = 'Explicit or Implicit. Default: Explicit when there is a rating column. Implicit on a ratings file counts every rating as one interaction, all of them relevant.'
        Method             = 'Methods to evaluate: Ease, Als, ItemBased, UserBased, Svd, Popularity. Default: the core''s default model for the data, ItemBased and Popularity.'
        Split              = 'UserStratified (default), LeaveLastOut (each customer''s latest purchase; needs an order date), KFold (default when -Folds is given) or Random.'
        TestFraction       = 'Share held out by UserStratified (of each user''s interactions) and Random (of all). Default 0.25.'
        Folds              = 'Number of folds of -Split KFold (at least 2). Default 5.'
        Seed               = 'Seed of the split; the same seed gives the same split and figures. Default 1.'
        TopK               = 'List length K of the ranking metrics. Default 10.'
        RelevanceThreshold = 'Ratings at or above this are relevant. Default: three quarters up the rating scale (4 on 1 to 5).'
        MinRating          = 'Ratings only: the lowest rating the ranking models train on. Default: every rating.'
        Neighbors          = 'Number of neighbours of ItemBased and UserBased. Default 20 for lists, 40 for rating prediction.'
        Similarity         = 'Similarity of ItemBased and UserBased: TfIdf (default for lists), Bm25, Cosine, Jaccard; MeanSquaredDifference (default for rating prediction), AdjustedCosine, Pearson.'
    }
    Defaults    = @{ Split = 'UserStratified'; TestFraction = '0.25'; Folds = '5'; Seed = '1'; TopK = '10'; RelevanceThreshold = '4 of 5'; Method = 'default model, ItemBased, Popularity' }
    Outputs     = 'EcomAI.PowerShell.RecommenderScore: one object per method (Method, Algorithm, Split, Protocol, K, Map, MapAtK, NdcgAtK, PrecisionAtK, RecallAtK, HitRate, Coverage, Novelty, Rmse, Mae, UsersEvaluated, FitSeconds). GetResult() returns the per-fold figures.'
    Examples    = @(
        @{
            Title   = 'The published protocol on a ratings file'
            Code    = @'
Get-EcomSampleData -Name Ratings | Export-Csv ratings.csv -NoTypeInformation -UseQuotes AsNeeded
Measure-Recommender -Path ratings.csv -Method Ease, Als, ItemBased, Popularity -Split UserStratified -TestFraction 0.25 -Seed 42 -TopK 10 -Feedback Implicit
'@
            Remarks = 'Microsoft Recommenders'' MovieLens protocol: per-user 75/25, top-10, any held-out rating relevant. Compare Map, NdcgAtK, PrecisionAtK and RecallAtK.'
        }
        @{
            Title   = 'Rating prediction error with five-fold cross-validation'
            Code    = 'Get-EcomSampleData -Name Ratings | Measure-Recommender -Method Svd, UserBased, Popularity -Folds 5 | Format-Table Method, Rmse, Mae, NdcgAtK'
            Remarks = '-Folds selects k-fold; Svd and UserBased predict ratings (RMSE, MAE), Popularity predicts the global mean.'
        }
        @{
            Title   = 'No flags on purchases'
            Code    = 'Get-EcomSampleData -Name Ratings | Select-Object user, item | Measure-Recommender'
            Remarks = 'Without a rating column the rows are purchases: the default model, ItemBased and Popularity under the stratified split.'
        }
    )
    Links       = @('Get-Recommendation')
}
