using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.CustomerValue;

public class CustomerSummaryTests
{
    private static TransactionData Data(params (string Id, string Date, double Amount)[] rows) =>
        TransactionReader.FromTransactions(rows.Select(r => new Transaction(r.Id, DateTime.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture), r.Amount)));

    [Fact]
    public void FromTransactions_Days_FollowsLifetimesConventions()
    {
        // A: buys 2024-01-01 (10 + 5 the same day: one purchase), 2024-01-04 (20), 2024-01-11 (30); observation ends 2024-01-21.
        // By hand: x = 2 (two repeat days), t_x = 10 days, T = 20 days, monetary = (20 + 30)/2 = 25 (first purchase excluded).
        // B: one purchase on 2024-01-21: x = 0, t_x = 0, T = 0, monetary 0.
        var data = Data(("A", "2024-01-01", 10), ("A", "2024-01-01T18:30:00", 5), ("A", "2024-01-04", 20), ("A", "2024-01-11", 30), ("B", "2024-01-21", 7));

        var s = CustomerSummary.FromTransactions(data, new CustomerSummaryOptions { TimeUnit = TimeUnit.Day });

        Assert.Equal(["A", "B"], s.CustomerIds);
        Assert.Equal(new CustomerSummaryRow("A", 2, 10, 20, 25, null, null), s[0]);
        Assert.Equal(new CustomerSummaryRow("B", 0, 0, 0, 0, null, null), s[1]);
        Assert.False(s.HasHoldout);
    }

    [Fact]
    public void FromTransactions_Weeks_MergesPurchasesInTheSameMondayToSundayWeek()
    {
        // 2024-01-01 is a Monday. Purchases Mon 01-01, Sun 01-07 (same week: merged), Mon 01-08 (next week), Wed 01-24 (week 3);
        // observation to Sun 01-28 (week 3). Weeks: first 0, last 3, end 3: x = 2, t_x = 3, T = 3; monetary = (2 + 4)/2 = 3.
        var data = Data(("A", "2024-01-01", 1), ("A", "2024-01-07", 1), ("A", "2024-01-08", 2), ("A", "2024-01-24", 4), ("Z", "2024-01-28", 1));

        var s = CustomerSummary.FromTransactions(data);

        Assert.Equal(new CustomerSummaryRow("A", 2, 3, 3, 3, null, null), s[0]);
        Assert.Equal(TimeUnit.Week, s.TimeUnit);
    }

    [Fact]
    public void FromTransactions_DaysInWeeks_GivesFractionalWeeksAsCdnow()
    {
        // Days / 7: 2024-01-01 → 2024-01-11 is 10 days = 1.428571 weeks; to 2024-01-21 is 20 days.
        var data = Data(("A", "2024-01-01", 10), ("A", "2024-01-11", 30), ("B", "2024-01-21", 1));

        var s = CustomerSummary.FromTransactions(data, CustomerSummaryOptions.DaysInWeeks);

        Assert.Equal(10 / 7.0, s.Recency[0], 12);
        Assert.Equal(20 / 7.0, s.T[0], 12);
    }

    [Fact]
    public void FromTransactions_CalibrationEnd_SplitsHoldoutAndDropsLateCustomers()
    {
        // Calibration to 01-10, observation to 01-30 (days). A: 01-01, 01-05 | holdout 01-12, 01-12, 01-20 (two holdout days, values 3+4 and 5).
        // C first buys in the holdout: left out and counted. A row after the observation end is left out and counted.
        var data = Data(("A", "2024-01-01", 1), ("A", "2024-01-05", 2), ("A", "2024-01-12", 3), ("A", "2024-01-12", 4), ("A", "2024-01-20", 5),
            ("B", "2024-01-10", 9), ("C", "2024-01-15", 8), ("B", "2024-02-02", 1));
        var options = new CustomerSummaryOptions { TimeUnit = TimeUnit.Day, CalibrationEnd = new DateTime(2024, 1, 10), ObservationEnd = new DateTime(2024, 1, 30) };

        var s = CustomerSummary.FromTransactions(data, options);

        Assert.Equal(["A", "B"], s.CustomerIds);
        Assert.Equal(new CustomerSummaryRow("A", 1, 4, 9, 2, 2, 6), s[0]);
        Assert.Equal(new CustomerSummaryRow("B", 0, 0, 0, 0, 0, 0), s[1]);
        Assert.Equal(20, s.HoldoutDuration);
        Assert.Equal(1, s.CustomersFirstSeenInHoldout);
        Assert.Equal(1, s.RowsAfterObservationEnd);

        // The timeline counts A's repeats on 01-05, 01-12, 01-20 and first purchases on 01-01 (A) and 01-10 (B).
        var timeline = s.Timeline!;
        Assert.Equal(new DateTime(2024, 1, 1), timeline.Start);
        Assert.Equal(3, timeline.RepeatPurchases.Sum());
        Assert.Equal(1, timeline.RepeatPurchases[4]);
        Assert.Equal(1, timeline.FirstPurchases[9]);
        Assert.Equal(9, timeline.CalibrationEndIndex);
    }

    [Fact]
    public void FromTransactions_Months_CalendarMonthsAsLifetimesFreqM()
    {
        // lifetimes' freq='M': each date becomes its calendar month; x = months with a purchase - 1, t_x = last - first month,
        // T = the observation end's month - first month, monetary = mean of the later months' sums.
        // A: Jan 05 (10) and Jan 20 (5) merge into one January purchase; Mar 31 (20) and Apr 01 (30), one day apart, are two
        //    months. Months Jan, Mar, Apr: x = 2, t_x = 3, T = Jun - Jan = 5, monetary = (20 + 30)/2 = 25.
        // B: Feb 29 (8) only: x = 0, t_x = 0, T = Jun - Feb = 4, monetary 0.
        // C: Jun 30 (12) and Jun 01 (3), out of order, one month: x = 0, T = 0. The observation ends on Jun 30, the last date.
        var data = Data(("A", "2024-01-05", 10), ("A", "2024-01-20", 5), ("A", "2024-03-31", 20), ("A", "2024-04-01", 30),
            ("B", "2024-02-29", 8), ("C", "2024-06-30", 12), ("C", "2024-06-01", 3));

        var s = CustomerSummary.FromTransactions(data, new CustomerSummaryOptions { TimeUnit = TimeUnit.Month });

        Assert.Equal(TimeUnit.Month, s.TimeUnit);
        Assert.Equal(new CustomerSummaryRow("A", 2, 3, 5, 25, null, null), s[0]);
        Assert.Equal(new CustomerSummaryRow("B", 0, 0, 4, 0, null, null), s[1]);
        Assert.Equal(new CustomerSummaryRow("C", 0, 0, 0, 0, null, null), s[2]);
        Assert.Equal([new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), new DateTime(2024, 6, 1)], s.FirstPurchase!);
    }

    [Fact]
    public void FromTransactions_MonthsWithCalibrationEnd_HoldoutCountedInMonths()
    {
        // Same purchases, calibration to Mar 31 (lifetimes' calibration_and_holdout_data with freq='M'):
        // A: calibration months Jan, Mar: x = 1, t_x = 2, T = Mar - Jan = 2, monetary 20; holdout: April (30): 1 purchase, mean 30.
        // B: x = 0, T = Mar - Feb = 1, nothing in the holdout. C first buys in June (holdout): left out and counted.
        // Holdout duration: Jun - Mar = 3 months.
        var data = Data(("A", "2024-01-05", 10), ("A", "2024-01-20", 5), ("A", "2024-03-31", 20), ("A", "2024-04-01", 30),
            ("B", "2024-02-29", 8), ("C", "2024-06-30", 12), ("C", "2024-06-01", 3));

        var s = CustomerSummary.FromTransactions(data, new CustomerSummaryOptions { TimeUnit = TimeUnit.Month, CalibrationEnd = new DateTime(2024, 3, 31) });

        Assert.Equal(["A", "B"], s.CustomerIds);
        Assert.Equal(new CustomerSummaryRow("A", 1, 2, 2, 20, 1, 30), s[0]);
        Assert.Equal(new CustomerSummaryRow("B", 0, 0, 1, 0, 0, 0), s[1]);
        Assert.Equal(3, s.HoldoutDuration);
        Assert.Equal(1, s.CustomersFirstSeenInHoldout);
    }

    [Fact]
    public void FromTransactions_DaysInMonths_DaysOverTheMeanGregorianMonth()
    {
        // Day periods in month units: A's Jan 05 → Apr 01 is 26 + 29 + 31 + 1 = 87 days (2024 is a leap year), to the
        // observation end Jun 30 it is 87 + 29 + 31 + 30 = 177 days; a month is 365.2425 / 12 = 30.436875 days.
        var data = Data(("A", "2024-01-05", 10), ("A", "2024-04-01", 30), ("B", "2024-06-30", 1));

        var s = CustomerSummary.FromTransactions(data, new CustomerSummaryOptions { TimeUnit = TimeUnit.Month, PurchasePeriod = TimeUnit.Day });

        Assert.Equal(1, s.Frequency[0]);
        Assert.Equal(87 / 30.436875, s.Recency[0], 12);
        Assert.Equal(177 / 30.436875, s.T[0], 12);
    }

    [Fact]
    public void FromTransactions_CalibrationEndAfterObservationEnd_IsInvalidOption()
    {
        var data = Data(("A", "2024-01-01", 1));
        var ex = Assert.Throws<InputDataException>(() => CustomerSummary.FromTransactions(data,
            new CustomerSummaryOptions { CalibrationEnd = new DateTime(2024, 2, 1), ObservationEnd = new DateTime(2024, 1, 15) }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("CalibrationEnd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTransactions_MonthPeriodsInWeekUnits_IsInvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => CustomerSummary.FromTransactions(Data(("A", "2024-01-01", 1)),
            new CustomerSummaryOptions { TimeUnit = TimeUnit.Week, PurchasePeriod = TimeUnit.Month }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
    }

    [Theory]
    [InlineData(-1, 0.0, 1.0)]
    [InlineData(1, 2.0, 1.0)]
    [InlineData(0, 1.0, 2.0)]
    public void FromColumns_ImpossibleHistory_NamesTheRow(int x, double tx, double t)
    {
        var ex = Assert.Throws<InputDataException>(() => CustomerSummary.FromColumns(["ok", "bad"], [1, x], [1, tx], [2, t]));
        Assert.Equal(2, ex.Row);
        Assert.Contains("row 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CdnowReader_SampleLines_GivePublishedSummaryRows()
    {
        // The first lines of CDNOW_sample.txt (customers 0001, 0002, 0006), and the published summary's rows for them:
        // 0001: x = 2, t_x = 30.43, T = 38.86; 0002: x = 1, t_x = 1.71; 0006: x = 7, t_x = 29.43 (weeks, 39-week calibration).
        const string text = """
             00004 0001 19970101  2   29.33
             00004 0001 19970118  2   29.73
             00004 0001 19970802  1   14.96
             00004 0001 19971212  2   26.48
             00021 0002 19970101  3   63.34
             00021 0002 19970113  1   11.77
             00111 0006 19970101  1   35.99
             00111 0006 19970111  1   32.99
             00111 0006 19970315  4   77.96
             00111 0006 19970416  3   59.30
             00111 0006 19970424  2  134.98
             00111 0006 19970623  1   91.92
             00111 0006 19970722  3   47.08
             00111 0006 19970726  2   71.96
             00111 0006 19971025  3   78.47
            """;

        var s = CustomerSummary.FromTransactions(CdnowReader.Parse(text), CdnowReader.PublishedSummaryOptions);

        Assert.Equal(["0001", "0002", "0006"], s.CustomerIds);
        Assert.Equal([2, 1, 7], s.Frequency);
        Assert.Equal([30.43, 1.71, 29.43], s.Recency.Select(v => Math.Round(v, 2)));
        Assert.All(s.T, t => Assert.Equal(38.86, Math.Round(t, 2)));
        Assert.Equal([1, 0, 1], s.HoldoutFrequency!);
        Assert.Equal((29.73 + 14.96) / 2, s.Monetary[0], 10);
    }

    [Fact]
    public void CdnowReader_BadDate_NamesTheLine()
    {
        var ex = Assert.Throws<InputDataException>(() => CdnowReader.Parse(" 1 0001 19970101 1 10.0\n 1 0001 1997-01-02 1 10.0\n"));
        Assert.Equal(ErrorIds.InvalidDate, ex.ErrorId);
        Assert.Equal(2, ex.LineNumber);
    }
}
