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

    /// <summary>
    /// Roslyn's bulk key for the rules of LinkHygiene's category, <c>dotnet_analyzer_diagnostic.category-LinkHygiene.severity</c>.
    /// The compiler applies bulk keys only to C# files (a diagnostic in an additional file has no syntax tree to read
    /// them for), so LinkHygiene reads them itself, in the compiler's order (<see cref="Severity"/>).
    /// </summary>
    public static readonly Option<RuleSeverity?> CategorySeverity = BulkSeverity("dotnet_analyzer_diagnostic.category-" + RuleDescriptor.CategoryName + ".severity", "every LinkHygiene rule");

    /// <summary>Roslyn's bulk key for every analyzer's rules, <c>dotnet_analyzer_diagnostic.severity</c> (see <see cref="CategorySeverity"/>).</summary>
    public static readonly Option<RuleSeverity?> AllAnalyzersSeverity = BulkSeverity("dotnet_analyzer_diagnostic.severity", "every analyzer's rules, LinkHygiene's among them");

    /// <summary>
    /// A rule's severity in a file, in the compiler's order for C# files: the rule's own key (where a .globalconfig's
    /// <c>dotnet_diagnostic</c> entry, NoWarn or WarningsAsErrors for the rule also counts, as every front end makes it
    /// do); when that is not set, the category's bulk key, then every analyzer's; then the rule's default. A bulk key
    /// with an invalid value is passed over, as the compiler does; <c>default</c> is the rule's default.
    /// </summary>
    /// <param name="reader">The file's options.</param>
    /// <param name="descriptor">The rule.</param>
    /// <param name="bulk">What the bulk keys say for the file (<see cref="BulkSeverity"/>, read once for every rule).</param>
    public static RuleSeverity Severity(OptionReader reader, RuleDescriptor descriptor, BulkSetting bulk)
    {
        var own = SeverityOption(descriptor);
        if (reader.IsSet(own))
        {
            return reader.Get(own) ?? descriptor.DefaultSeverity;
        }

        return bulk.IsSet ? bulk.Severity ?? descriptor.DefaultSeverity : descriptor.DefaultSeverity;
    }

    /// <summary>What the bulk keys say for a file: the category's, else every analyzer's, passing over an invalid value.</summary>
    public static BulkSetting BulkSeverity(OptionReader reader)
    {
        foreach (var bulk in Bulk)
        {
            if (reader.Raw(bulk) is { } raw && OptionParsers.Severity(raw, out var severity, out _))
            {
                return new BulkSetting(true, severity);
            }
        }

        return default;
    }

    /// <summary>A bulk severity key's setting: none (not set), or a severity (null for <c>default</c>, the rule's own).</summary>
    public readonly record struct BulkSetting(bool IsSet, RuleSeverity? Severity);

    private static readonly Option<RuleSeverity?>[] Bulk = { CategorySeverity, AllAnalyzersSeverity };

    private static Option<RuleSeverity?> BulkSeverity(string key, string what) => new(
        key,
        null,
        "(unset)",
        "error, warning, suggestion, silent or none",
        $"The severity of {what} where no rule's own key says otherwise.",
        OptionParsers.Severity);

    /// <summary>Finds a descriptor by ID.</summary>
    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
