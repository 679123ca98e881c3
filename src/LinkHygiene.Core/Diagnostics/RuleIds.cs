using System;
using System.Collections.Generic;
using System.Reflection;

namespace LinkHygiene.Diagnostics;

/// <summary>
/// The one place rule IDs are written as literals. IDs are never reused or renumbered
/// (see docs/rules and AnalyzerReleases.*.md).
/// </summary>
public static class RuleIds
{
    /// <summary>Link in a user-generated section without rel="ugc" or rel="nofollow".</summary>
    public const string MissingUgcRel = "LH001";

    /// <summary>Link in a sponsored section without rel="sponsored" or rel="nofollow".</summary>
    public const string MissingSponsoredRel = "LH002";

    /// <summary>Affiliate or paid-tracking link without rel="sponsored" or rel="nofollow".</summary>
    public const string AffiliateLink = "LH003";

    /// <summary>Raw HTML rendered inside a user-generated section.</summary>
    public const string RawHtmlInUgc = "LH004";

    /// <summary>nofollow/ugc/sponsored on an internal link.</summary>
    public const string QualifiedInternalLink = "LH005";

    /// <summary>Malformed rel attribute.</summary>
    public const string MalformedRel = "LH006";

    /// <summary>Generic anchor text.</summary>
    public const string GenericAnchorText = "LH010";

    /// <summary>Link without an accessible name.</summary>
    public const string EmptyLinkText = "LH011";

    /// <summary>Bare URL as anchor text.</summary>
    public const string UrlAsAnchorText = "LH012";

    /// <summary>Same anchor text, different destinations.</summary>
    public const string AmbiguousAnchorText = "LH013";

    /// <summary>target="_blank" without noopener/noreferrer on an external link.</summary>
    public const string BlankTargetWithoutNoopener = "LH020";

    /// <summary>External link over plain http.</summary>
    public const string InsecureExternalLink = "LH021";

    /// <summary>Placeholder href.</summary>
    public const string PlaceholderHref = "LH022";

    /// <summary>Malformed URL.</summary>
    public const string MalformedUrl = "LH023";

    /// <summary>Internal link whose destination does not exist.</summary>
    public const string BrokenInternalLink = "LH030";

    /// <summary>Fragment with no matching id.</summary>
    public const string MissingFragment = "LH031";

    /// <summary>Invalid option value.</summary>
    public const string InvalidOption = "LH900";

    /// <summary>Template that could not be analysed.</summary>
    public const string UnanalyzableTemplate = "LH901";

    private static readonly Dictionary<string, string> Names = ReadNames();

    /// <summary>A rule's name as an identifier (e.g. <c>MissingUgcRel</c> for LH001), for formats that name rules (SARIF).</summary>
    public static string NameOf(string id) => Names.TryGetValue(id, out var name) ? name : id;

    private static Dictionary<string, string> ReadNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string id)
            {
                names[id] = field.Name;
            }
        }

        return names;
    }
}
