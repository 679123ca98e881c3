using System;
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
            if (link.ZoneIsInferred && link.Href.Kind != HrefKind.External)
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
    /// External and dynamic destinations need a qualifier; provably internal links, mailto: and tel: do not, but for a
    /// paid block's link to the site's own cloaked redirect (<c>/go/semrush</c>), which leads to the sponsor as the paid
    /// link itself does (LH005 leaves such links alone for the same reason).
    /// </summary>
    private static bool NeedsQualification(Link link, LinkZone zone) =>
        link.Href.MayBeExternal || (zone == LinkZone.Sponsored && IsCloakedRedirect(link.Href));

    /// <summary>The first path segments of an affiliate site's own redirects to its sponsors: <c>/go/x</c>, <c>/out/x</c>, <c>/recommends/x</c> (ThirstyAffiliates), <c>/visit/x</c>.</summary>
    internal static readonly string[] CloakedRedirectFolders = { "go", "out", "recommends", "visit" };

    /// <summary>Whether an internal link's path is <c>/go/</c> (or another of <see cref="CloakedRedirectFolders"/>) and a name after it.</summary>
    private static bool IsCloakedRedirect(Href href)
    {
        if (href.Kind != HrefKind.Internal)
        {
            return false;
        }

        var path = UrlParts.Parse(href.Value).Path.TrimStart('~');
        var slash = path.Length > 1 && path[0] == '/' ? path.IndexOf('/', 1) : -1;
        return slash > 1 && slash < path.Length - 1
            && Array.IndexOf(CloakedRedirectFolders, path.Substring(1, slash - 1).ToLowerInvariant()) >= 0;
    }
}
