using LinkHygiene.Diagnostics;
using LinkHygiene.Fixes;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>The check LH001 and LH002 share: links in a zone must carry one of the zone's rel keywords.</summary>
internal static class ZoneQualification
{
    /// <summary>Reports links in <paramref name="zone"/> that may lead off-site and carry none of <paramref name="keywords"/>.</summary>
    public static void Check(RuleContext context, RuleDescriptor descriptor, LinkZone zone, string fixToken, params string[] keywords)
    {
        foreach (var link in context.Links)
        {
            if (link.Zone != zone || !NeedsQualification(link, zone))
            {
                continue;
            }

            // A zone the markup only suggests (a class segment, an itemprop) asks for rel only where the template writes an
            // external host; a destination computed at run time there needs a declared zone.
            if (link.ZoneIsInferred && (link.Href.Kind != HrefKind.External || (zone == LinkZone.Sponsored && IsFundingPage(link.Href))))
            {
                continue;
            }

            if (link.Rel.IsDynamic || link.Rel.HasAny(keywords))
            {
                continue; // a rel computed at run time counts as satisfied
            }

            context.Report(descriptor, link.Href.Attribute?.Span ?? link.StartTagSpan, link, RelFixes.AddToken(context.Document, link, fixToken), link.Href.Display);
        }
    }

    /// <summary>
    /// Whether a URL is a funding platform's page for the site to be sponsored through (GitHub Sponsors, Open Collective,
    /// Patreon, Ko-fi, Buy Me a Coffee, Liberapay, PayPal's donations): in a sponsors' list the markup only suggests, the
    /// way to become a sponsor, not a sponsor's paid link. Open Collective's redirect to a sponsor's own site
    /// (<c>/sponsor/0/website</c>) is a sponsor's link.
    /// </summary>
    private static bool IsFundingPage(Href href)
    {
        var url = UrlParts.Parse(href.Value);
        if (url.Host is not { } host)
        {
            return false;
        }

        var path = url.Path;
        return (UrlParts.IsSameOrSubdomain(host, "github.com") && path.StartsWith("/sponsors/", System.StringComparison.OrdinalIgnoreCase))
            || (UrlParts.IsSameOrSubdomain(host, "opencollective.com") && !path.TrimEnd('/').EndsWith("/website", System.StringComparison.OrdinalIgnoreCase))
            || (UrlParts.IsSameOrSubdomain(host, "paypal.com") && path.StartsWith("/donate", System.StringComparison.OrdinalIgnoreCase))
            || UrlParts.IsSameOrSubdomain(host, "patreon.com") || UrlParts.IsSameOrSubdomain(host, "ko-fi.com")
            || UrlParts.IsSameOrSubdomain(host, "buymeacoffee.com") || UrlParts.IsSameOrSubdomain(host, "liberapay.com")
            || UrlParts.IsSameOrSubdomain(host, "paypal.me");
    }

    /// <summary>
    /// External and dynamic destinations need a qualifier; provably internal links, mailto: and tel: do not, but for a
    /// paid block's link to the site's own cloaked redirect (<c>/go/semrush</c>, <c>asp-page="/Go"</c>), which leads to the
    /// sponsor as the paid link itself does (LH005 keeps a qualifier on such links for the same reason, and reads them alike).
    /// </summary>
    private static bool NeedsQualification(Link link, LinkZone zone) =>
        link.Href.MayBeExternal || (zone == LinkZone.Sponsored && link.Href.Kind == HrefKind.Internal && LH005QualifiedInternalLink.NamesCloakedRedirect(link));
}
