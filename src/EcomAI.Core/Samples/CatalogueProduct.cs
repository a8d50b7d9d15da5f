namespace EcomAI.Core.Samples;

/// <summary>A product of the generated catalogue: id, relative popularity and its truth.</summary>
internal sealed record CatalogueProduct(string Id, double Popularity, ProductTruth Truth);
