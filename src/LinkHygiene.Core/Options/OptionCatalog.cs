using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Rules;
using LinkHygiene.Text;

namespace LinkHygiene.Options;

/// <summary>Every <c>link_hygiene.*</c> key LinkHygiene reads: the common options, each rule's options and each rule's severity key.</summary>
public static class OptionCatalog
{
    /// <summary>The prefix of every LinkHygiene key.</summary>
    public const string Prefix = "link_hygiene.";

    private static readonly Lazy<Dictionary<string, OptionDefinition>> ByKey = new(Build);

    /// <summary>Every option, by lower-case key.</summary>
    public static IReadOnlyDictionary<string, OptionDefinition> All => ByKey.Value;

    /// <summary>Finds an option by key (case-insensitive).</summary>
    public static OptionDefinition? Find(string key) =>
        key is not null && ByKey.Value.TryGetValue(key.ToLowerInvariant(), out var option) ? option : null;

    /// <summary>The known key nearest to an unknown one (for "did you mean"), or null when none is close.</summary>
    public static string? Nearest(string key)
    {
        var lower = key.ToLowerInvariant();
        var best = ByKey.Value.Values
            .Select(o => (o.Key, Distance: EditDistance.Levenshtein(o.Key.ToLowerInvariant(), lower)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, lower.Length / 5) ? best.Key : null;
    }

    /// <summary>The rule ID nearest to an unknown one, or null.</summary>
    public static string? NearestRuleId(string id)
    {
        // Letters typed for digits (LH2O, LHO1O) count as the digits.
        var upper = id.ToUpperInvariant();
        upper = upper.Length > 2 ? upper.Substring(0, 2) + upper.Substring(2).Replace('O', '0').Replace('I', '1').Replace('L', '1') : upper;
        var best = RuleCatalog.Descriptors
            .Select(d => (d.Id, Distance: EditDistance.Levenshtein(d.Id, upper)))
            .OrderBy(x => x.Distance)
            .First();
        return best.Distance <= 1 ? best.Id : null;
    }

    private static Dictionary<string, OptionDefinition> Build()
    {
        var options = new Dictionary<string, OptionDefinition>(StringComparer.Ordinal);
        foreach (var option in CommonOptions.All.Concat(RuleCatalog.Rules.SelectMany(r => r.Options)))
        {
            options[option.Key.ToLowerInvariant()] = option;
        }

        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var severity = RuleCatalog.SeverityOption(descriptor);
            options[severity.Key.ToLowerInvariant()] = severity;
        }

        return options;
    }
}
