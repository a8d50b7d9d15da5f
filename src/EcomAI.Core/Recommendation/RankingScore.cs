namespace EcomAI.Core.Recommendation;

/// <summary>Ranking metrics of one top-K list (see <see cref="RankingMetrics"/> for the definitions); every value is in [0, 1].</summary>
/// <param name="Precision">Precision@K.</param>
/// <param name="Recall">Recall@K.</param>
/// <param name="Ndcg">NDCG@K with binary gains.</param>
/// <param name="AveragePrecisionAtK">AP@K, normalised by min(K, R) (the user's term of MAP@K).</param>
/// <param name="AveragePrecision">AP normalised by R (the user's term of Microsoft Recommenders' <c>map</c>).</param>
/// <param name="Hit">1 when a relevant item is in the top K, else 0.</param>
public readonly record struct RankingScore(double Precision, double Recall, double Ndcg, double AveragePrecisionAtK, double AveragePrecision, double Hit);
