using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH001: a link in a user-generated section needs rel="ugc" or rel="nofollow".</summary>
public sealed class LH001MissingUgcRel : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingUgcRel,
        "Link in user-generated content lacks rel=\"ugc\" or rel=\"nofollow\"",
        "Link to '{0}' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\"",
        RuleSeverity.Warning,
        "Links that users write (comments, reviews, forum posts) must not pass the site's authority: mark them rel=\"ugc\" (or nofollow) so search engines do not count them as the site's endorsement.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => ZoneQualification.Check(context, Rule, LinkZone.Ugc, "ugc", "ugc", "nofollow");
}
