using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Fixes;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Rules.Data;

namespace LinkHygiene.Rules;

/// <summary>LH003: a known affiliate or paid-tracking URL without rel="sponsored" or rel="nofollow".</summary>
public sealed class LH003AffiliateLink : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AffiliateLink,
        "Affiliate link lacks rel=\"sponsored\" or rel=\"nofollow\"",
        "Affiliate link to '{0}' ({1}) needs rel=\"sponsored\" or rel=\"nofollow\"",
        RuleSeverity.Warning,
        "Affiliate links are paid links: the site earns a commission when readers follow them. Google asks for rel=\"sponsored\" (or nofollow) on them, anywhere on the page.");

    /// <summary><c>link_hygiene.affiliate_hosts</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> AffiliateHosts = new(
        "link_hygiene.affiliate_hosts",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of host names, e.g. example.com, *.example.com",
        "More affiliate or paid-tracking hosts (each matches its subdomains too), in addition to the built-in list.",
        OptionParsers.HostList);

    /// <summary><c>link_hygiene.affiliate_query_params</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> AffiliateQueryParams = new(
        "link_hygiene.affiliate_query_params",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of query parameter names",
        "More query parameters that mark an affiliate link on any host, in addition to the built-in list.",
        OptionParsers.List);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { AffiliateHosts, AffiliateQueryParams };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var hosts = context.Options.Get(AffiliateHosts);
        var parameters = context.Options.Get(AffiliateQueryParams);
        foreach (var link in context.Links)
        {
            // In a sponsored zone LH002 already asks for the same qualifier.
            if (link.Href.Kind != HrefKind.External || link.Zone == LinkZone.Sponsored || link.Rel.IsDynamic || link.Rel.HasAny("sponsored", "nofollow"))
            {
                continue;
            }

            var network = AffiliateCatalog.Default.Match(UrlParts.Parse(link.Href.Value), hosts, parameters);
            if (network is not null)
            {
                context.Report(Rule, link.Href.Attribute?.Span ?? link.StartTagSpan, link, RelFixes.AddToken(context.Document, link, "sponsored"), link.Href.Display, network);
            }
        }
    }
}
