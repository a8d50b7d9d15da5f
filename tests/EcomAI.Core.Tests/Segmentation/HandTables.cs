using System.Globalization;
using System.Text;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

/// <summary>
/// Hand-made transactions of 10 customers as of 2024-07-01, chosen so that every score 1–5 is held by exactly two
/// customers (n = 10, so score = 1 + ⌊(rank − 1) / 2⌋), and later orders up to 2024-10-01.
/// </summary>
internal static class HandTables
{
    public static readonly DateTime FirstAsOf = new(2024, 7, 1);
    public static readonly DateTime SecondAsOf = new(2024, 10, 1);

    // id, recency days at 2024-07-01, orders, amounts (one per order; they add up to monetary).
    //   R (days: 1 A, 2 B | 5 C, 6 D | 12 E, 15 F | 40 G, 50 H | 150 J, 200 I) → A B 5, C D 4, E F 3, G H 2, I J 1.
    //   F (orders: B F 1 | D I 2 | E 3, H 4 | C 5, J 6 | G 8, A 10; ties share the lowest rank) → B F 1, D I 2, E H 3, C J 4, G A 5.
    //   M (15 I, 20 B | 50 F, 60 E | 120 D, 140 J | 300 H, 400 C | 900 G, 1000 A) → I B 1, F E 2, D J 3, H C 4, G A 5.
    private static readonly (string Id, int Days, double[] Amounts)[] First =
    [
        ("A", 1, Repeat(100, 10)),
        ("B", 2, [20]),
        ("C", 5, Repeat(80, 5)),
        ("D", 6, [60, 60]),
        ("E", 12, [20, 20, 20]),
        ("F", 15, [50]),
        ("G", 40, Repeat(112.5, 8)),
        ("H", 50, [75, 75, 75, 75]),
        ("I", 200, [7.5, 7.5]),
        ("J", 150, [20, 20, 20, 20, 30, 30]),
    ];

    // Orders between the two dates: A, C and F buy again; K buys for the first time.
    private static readonly (string Id, DateTime Date, double Amount)[] Later =
    [
        ("A", new DateTime(2024, 9, 30), 100),
        ("C", new DateTime(2024, 9, 15), 100),
        ("F", new DateTime(2024, 9, 29), 50),
        ("K", new DateTime(2024, 9, 20), 30),
    ];

    /// <summary>CSV (customer_id, order_id, date, amount) of the first period only, or with the later orders.</summary>
    public static string Csv(bool withLaterOrders)
    {
        var text = new StringBuilder("customer_id,order_id,date,amount\n");
        int order = 0;
        foreach (var (id, days, amounts) in First)
        {
            DateTime last = FirstAsOf.AddDays(-days);
            for (int o = 0; o < amounts.Length; o++)
            {
                // The last order on the recency date, earlier ones a week apart before it.
                DateTime date = last.AddDays(-7 * (amounts.Length - 1 - o));
                text.Append(CultureInfo.InvariantCulture, $"{id},O{++order},{date:yyyy-MM-dd},{amounts[o]}\n");
            }
        }

        if (withLaterOrders)
        {
            foreach (var (id, date, amount) in Later)
            {
                text.Append(CultureInfo.InvariantCulture, $"{id},O{++order},{date:yyyy-MM-dd},{amount}\n");
            }
        }

        return text.ToString();
    }

    public static TransactionData Transactions(bool withLaterOrders = true) => TransactionReader.FromCsvText(Csv(withLaterOrders));

    private static double[] Repeat(double amount, int count) => Enumerable.Repeat(amount, count).ToArray();
}
