using System.Collections.Generic;
using AngleSharp.Dom;
using LinkHygiene.Documents;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>Which element makes the link.</summary>
public enum LinkElementKind
{
    /// <summary><c>&lt;a href&gt;</c> (including tag-helper and client-bound anchors).</summary>
    Anchor,

    /// <summary><c>&lt;area href&gt;</c>.</summary>
    Area,

    /// <summary>Blazor's <c>&lt;NavLink&gt;</c>.</summary>
    NavLink,

    /// <summary>An MVC HTML helper that renders an anchor: <c>@Html.ActionLink("text", ...)</c>, <c>@Html.RouteLink(...)</c>.</summary>
    HtmlHelper,

    /// <summary>
    /// A link component of a Blazor component library in a <c>.razor</c> file (MudBlazor's <c>&lt;MudLink Href&gt;</c>,
    /// Fluent UI's <c>&lt;FluentNavLink Href&gt;</c>, Radzen's <c>&lt;RadzenLink Path&gt;</c>; <see cref="LinkComponents"/>).
    /// </summary>
    Component,
}

/// <summary>A link with everything the rules need to judge it.</summary>
public sealed class Link
{
    internal Link(
        IElement? element,
        LinkElementKind elementKind,
        SourceSpan startTagSpan,
        SourceSpan contentRegion,
        SourceAttribute[] attributes,
        Href href,
        RelValue rel,
        SourceAttribute? target,
        bool targetIsDynamic,
        AccessibleName name,
        LinkZone zone,
        bool zoneIsInferred,
        string? language,
        RuleFilter ignored,
        bool hasDynamicAttributes,
        bool hasUnknownAttributes)
    {
        Element = element;
        ElementKind = elementKind;
        StartTagSpan = startTagSpan;
        ContentRegion = contentRegion;
        _attributes = attributes;
        Href = href;
        Rel = rel;
        Target = target;
        TargetIsDynamic = targetIsDynamic;
        Name = name;
        Zone = zone;
        ZoneIsInferred = zoneIsInferred;
        Language = language;
        Ignored = ignored;
        HasDynamicAttributes = hasDynamicAttributes;
        HasUnknownAttributes = hasUnknownAttributes;
    }

    /// <summary>Which element makes the link.</summary>
    public LinkElementKind ElementKind { get; }

    /// <summary>The start tag.</summary>
    public SourceSpan StartTagSpan { get; }

    /// <summary>The link's content, between its start and end tags.</summary>
    public SourceSpan ContentRegion { get; }

    /// <summary>The whole link, from '&lt;' of its start tag to the end of its content.</summary>
    public SourceSpan Span => SourceSpan.FromBounds(StartTagSpan.Start, System.Math.Max(StartTagSpan.End, ContentRegion.End));

    /// <summary>The start tag's attributes with spans.</summary>
    public IReadOnlyList<SourceAttribute> Attributes => _attributes;

    private readonly SourceAttribute[] _attributes;

    /// <summary>The destination.</summary>
    public Href Href { get; }

    /// <summary>The rel attribute.</summary>
    public RelValue Rel { get; }

    /// <summary>The target attribute, if any.</summary>
    public SourceAttribute? Target { get; }

    /// <summary>Whether the target is computed at run time (binding or splatting).</summary>
    public bool TargetIsDynamic { get; }

    /// <summary>The accessible name.</summary>
    public AccessibleName Name { get; }

    /// <summary>The innermost zone around the link.</summary>
    public LinkZone Zone { get; }

    /// <summary>
    /// Whether the zone is only suggested by the markup (an itemprop, a schema.org type in an attribute, a class segment),
    /// not declared (data-link-zone, itemtype, the configured selectors, the file's zone).
    /// </summary>
    public bool ZoneIsInferred { get; }

    /// <summary>The primary language subtag of the nearest <c>lang</c>, or null when unknown.</summary>
    public string? Language { get; }

    /// <summary>Rules switched off for this link by <c>data-linkhygiene-ignore</c> on it or an ancestor.</summary>
    public RuleFilter Ignored { get; }

    /// <summary>Whether attributes are supplied at run time (<c>@attributes</c>, expressions in the tag, <c>v-bind="obj"</c>).</summary>
    public bool HasDynamicAttributes { get; }

    /// <summary>Whether the tag has attributes that are neither HTML nor a known framework's (a custom tag helper may render content).</summary>
    public bool HasUnknownAttributes { get; }

    /// <summary>The DOM element (for an HTML helper: the element it is rendered in, if any).</summary>
    internal IElement? Element { get; }

    /// <summary>The same link with another name (its text edited: <see cref="Engine.EditedAnalysis"/>).</summary>
    internal Link WithName(AccessibleName name) => new(
        Element, ElementKind, StartTagSpan, ContentRegion, _attributes, Href, Rel, Target, TargetIsDynamic, name, Zone, ZoneIsInferred, Language, Ignored, HasDynamicAttributes, HasUnknownAttributes);

    /// <summary>Finds a start-tag attribute by its lower-case name.</summary>
    public SourceAttribute? GetAttribute(string name) => LinkExtractor.Find(_attributes, name);

    /// <summary>
    /// Whether the link is hidden from assistive technology (<c>aria-hidden="true"</c> on it or around it) or not rendered
    /// (<c>hidden</c>, but for <c>hidden="until-found"</c> and a value Razor writes, which leaves the attribute out when it
    /// is false; a server template's <c>{{ }}</c> in an HTML file writes it always): it needs no name (LH011), and it is no link a reader meets (LH013). A class that hides it does not count:
    /// a script shows it (a mobile menu).
    /// </summary>
    internal bool IsHidden(Documents.TemplateKind kind)
    {
        for (var element = Element; element is not null; element = element.ParentElement)
        {
            // (both attributes in one pass over the element's few: what GetAttribute gives for each, the first of the name)
            string? hidden = null, notRendered = null;
            var attributes = element.Attributes;
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i]!;
                if (hidden is null && attribute.Name == "aria-hidden")
                {
                    hidden = attribute.Value;
                }
                else if (notRendered is null && attribute.Name == "hidden")
                {
                    notRendered = attribute.Value;
                }
            }

            if (hidden is not null && string.Equals(hidden.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // `hidden` is not rendered at all (a microformats `<a class="u-url" href="..." hidden></a>`); "until-found"
            // content is shown when find-in-page reaches it, so its links need a name.
            if (notRendered is not null && !string.Equals(notRendered.Trim(), "until-found", System.StringComparison.OrdinalIgnoreCase) && !LinkExtractor.MayBeLeftOut(kind, Documents.Dynamic.IsDynamicValue(notRendered)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the link's role is bound on the client (<c>[attr.role]="'button'"</c>, <c>:role</c> ...): known only at run time.</summary>
    internal bool BindsRole => LinkExtractor.BindsRole(_attributes);

    /// <summary>What a link component renders from its parameters (<see cref="LinkElementKind.Component"/>), or null.</summary>
    internal LinkComponents.Component? Component => ElementKind == LinkElementKind.Component && Element is not null ? LinkComponents.ByName[Element.LocalName] : null;

    /// <summary>
    /// Whether the component renders <c>rel="noopener"</c> itself: one that does for <c>Target="_blank"</c> (written so;
    /// Blazorise's <c>Target.Blank</c>), given no <c>rel</c> (MudBlazor's <c>Rel ?? (Target == "_blank" ? "noopener" : null)</c>).
    /// </summary>
    internal bool ComponentRendersNoopener => Component is { BlankRel: not null } component && Rel.Attribute is null && !Rel.IsDynamic && !TargetIsDynamic
        && Target is { } target && LinkComponents.IsBlank(component, target.Value);

    /// <summary>Whether a router directive gives the link its href (Angular's routerLink, UI-Router's ui-sref), whatever href it writes.</summary>
    internal bool HasRouterLink => LinkExtractor.FindAny(_attributes, LinkExtractor.RouterLinks) is not null;

    /// <summary>Whether an attribute writes the link's content at run time (<c>v-text</c>, <c>ng-bind</c>, Knockout's <c>text</c>), in place of what the template holds.</summary>
    internal bool ContentIsBound => LinkExtractor.ContentBindingOn(_attributes);
}
