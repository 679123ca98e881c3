using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>What a rule sees: the parsed template, its links, its options; and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<PendingFinding> _findings;

    internal RuleContext(TemplateDocument document, IReadOnlyList<Link> links, OptionReader options, LinkSettings settings, string? defaultLanguage, List<PendingFinding> findings)
    {
        Document = document;
        Links = links;
        Options = options;
        Settings = settings;
        DefaultLanguage = defaultLanguage;
        _findings = findings;
    }

    /// <summary>The template.</summary>
    public TemplateDocument Document { get; }

    /// <summary>Every link in the template, in source order.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>Option values for this template.</summary>
    public OptionReader Options { get; }

    /// <summary>The link-related settings.</summary>
    public LinkSettings Settings { get; }

    /// <summary><c>link_hygiene.default_language</c>, as a primary subtag.</summary>
    public string? DefaultLanguage { get; }

    /// <summary>Reports a finding about a link.</summary>
    public void Report(RuleDescriptor rule, SourceSpan span, Link? link, params string[] arguments) =>
        _findings.Add(new PendingFinding(rule, span, link, arguments));
}

/// <summary>A finding before suppression and severity are applied.</summary>
internal sealed record PendingFinding(RuleDescriptor Rule, SourceSpan Span, Link? Link, IReadOnlyList<string> Arguments);
