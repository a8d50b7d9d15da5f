using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core;

/// <summary>
/// The one guard for options (in the style of NodaTime's <c>Preconditions</c>): every invalid option, in every area, is an
/// <see cref="InputDataException"/> with <see cref="ErrorIds.InvalidOption"/> whose message starts with the option's name,
/// says what was wrong and what to use instead. Front ends do not repeat these checks; they map the exception.
/// </summary>
/// <remarks>"All cores" is spelled <c>null</c> everywhere (<see cref="CheckThreads"/>).</remarks>
internal static class Preconditions
{
    /// <summary>Throws <see cref="InvalidOption"/> unless <paramref name="condition"/> holds.</summary>
    public static void CheckOption([DoesNotReturnIf(false)] bool condition, string option, string message)
    {
        if (!condition)
        {
            throw InvalidOption(option, message);
        }
    }

    /// <summary>The exception for an option whose value is not allowed; <paramref name="message"/> should say what to use.</summary>
    public static InputDataException InvalidOption(string option, string message) =>
        new(ErrorIds.InvalidOption, message.StartsWith(option, StringComparison.Ordinal) ? message : $"{option}: {message}", null, null, option, null);

    /// <summary>A finite number within [min, max] (either end optional).</summary>
    public static void CheckFinite(double value, string option, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            string range = (double.IsNegativeInfinity(min), double.IsPositiveInfinity(max)) switch
            {
                (true, true) => "a finite number",
                (false, true) => string.Create(CultureInfo.InvariantCulture, $"a finite number ≥ {min}"),
                (true, false) => string.Create(CultureInfo.InvariantCulture, $"a finite number ≤ {max}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"a number in [{min}, {max}]"),
            };
            throw InvalidOption(option, string.Create(CultureInfo.InvariantCulture, $"{option} = {value}: use {range}."));
        }
    }

    /// <summary>An integer ≥ <paramref name="min"/>.</summary>
    public static void CheckAtLeast(int value, int min, string option)
    {
        if (value < min)
        {
            throw InvalidOption(option, string.Create(CultureInfo.InvariantCulture, $"{option} = {value}: use at least {min}."));
        }
    }

    /// <summary>A defined member of <typeparamref name="T"/>.</summary>
    public static void CheckDefined<T>(T value, string option)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw InvalidOption(option, $"{option} = {value} is not one of {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }

    /// <summary>Threads: null means all cores; otherwise at least 1.</summary>
    public static void CheckThreads(int? value, string option = "MaxDegreeOfParallelism")
    {
        if (value is < 1)
        {
            throw InvalidOption(option, string.Create(CultureInfo.InvariantCulture, $"{option} = {value}: use at least 1 thread, or null for all cores."));
        }
    }

    /// <summary>A non-empty column name.</summary>
    public static void CheckColumnName(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw InvalidOption(option, $"{option} must name a column; it is empty.");
        }
    }
}
