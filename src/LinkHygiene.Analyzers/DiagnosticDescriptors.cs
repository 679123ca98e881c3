using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Rules;
using Microsoft.CodeAnalysis;

namespace LinkHygiene.Analyzers;

/// <summary>
/// Roslyn descriptors for the engine's rules. IDs and default severities are written as constants so Roslyn's
/// release tracking (RS2008) and descriptor analyzers can check them; everything else comes from the engine's
/// <see cref="RuleDescriptor"/>, and a test keeps the two in step.
/// </summary>
internal static class DiagnosticDescriptors
{
    // First: static fields initialise in order, and the descriptors below use these.
    private static readonly string[] Tags = { "LinkHygiene", WellKnownDiagnosticTags.Telemetry };

    // Reported when the whole compilation is known (the site index needs every page and route).
    private static readonly string[] CompilationEndTags = { "LinkHygiene", WellKnownDiagnosticTags.Telemetry, WellKnownDiagnosticTags.CompilationEnd };

    public static readonly DiagnosticDescriptor LH001 = Create(RuleIds.MissingUgcRel, LH001MissingUgcRel.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH002 = Create(RuleIds.MissingSponsoredRel, LH002MissingSponsoredRel.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH003 = Create(RuleIds.AffiliateLink, LH003AffiliateLink.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH004 = Create(RuleIds.RawHtmlInUgc, LH004RawHtmlInUgc.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH005 = Create(RuleIds.QualifiedInternalLink, LH005QualifiedInternalLink.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH006 = Create(RuleIds.MalformedRel, LH006MalformedRel.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH010 = Create(RuleIds.GenericAnchorText, LH010GenericAnchorText.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH011 = Create(RuleIds.EmptyLinkText, LH011EmptyLinkText.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH012 = Create(RuleIds.UrlAsAnchorText, LH012UrlAsAnchorText.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH013 = Create(RuleIds.AmbiguousAnchorText, LH013AmbiguousAnchorText.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH020 = Create(RuleIds.BlankTargetWithoutNoopener, LH020BlankTargetWithoutNoopener.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH021 = Create(RuleIds.InsecureExternalLink, LH021InsecureExternalLink.Rule, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor LH022 = Create(RuleIds.PlaceholderHref, LH022PlaceholderHref.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH023 = Create(RuleIds.MalformedUrl, LH023MalformedUrl.Rule, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH030 = Create(RuleIds.BrokenInternalLink, LH030BrokenInternalLink.Rule, DiagnosticSeverity.Warning, CompilationEndTags);
    public static readonly DiagnosticDescriptor LH031 = Create(RuleIds.MissingFragment, LH031MissingFragment.Rule, DiagnosticSeverity.Warning, CompilationEndTags);
    public static readonly DiagnosticDescriptor LH900 = Create(RuleIds.InvalidOption, EngineDescriptors.InvalidOption, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LH901 = Create(RuleIds.UnanalyzableTemplate, EngineDescriptors.UnanalyzableTemplate, DiagnosticSeverity.Warning);

    /// <summary>Every descriptor, by ID.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[] { LH001, LH002, LH003, LH004, LH005, LH006, LH010, LH011, LH012, LH013, LH020, LH021, LH022, LH023, LH030, LH031, LH900, LH901 }
        .ToImmutableDictionary(d => d.Id);

    private static readonly ConcurrentDictionary<string, ImmutableDictionary<string, DiagnosticDescriptor>> ByHelpLinkBase = new(StringComparer.Ordinal);

    /// <summary>
    /// The descriptors with help links under another base (LinkHygieneHelpLinkBase), or the defaults. Roslyn accepts a
    /// reported diagnostic whose ID is among <see cref="TemplateAnalyzer.SupportedDiagnostics"/>; only the link differs.
    /// </summary>
    public static ImmutableDictionary<string, DiagnosticDescriptor> ForHelpLinkBase(string? helpLinkBase)
    {
        if (string.IsNullOrWhiteSpace(helpLinkBase))
        {
            return ById;
        }

        return ByHelpLinkBase.GetOrAdd(helpLinkBase!.Trim(), b => ById.Values
            .Select(d => new DiagnosticDescriptor(d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description, RuleDescriptor.HelpLinkUnder(b, d.Id), d.CustomTags.ToArray()))
            .ToImmutableDictionary(d => d.Id));
    }

    /// <summary>Maps an engine severity onto Roslyn's.</summary>
    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(string id, RuleDescriptor rule, DiagnosticSeverity defaultSeverity, string[]? tags = null) =>
        new(
            id,
            rule.Title,
            rule.MessageFormat,
            RuleDescriptor.CategoryName,
            defaultSeverity,
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpLink,
            customTags: tags ?? Tags);

    /// <summary>Descriptors in ID order.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;
}
