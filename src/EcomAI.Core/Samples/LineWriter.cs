using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Samples;

/// <summary>Writes the lines of generated orders with their quirks, and keeps the truth's counts.</summary>
internal sealed class LineWriter(Action<OrderLine> emit, OrderLineTruth truth, Random random, OrderLineGeneratorOptions options)
{
    private static readonly int[] Quantities = [1, 1, 1, 2, 2, 3, 4, 6, 6, 12, 12, 24];

    /// <summary>Writes one order (product lines up to its value, maybe postage and a free item); returns its product lines.</summary>
    public List<OrderLine> Order(string orderId, string? customer, string country, DateTime when, double value,
        List<CatalogueProduct> catalogue, WeekPrices prices, Spend spend)
    {
        var lines = new List<OrderLine>();
        var chosen = new HashSet<int>();
        double total = 0;
        int tries = 0;
        while ((lines.Count == 0 || total < value) && lines.Count < 60 && tries++ < 200)
        {
            var (product, price) = prices.Choose(when, random);
            if (!chosen.Add(product))
            {
                // One line per product and order, so every exact duplicate in the file is one the generator wrote on purpose.
                continue;
            }

            int quantity = Quantities[random.Next(Quantities.Length)];
            var p = catalogue[product];
            var line = new OrderLine(orderId, customer, p.Id, p.Truth.Description, quantity, price, when, country);
            lines.Add(line);
            total += quantity * price;
            Emit(line);
            if (customer is null)
            {
                truth.GuestPurchaseLines++;
            }
            else
            {
                truth.CustomerPurchaseLines++;
                spend.Products += quantity * price;
                spend.Bought.Add(p.Id);
            }
        }

        if (random.NextDouble() < options.FreeItemRate * lines.Count)
        {
            var p = catalogue[random.Next(catalogue.Count)];
            Emit(new OrderLine(orderId, customer, p.Id, p.Truth.Description, 1, 0, when, country));
            truth.FreeItemLines++;
        }

        Service(orderId, customer, country, when, spend, options.PostageRate, "POST", "POSTAGE", 18.0, 1 + random.Next(3));
        Service(orderId, customer, country, when, spend, options.PostageRate / 10, "M", "Manual", Math.Round(1 + (49 * random.NextDouble()), 2), 1);
        Service(orderId, customer, country, when, spend, options.PostageRate / 10, "BANK CHARGES", "Bank Charges", 15.0, 1);
        return lines;
    }

    /// <summary>Cancels part of an order: a C-prefixed order with some of its lines at negative quantity.</summary>
    public void Cancel(List<OrderLine> placed, string customer, string country, DateTime asOf, Spend spend)
    {
        DateTime when = placed[0].OrderDate.AddDays(1 + random.Next(14));
        if (when >= asOf)
        {
            when = placed[0].OrderDate.AddHours(1);
        }

        string id = "C" + placed[0].OrderId;
        bool any = false;
        for (int i = 0; i < placed.Count; i++)
        {
            if (random.NextDouble() < 0.5 || (!any && i == placed.Count - 1))
            {
                any = true;
                var line = placed[i] with { OrderId = id, CustomerId = customer, Country = country, Quantity = -placed[i].Quantity, OrderDate = when };
                Emit(line);
                truth.CancellationLines++;
                spend.Cancelled += line.Quantity * line.UnitPrice;
            }
        }
    }

    /// <summary>A guest's return line: negative quantity, no cancellation marker.</summary>
    public void Return(string orderId, DateTime when, List<CatalogueProduct> catalogue, WeekPrices prices)
    {
        int product = random.Next(catalogue.Count);
        var p = catalogue[product];
        Emit(new OrderLine(orderId, null, p.Id, p.Truth.Description, -(1 + random.Next(3)), prices.PriceOn(product, when), when.AddDays(3), "United Kingdom"));
        truth.ReturnLines++;
    }

    private void Service(string orderId, string? customer, string country, DateTime when, Spend spend, double rate, string code, string description,
        double price, int quantity)
    {
        if (random.NextDouble() >= rate)
        {
            return;
        }

        Emit(new OrderLine(orderId, customer, code, description, quantity, price, when, country));
        truth.ServiceLines++;
        if (customer is not null)
        {
            spend.Service += quantity * price;
        }
    }

    private void Emit(OrderLine line)
    {
        emit(line);
        truth.Lines++;
        if (random.NextDouble() < options.DuplicateRate)
        {
            emit(line);
            truth.Lines++;
            truth.DuplicateLines++;
        }
    }

    /// <summary>An id as a spreadsheet writes an integral number: <c>17850.0</c>.</summary>
    public static string DecimalId(string id) => id.All(char.IsAsciiDigit) ? id + ".0" : id;

    /// <summary>Invariant text of a number as exports write it.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
