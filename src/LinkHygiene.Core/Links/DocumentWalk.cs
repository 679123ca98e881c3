using System.Collections.Generic;
using AngleSharp.Dom;
using LinkHygiene.Documents;

namespace LinkHygiene.Links;

/// <summary>What one walk over a template's DOM found: its links, every element's zone and ignore scope, raw-HTML attributes.</summary>
public sealed class DocumentWalk
{
    private readonly Dictionary<IElement, (LinkZone Zone, RuleFilter Ignored, string? Language, bool Inferred)> _scopes = new();
    private readonly LinkZone _fileZone;

    internal DocumentWalk(LinkZone fileZone) => _fileZone = fileZone;

    /// <summary>The links, in source order.</summary>
    public List<Link> Links { get; } = new();

    /// <summary>Rule IDs in data-linkhygiene-ignore attributes that name no rule.</summary>
    internal List<(IElement Element, string Id)> UnknownIgnoreIds { get; } = new();

    /// <summary>Elements with an attribute that renders raw HTML (v-html, x-html, ng-bind-html, [innerHTML], ...).</summary>
    internal List<(IElement Element, SourceAttribute Attribute)> RawHtmlAttributes { get; } = new();

    /// <summary>The zone of an element (the file's zone for text outside any element).</summary>
    internal LinkZone ZoneOf(IElement? element) =>
        element is not null && _scopes.TryGetValue(element, out var scope) ? scope.Zone : _fileZone;

    /// <summary>Rules switched off around an element by data-linkhygiene-ignore.</summary>
    internal RuleFilter IgnoredAt(IElement? element) =>
        element is not null && _scopes.TryGetValue(element, out var scope) ? scope.Ignored : RuleFilter.Nothing;

    /// <summary>Whether the zone around an element is only suggested by the markup.</summary>
    internal bool ZoneIsInferredAt(IElement? element) =>
        element is not null && _scopes.TryGetValue(element, out var scope) && scope.Inferred;

    /// <summary>The language around an element (null when unknown).</summary>
    internal string? LanguageAt(IElement? element) =>
        element is not null && _scopes.TryGetValue(element, out var scope) ? scope.Language : null;

    internal void SetScope(IElement element, LinkZone zone, RuleFilter ignored, string? language, bool inferred = false) => _scopes[element] = (zone, ignored, language, inferred);
}
