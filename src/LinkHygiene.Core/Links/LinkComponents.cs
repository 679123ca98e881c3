using System;
using System.Collections.Generic;

namespace LinkHygiene.Links;

/// <summary>
/// The link components of the Blazor component libraries that render an <c>&lt;a href&gt;</c> from their parameters:
/// which parameter holds the destination and which the text. In a <c>.razor</c> file <c>&lt;MudLink Href="/about"&gt;</c>
/// is a link as <c>&lt;a href="/about"&gt;</c> is; without its destination parameter most of them render a button or a
/// plain element, and are no link.
/// </summary>
/// <remarks>
/// What each one renders was read from the library's own source (MudBlazor 8, Microsoft.FluentUI.AspNetCore.Components
/// 4, and the Radzen.Blazor of the corpus: Radzen 5 rendered its icons' ligatures as text, not hidden). Older MudBlazor
/// (5 and before) names the destination <c>Link</c>, which is not read. Their parameters that render no text
/// (<see cref="ParametersWithoutText"/>) are known attributes to the rules; any other is unknown, as an attribute a tag
/// helper may render content from is.
/// </remarks>
internal static class LinkComponents
{
    /// <summary>A link component.</summary>
    /// <param name="Href">The parameter holding the destination, as the DOM names it (lower case).</param>
    /// <param name="Text">The parameter holding the text when the content does not (<c>Text</c>, <c>Label</c>), or null.</param>
    /// <param name="ContentIsText">
    /// Whether the content is the link's text (<c>&lt;MudLink&gt;About&lt;/MudLink&gt;</c>), and the text parameter only
    /// when there is no content; false for menu items, whose content is the items under them and whose text parameter
    /// alone names their link (<c>&lt;RadzenPanelMenuItem Text Path&gt;</c>).
    /// </param>
    /// <param name="AttributesOnLink">
    /// Whether the attributes no parameter takes (<c>rel</c>) go on the rendered <c>&lt;a&gt;</c>; false for nav links and
    /// menu items, which put them on the element around it.
    /// </param>
    /// <param name="AddsNoopener">
    /// Whether it renders <c>rel="noopener"</c> for <c>Target="_blank"</c> (written so) when it is given no <c>rel</c>, as
    /// MudBlazor's buttons do (<c>Rel ?? (Target == "_blank" ? "noopener" : null)</c>).
    /// </param>
    /// <param name="BlankIsNoLink">
    /// Whether an empty or white-space destination makes it no link (MudBlazor's buttons render a <c>&lt;button&gt;</c>
    /// then, Radzen's breadcrumb item a label), where a nav link's <c>Href=""</c> is the app's base.
    /// </param>
    /// <param name="DisabledIsNoLink">Whether <c>Disabled="true"</c> renders it without its <c>href</c> (MudBlazor's buttons and <c>MudLink</c>).</param>
    internal sealed record Component(
        string Href, string? Text, bool ContentIsText = true, bool AttributesOnLink = true, bool AddsNoopener = false, bool BlankIsNoLink = false, bool DisabledIsNoLink = false);

    /// <summary>
    /// The parameters of these components that render no text, by DOM name: styles, states, and icons, which the three
    /// libraries render hidden from assistive technology (MudBlazor's <c>&lt;svg aria-hidden="true"&gt;</c>, Radzen's
    /// <c>&lt;i aria-hidden="true"&gt;</c>, Fluent UI's icons without a title). Not <c>Title</c>, <c>Tooltip</c>,
    /// <c>Count</c> or <c>Image</c>, which may.
    /// </summary>
    internal static readonly HashSet<string> ParametersWithoutText = new(StringComparer.Ordinal)
    {
        "icon", "iconcolor", "iconsize", "iconrest", "iconactive", "iconstart", "iconend", "starticon", "endicon",
        "color", "appearance", "typo", "underline", "variant", "edge", "size", "dropshadow", "ripple", "disabled", "t",
        "forceload", "dense", "gutters", "visible", "expanded", "selected",
    };

    /// <summary>The libraries' prefixes, with which every name of <see cref="ByName"/> starts.</summary>
    internal static readonly string[] Libraries = { "mud", "fluent", "radzen" };

    /// <summary>The components by DOM name, as an array to loop over without an enumerator's allocation.</summary>
    internal static readonly (string Name, Component Component)[] All;

    static LinkComponents() => All = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(ByName, pair => (pair.Key, pair.Value)));

    /// <summary>The components by DOM name (the tag in lower case).</summary>
    internal static readonly IReadOnlyDictionary<string, Component> ByName = new Dictionary<string, Component>(StringComparer.Ordinal)
    {
        // MudBlazor
        ["mudlink"] = new("href", null, DisabledIsNoLink: true),
        ["mudnavlink"] = new("href", null, AttributesOnLink: false),
        ["mudbutton"] = new("href", null, AddsNoopener: true, BlankIsNoLink: true, DisabledIsNoLink: true),
        ["mudiconbutton"] = new("href", null, AddsNoopener: true, BlankIsNoLink: true, DisabledIsNoLink: true),
        ["mudfab"] = new("href", "label", AddsNoopener: true, BlankIsNoLink: true, DisabledIsNoLink: true),
        ["mudmenuitem"] = new("href", "label"),
        ["mudlistitem"] = new("href", "text"),

        // Fluent UI
        ["fluentanchor"] = new("href", null),
        ["fluentnavlink"] = new("href", null, AttributesOnLink: false),
        ["fluentbreadcrumbitem"] = new("href", null),
        ["fluentnavmenulink"] = new("href", "text", ContentIsText: false, AttributesOnLink: false),
        ["fluentnavgroup"] = new("href", "title", ContentIsText: false, AttributesOnLink: false), // (its content: the links under it)
        ["fluentnavmenugroup"] = new("href", "text", ContentIsText: false, AttributesOnLink: false),
        ["fluentappbaritem"] = new("href", "text", AttributesOnLink: false), // its content replaces its icons and Text

        // Radzen: a link's content, or its Text
        ["radzenlink"] = new("path", "text"),
        ["radzenmenuitem"] = new("path", "text", ContentIsText: false, AttributesOnLink: false),
        ["radzenpanelmenuitem"] = new("path", "text", ContentIsText: false, AttributesOnLink: false),
        ["radzenprofilemenuitem"] = new("path", "text", ContentIsText: false, AttributesOnLink: false),
        ["radzenbreadcrumbitem"] = new("path", "text", ContentIsText: false, AttributesOnLink: false, BlankIsNoLink: true),
    };
}
