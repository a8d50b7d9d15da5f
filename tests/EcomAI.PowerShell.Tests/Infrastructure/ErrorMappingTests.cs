using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Tests.Infrastructure;

public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData(ErrorIds.InvalidNumber, ErrorCategory.InvalidData)]
    [InlineData(ErrorIds.InvalidDate, ErrorCategory.InvalidData)]
    [InlineData(ErrorIds.MissingValue, ErrorCategory.InvalidData)]
    [InlineData(ErrorIds.OutOfRange, ErrorCategory.InvalidData)]
    [InlineData(ErrorIds.EmptyInput, ErrorCategory.InvalidData)]
    [InlineData(ErrorIds.MissingColumn, ErrorCategory.InvalidArgument)]
    [InlineData(ErrorIds.InvalidOption, ErrorCategory.InvalidArgument)]
    [InlineData(ErrorIds.FileError, ErrorCategory.ReadError)]
    public void ToRecord_InputDataException_KeepsIdAndCategory(string errorId, ErrorCategory category)
    {
        var row = new object();
        var record = ErrorMapping.ToRecord(new InputDataException(errorId, "message"), row);
        Assert.Equal(errorId, record.FullyQualifiedErrorId);
        Assert.Equal(category, record.CategoryInfo.Category);
        Assert.Same(row, record.TargetObject);
        Assert.Equal("message", record.Exception.Message);
    }

    [Fact]
    public void ToRecord_ArgumentException_InvalidArgument()
    {
        var record = ErrorMapping.ToRecord(new ArgumentOutOfRangeException("UnitCost", -1.0, "UnitCost must be >= 0."), null);
        Assert.Equal(ErrorMapping.InvalidArgument, record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
    }

    [Fact]
    public void ToRecord_UnforeseenException_WrappedWithTypeNameInMessage()
    {
        var record = ErrorMapping.ToRecord(new FormatException("boom"), null);
        Assert.Equal(ErrorMapping.Unexpected, record.FullyQualifiedErrorId);
        Assert.Contains("FormatException", record.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("boom", record.Exception.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(record.Exception.InnerException);
    }

    [Fact]
    public void IsForeign_PowerShellExceptions_AreLeftAlone()
    {
        Assert.False(ErrorMapping.IsForeign(new PipelineStoppedException()));
        Assert.False(ErrorMapping.IsForeign(new RuntimeException("already a record")));
        Assert.True(ErrorMapping.IsForeign(new InvalidOperationException()));
        Assert.True(ErrorMapping.IsForeign(new InputDataException(ErrorIds.EmptyInput, "x")));
    }
}
