using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH012: a bare URL as anchor text.</summary>
public sealed class LH012UrlAsAnchorText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UrlAsAnchorText,
        "URL as anchor text",
        "Anchor text '{0}' is a bare URL; say in words what the page is",
        RuleSeverity.Suggestion,
        "A URL as link text tells readers and search engines little about the target and is read out character by character by screen readers.");

    private static readonly Regex BareUrl = new(@"^(?:https?://|www\.)\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            if (link.Name.Source != NameSource.Content || link.Name.IsDynamic)
            {
                continue;
            }

            if (BareUrl.IsMatch(AnchorText.Normalize(link.Name.Text)))
            {
                context.Report(Rule, link.Name.Span, link, Href.Shorten(link.Name.Text));
            }
        }
    }
}
