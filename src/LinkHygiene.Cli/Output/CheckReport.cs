using System;
using System.Collections.Generic;
using System.IO;
using LinkHygiene.Diagnostics;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// Everything a report format needs about one run. Its lists are of classes, not tuples, and are built with loops:
/// LINQ over a value tuple is a generic instantiation that no ReadyToRun image holds, so each query would be compiled
/// at start-up by the JIT in every run (`build/profiling/JitTime` counts them), for a report usually of a few lines.
/// </summary>
internal sealed class CheckReport
{
    public CheckReport(IReadOnlyList<CheckedFile> files, int filesChecked, int configurationFiles, string currentDirectory, string repositoryRoot, TimeSpan elapsed)
    {
        Files = files;
        var all = new List<ReportRow>();
        foreach (var file in files)
        {
            foreach (var reported in file.Findings)
            {
                all.Add(new ReportRow(file, reported));
            }
        }

        All = all;
        FilesChecked = filesChecked;
        ConfigurationFiles = configurationFiles;
        CurrentDirectory = currentDirectory;
        RepositoryRoot = repositoryRoot;
        Elapsed = elapsed;
    }

    /// <summary>Files with at least one reported finding, sorted by path.</summary>
    public IReadOnlyList<CheckedFile> Files { get; }

    /// <summary>How many templates were checked.</summary>
    public int FilesChecked { get; }

    /// <summary>How many configuration files (.editorconfig, .globalconfig) applied and were checked.</summary>
    public int ConfigurationFiles { get; }

    /// <summary>Paths in text and JSON output are relative to this folder.</summary>
    public string CurrentDirectory { get; }

    /// <summary>The repository root (nearest folder above the current one holding .git, else the current folder): SARIF and GitHub paths are relative to it.</summary>
    public string RepositoryRoot { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Folders and paths that could not be read (their templates were not checked), as the command line says them.</summary>
    public IReadOnlyList<LinkHygiene.Workspace.Files.UnreadablePath> Unreadable { get; init; } = System.Array.Empty<LinkHygiene.Workspace.Files.UnreadablePath>();

    /// <summary>What was decided about internal links (LH030, LH031).</summary>
    public LinkHygiene.Site.InternalLinkStats InternalLinks { get; init; } = new();

    /// <summary>Every reported finding, file by file.</summary>
    public IReadOnlyList<ReportRow> All { get; }

    /// <summary>A path as the user sees it: relative to the current folder, with '/'.</summary>
    public string DisplayPath(string path) => TemplateFinder.RelativePath(CurrentDirectory, path);

    /// <summary>A path relative to the repository root, with '/'.</summary>
    public string RepositoryPath(string path) => TemplateFinder.RelativePath(RepositoryRoot, path);

    /// <summary>Counts by severity.</summary>
    public int Count(RuleSeverity severity)
    {
        var count = 0;
        foreach (var row in All)
        {
            count += row.Finding.Finding.Severity == severity ? 1 : 0;
        }

        return count;
    }

    /// <summary>Findings per rule, in ID order, each with the rule's highest severity among them.</summary>
    public IReadOnlyList<RuleTotal> ByRule()
    {
        var totals = new Dictionary<string, RuleTotal>(StringComparer.Ordinal);
        foreach (var row in All)
        {
            var finding = row.Finding.Finding;
            totals[finding.Id] = totals.TryGetValue(finding.Id, out var total)
                ? total with { Count = total.Count + 1, Severity = finding.Severity > total.Severity ? finding.Severity : total.Severity }
                : new RuleTotal(finding.Rule, 1, finding.Severity);
        }

        var ids = new List<string>(totals.Keys);
        ids.Sort(StringComparer.Ordinal);
        var byRule = new List<RuleTotal>(ids.Count);
        foreach (var id in ids)
        {
            byRule.Add(totals[id]);
        }

        return byRule;
    }

    /// <summary>The reasons internal links could not be decided, in ordinal order (their counts: <c>InternalLinks.Undecidable</c>).</summary>
    public IReadOnlyList<string> UndecidableReasons()
    {
        var reasons = new List<string>(InternalLinks.Undecidable.Keys);
        reasons.Sort(StringComparer.Ordinal);
        return reasons;
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> that holds .git, else the folder itself.</summary>
    public static string FindRepositoryRoot(string directory) => Workspace.Site.SiteLocator.RepositoryTopOf(directory) ?? directory;
}

/// <summary>One reported finding and the file it is in.</summary>
internal sealed record ReportRow(CheckedFile File, ReportedFinding Finding);

/// <summary>How many findings a rule has in the report, and the highest severity among them.</summary>
internal sealed record RuleTotal(RuleDescriptor Rule, int Count, RuleSeverity Severity);

/// <summary>Severity words as users and each format spell them.</summary>
internal static class SeverityWords
{
    public static string Word(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Suggestion => "suggestion",
        RuleSeverity.Silent => "silent",
        _ => "none",
    };

    /// <summary>SARIF levels: error, warning, note, none.</summary>
    public static string SarifLevel(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Suggestion => "note",
        _ => "none",
    };
}
