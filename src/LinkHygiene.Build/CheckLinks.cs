using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using Microsoft.Build.Framework;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace LinkHygiene.Build;

/// <summary>
/// Checks templates with the LinkHygiene engine and logs each finding as
/// <c>file(line,col,endLine,endCol): warning LHxxx: message</c>, honouring NoWarn, WarningsAsErrors,
/// WarningsNotAsErrors, TreatWarningsAsErrors and MSBuild's -warnaserror itself.
/// </summary>
public sealed class CheckLinks : MSBuildTask
{
    /// <summary>The templates to check (@(LinkHygieneFile)).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Files the Roslyn analyzer already checks in this project: skipped, so nothing is reported twice.</summary>
    public ITaskItem[] AnalyzedByCompiler { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Configuration files MSBuild knows about (@(EditorConfigFiles)); others are discovered next to the templates.</summary>
    public ITaskItem[] EditorConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project directory (for .globalconfig discovery).</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>$(TreatWarningsAsErrors).</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>$(WarningsAsErrors): IDs separated by ';' or ','.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>$(WarningsNotAsErrors).</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>$(NoWarn).</summary>
    public string? NoWarn { get; set; }

    /// <summary>
    /// Also check the configuration files' LinkHygiene lines (LH900 at the line). True where no analyzer runs (static
    /// sites); in C# projects the analyzer receives the configuration files and checks them itself.
    /// </summary>
    public bool ValidateConfiguration { get; set; }

    /// <summary>$(LinkHygieneHelpLinkBase): where help links point (default: the repository's docs/rules).</summary>
    public string? HelpLinkBase { get; set; }

    /// <summary>
    /// Whether the project is a static site: its folder is what is served (internal links resolve against the files in
    /// it). Otherwise the nearest project file decides, as on the command line (pages, routes, wwwroot).
    /// </summary>
    public bool StaticSite { get; set; }

    /// <summary>Written only when nothing at all was reported, so the next build may skip the check.</summary>
    public string? StampFile { get; set; }

    /// <summary>How many findings were logged (warnings, errors and messages).</summary>
    [Output]
    public int FindingCount { get; set; }

    /// <summary>The configuration files that applied (for the target's incremental inputs).</summary>
    [Output]
    public ITaskItem[] ConfigurationFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The boundary: say what happened with a code instead of an MSBuild stack trace, and never fail the build for it.
            Log.LogWarning(null, RuleIds.UnanalyzableTemplate, null, null, 0, 0, 0, 0, $"LinkHygiene failed ({e.GetType().Name}: {e.Message}); please report this");
        }

        return !Log.HasLoggedErrors;
    }

    private void Run()
    {
        var skip = new HashSet<string>(AnalyzedByCompiler.Select(i => Path.GetFullPath(i.ItemSpec)), PathComparer);
        var templates = Files
            .Select(i => Path.GetFullPath(i.ItemSpec))
            .Where(LinkHygieneEngine.IsTemplate)
            .Where(p => !skip.Contains(p))
            .Distinct(PathComparer)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        var configuration = TemplateConfiguration.Load(templates, new[] { ProjectDirectory ?? string.Empty }, EditorConfigFiles.Select(i => i.ItemSpec));
        ConfigurationFiles = configuration.Files.Select(f => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(f)).ToArray();
        var policy = new SeverityPolicy(TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn, BuildEngine as IBuildEngine8);
        var logger = new FindingLogger(Log, policy, HelpLinkBase);
        var reported = 0;
        var checkedFiles = templates.Select(template => TemplateChecker.Check(template, configuration)).ToList();

        // Internal links (LH030, LH031 across documents): the project's index, as the command line builds it.
        var roots = string.IsNullOrEmpty(ProjectDirectory) ? templates.Select(t => Path.GetDirectoryName(t)!).Distinct(PathComparer).ToArray() : new[] { ProjectDirectory! };
        var site = LinkHygiene.Workspace.Site.SiteChecks.Run(checkedFiles, configuration, roots, staticSite: StaticSite);
        foreach (var file in checkedFiles)
        {
            var all = site.Findings.TryGetValue(file.Path, out var extra)
                ? file with { Findings = file.Findings.Concat(extra).OrderBy(f => f.Finding.Span.Start).ThenBy(f => f.Finding.Id, StringComparer.Ordinal).ToList() }
                : file;
            reported += Report(logger, all);
        }

        if (ValidateConfiguration)
        {
            foreach (var file in configuration.Files)
            {
                reported += Report(logger, TemplateChecker.CheckConfiguration(file, configuration));
            }
        }

        FindingCount = reported;
        Log.LogMessage(MessageImportance.Low, $"LinkHygiene: {templates.Count} template(s) checked, {reported} finding(s).");
        if (reported == 0 && !string.IsNullOrEmpty(StampFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile!))!);
            File.WriteAllText(StampFile!, $"{templates.Count} template(s), no findings{Environment.NewLine}");
        }
    }

    private static int Report(FindingLogger logger, CheckedFile file)
    {
        var count = 0;
        foreach (var reported in file.Findings)
        {
            count += logger.Log(file.Path, reported.Finding);
        }

        return count;
    }

    private static StringComparer PathComparer =>
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
