using System.Globalization;
using System.Text;

namespace EcomAI.Core.Data;

/// <summary>One rule's effect on the input: how many lines, how much money, where (the first few lines), and what was done.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Column">The column, for value problems (e.g. <c>quantity</c>); null otherwise.</param>
/// <param name="Lines">Number of lines under the rule.</param>
/// <param name="Amount">Their summed line amount (money), when the lines have one.</param>
/// <param name="FirstLines">The first (up to five) file lines, or rows for non-file input.</param>
/// <param name="FirstValues">For value problems, the offending text of those lines.</param>
/// <param name="Action">What was done: e.g. "excluded from every job".</param>
/// <param name="Advice">What the user can do instead, or null.</param>
/// <param name="LineUnit">"line" for files with lines, "row" otherwise.</param>
public sealed record PreparationFinding(
    LineRule Rule,
    string? Column,
    long Lines,
    double? Amount,
    IReadOnlyList<long> FirstLines,
    IReadOnlyList<string> FirstValues,
    string Action,
    string? Advice,
    string LineUnit)
{
    /// <summary>One sentence for a warning: rule, count, money, action, first lines, advice.</summary>
    public string Message
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Title}: {Lines:N0} {LineUnit}{(Lines == 1 ? "" : "s")}");
            if (Amount is double money && money != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({money:N2} in line amounts)");
            }

            text.Append(CultureInfo.InvariantCulture, $" {Action}");
            if (FirstLines.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"; first at {LineUnit}{(FirstLines.Count == 1 ? "" : "s")} ");
                for (int i = 0; i < FirstLines.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(FirstLines[i].ToString(CultureInfo.InvariantCulture));
                    if (i < FirstValues.Count)
                    {
                        text.Append(" ('").Append(FirstValues[i]).Append("')");
                    }
                }

                if (Lines > FirstLines.Count)
                {
                    text.Append(", …");
                }
            }

            text.Append('.');
            if (Advice is not null)
            {
                text.Append(' ').Append(Advice);
            }

            return text.ToString();
        }
    }

    /// <summary>The rule in words, with its column.</summary>
    public string Title => Rule switch
    {
        LineRule.MalformedLine => "Malformed CSV lines",
        LineRule.InvalidNumber => $"Not a number in '{Column}'",
        LineRule.NonFiniteNumber => $"NaN or infinity in '{Column}'",
        LineRule.InvalidDate => $"Not a date in '{Column}'",
        LineRule.InvalidFlag => $"Not a flag in '{Column}'",
        LineRule.MissingValue => $"Empty '{Column}'",
        LineRule.NegativeCost => $"Negative '{Column}'",
        LineRule.Duplicate => "Exact duplicate lines",
        LineRule.NonProduct => "Non-product lines",
        LineRule.Cancellation => "Cancellations",
        LineRule.Return => "Returns",
        LineRule.ZeroQuantity => "Zero quantities",
        LineRule.NonPositivePrice => "Unit price zero or negative",
        LineRule.MissingCustomer => "Lines without a customer",
        LineRule.MissingProduct => "Lines without a product",
        _ => Rule.ToString(),
    };

    /// <summary>Whether the rule is about a value that could not be read (as opposed to a preparation rule).</summary>
    public bool IsBadValue => Rule is LineRule.MalformedLine or LineRule.InvalidNumber or LineRule.NonFiniteNumber or LineRule.InvalidDate
        or LineRule.InvalidFlag or LineRule.MissingValue or LineRule.NegativeCost;

    /// <inheritdoc />
    public override string ToString() => Message;
}
