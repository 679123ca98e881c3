using System;
using System.Collections.Generic;
using System.IO;
using LinkHygiene.Links;

namespace LinkHygiene.Rules.Data;

/// <summary>Affiliate and paid-tracking URL patterns (embedded AffiliatePatterns.txt) plus the user's own.</summary>
internal sealed class AffiliateCatalog
{
    private static readonly Lazy<AffiliateCatalog> BuiltIn = new(Load);

    private readonly List<(string Host, string PathPrefix, string Network)> _hosts = new();
    private readonly List<(string Host, string Parameter, string Network)> _hostParameters = new();
    private readonly Dictionary<string, string> _parameters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in list.</summary>
    public static AffiliateCatalog Default => BuiltIn.Value;

    /// <summary>How many built-in entries of each kind there are.</summary>
    public (int Hosts, int HostParameters, int Parameters) Counts => (_hosts.Count, _hostParameters.Count, _parameters.Count);

    /// <summary>The network a URL belongs to, with what gave it away; null when it is not an affiliate link.</summary>
    public string? Match(UrlParts url, IReadOnlyList<string> extraHosts, IReadOnlyList<string> extraParameters)
    {
        var host = url.Host;
        if (host is null)
        {
            return null;
        }

        foreach (var (domain, prefix, network) in _hosts)
        {
            if (UrlParts.IsSameOrSubdomain(host, domain) && url.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return network;
            }
        }

        foreach (var extra in extraHosts)
        {
            var domain = extra.StartsWith("*.", StringComparison.Ordinal) ? extra.Substring(2) : extra;
            if (UrlParts.IsSameOrSubdomain(host, domain))
            {
                return $"listed in link_hygiene.affiliate_hosts as '{extra}'";
            }
        }

        foreach (var name in url.QueryParametersWithValues())
        {
            foreach (var (domain, parameter, network) in _hostParameters)
            {
                if (string.Equals(name, parameter, StringComparison.OrdinalIgnoreCase) && UrlParts.IsSameOrSubdomain(host, domain))
                {
                    return $"{network}: {parameter}=";
                }
            }

            if (_parameters.TryGetValue(name, out var byParameter))
            {
                return $"{byParameter}: {name}=";
            }

            foreach (var extra in extraParameters)
            {
                if (string.Equals(name, extra, StringComparison.OrdinalIgnoreCase))
                {
                    return $"listed in link_hygiene.affiliate_query_params: {extra}=";
                }
            }
        }

        return null;
    }

    private static AffiliateCatalog Load()
    {
        var catalog = new AffiliateCatalog();
        using var stream = typeof(AffiliateCatalog).Assembly.GetManifestResourceStream("LinkHygiene.Rules.Data.AffiliatePatterns.txt")
            ?? throw new InvalidOperationException("AffiliatePatterns.txt is not embedded");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "host":
                    var slash = parts[1].IndexOf('/');
                    catalog._hosts.Add(slash < 0 ? (parts[1], string.Empty, parts[2]) : (parts[1].Substring(0, slash), parts[1].Substring(slash), parts[2]));
                    break;
                case "host+param":
                    catalog._hostParameters.Add((parts[1], parts[2], parts[3]));
                    break;
                case "param":
                    catalog._parameters[parts[1]] = parts[2];
                    break;
            }
        }

        return catalog;
    }
}
