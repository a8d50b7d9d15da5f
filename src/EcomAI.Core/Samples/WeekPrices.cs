using EcomAI.Core.Randomness;

namespace EcomAI.Core.Samples;

/// <summary>
/// The generated shop's price list: each product's price multiplier for each week (seeded per product and week), and per
/// week the cumulative choice weights popularity × multiplier^elasticity that make weekly demand follow the elasticity.
/// </summary>
internal sealed class WeekPrices
{
    private readonly int _seed;
    private readonly DateTime _start;
    private readonly List<CatalogueProduct> _catalogue;
    private readonly Dictionary<int, (double[] Multiplier, double[] Cumulative)> _weeks = [];

    public WeekPrices(int seed, DateTime start, List<CatalogueProduct> catalogue)
    {
        _seed = seed;
        _start = start;
        _catalogue = catalogue;
    }

    /// <summary>Index of a product chosen for a line on the given day, and its unit price that week.</summary>
    public (int Product, double Price) Choose(DateTime day, Random random)
    {
        var (multiplier, cumulative) = Week(day);
        double u = random.NextDouble() * cumulative[^1];
        int index = Array.BinarySearch(cumulative, u);
        index = index < 0 ? ~index : index;
        index = Math.Min(index, cumulative.Length - 1);
        return (index, Price(index, multiplier));
    }

    /// <summary>The unit price of a product on a day.</summary>
    public double PriceOn(int product, DateTime day) => Price(product, Week(day).Multiplier);

    private double Price(int product, double[] multiplier) => Math.Round(_catalogue[product].Truth.BasePrice * multiplier[product], 2);

    private (double[] Multiplier, double[] Cumulative) Week(DateTime day)
    {
        int week = (int)Math.Floor((day - _start).TotalDays / 7);
        if (_weeks.TryGetValue(week, out var cached))
        {
            return cached;
        }

        var multiplier = new double[_catalogue.Count];
        var cumulative = new double[_catalogue.Count];
        double running = 0;
        for (int p = 0; p < _catalogue.Count; p++)
        {
            var random = SeededRandom.Create(_seed, ((long)p << 20) + week);
            multiplier[p] = OrderLineGenerator.PriceStep(random);
            running += _catalogue[p].Popularity * Math.Pow(multiplier[p], _catalogue[p].Truth.Elasticity);
            cumulative[p] = running;
        }

        return _weeks[week] = (multiplier, cumulative);
    }
}
