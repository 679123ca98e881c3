using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;

namespace LinkHygiene.Engine;

/// <summary>What the engine found in one template.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(string path, IReadOnlyList<Finding> findings, TemplateDocument? document, IReadOnlyList<Link> links)
    {
        Path = path;
        Findings = findings;
        Document = document;
        Links = links;
    }

    /// <summary>The template's path, as given.</summary>
    public string Path { get; }

    /// <summary>Findings in source order, severity applied, suppressed ones removed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Every link found, in source order (empty when the template was not analysed).</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The parsed template (null when it was not parsed: not a template, binary, too large).</summary>
    public TemplateDocument? Document { get; }

    /// <summary>
    /// What the site checks need from this template (routes, ids, internal links), for the project's
    /// <see cref="Site.SiteIndex"/> and <see cref="LinkHygieneEngine.CheckInternalLinks"/>; null when it was not analysed.
    /// </summary>
    public Site.TemplateFacts? Facts { get; internal set; }

    /// <summary>What the rules read besides the document (its walk, the link settings), for running some of them again.</summary>
    internal (DocumentWalk Walk, LinkSettings Settings)? Reading { get; set; }

    /// <summary>The options the template was analysed with (<see cref="EditedAnalysis"/> asks whether an edit's read links' text alike).</summary>
    internal Options.IOptionSource? Options { get; set; }
}
