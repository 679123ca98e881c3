using LinkHygiene.Diagnostics;

namespace LinkHygiene.Rules;

/// <summary>
/// LH030: an internal link whose destination does not exist. It needs the whole project (every page, action, route and
/// file), so it is not a per-template rule: every front end builds the project's <see cref="Site.SiteIndex"/> and
/// runs <see cref="Site.InternalLinkChecker"/> (through <see cref="Engine.LinkHygieneEngine.CheckInternalLinks"/>).
/// </summary>
public static class LH030BrokenInternalLink
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BrokenInternalLink,
        "Internal link to nothing",
        "Link to '{0}' {1} ({2})",
        RuleSeverity.Warning,
        "A link to a page, action, route or file of this site that does not exist: a mistyped asp-page or asp-action renders an empty or wrong URL with no error anywhere, and a renamed page breaks every link to it. Links that cannot be resolved from the sources (computed, named routes, routes from referenced libraries) are never reported.");
}
