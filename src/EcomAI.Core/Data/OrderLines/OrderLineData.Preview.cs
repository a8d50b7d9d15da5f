using Microsoft.Data.Analysis;

namespace EcomAI.Core.Data;

public sealed partial class OrderLineData
{
    /// <summary>The first <paramref name="rows"/> lines used by the jobs (the <c>purchase_lines</c> view), in file order, with the
    /// canonical columns the input has and the line number.</summary>
    public DataFrame Head(int rows = 10)
    {
        Preconditions.CheckAtLeast(rows, 1, nameof(rows));
        var names = OrderLineSchema.Columns.Where(c => Columns.Has(c.Role)).Select(c => c.Name).Prepend("line_no").ToList();
        return WithSession(s =>
        {
            var columns = names.Select(n => new List<object?>()).ToList();
            s.Query($"SELECT {string.Join(", ", names)} FROM purchase_lines ORDER BY line_no LIMIT {rows}", r =>
            {
                for (int c = 0; c < names.Count; c++)
                {
                    columns[c].Add(r.IsDBNull(c) ? null : r.GetValue(c));
                }
            });
            var frame = new DataFrame();
            for (int c = 0; c < names.Count; c++)
            {
                var kind = c == 0 ? ColumnKind.Number : OrderLineSchema.Columns.First(x => x.Name == names[c]).Kind;
                frame.Columns.Add(kind switch
                {
                    ColumnKind.Number => new DoubleDataFrameColumn(names[c], columns[c].Select(v => v is null ? (double?)null : Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture))),
                    ColumnKind.Timestamp => new PrimitiveDataFrameColumn<DateTime>(names[c], columns[c].Select(v => (DateTime?)v)),
                    ColumnKind.Flag => new BooleanDataFrameColumn(names[c], columns[c].Select(v => (bool?)v)),
                    _ => new StringDataFrameColumn(names[c], columns[c].Select(v => (string?)v)),
                });
            }

            return frame;
        });
    }
}
