using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class EaseTests
{
    private static InteractionMatrix Purchases(params (string User, string Item)[] pairs) =>
        InteractionMatrix.FromInteractions(pairs.Select(p => new Interaction(p.User, p.Item)), new InteractionOptions { Kind = FeedbackKind.Implicit });

    [Fact]
    public void Fit_FourByFourByHand_WeightsAreMinusPOverItsDiagonal()
    {
        // u1, u2 {i1, i2}; u3 {i3}; u4 {i3, i4}. XᵀX + I is block diagonal: [[3, 2], [2, 3]] and [[3, 1], [1, 2]],
        // with inverses [[3, −2], [−2, 3]]/5 and [[2, −1], [−1, 3]]/5. B(j,i) = −P(j,i)/P(i,i):
        // B(i2,i1) = B(i1,i2) = (2/5)/(3/5) = 2/3; B(i4,i3) = (1/5)/(2/5) = 1/2; B(i3,i4) = (1/5)/(3/5) = 1/3; across blocks 0.
        var data = Purchases(("u1", "i1"), ("u1", "i2"), ("u2", "i1"), ("u2", "i2"), ("u3", "i3"), ("u4", "i3"), ("u4", "i4"));
        var ease = Ease.Fit(data, lambda: 1);

        Assert.Equal(2.0 / 3, ease.Weight("i2", "i1"), 6);
        Assert.Equal(2.0 / 3, ease.Weight("i1", "i2"), 6);
        Assert.Equal(1.0 / 2, ease.Weight("i4", "i3"), 6);
        Assert.Equal(1.0 / 3, ease.Weight("i3", "i4"), 6);
        Assert.Equal(0, ease.Weight("i1", "i1"));
        Assert.Equal(0, ease.Weight("i1", "i3"), 12);

        // u3 owns i3 only: score(i4) = B(i3,i4) = 1/3, explained by i3 alone.
        var top = ease.Recommend("u3", 1).Items[0];
        Assert.Equal("i4", top.ItemId);
        Assert.Equal(1.0 / 3, top.Score, 6);
        Assert.Equal("because you bought i3 (100%)", top.Explanation);
        Assert.Equal(1.0 / 3, ease.Predict("u3", "i4").Estimate, 6);
    }

    [Fact]
    public void Fit_FiveUsersFourItems_MatchesNumPyClosedForm()
    {
        // Reference/ease_reference.py (NumPy, np.linalg.inv) prints B for this X and λ = 0.5 (output in ease_reference.out).
        var data = Purchases(("u1", "a"), ("u1", "b"), ("u2", "a"), ("u2", "c"), ("u3", "b"), ("u3", "c"), ("u3", "d"),
            ("u4", "a"), ("u4", "b"), ("u4", "c"), ("u5", "c"), ("u5", "d"));
        var ease = Ease.Fit(data, lambda: 0.5);
        double[,] numpy =
        {
            { 0.0, 0.5528455284552846, 0.5547445255474452, -0.43781094527363185 },
            { 0.4503311258278145, 0.0, 0.02919708029197084, 0.22885572139303484 },
            { 0.5033112582781457, 0.032520325203252064, 0.0, 0.5373134328358209 },
            { -0.5827814569536424, 0.37398373983739847, 0.7883211678832117, 0.0 },
        };
        string[] items = ["a", "b", "c", "d"];
        for (int j = 0; j < 4; j++)
        {
            for (int i = 0; i < 4; i++)
            {
                Assert.Equal(numpy[j, i], ease.Weight(items[j], items[i]), 6); // B is stored as float
            }
        }

        // u1 owns a and b: the scores of c and d are 0.5839… and −0.2089… (NumPy X[0] @ B).
        var list = ease.Recommend("u1", 2);
        Assert.Equal(["c", "d"], list.Items.Select(x => x.ItemId).ToArray());
        Assert.Equal(0.5839416058394161, list.Items[0].Score, 6);
        Assert.Equal(-0.208955223880597, list.Items[1].Score, 6);
        // c's explanation: B(a,c) = 0.5547 and B(b,c) = 0.0292, shares of their sum.
        Assert.Equal(["a", "b"], list.Items[0].Because.Select(c => c.Id).ToArray());
        Assert.Equal(0.5547445255474452 / 0.5839416058394161, list.Items[0].Because[0].Share, 6);
    }

    [Fact]
    public void Fit_OneThreadOrMany_IdenticalWeightsAndLists()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 300, Items = 150, PurchasesPerUser = 15, Seed = 8 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var one = Ease.Fit(data, new EaseOptions { MaxDegreeOfParallelism = 1 });
        var many = Ease.Fit(data, new EaseOptions { MaxDegreeOfParallelism = 4 });
        foreach (string a in data.ItemIds.Take(40))
        {
            foreach (string b in data.ItemIds)
            {
                Assert.Equal(one.Weight(a, b), many.Weight(a, b));
            }
        }

        var x = one.RecommendMany(data.UserIds, 10, maxDegreeOfParallelism: 1);
        var y = many.RecommendMany(data.UserIds, 10, maxDegreeOfParallelism: 3);
        Assert.Equal(x.Lists.SelectMany(l => l.Items.Select(i => (i.ItemId, i.Score))), y.Lists.SelectMany(l => l.Items.Select(i => (i.ItemId, i.Score))));
    }

    [Fact]
    public void Fit_CatalogueAboveMaxItems_IsRefusedNamingTheAlternatives()
    {
        var data = Purchases(("u1", "a"), ("u1", "b"), ("u2", "c"));
        var ex = Assert.Throws<InputDataException>(() => Ease.Fit(data, new EaseOptions { MaxItems = 2 }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("ImplicitAls", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxItems", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(double.NaN)]
    public void Fit_BadLambda_NamesTheOption(double lambda)
    {
        var ex = Assert.Throws<InputDataException>(() => Ease.Fit(Purchases(("u", "a")), lambda));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("EaseOptions.Lambda", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimilarItems_AreTheLargestPositiveWeightsOfTheItem()
    {
        var data = Purchases(("u1", "i1"), ("u1", "i2"), ("u2", "i1"), ("u2", "i2"), ("u3", "i3"), ("u4", "i3"), ("u4", "i4"));
        var ease = Ease.Fit(data, lambda: 1);
        var similar = ease.SimilarItems("i3", 5);
        Assert.Equal(["i4"], similar.Neighbors.Select(n => n.Id).ToArray()); // B(i3, i4) = 1/3, everything else 0
        Assert.Equal(1.0 / 3, similar.Neighbors[0].Similarity, 6);
    }
}
