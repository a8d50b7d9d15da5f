using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data.OrderLines;

public class DatePatternTests
{
    [Theory]
    [InlineData("M/d/yyyy H:mm", "%m/%d/%Y %H:%M")]
    [InlineData("dd.MM.yyyy", "%d.%m.%Y")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss", "%Y-%m-%dT%H:%M:%S")]
    [InlineData("d MMM yyyy h:mm tt", "%d %b %Y %I:%M %p")]
    [InlineData("yyyy-MM-dd HH:mm:ss.fff", "%Y-%m-%d %H:%M:%S.%g")]
    [InlineData("yyyy'%'MM", "%Y%%%m")]
    [InlineData("unix", "unix")]
    public void ToStrptime_DotNetPattern_SameMeaning(string pattern, string strptime) =>
        Assert.Equal(strptime, DatePattern.ToStrptime(pattern));

    [Theory]
    [InlineData("d")]
    [InlineData("yyy-MM-dd")]
    [InlineData("yyyy-MM-dd 'unclosed")]
    [InlineData("yyyy-MM-dd ff")]
    public void ToStrptime_NoStrictEquivalent_InvalidOptionNamingDateFormat(string pattern)
    {
        var ex = Assert.Throws<InputDataException>(() => DatePattern.ToStrptime(pattern));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("DateFormat", ex.Message, StringComparison.Ordinal);
    }
}
