using System.Collections.Generic;
using LinkHygiene.Links;

namespace LinkHygiene.Options;

/// <summary>Options that are not owned by one rule (documented in docs/configuration.md).</summary>
public static class CommonOptions
{
    /// <summary>The default user-generated-content selectors (RULES.md).</summary>
    public const string DefaultUgcSelectors = ".ugc, .user-content, .comment, .comments, .comment-body, .review-body, .forum-post, .post-signature, .user-signature, .message-signature";

    /// <summary>The default sponsored-content selectors (RULES.md).</summary>
    public const string DefaultSponsoredSelectors = ".sponsored, .advertisement, .ad-slot, .affiliate, .paid-link";

    /// <summary>Turns LinkHygiene off for the matching files (for copied third-party pages, generated or legacy folders).</summary>
    public static readonly Option<bool> Enabled = new(
        "link_hygiene.enabled",
        true,
        "true",
        "true or false",
        "false: LinkHygiene reports nothing in the matching files (like generated_code = true, which is also honoured).",
        OptionParsers.Bool);

    /// <summary>Marks a whole file as a zone: for partials that render only comments, ads, ...</summary>
    public static readonly Option<LinkZone> Zone = new(
        "link_hygiene.zone",
        LinkZone.None,
        "none",
        "ugc, sponsored, none",
        "Treats every link in the matching files as user-generated (ugc) or paid (sponsored). Markup zones inside the file still win.",
        OptionParsers.OneOf(("ugc", LinkZone.Ugc), ("sponsored", LinkZone.Sponsored), ("none", LinkZone.None)));

    /// <summary>CSS selectors of user-generated sections.</summary>
    public static readonly Option<ZoneSelector?> UgcSelectors = new(
        "link_hygiene.ugc_selectors",
        ZoneSelector.Parse(DefaultUgcSelectors),
        DefaultUgcSelectors,
        "a CSS selector list, or none",
        "Elements matching these selectors (or inside one) are user-generated sections. Setting the key replaces the default list.",
        OptionParsers.SelectorList);

    /// <summary>CSS selectors of sponsored sections.</summary>
    public static readonly Option<ZoneSelector?> SponsoredSelectors = new(
        "link_hygiene.sponsored_selectors",
        ZoneSelector.Parse(DefaultSponsoredSelectors),
        DefaultSponsoredSelectors,
        "a CSS selector list, or none",
        "Elements matching these selectors (or inside one) are sponsored sections. Setting the key replaces the default list.",
        OptionParsers.SelectorList);

    /// <summary>The language of templates that do not say (no <c>lang</c> on an ancestor).</summary>
    public static readonly Option<string?> DefaultLanguage = new(
        "link_hygiene.default_language",
        null,
        "(unset: every language)",
        "a language tag such as en, de or pt-BR",
        "The language of text that has no lang attribute around it (in a view or component, when its project's page shells declare no <html lang> other than English, or none alike). Unset: phrases of every language are checked.",
        OptionParsers.Language);

    /// <summary>Hosts that are this site: absolute links to them are internal.</summary>
    public static readonly Option<IReadOnlyList<string>> SiteHosts = new(
        "link_hygiene.site_hosts",
        System.Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of host names, e.g. example.com, *.example.com",
        "Absolute links to these hosts count as internal. '*.example.com' matches every subdomain of example.com.",
        OptionParsers.HostList);

    /// <summary>The largest template analysed, in KiB.</summary>
    public static readonly Option<int> MaxFileSizeKb = new(
        "link_hygiene.max_file_size_kb",
        5120,
        "5120",
        "a whole number of KiB from 1 to 1048576",
        "Templates larger than this are not analysed; LH901 says so.",
        OptionParsers.Int(1, 1048576));

    /// <summary>Every common option, for docs and meta tests.</summary>
    public static IReadOnlyList<OptionDefinition> All { get; } = new OptionDefinition[]
    {
        Enabled, Zone, UgcSelectors, SponsoredSelectors, DefaultLanguage, SiteHosts, MaxFileSizeKb,
    };
}
