using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH002: a link in a sponsored section needs rel="sponsored" or rel="nofollow".</summary>
public sealed class LH002MissingSponsoredRel : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingSponsoredRel,
        "Link in sponsored content lacks rel=\"sponsored\" or rel=\"nofollow\"",
        "Link to '{0}' in a sponsored section needs rel=\"sponsored\" or rel=\"nofollow\"",
        RuleSeverity.Warning,
        "Paid links (ads, sponsorships, affiliate blocks) must be qualified with rel=\"sponsored\" (or nofollow); Google treats unqualified paid links as link schemes.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    /// <remarks>A link whose text asks for sponsors is the way to become one in a suggested section (build/fuzz.sh seed 5355: an edit of such a text had kept its old finding).</remarks>
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => ZoneQualification.Check(context, Rule, LinkZone.Sponsored, "sponsored", "sponsored", "nofollow");
}
