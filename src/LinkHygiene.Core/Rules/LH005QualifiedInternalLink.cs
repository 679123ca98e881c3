using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH005: nofollow, ugc or sponsored on a link to the site's own pages.</summary>
public sealed class LH005QualifiedInternalLink : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.QualifiedInternalLink,
        "rel qualifier on an internal link",
        "rel=\"{0}\" on the internal link to '{1}' withholds link equity from your own page; remove it (keep pages out of search with noindex or robots.txt instead)",
        RuleSeverity.Suggestion,
        "nofollow, ugc and sponsored tell search engines not to vouch for a link. On links to your own pages they only waste internal link equity; to keep a page out of search, use noindex or robots.txt.");

    private static readonly string[] Qualifiers = { "nofollow", "ugc", "sponsored" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            if (!link.Href.IsInternal || link.Rel.IsDynamic || IsPlaceholder(link))
            {
                continue;
            }

            foreach (var token in link.Rel.Tokens)
            {
                foreach (var part in token.Text.Split(','))
                {
                    if (System.Array.IndexOf(Qualifiers, part.Trim()) >= 0)
                    {
                        context.Report(Rule, token.Span, link, part.Trim(), link.Href.Display);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsPlaceholder(Link link) => link.Href.Kind == HrefKind.Empty || (link.Href.Kind == HrefKind.Fragment && link.Href.Value.Trim() == "#");
}
