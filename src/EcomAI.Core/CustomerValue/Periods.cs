namespace EcomAI.Core.CustomerValue;

/// <summary>Calendar periods as integers: days since 0001-01-01, Monday-based weeks, months since year 0.</summary>
internal static class Periods
{
    /// <summary>Days in a mean Gregorian month (365.2425 / 12).</summary>
    public const double DaysPerMonth = 365.2425 / 12;

    /// <summary>The period containing <paramref name="date"/>. 0001-01-01 is a Monday, so weeks run Monday to Sunday.</summary>
    public static int Index(DateTime date, TimeUnit period) => period switch
    {
        TimeUnit.Day => (int)(date.Ticks / TimeSpan.TicksPerDay),
        TimeUnit.Week => (int)(date.Ticks / TimeSpan.TicksPerDay / 7),
        _ => (date.Year * 12) + date.Month - 1,
    };

    /// <summary>First day of period <paramref name="index"/>.</summary>
    public static DateTime Start(int index, TimeUnit period) => period switch
    {
        TimeUnit.Day => new DateTime(index * TimeSpan.TicksPerDay),
        TimeUnit.Week => new DateTime(index * 7L * TimeSpan.TicksPerDay),
        _ => new DateTime(index / 12, (index % 12) + 1, 1),
    };

    /// <summary>Length of one <paramref name="period"/> in <paramref name="unit"/> (1 when they are the same).</summary>
    public static double Length(TimeUnit period, TimeUnit unit) => (period, unit) switch
    {
        _ when period == unit => 1.0,
        (TimeUnit.Day, TimeUnit.Week) => 1.0 / 7,
        (TimeUnit.Day, TimeUnit.Month) => 1.0 / DaysPerMonth,
        _ => throw new ArgumentException($"A {period} is not measured in {unit}s here."),
    };

    /// <summary>One mean calendar month in <paramref name="unit"/>: 30.436875 days, 4.348125 weeks, 1 month.</summary>
    public static double Month(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => DaysPerMonth,
        TimeUnit.Week => DaysPerMonth / 7,
        _ => 1.0,
    };
}
