using System.Globalization;
using EcomAI.Core.CustomerValue;
using EcomAI.Core.Randomness;
using EcomAI.Core.Segmentation;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Samples;

/// <summary>
/// Simulates customers following the BG/NBD purchase process (Fader, Hardie &amp; Lee 2005, assumptions i–v) and the
/// Gamma-Gamma spend process, with known parameters, so tests can check that fits recover them.
/// </summary>
/// <remarks>
/// Customer i (its own random stream, so the output does not depend on threads): first purchase at s ~ U(0, acquisition);
/// λ ~ Gamma(r, rate α), p ~ Beta(a, b), ν ~ Gamma(q, rate γ). While alive, the gaps between purchases are Exponential(λ);
/// after each repeat purchase the customer drops out with probability p. Each purchase is worth z ~ Gamma(p_spend, rate ν),
/// rounded to cents in the dated transactions. Observation ends at <see cref="BgNbdSampleOptions.ObservationLength"/>.
/// </remarks>
public static class BgNbdSampleGenerator
{
    /// <summary>Generates the sample.</summary>
    /// <exception cref="Data.InputDataException">An invalid option.</exception>
    public static BgNbdSample Generate(BgNbdSampleOptions? options = null)
    {
        options ??= BgNbdSampleOptions.Default;
        options.Validate();
        int n = options.Customers;
        var truth = new BgNbdCustomerTruth[n];
        var purchases = new List<(double Time, double Amount)>[n];
        Parallel.For(0, n, i =>
        {
            var random = SeededRandom.Create(options.Seed, i);
            (truth[i], purchases[i]) = Simulate(options, random, Id(i, n));
        });

        double unitDays = options.TimeUnit switch { TimeUnit.Day => 1, TimeUnit.Week => 7, _ => 365.2425 / 12 };
        var transactions = new List<Transaction>();
        var ids = new string[n];
        var frequency = new int[n];
        var recency = new double[n];
        var age = new double[n];
        var monetary = new double[n];
        for (int i = 0; i < n; i++)
        {
            var list = purchases[i];
            ids[i] = truth[i].CustomerId;
            frequency[i] = list.Count - 1;
            recency[i] = list[^1].Time - list[0].Time;
            age[i] = options.ObservationLength - list[0].Time;
            monetary[i] = list.Count > 1 ? list.Skip(1).Average(p => p.Amount) : 0.0;
            for (int k = 0; k < list.Count; k++)
            {
                long ticks = (long)Math.Round(list[k].Time * unitDays * TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond;
                transactions.Add(new Transaction(ids[i], options.Start.AddTicks(ticks), Math.Round(list[k].Amount, 2),
                    string.Create(CultureInfo.InvariantCulture, $"{ids[i]}-{k + 1}")));
            }
        }

        var data = TransactionReader.FromTransactions(transactions);
        var summary = CustomerSummary.FromColumns(ids, frequency, recency, age, monetary, options.TimeUnit, "simulated BG/NBD customers");
        return new BgNbdSample(options, data with { SourceName = "simulated BG/NBD transactions" }, summary, truth);
    }

    private static (BgNbdCustomerTruth, List<(double, double)>) Simulate(BgNbdSampleOptions o, Random random, string id)
    {
        var (r, alpha, a, b) = o.Purchases;
        double start = o.AcquisitionLength * random.NextDouble();
        double lambda = Gamma.Sample(random, r, alpha);
        double dropout = Beta.Sample(random, a, b);
        double nu = Gamma.Sample(random, o.Spend.Q, o.Spend.V);
        var list = new List<(double, double)> { (start, Gamma.Sample(random, o.Spend.P, nu)) };
        double time = start;
        bool alive = true;
        while (true)
        {
            time += lambda > 0 ? Exponential.Sample(random, lambda) : double.PositiveInfinity;
            if (time > o.ObservationLength)
            {
                break;
            }

            list.Add((time, Gamma.Sample(random, o.Spend.P, nu)));
            if (random.NextDouble() < dropout)
            {
                alive = false;
                break;
            }
        }

        return (new BgNbdCustomerTruth(id, start, lambda, dropout, nu, alive), list);
    }

    private static string Id(int i, int n) =>
        "C" + (i + 1).ToString(new string('0', Math.Max(6, n.ToString(CultureInfo.InvariantCulture).Length)), CultureInfo.InvariantCulture);
}
