using System.Globalization;
using System.IO;
using System.Linq;
using LinkHygiene.Diagnostics;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which become
/// annotations on the pull request without a SARIF upload. Paths are relative to the repository root.
/// </summary>
internal static class GitHubReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var (file, reported) in report.All)
        {
            var f = reported.Finding;
            var command = f.Severity switch
            {
                RuleSeverity.Error => "error",
                RuleSeverity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "::{0} file={1},line={2},endLine={3},col={4},endColumn={5},title={6}::{7}",
                command,
                Property(report.RepositoryPath(file.Path)),
                f.Start.Line + 1,
                f.End.Line + 1,
                f.Start.Character + 1,
                f.End.Character + 1,
                Property(f.Id + ": " + f.Rule.Title),
                Data(f.Message + " (" + f.Rule.HelpLink + ")")));
        }

        var total = report.All.Count;
        output.WriteLine(total == 0
            ? $"LinkHygiene: no link problems in {TextReport.Plural(report.FilesChecked, "template")}."
            : $"LinkHygiene: {TextReport.Plural(total, "finding")} in {TextReport.Plural(report.Files.Count, "file")}; {TextReport.Plural(report.FilesChecked, "template")} checked.");
    }

    /// <summary>Escapes a workflow command's message (toolkit's escapeData).</summary>
    internal static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a workflow command's property value (toolkit's escapeProperty).</summary>
    internal static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
