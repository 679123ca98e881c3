using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Docs;

/// <summary>
/// A code example in a rule's documentation page (a template, or an <c>ini</c> configuration file for LH900). Examples are fenced with an info string:
/// <c>```cshtml noncompliant file=Pages/Index.cshtml options="link_hygiene.zone=ugc"</c>.
/// </summary>
public sealed record DocExample(string RuleId, string Language, bool Compliant, string File, string[] Options, string Code, int Line)
{
    private static readonly Regex Fence = new(
        @"^```(?<lang>cshtml|razor|html|ini)\s+(?<kind>noncompliant|compliant)(?:\s+file=(?<file>\S+))?(?:\s+options=""(?<options>[^""]*)"")?\s*$\n(?<code>.*?)^```\s*$",
        RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Whether the example is a configuration file (.editorconfig, .globalconfig) rather than a template.</summary>
    public bool IsConfiguration => Language == "ini";

    public override string ToString() => $"{RuleId}.md:{Line} {(Compliant ? "compliant" : "noncompliant")} {File}";

    public static IEnumerable<DocExample> Read(string ruleId)
    {
        var path = RepositoryFiles.PathOf("docs", "rules", ruleId + ".md");
        var text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n");
        foreach (Match match in Fence.Matches(text))
        {
            var language = match.Groups["lang"].Value;
            var file = match.Groups["file"].Success ? match.Groups["file"].Value : "example." + language;
            var options = match.Groups["options"].Success
                ? match.Groups["options"].Value.Split(';', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries)
                : System.Array.Empty<string>();
            var line = text.Substring(0, match.Index).Split('\n').Length;
            yield return new DocExample(ruleId, language, match.Groups["kind"].Value == "compliant", file, options, match.Groups["code"].Value, line);
        }
    }

    public static IEnumerable<string> DocumentedRuleIds() =>
        System.Linq.Enumerable.Select(Directory.GetFiles(RepositoryFiles.PathOf("docs", "rules"), "LH*.md"), Path.GetFileNameWithoutExtension)!;
}
