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

    /// <summary>Elements whose data-linkhygiene-ignore attribute names a rule that does not exist, with its IDs as read.</summary>
    internal List<(IElement Element, string Ids)> UnknownIgnoreIds { get; } = new();

    /// <summary>Elements with an attribute that renders raw HTML (v-html, x-html, ng-bind-html, [innerHTML], ...).</summary>
    internal List<(IElement Element, SourceAttribute Attribute)> RawHtmlAttributes { get; } = new();

    /// <summary>
    /// Whether any element may be in a user-generated zone: the file's zone is, or a scope stored for an element is (an
    /// element's zone is its nearest stored scope's, or the file's). Rules that report only there skip a template without.
    /// </summary>
    internal bool MayHoldUgc => _anyUgcScope || _fileZone == LinkZone.Ugc;

    private bool _anyUgcScope;

    /// <summary>The zone of an element (the file's zone for text outside any element).</summary>
    internal LinkZone ZoneOf(IElement? element) => ScopeOf(element)?.Zone ?? _fileZone;

    /// <summary>Rules switched off around an element by data-linkhygiene-ignore.</summary>
    internal RuleFilter IgnoredAt(IElement? element) => ScopeOf(element)?.Ignored ?? RuleFilter.Nothing;

    /// <summary>Whether the zone around an element is only suggested by the markup.</summary>
    internal bool ZoneIsInferredAt(IElement? element) => ScopeOf(element)?.Inferred ?? false;

    /// <summary>Whether a documentation generator wrote the page (<see cref="TemplateDocument.WrittenByDocumentationGenerator"/>), read once a walk.</summary>
    internal bool IsDocumentation(TemplateDocument document) => _isDocumentation ??= document.WrittenByDocumentationGenerator;

    private bool? _isDocumentation;

    /// <summary>The language around an element (null when unknown).</summary>
    internal string? LanguageAt(IElement? element) => ScopeOf(element)?.Language;

    /// <summary>
    /// Records an element's scope. Only elements whose scope differs from their parent element's, and the top
    /// elements of a tree (a client template's, a &lt;template&gt;'s content), are stored: hashing every element of a
    /// large page costs more than the rest of the walk.
    /// </summary>
    internal void SetScope(IElement element, bool differsFromParent, LinkZone zone, RuleFilter ignored, string? language, bool inferred = false)
    {
        if (differsFromParent || element.ParentElement is null)
        {
            _scopes[element] = (zone, ignored, language, inferred);
            _anyUgcScope |= zone == LinkZone.Ugc;
        }
    }

    private (LinkZone Zone, RuleFilter Ignored, string? Language, bool Inferred)? ScopeOf(IElement? element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (_scopes.TryGetValue(current, out var scope))
            {
                return scope;
            }
        }

        return null;
    }
}
