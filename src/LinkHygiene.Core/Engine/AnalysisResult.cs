using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;

namespace LinkHygiene.Engine;

/// <summary>What the engine found in one template.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(string path, IReadOnlyList<Finding> findings, TemplateDocument? document)
    {
        Path = path;
        Findings = findings;
        Document = document;
    }

    /// <summary>The template's path, as given.</summary>
    public string Path { get; }

    /// <summary>Findings in source order, severity applied, suppressed ones removed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The parsed template (null when it was not parsed: not a template, binary, too large).</summary>
    public TemplateDocument? Document { get; }
}
