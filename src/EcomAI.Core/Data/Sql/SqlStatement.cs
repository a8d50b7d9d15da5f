namespace EcomAI.Core.Data;

/// <summary>One generated statement: the view it defines, what it is for, and its text.</summary>
/// <param name="View">The temporary view the statement creates, e.g. <c>transactions</c>.</param>
/// <param name="Purpose">One line on what the view holds.</param>
/// <param name="Text">The statement, in the SQL subset DuckDB and Spark SQL share (see <see cref="OrderLineSql"/>).</param>
public sealed record SqlStatement(string View, string Purpose, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"-- {View}: {Purpose}\n{Text};";
}
