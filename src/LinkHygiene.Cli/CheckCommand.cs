using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LinkHygiene.Cli.Output;
using LinkHygiene.Diagnostics;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli;

/// <summary>Report formats.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}

/// <summary>What a check run was asked to do.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    OutputFormat Format,
    string? OutputFile,
    RuleSeverity? FailOn,
    IReadOnlyList<string> Excludes,
    bool Fix,
    bool DryRun,
    IReadOnlyList<string>? FixOnly,
    bool ShowProgress,
    ColorMode Color,
    bool UseGitIgnore = true);

/// <summary>Exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above --fail-on.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>A usage or input error: a missing or unreadable path, an unreadable configuration file, an unwritable output.</summary>
    public const int UsageError = 2;
}

/// <summary>
/// <c>linkhygiene [PATH...]</c>: finds the templates, reads their configuration as the build does, checks them in
/// parallel (each file read, analysed and dropped: memory stays flat in the number of files), optionally fixes them,
/// and writes the report.
/// </summary>
internal static class CheckCommand
{
    public static int Run(CheckSettings settings, TextWriter stdout, TextWriter stderr, string currentDirectory, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var search = TemplateFinder.Find(settings.Paths, settings.Excludes, currentDirectory, settings.UseGitIgnore ? new GitIgnoredPaths() : null);
        if (search.Missing.Count > 0)
        {
            foreach (var missing in search.Missing)
            {
                stderr.WriteLine(missing.StartsWith("-", StringComparison.Ordinal)
                    ? $"linkhygiene: error: unknown option '{missing}'; run 'linkhygiene --help' for usage"
                    : $"linkhygiene: error: '{missing}' does not exist");
            }

            return ExitCodes.UsageError;
        }

        foreach (var unreadable in search.Unreadable)
        {
            stderr.WriteLine(unreadable.Named
                ? $"linkhygiene: error: '{unreadable.Path}' cannot be read: {unreadable.Reason}"
                : $"linkhygiene: error: the folder '{unreadable.Path}' cannot be read, so its templates were not checked: {unreadable.Reason}");
        }

        if (search.Unreadable.Any(u => u.Named))
        {
            return ExitCodes.UsageError;
        }

        TemplateConfiguration configuration;
        try
        {
            var roots = settings.Paths.Select(p => Path.GetFullPath(Path.Combine(currentDirectory, p)))
                .Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? currentDirectory);
            configuration = TemplateConfiguration.Load(search.Templates, roots, Array.Empty<string>());
        }
        catch (ConfigurationException e)
        {
            stderr.WriteLine($"linkhygiene: error: {e.Message}");
            return ExitCodes.UsageError;
        }

        var templates = search.Templates;
        var projects = ProjectContexts.Load(search.ResourceFiles, templates);
        var results = new CheckedFile[templates.Count];
        var changes = new FileChange?[templates.Count];
        using (var progress = Progress.Start(templates.Count, settings.ShowProgress))
        {
            Parallel.For(
                0,
                templates.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i =>
                {
                    if (settings.Fix)
                    {
                        (results[i], changes[i]) = Fixing.FixFile(templates[i], configuration, projects.For(templates[i]), settings.FixOnly, settings.DryRun, cancellationToken);
                    }
                    else
                    {
                        results[i] = TemplateChecker.Check(templates[i], configuration, projects.For(templates[i]), cancellationToken);
                    }

                    progress.Advance();
                });
        }

        // Internal links (LH030, LH031 across documents): each project's index, built once from every template's facts.
        // A folder named is the site asked for; a file named alone is checked in the site around it.
        var scanRoots = LinkHygiene.Workspace.Site.SiteLocator.ScanRoots(settings.Paths.Select(p => Path.GetFullPath(Path.Combine(currentDirectory, p))));
        var site = LinkHygiene.Workspace.Site.SiteChecks.Run(results, configuration, scanRoots, cancellationToken);
        for (var i = 0; i < results.Length; i++)
        {
            if (site.Findings.TryGetValue(results[i].Path, out var extra))
            {
                results[i] = results[i] with { Findings = results[i].Findings.Concat(extra).OrderBy(f => f.Finding.Span.Start).ThenBy(f => f.Finding.Id, StringComparer.Ordinal).ToList() };
            }
        }

        var sideChannel = settings.Format == OutputFormat.Text || settings.OutputFile is not null ? stdout : stderr;
        if (settings.Fix)
        {
            var failed = Fixing.Report(changes, settings.DryRun, sideChannel, currentDirectory);
            if (failed)
            {
                return ExitCodes.UsageError;
            }
        }

        if (search.Templates.Count == 0 && search.NotTemplates.Count > 0 && settings.Format == OutputFormat.Text)
        {
            // Named files are checked whatever folder they are in, but only templates are read: say why nothing was (a
            // hook that passes every changed file, templates or not, is not told about each file it passes).
            var named = string.Join(", ", search.NotTemplates.Take(3).Select(f => "'" + f + "'")) + (search.NotTemplates.Count > 3 ? $" and {search.NotTemplates.Count - 3} more" : string.Empty);
            stderr.WriteLine($"linkhygiene: {named} {(search.NotTemplates.Count == 1 ? "is not a template" : "are not templates")} LinkHygiene reads (.cshtml, .razor, .html, .htm)");
        }

        foreach (var skipped in search.SkippedFolders)
        {
            if (settings.Format == OutputFormat.Text)
            {
                stderr.WriteLine($"linkhygiene: skipped {skipped}/ (a copied third-party package: it has a LICENSE, package.json or bower.json)");
            }
        }

        // The configuration's own mistakes (unknown keys, invalid values), once each, where they are written.
        var configurationFindings = configuration.Files.Select(f => TemplateChecker.CheckConfiguration(f, configuration));
        var visible = results
            .Concat(configurationFindings)
            .Select(r => r.Findings.Any(f => f.Finding.Severity < RuleSeverity.Suggestion)
                ? new CheckedFile(r.Path, r.Findings.Where(f => f.Finding.Severity >= RuleSeverity.Suggestion).ToList())
                : r)
            .Where(r => r.Findings.Count > 0)
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var report = new CheckReport(visible, templates.Count, configuration.Files.Count, currentDirectory, CheckReport.FindRepositoryRoot(currentDirectory), clock.Elapsed) { InternalLinks = site.Stats, Unreadable = search.Unreadable };
        if (!Write(report, settings, stdout, stderr))
        {
            return ExitCodes.UsageError;
        }

        // (a folder that could not be read fails the run after the report, as ripgrep's walk does: a CI run must not pass
        // over templates it never read)
        var failing = settings.FailOn is { } threshold && report.All.Any(x => x.Finding.Finding.Severity >= threshold);
        return search.Unreadable.Count > 0 ? ExitCodes.UsageError : failing ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static bool Write(CheckReport report, CheckSettings settings, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (settings.OutputFile is { } file)
            {
                var full = Path.GetFullPath(Path.Combine(report.CurrentDirectory, file));
                var directory = Path.GetDirectoryName(full);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                using var stream = File.Create(full);
                WriteTo(report, settings.Format, stream, Style.Plain);
                if (settings.Format != OutputFormat.Text)
                {
                    // Still say what happened on the console.
                    var total = report.All.Count;
                    stdout.WriteLine($"{TextReport.Plural(total, "finding")} in {TextReport.Plural(report.FilesChecked, "template")}; {settings.Format.ToString().ToLowerInvariant()} report written to {file}");
                }

                return true;
            }

            if (ReferenceEquals(stdout, Console.Out))
            {
                stdout.Flush();
                var style = settings.Format == OutputFormat.Text ? Style.For(settings.Color, !Console.IsOutputRedirected) : Style.Plain;
                using var console = Console.OpenStandardOutput();
                WriteTo(report, settings.Format, console, style);
                return true;
            }

            using var buffer = new MemoryStream();
            WriteTo(report, settings.Format, buffer, Style.For(settings.Color, isTerminal: false));
            stdout.Write(new UTF8Encoding(false).GetString(buffer.ToArray()));
            stdout.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"linkhygiene: error: could not write the report: {e.Message}");
            return false;
        }
    }

    private static void WriteTo(CheckReport report, OutputFormat format, Stream stream, Style style)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonReport.Write(report, stream);
                break;
            case OutputFormat.Sarif:
                SarifReport.Write(report, stream);
                break;
            default:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
                {
                    if (format == OutputFormat.GitHub)
                    {
                        GitHubReport.Write(report, writer);
                    }
                    else
                    {
                        TextReport.Write(report, writer, style);
                    }
                }

                break;
        }
    }
}
