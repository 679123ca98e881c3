using System;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH011: a link with no accessible name.</summary>
public sealed class LH011EmptyLinkText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.EmptyLinkText,
        "Link without text",
        "Link to '{0}' has no text or accessible name; add link text, an image alt, or aria-label",
        RuleSeverity.Warning,
        "A link with no text gives search engines no anchor text and screen readers nothing to announce but the URL.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            if (!link.Name.IsProvablyEmpty || link.HasUnknownAttributes || link.HasDynamicAttributes || IsHidden(link))
            {
                continue;
            }

            context.Report(Rule, link.StartTagSpan, link, link.Href.Display);
        }
    }

    private static bool IsHidden(Link link)
    {
        for (var element = link.Element; element is not null; element = element.ParentElement)
        {
            var hidden = element.GetAttribute("aria-hidden");
            if (hidden is not null && string.Equals(hidden.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // `hidden` is not rendered at all (a microformats `<a class="u-url" href="..." hidden></a>`); "until-found"
            // content is shown when find-in-page reaches it, so its links need a name.
            var notRendered = element.GetAttribute("hidden");
            if (notRendered is not null && !string.Equals(notRendered.Trim(), "until-found", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
