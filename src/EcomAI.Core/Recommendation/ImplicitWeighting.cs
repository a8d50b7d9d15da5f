namespace EcomAI.Core.Recommendation;

/// <summary>
/// TF-IDF and BM25 weights of an implicit matrix, as the implicit library's <c>tfidf_weight</c> and <c>bm25_weight</c>
/// compute them on the entities × features matrix (items × users for item-kNN): entities are the "documents", features
/// the "terms". Returned twice, aligned with the entity rows and with the feature rows, so a kernel reading either
/// orientation sees the same weight for a pair.
/// </summary>
internal static class ImplicitWeighting
{
    public static (float[] ByEntity, float[] ByFeature) Compute(SimilarityKind kind, int[] eOffsets, int[] eIndex, float[] eValues,
        int[] fOffsets, int[] fIndex, float[] fValues, double k1, double b)
    {
        int entities = eOffsets.Length - 1;
        int features = fOffsets.Length - 1;
        var idf = new double[features];
        for (int f = 0; f < features; f++)
        {
            idf[f] = Math.Log((double)entities / (1 + fOffsets[f + 1] - fOffsets[f]));
        }

        var lengthNorm = new double[entities];
        if (kind == SimilarityKind.Bm25)
        {
            double total = 0;
            for (int e = 0; e < entities; e++)
            {
                double s = 0;
                for (int p = eOffsets[e]; p < eOffsets[e + 1]; p++)
                {
                    s += eValues[p];
                }

                lengthNorm[e] = s;
                total += s;
            }

            double average = total / entities;
            for (int e = 0; e < entities; e++)
            {
                lengthNorm[e] = (1 - b) + (b * lengthNorm[e] / average);
            }
        }

        double Weight(int e, int f, double x) => kind == SimilarityKind.TfIdf
            ? Math.Sqrt(x) * idf[f]
            : x * (k1 + 1) / ((k1 * lengthNorm[e]) + x) * idf[f];

        var byEntity = new float[eValues.Length];
        for (int e = 0; e < entities; e++)
        {
            for (int p = eOffsets[e]; p < eOffsets[e + 1]; p++)
            {
                byEntity[p] = (float)Weight(e, eIndex[p], eValues[p]);
            }
        }

        var byFeature = new float[fValues.Length];
        for (int f = 0; f < features; f++)
        {
            for (int q = fOffsets[f]; q < fOffsets[f + 1]; q++)
            {
                byFeature[q] = (float)Weight(fIndex[q], f, fValues[q]);
            }
        }

        return (byEntity, byFeature);
    }
}
