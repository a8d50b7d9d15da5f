using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Core.Tests.Recommendation;

public class ImplicitAlsTests
{
    /// <summary>6 users × 5 items with quantities (implicit).</summary>
    private static InteractionMatrix Tiny() => InteractionMatrix.FromInteractions(
    [
        new("u1", "a", 1), new("u1", "b", 2),
        new("u2", "a", 1), new("u2", "c", 1),
        new("u3", "b", 3), new("u3", "c", 1), new("u3", "d", 1),
        new("u4", "d", 2), new("u4", "e", 1),
        new("u5", "a", 1), new("u5", "e", 1),
        new("u6", "c", 2),
    ], new InteractionOptions { Kind = FeedbackKind.Implicit });

    private static Matrix<double> Factors(InteractionMatrix data, ImplicitAls model, bool users)
    {
        var ids = users ? data.UserIds : data.ItemIds;
        return Matrix<double>.Build.DenseOfRowArrays(ids.Select(id =>
            (users ? model.UserFactors(id) : model.ItemFactors(id))!.Select(v => (double)v).ToArray()));
    }

    [Fact]
    public void Fit_ExactCg_ItemFactorsSolveTheirNormalEquationsDirectly()
    {
        // With as many CG steps as factors the item update (the last half-sweep) is the exact weighted least-squares
        // solution: (XᵀX + Xᵀ(C_i − I)X + λI) y_i = XᵀC_i p(i), c = 1 + α·r. Solved here densely by MathNet's LU.
        var data = Tiny();
        const int f = 3;
        const double alpha = 2, lambda = 0.5;
        var model = ImplicitAls.Fit(data, new AlsOptions { Factors = f, Regularization = lambda, Alpha = alpha, Iterations = 2, ConjugateGradientSteps = f });
        var x = Factors(data, model, users: true);
        var y = Factors(data, model, users: false);
        var xtx = x.TransposeThisAndMultiply(x);
        foreach (string item in data.ItemIds)
        {
            var a = xtx + (lambda * Matrix<double>.Build.DenseIdentity(f));
            var b = Vector<double>.Build.Dense(f);
            foreach (var it in data.ToInteractions().Where(t => t.ItemId == item))
            {
                var xu = x.Row(data.UserIndexOf(it.UserId));
                double c = 1 + (alpha * it.Value);
                a += (c - 1) * xu.OuterProduct(xu);
                b += c * xu;
            }

            var direct = a.Solve(b);
            var fitted = y.Row(data.ItemIndexOf(item));
            Assert.True((direct - fitted).L2Norm() <= 1e-4 * Math.Max(1, direct.L2Norm()), $"{item}: {direct} vs {fitted}");
        }
    }

    [Theory]
    [InlineData(null, 3)] // the cheaper route for this user
    [InlineData(true, 3)] // the f × f system
    [InlineData(false, 3)] // the Woodbury identity
    [InlineData(true, 0)] // α = 0: every confidence is 1, W_u = (YᵀY + λI)⁻¹
    [InlineData(false, 0)] // ... and no owned item enters the Woodbury system
    public void Recommend_ExplanationIsTheWeightedCholeskyDecomposition(bool? direct, double alpha)
    {
        // s(i,j) = y_iᵀ(YᵀC_uY + λI)⁻¹y_j and contribution c(u,j)·s(i,j) (Hu, Koren & Volinsky, section 5), computed densely
        // here in double with MathNet.
        var data = Tiny();
        const double lambda = 0.2;
        var model = ImplicitAls.Fit(data, new AlsOptions { Factors = 4, Regularization = lambda, Alpha = alpha, ExplanationSize = 5 });
        var y = Factors(data, model, users: false);
        var owned = data.ToInteractions().Where(t => t.UserId == "u3").ToList();
        var a = y.TransposeThisAndMultiply(y) + (lambda * Matrix<double>.Build.DenseIdentity(4));
        foreach (var t in owned)
        {
            var yj = y.Row(data.ItemIndexOf(t.ItemId));
            a += alpha * t.Value * yj.OuterProduct(yj);
        }

        var inverse = a.Inverse();
        var recommended = model.Recommend("u3", 2).Items;
        var explained = model.Explain(data.UserIndexOf("u3"), [.. recommended.Select(r => data.ItemIndexOf(r.ItemId))], model.Rent(), direct);
        Assert.Equal(2, recommended.Count);
        for (int r = 0; r < recommended.Count; r++)
        {
            var because = direct is null ? recommended[r].Because : explained[r];
            var yi = y.Row(data.ItemIndexOf(recommended[r].ItemId));
            var terms = owned.Select(t => (t.ItemId, S: yi * inverse * y.Row(data.ItemIndexOf(t.ItemId)), C: 1 + (alpha * t.Value))).ToList();
            double positive = terms.Where(t => t.S * t.C > 0).Sum(t => t.S * t.C);
            var expected = terms.Where(t => t.S * t.C > 0).OrderByDescending(t => t.S * t.C).ToList();
            Assert.Equal(expected.Select(t => t.ItemId), because.Select(c => c.Id));
            for (int k = 0; k < expected.Count; k++)
            {
                // The factors are single precision: agreement to about 1e-5 relative.
                Assert.Equal(expected[k].S, because[k].Similarity, 1e-5 * Math.Max(1, Math.Abs(expected[k].S)));
                Assert.Equal(expected[k].S * expected[k].C / positive, because[k].Share, 1e-4);
            }
        }
    }

    [Fact]
    public void Explain_BothRoutes_AgreeOnLongAndShortHistories()
    {
        // Users with 1 to ~40 owned items and 12 factors: both sides of the route choice, and histories longer than f.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 300, Items = 90, PurchasesPerUser = 14, Seed = 8 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var model = ImplicitAls.Fit(data, new AlsOptions { Factors = 12, Iterations = 3, ExplanationSize = 100 });
        var w = model.Rent();
        int longer = 0;
        foreach (var list in model.RecommendMany(data.UserIds, 5).Lists)
        {
            int u = data.UserIndexOf(list.UserId);
            longer += data.ItemsOfUser(u).Length > 12 ? 1 : 0;
            int[] items = [.. list.Items.Where(i => i.Source == RecommendationSource.Neighbors).Select(i => data.ItemIndexOf(i.ItemId))];
            var direct = model.Explain(u, items, w, true);
            var woodbury = model.Explain(u, items, w, false);
            for (int k = 0; k < items.Length; k++)
            {
                Assert.Equal(woodbury[k].Select(c => c.Id), direct[k].Select(c => c.Id));
                Assert.Equal(woodbury[k].Select(c => c.Similarity), direct[k].Select(c => c.Similarity), (p, q) => Math.Abs(p - q) <= 1e-9 * Math.Max(1, Math.Abs(p)));
            }
        }

        Assert.True(longer > 10, $"{longer} users with more owned items than factors");
    }

    [Fact]
    public void Fit_OneThreadOrMany_IdenticalFactors()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 400, Items = 120, PurchasesPerUser = 10, Seed = 2 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var one = ImplicitAls.Fit(data, new AlsOptions { Factors = 20, Iterations = 4, MaxDegreeOfParallelism = 1 });
        var many = ImplicitAls.Fit(data, new AlsOptions { Factors = 20, Iterations = 4, MaxDegreeOfParallelism = 4 });
        foreach (string u in data.UserIds)
        {
            Assert.Equal(one.UserFactors(u), many.UserFactors(u));
        }

        foreach (string i in data.ItemIds)
        {
            Assert.Equal(one.ItemFactors(i), many.ItemFactors(i));
        }
    }

    [Fact]
    public void Fit_DefaultRegularization_IsThreeCubeRootsOfTheInteractions()
    {
        Assert.Equal(100, AlsOptions.DefaultRegularization(37_037), 3); // 3·∛37,037 = 3·33.333…
        var data = Tiny();
        Assert.Equal(3 * Math.Cbrt(data.Count), ImplicitAls.Fit(data, new AlsOptions { Factors = 2 }).Lambda, 12);
    }

    [Fact]
    public void Recommend_ScoresAreFactorDotProductsWithoutSeenItems()
    {
        var data = Tiny();
        var model = ImplicitAls.Fit(data, new AlsOptions { Factors = 3, Regularization = 0.1 });
        var list = model.Recommend("u1", 3);
        Assert.DoesNotContain(list.Items, r => r.ItemId is "a" or "b");
        var xu = model.UserFactors("u1")!;
        foreach (var r in list.Items)
        {
            var yi = model.ItemFactors(r.ItemId)!;
            Assert.Equal(xu.Zip(yi, (p, q) => (double)p * q).Sum(), r.Score, 5);
        }

        Assert.Equal(list.Items.Select(r => r.Score).OrderDescending(), list.Items.Select(r => r.Score));
    }

    [Theory]
    [InlineData(0, "AlsOptions.Factors")]
    [InlineData(-1, "AlsOptions.Regularization")]
    public void Fit_InvalidOption_NamesIt(int which, string name)
    {
        var options = which == 0 ? new AlsOptions { Factors = 0 } : new AlsOptions { Regularization = -1 };
        var ex = Assert.Throws<InputDataException>(() => ImplicitAls.Fit(Tiny(), options));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendMany_BatchKernel_EqualsOneUserAtATimeAndPredict()
    {
        // 130 users: two full batches of 64 and a remainder; 70 items: blocks of 16 with a partial last block.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 130, Items = 70, PurchasesPerUser = 6, Seed = 4 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var model = ImplicitAls.Fit(data, new AlsOptions { Factors = 20, Iterations = 3 });
        var filter = new RecommendationFilter { ExcludeItems = ["I0001"] };
        var batch = model.RecommendMany(data.UserIds, 7, filter);
        foreach (var list in batch.Lists)
        {
            var single = model.Recommend(list.UserId, 7, filter);
            Assert.Equal(single.Items.Select(i => (i.ItemId, i.Score)), list.Items.Select(i => (i.ItemId, i.Score)));
            foreach (var item in list.Items.Where(i => i.Source == RecommendationSource.Neighbors))
            {
                Assert.Equal(model.Predict(list.UserId, item.ItemId).Estimate, item.Score);
                Assert.Null(data.Value(list.UserId, item.ItemId));
                Assert.NotEqual("I0001", item.ItemId);
            }
        }
    }
}
