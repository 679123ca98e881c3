using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli.Output;

/// <summary>Everything a report format needs about one run.</summary>
internal sealed class CheckReport
{
    public CheckReport(IReadOnlyList<CheckedFile> files, int filesChecked, int configurationFiles, string currentDirectory, string repositoryRoot, TimeSpan elapsed)
    {
        Files = files;
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

    /// <summary>What was decided about internal links (LH030, LH031).</summary>
    public LinkHygiene.Site.InternalLinkStats InternalLinks { get; init; } = new();

    /// <summary>Every reported finding, file by file.</summary>
    public IEnumerable<(CheckedFile File, ReportedFinding Finding)> All =>
        Files.SelectMany(f => f.Findings.Select(r => (f, r)));

    /// <summary>A path as the user sees it: relative to the current folder, with '/'.</summary>
    public string DisplayPath(string path) => TemplateFinder.RelativePath(CurrentDirectory, path);

    /// <summary>A path relative to the repository root, with '/'.</summary>
    public string RepositoryPath(string path) => TemplateFinder.RelativePath(RepositoryRoot, path);

    /// <summary>Counts by severity.</summary>
    public int Count(RuleSeverity severity) => All.Count(x => x.Finding.Finding.Severity == severity);

    /// <summary>Findings per rule, in ID order.</summary>
    public IReadOnlyList<(RuleDescriptor Rule, int Count, RuleSeverity Severity)> ByRule() =>
        All.GroupBy(x => x.Finding.Finding.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.First().Finding.Finding.Rule, g.Count(), g.Max(x => x.Finding.Finding.Severity)))
            .ToList();

    /// <summary>The nearest folder at or above <paramref name="directory"/> that holds .git, else the folder itself.</summary>
    public static string FindRepositoryRoot(string directory)
    {
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var git = Path.Combine(current, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current;
            }
        }

        return directory;
    }
}

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
