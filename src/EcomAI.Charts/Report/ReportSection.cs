namespace EcomAI.Charts.Report;

/// <summary>One block of a report body, in the order it was added.</summary>
internal abstract record ReportSection
{
    /// <summary>A section heading.</summary>
    public sealed record Heading(string Text) : ReportSection;

    /// <summary>A paragraph of plain text (escaped when rendered).</summary>
    public sealed record Paragraph(string Text) : ReportSection;

    /// <summary>A chart, already rendered as an HTML fragment, with an optional caption.</summary>
    public sealed record Chart(string Html, string? Caption) : ReportSection;

    /// <summary>A table with an optional caption.</summary>
    public sealed record Table(ReportTable Value, string? Caption) : ReportSection;
}
