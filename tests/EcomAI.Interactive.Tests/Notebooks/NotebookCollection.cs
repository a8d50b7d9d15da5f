namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Notebook tests share one packed feed; the kernel runs are slow, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class NotebookCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "Notebooks";
}
