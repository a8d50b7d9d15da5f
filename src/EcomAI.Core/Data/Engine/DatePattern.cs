using System.Text;

namespace EcomAI.Core.Data;

/// <summary>
/// Translates a .NET custom date pattern (what users write: <c>M/d/yyyy H:mm</c>) into the strptime format the
/// engine parses with (<c>%m/%d/%Y %H:%M</c>). Only what both can express is accepted, so a pattern means the same
/// thing to the user and to the engine.
/// </summary>
internal static class DatePattern
{
    /// <summary>The value of <see cref="OrderLineOptions.DateFormat"/> meaning seconds since 1970-01-01 UTC.</summary>
    public const string UnixSeconds = "unix";

    /// <summary>The strptime format of a .NET custom pattern.</summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/> for a pattern the engine cannot apply.</exception>
    public static string ToStrptime(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (string.Equals(pattern, UnixSeconds, StringComparison.OrdinalIgnoreCase))
        {
            return UnixSeconds;
        }

        if (pattern.Trim().Length <= 1)
        {
            throw Bad(pattern, "a one-letter pattern is a .NET standard format whose meaning depends on the culture; write the custom pattern, e.g. M/d/yyyy H:mm");
        }

        var result = new StringBuilder();
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            if (c is '\'' or '"')
            {
                int end = pattern.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw Bad(pattern, $"the quoted text starting at position {i + 1} is not closed");
                }

                AppendLiteral(result, pattern.AsSpan(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }

            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    throw Bad(pattern, "it ends with a lone backslash");
                }

                AppendLiteral(result, pattern.AsSpan(i + 1, 1));
                i += 2;
                continue;
            }

            int run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            string? token = (c, run) switch
            {
                ('y', 4) => "%Y",
                ('y', 2) => "%y",
                ('M', 1 or 2) => "%m",
                ('M', 3) => "%b",
                ('M', 4) => "%B",
                ('d', 1 or 2) => "%d",
                ('d', 3) => "%a",
                ('d', 4) => "%A",
                ('H', 1 or 2) => "%H",
                ('h', 1 or 2) => "%I",
                ('m', 1 or 2) => "%M",
                ('s', 1 or 2) => "%S",
                ('f', 3) => "%g",
                ('f', 6) => "%f",
                ('t', 2) => "%p",
                ('z', 3) or ('K', 1) => "%z",
                _ when "yMdHhmsftzKFg".Contains(c, StringComparison.Ordinal) => null,
                _ => "",
            };
            if (token is null)
            {
                throw Bad(pattern, $"'{new string(c, run)}' has no strict equivalent; use yyyy or yy, M/MM/MMM/MMMM, d/dd, H/HH, h/hh with tt, mm, ss, fff or ffffff, zzz");
            }

            if (token.Length == 0)
            {
                AppendLiteral(result, pattern.AsSpan(i, run));
            }
            else
            {
                result.Append(token);
            }

            i += run;
        }

        return result.ToString();
    }

    private static void AppendLiteral(StringBuilder result, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == '%')
            {
                result.Append("%%");
            }
            else
            {
                result.Append(c);
            }
        }
    }

    private static InputDataException Bad(string pattern, string why) =>
        Preconditions.InvalidOption(nameof(OrderLineOptions.DateFormat),
            $"{nameof(OrderLineOptions.DateFormat)} = '{pattern}': {why}. Examples: 'M/d/yyyy H:mm', 'dd.MM.yyyy', 'yyyy-MM-dd HH:mm:ss'.");
}
