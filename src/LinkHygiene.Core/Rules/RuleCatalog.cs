using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Rules;

/// <summary>The catalogue: every rule and descriptor, in ID order. Adding a rule means one line here.</summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, Option<RuleSeverity?>> SeverityOptions;

    static RuleCatalog()
    {
        Rules = new Rule[]
        {
            new LH001MissingUgcRel(),
            new LH002MissingSponsoredRel(),
            new LH003AffiliateLink(),
            new LH004RawHtmlInUgc(),
            new LH005QualifiedInternalLink(),
            new LH006MalformedRel(),
            new LH010GenericAnchorText(),
            new LH011EmptyLinkText(),
            new LH012UrlAsAnchorText(),
            new LH013AmbiguousAnchorText(),
            new LH020BlankTargetWithoutNoopener(),
            new LH021InsecureExternalLink(),
            new LH022PlaceholderHref(),
            new LH023MalformedUrl(),
            new LH031MissingFragment(),
        };
        Descriptors = Rules.Select(r => r.Descriptor)
            .Concat(new[] { LH030BrokenInternalLink.Rule, EngineDescriptors.InvalidOption, EngineDescriptors.UnanalyzableTemplate })
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        SeverityOptions = Descriptors.ToDictionary(
            d => d.Id,
            d => new Option<RuleSeverity?>(
                "link_hygiene." + d.Id + ".severity",
                null,
                d.DefaultSeverity.ToString().ToLowerInvariant(),
                "error, warning, suggestion, silent or none",
                $"The severity of {d.Id} in the matching files (works in .editorconfig sections, where dotnet_diagnostic.{d.Id}.severity does not reach templates).",
                OptionParsers.Severity),
            StringComparer.Ordinal);
    }

    /// <summary>Every rule that analyses links.</summary>
    public static IReadOnlyList<Rule> Rules { get; }

    /// <summary>Every descriptor, including the engine's own (LH900, LH901).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The <c>link_hygiene.LHxxx.severity</c> option of a descriptor.</summary>
    public static Option<RuleSeverity?> SeverityOption(RuleDescriptor descriptor) => SeverityOptions[descriptor.Id];

    /// <summary>Finds a descriptor by ID.</summary>
    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
