using System;
using System.IO;
using System.Linq;
using LinkHygiene.Cli.Output;
using LinkHygiene.Diagnostics;
using LinkHygiene.Rules;
using LinkHygiene.Text;

namespace LinkHygiene.Cli;

/// <summary><c>linkhygiene rules</c> and <c>linkhygiene explain LHxxx</c>: help that works offline.</summary>
internal static class InfoCommands
{
    /// <summary>Which rules have a fix (the engine's <c>TemplateFixer</c> applies them).</summary>
    private static readonly string[] Fixable =
    {
        RuleIds.MissingUgcRel, RuleIds.MissingSponsoredRel, RuleIds.AffiliateLink, RuleIds.MalformedRel, RuleIds.BlankTargetWithoutNoopener,
    };

    public static int Rules(TextWriter output, Style style)
    {
        var rules = RuleCatalog.Descriptors;
        var width = rules.Max(r => r.Title.Length);
        output.WriteLine(style.Bold($"{"ID",-6} {"Default",-10} {"Fix",-3}  {"Title".PadRight(width)}"));
        foreach (var rule in rules)
        {
            var fix = Fixable.Contains(rule.Id) ? "yes" : string.Empty;
            output.WriteLine($"{rule.Id,-6} {style.Severity(rule.DefaultSeverity, SeverityWords.Word(rule.DefaultSeverity).PadRight(10))} {fix,-3}  {rule.Title}");
        }

        output.WriteLine();
        output.WriteLine("linkhygiene explain LHxxx prints a rule's page. Severity per folder: link_hygiene.LHxxx.severity in .editorconfig.");
        return ExitCodes.Clean;
    }

    public static int Explain(string id, TextWriter output, TextWriter error)
    {
        var rule = RuleCatalog.Find(id.Trim());
        var page = rule is null ? null : RuleDocs.Get(rule.Id);
        if (rule is null || page is null)
        {
            var nearest = RuleCatalog.Descriptors
                .Select(r => (r.Id, Distance: EditDistance.Levenshtein(r.Id, id.Trim().ToUpperInvariant())))
                .OrderBy(x => x.Distance)
                .First();
            error.WriteLine($"linkhygiene: error: there is no rule '{id}'" + (nearest.Distance <= 2 ? $" (did you mean {nearest.Id}?)" : string.Empty) + "; `linkhygiene rules` lists them");
            return ExitCodes.UsageError;
        }

        output.WriteLine(page.TrimEnd());
        output.WriteLine();
        output.WriteLine($"Online: {rule.HelpLink}");
        return ExitCodes.Clean;
    }
}
