using System;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH022: a placeholder href (#, empty, javascript:).</summary>
public sealed class LH022PlaceholderHref : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PlaceholderHref,
        "Placeholder href",
        "href=\"{0}\" is a placeholder, not a destination; use a <button> for actions, or give the link a real URL",
        RuleSeverity.Warning,
        "A link whose href is '#', empty or javascript: goes nowhere: crawlers cannot follow it, and keyboard and screen-reader users expect a link to navigate. Actions belong on a <button>.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            var href = link.Href.Attribute;
            if (href is null || href.Name != "href" || link.Href.IsDynamic || link.ElementKind == LinkElementKind.NavLink)
            {
                continue;
            }

            // role="button" (or a tab, a menu item ...) says the author knows it is an action; a role computed at run
            // time may say so too (btcpayserver's <a href="#" role="tab"> switches a login method).
            var role = link.GetAttribute("role");
            if (role is not null && (role.IsDynamic || string.Equals(role.Value.Trim(), "button", StringComparison.OrdinalIgnoreCase) || LH010GenericAnchorText.IsControl(link)))
            {
                continue;
            }

            var placeholder = link.Href.Kind == HrefKind.Script
                || link.Href.IsBareHash
                // href="" is the base address where the page sets one (<base href>), and in a component (the app's
                // base, from the host page): a real destination.
                || (link.Href.Kind == HrefKind.Empty && context.Document.Kind != TemplateKind.RazorComponent && !context.Document.HasBaseHref);
            if (placeholder)
            {
                context.Report(Rule, href.Span, link, Href.Shorten(href.SourceValue));
            }
        }
    }
}
