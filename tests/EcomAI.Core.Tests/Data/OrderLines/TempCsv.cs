namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>A CSV fixture written to a temporary file (deleted on dispose).</summary>
internal sealed class TempCsv : IDisposable
{
    public TempCsv(string text, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ecomai-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    public TempCsv(byte[] bytes, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ecomai-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
