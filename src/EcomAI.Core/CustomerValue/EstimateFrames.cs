using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>Parameter tables as data frames.</summary>
internal static class EstimateFrames
{
    public static DataFrame ToDataFrame(IEnumerable<ParameterEstimate> estimates)
    {
        var list = estimates.ToList();
        return new DataFrame(
            new StringDataFrameColumn("model", list.Select(e => e.Model)),
            new StringDataFrameColumn("parameter", list.Select(e => e.Parameter)),
            new DoubleDataFrameColumn("estimate", list.Select(e => e.Estimate)),
            new DoubleDataFrameColumn("std_error", list.Select(e => e.StdError)),
            new DoubleDataFrameColumn("lower", list.Select(e => e.Lower)),
            new DoubleDataFrameColumn("upper", list.Select(e => e.Upper)));
    }
}
