using System;
using System.Collections.Generic;
using System.Linq;

namespace LinkHygiene.Links;

/// <summary>
/// The link components of the Blazor component libraries that render an <c>&lt;a href&gt;</c> from their parameters:
/// which parameter holds the destination and which the text. In a <c>.razor</c> file <c>&lt;MudLink Href="/about"&gt;</c>
/// is a link as <c>&lt;a href="/about"&gt;</c> is; without its destination parameter most of them render a button or a
/// plain element, and are no link.
/// </summary>
/// <remarks>
/// What each one renders was read from the library's own source (MudBlazor 8, Microsoft.FluentUI.AspNetCore.Components
/// 4, the Radzen.Blazor of the corpus: Radzen 5 rendered its icons' ligatures as text, not hidden; Blazorise 1.6 and
/// later, which add <c>rel="noopener noreferrer"</c> to <c>Target.Blank</c> links; Ant Design Blazor 1.x; Havit.Blazor 4).
/// Older MudBlazor (5 and before) names the destination <c>Link</c>, which is not read; nor is Blazorise's
/// <c>&lt;Link&gt;</c>, which an HTML parser reads as the void <c>&lt;link&gt;</c> (Blazorise's docs write
/// <c>&lt;Blazorise.Link&gt;</c> or <c>&lt;Anchor&gt;</c> for it, which are read). Their parameters that render no text
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
    /// <param name="BlankRel">
    /// The <c>rel</c> it renders for <c>Target="_blank"</c> (written so) when it is given none, or null: MudBlazor's
    /// buttons <c>noopener</c> (<c>Rel ?? (Target == "_blank" ? "noopener" : null)</c>), Blazorise's links
    /// <c>noopener noreferrer</c> for <c>Target.Blank</c>.
    /// </param>
    /// <param name="BlankIsNoLink">
    /// Whether an empty or white-space destination makes it no link (MudBlazor's buttons render a <c>&lt;button&gt;</c>
    /// then, Radzen's breadcrumb item a label), where a nav link's <c>Href=""</c> is the app's base.
    /// </param>
    /// <param name="DisabledIsNoLink">Whether <c>Disabled="true"</c> renders it without its <c>href</c> (MudBlazor's buttons and <c>MudLink</c>).</param>
    /// <param name="TargetIsValue">
    /// Whether its <c>Target</c> is a C# value, not a string: <c>Target="Target.Blank"</c> (Blazorise),
    /// read as <c>_blank</c>; <c>.Self</c>, <c>.Default</c>, <c>.Parent</c>
    /// and <c>.Top</c> open no new window; any other value is known only at run time.
    /// </param>
    /// <param name="LinkType">
    /// The value its <c>Type</c> must end with for it to render a link (Blazorise's <c>Button Type="ButtonType.Link"</c>),
    /// or null. Such a link is rendered with <c>role="button"</c>: it says it is an action.
    /// </param>
    /// <param name="NoLinkInActive">
    /// The element in which, given <c>Active</c>, it renders its content and no link (Blazorise's <c>BreadcrumbLink</c> in
    /// the current page's <c>&lt;BreadcrumbItem Active&gt;</c>), or null.
    /// </param>
    /// <param name="TextAndContent">Whether it renders its text parameter and its content both, one after the other (Havit's <c>HxNavLink</c>).</param>
    /// <param name="ButtonWith">
    /// The parameter given which it renders <c>role="button"</c> (Havit's <c>OnClick</c>, or <c>@onclick</c>, which Razor
    /// passes a component as that parameter), or null.
    /// </param>
    /// <param name="ButtonWithItems">Whether it renders <c>role="button"</c> when it holds items (Havit's sidebar item: it expands them).</param>
    internal sealed record Component(
        string Href,
        string? Text,
        bool ContentIsText = true,
        bool AttributesOnLink = true,
        string? BlankRel = null,
        bool BlankIsNoLink = false,
        bool DisabledIsNoLink = false,
        bool TargetIsValue = false,
        string? LinkType = null,
        string? NoLinkInActive = null,
        bool TextAndContent = false,
        string? ButtonWith = null,
        bool ButtonWithItems = false);

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
        "forceload", "dense", "gutters", "visible", "expanded", "selected", "match", "custommatch", "routermatch", "type",
        "key", "margin", "padding", "block", "outline", "active", "cssclass", "innercssclass", "enabled", "expandable",
    };

    /// <summary>The libraries' prefixes, with which the names of <see cref="ByName"/> but <see cref="Unprefixed"/> start.</summary>
    internal static readonly string[] Libraries = { "mud", "fluent", "radzen", "hx" };

    /// <summary>The components by DOM name, as an array to loop over without an enumerator's allocation.</summary>
    internal static readonly (string Name, Component Component)[] All;

    /// <summary>
    /// The components whose name starts with no library's prefix (Blazorise's <c>BarLink</c>, Ant Design's <c>BreadcrumbItem</c>),
    /// by the name of their destination parameter.
    /// </summary>
    internal static readonly (string Href, string[] Names)[] Unprefixed;

    static LinkComponents()
    {
        All = ByName.Select(pair => (pair.Key, pair.Value)).ToArray();
        Destinations = new HashSet<string>(ByName.Values.Select(component => component.Href), StringComparer.Ordinal);
        Unprefixed = All
            .Where(component => !IsWebComponent(component.Name) && !Libraries.Any(library => component.Name.StartsWith(library, StringComparison.Ordinal)))
            .GroupBy(component => component.Component.Href)
            .Select(group => (group.Key, group.Select(component => component.Name).ToArray()))
            .ToArray();
    }

    /// <summary>The names of the components' destination parameters (<c>href</c>, <c>path</c>, <c>to</c>).</summary>
    internal static readonly HashSet<string> Destinations;

    /// <summary>Whether a component's <c>Target</c>, as written, opens a new window: <c>_blank</c>, or <see cref="Component.TargetIsValue"/>'s <c>.Blank</c>.</summary>
    internal static bool IsBlank(Component component, string target)
    {
        var value = target.Trim();
        return component.TargetIsValue ? value.EndsWith(".Blank", StringComparison.Ordinal) : value == "_blank";
    }

    /// <summary>The components by DOM name (the tag in lower case).</summary>
    internal static readonly IReadOnlyDictionary<string, Component> ByName = new Dictionary<string, Component>(StringComparer.Ordinal)
    {
        // MudBlazor
        ["mudlink"] = new("href", null, DisabledIsNoLink: true),
        ["mudnavlink"] = new("href", null, AttributesOnLink: false),
        ["mudbutton"] = new("href", null, BlankRel: "noopener", BlankIsNoLink: true, DisabledIsNoLink: true),
        ["mudiconbutton"] = new("href", null, BlankRel: "noopener", BlankIsNoLink: true, DisabledIsNoLink: true),
        ["mudfab"] = new("href", "label", BlankRel: "noopener", BlankIsNoLink: true, DisabledIsNoLink: true),
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

        // Havit: NavLinks of its own, which render their Text and their content, pass the attributes they do not take to
        // the <a>, keep their href when not Enabled, and render role="button" given an OnClick; a sidebar item's content
        // is the items under it, which it expands as a button
        ["hxnavlink"] = new("href", "text", TextAndContent: true, ButtonWith: "onclick"),
        ["hxdropdownitemnavlink"] = new("href", "text", TextAndContent: true, ButtonWith: "onclick"),
        ["hxmenuitemnavlink"] = new("href", "text", TextAndContent: true, ButtonWith: "onclick"), // (held-out review 101)
        ["hxlistgroupitemnavlink"] = new("href", "text", TextAndContent: true, ButtonWith: "onclick"),
        ["hxsidebaritem"] = new("href", "text", ContentIsText: false, AttributesOnLink: false, ButtonWith: "onclick", ButtonWithItems: true),

        // Ant Design: its breadcrumb item takes no attribute it has no parameter for. (Its MenuItem RouterLink is not
        // read: AngleSharp reads <menuitem> by an old HTML draft, ignoring its end tag, so one item holds the next.)
        ["breadcrumbitem"] = new("href", null, AttributesOnLink: false),
    }.WithBlazorise().WithWebComponents();

    /// <summary>
    /// Whether a link component is a web component (a custom element's name holds a '-'), which is one in any template,
    /// not only where Razor renders components.
    /// </summary>
    internal static bool IsWebComponent(string name) => name.IndexOf('-') >= 0;

    /// <summary>
    /// Whether a custom element renders the text it holds as it is: Ionic's text elements (<c>&lt;ion-label&gt;</c>,
    /// <c>&lt;ion-text&gt;</c>, <c>&lt;ion-note&gt;</c>, which put their content in place or in their one slot), the
    /// usual text of an <c>&lt;ion-item href&gt;</c>. Any other custom element's content is not known.
    /// </summary>
    internal static bool RendersItsText(string localName) => localName is "ion-label" or "ion-text" or "ion-note";

    /// <summary>
    /// The web components that render an <c>&lt;a href&gt;</c> in their shadow root when given an <c>href</c>, with the
    /// <c>rel</c>, <c>target</c> and content they are given (held-out review 166), read from the libraries' own source:
    /// Shoelace 2.20 (its button and breadcrumb item render <c>rel="noreferrer noopener"</c> unless given another, its
    /// icon button with any target, named by its <c>label</c>; a disabled button renders no href), Web Awesome 3 (its
    /// button renders the <c>rel</c> it is given, its breadcrumb item Shoelace's), Ionic 9 (the <c>rel</c> given; a disabled
    /// breadcrumb renders no href), Material Web 2's buttons and icon buttons, and FAST's and Fluent UI's (2) anchor and
    /// breadcrumb item. Not Fluent UI's web components 3 (<c>fluent-link</c>, <c>fluent-anchor-button</c>), which render
    /// no <c>&lt;a&gt;</c> of their own but click an inert one, nor Ionic's tab buttons, which are tabs.
    /// </summary>
    private static Dictionary<string, Component> WithWebComponents(this Dictionary<string, Component> components)
    {
        const string NoOpener = "noreferrer noopener";
        components.Add("sl-button", new("href", null, BlankRel: NoOpener, DisabledIsNoLink: true));
        components.Add("sl-icon-button", new("href", "label", ContentIsText: false, BlankRel: NoOpener));
        components.Add("sl-breadcrumb-item", new("href", null, BlankRel: NoOpener));
        components.Add("wa-button", new("href", null));
        components.Add("wa-breadcrumb-item", new("href", null, BlankRel: NoOpener));
        components.Add("ion-breadcrumb", new("href", null, DisabledIsNoLink: true));
        foreach (var name in new[]
        {
            "ion-button", "ion-item", "ion-card", "ion-fab-button", "ion-item-option", "ion-router-link",
            "md-text-button", "md-filled-button", "md-outlined-button", "md-elevated-button", "md-filled-tonal-button",
            "md-icon-button", "md-filled-icon-button", "md-filled-tonal-icon-button", "md-outlined-icon-button",
            "fast-anchor", "fluent-anchor", "fast-breadcrumb-item", "fluent-breadcrumb-item",
        })
        {
            components.Add(name, new("href", null));
        }

        return components;
    }

    /// <summary>
    /// Blazorise's links, by name and qualified by their namespace (<c>&lt;Blazorise.Anchor&gt;</c>, as apps that use two
    /// libraries write them): an <c>&lt;a&gt;</c> with the attributes they are given, and <c>rel="noopener noreferrer"</c>
    /// for <c>Target.Blank</c> (Blazorise 1.6; the package's version is not read). <c>Link</c> only qualified: an HTML
    /// parser reads <c>&lt;Link&gt;</c> as the void <c>&lt;link&gt;</c>.
    /// </summary>
    private static Dictionary<string, Component> WithBlazorise(this Dictionary<string, Component> components)
    {
        const string Blank = "noopener noreferrer";
        var blazorise = new Dictionary<string, Component>(StringComparer.Ordinal)
        {
            ["anchor"] = new("to", null, BlankRel: Blank, DisabledIsNoLink: true, TargetIsValue: true),
            ["link"] = new("to", null, BlankRel: Blank, DisabledIsNoLink: true, TargetIsValue: true),
            ["barlink"] = new("to", null, BlankRel: Blank, TargetIsValue: true),
            ["bardropdownitem"] = new("to", null, BlankRel: Blank, TargetIsValue: true),
            ["breadcrumblink"] = new("to", null, BlankRel: Blank, TargetIsValue: true, NoLinkInActive: "breadcrumbitem"),
            ["cardlink"] = new("to", null, BlankRel: Blank, TargetIsValue: true),
            ["button"] = new("to", null, TargetIsValue: true, LinkType: "Link"), // Type="ButtonType.Link": an <a>, no rel of its own
        };

        foreach (var pair in blazorise)
        {
            if (pair.Key != "link")
            {
                components.Add(pair.Key, pair.Value);
            }

            components.Add("blazorise." + pair.Key, pair.Value);
        }

        return components;
    }
}
