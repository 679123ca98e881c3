using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Fixes;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH006: a rel attribute with commas, duplicates, or unknown or misspelled tokens.</summary>
public sealed class LH006MalformedRel : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MalformedRel,
        "Malformed rel attribute",
        "Malformed rel value '{0}': {1}",
        RuleSeverity.Warning,
        "rel is a space-separated set of link types. Commas, duplicates and misspelled or invented tokens (dofollow, no-follow) are ignored by browsers and search engines, so the intended qualifier silently does nothing.");

    /// <summary>HTML's link types (WHATWG HTML, "Link types") plus ugc, sponsored, me and external.</summary>
    public static IReadOnlyCollection<string> KnownTokens => Known;

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "alternate", "author", "bookmark", "canonical", "compression-dictionary", "dns-prefetch", "expect", "external",
        "help", "icon", "license", "manifest", "me", "modulepreload", "next", "nofollow", "noopener", "noreferrer",
        "opener", "pingback", "preconnect", "prefetch", "preload", "prev", "privacy-policy", "search", "stylesheet",
        "tag", "terms-of-service", "ugc", "sponsored",
    };

    // Tokens people write that mean nothing, with what to say about them.
    private static readonly Dictionary<string, string> Advice = new(StringComparer.Ordinal)
    {
        ["dofollow"] = "'dofollow' is not a link type (links are followed unless marked nofollow): remove it",
        ["do-follow"] = "'do-follow' is not a link type (links are followed unless marked nofollow): remove it",
        ["follow"] = "'follow' is not a link type (links are followed unless marked nofollow): remove it",
        ["index"] = "'index' is a robots meta directive, not a link type: remove it",
        ["noindex"] = "'noindex' is a robots meta directive, not a link type: use nofollow, or noindex on the target page",
    };

    // Tokens worth suggesting for a misspelling.
    private static readonly string[] Suggestions =
    {
        "nofollow", "noopener", "noreferrer", "sponsored", "ugc", "external", "alternate", "bookmark", "author", "license",
        "next", "prev", "help", "tag", "opener", "privacy-policy", "terms-of-service",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in link.Rel.Tokens)
            {
                if (token.IsDynamic)
                {
                    continue;
                }

                var problem = Diagnose(token.Text, seen);
                if (problem is not null)
                {
                    // Commas, duplicates and meaningless words have one right rewrite; a misspelling is only a guess.
                    var fixable = token.Text.IndexOfAny(new[] { ',', ';' }) >= 0 || seen.Contains(token.Text) || Advice.ContainsKey(token.Text) && token.Text.EndsWith("follow", StringComparison.Ordinal);
                    context.Report(Rule, token.Span, link, fixable ? RelFixes.Normalize(context.Document, link) : null, token.Text, problem);
                }

                seen.Add(token.Text);
            }
        }
    }

    /// <summary>What is wrong with one token, or null.</summary>
    internal static string? Diagnose(string token, ISet<string> seen)
    {
        if (token.IndexOf(',') >= 0 || token.IndexOf(';') >= 0)
        {
            var parts = token.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries);
            return $"link types are separated by spaces, not commas, so this is one unknown token: write rel=\"{string.Join(" ", parts)}\"";
        }

        if (seen.Contains(token))
        {
            return $"'{token}' appears more than once";
        }

        if (Known.Contains(token))
        {
            return null;
        }

        if (Advice.TryGetValue(token, out var advice))
        {
            return advice;
        }

        var suggestion = Suggest(token);
        return suggestion is null
            ? $"'{token}' is not a link type"
            : $"'{token}' is not a link type; did you mean '{suggestion}'?";
    }

    private static string? Suggest(string token)
    {
        var squeezed = token.Replace("-", string.Empty).Replace("_", string.Empty);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in Suggestions)
        {
            if (squeezed == candidate.Replace("-", string.Empty))
            {
                return candidate;
            }

            var distance = Distance(token, candidate);
            var allowed = candidate.Length <= 4 ? 1 : 2;
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        return EditDistance.Levenshtein(a, b);
    }
}
