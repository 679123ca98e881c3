using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Workspace.Files;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace LinkHygiene.Build;

/// <summary>
/// Runs before the compiler in C# projects and decides what the analyzer is given:
/// <list type="bullet">
/// <item>static pages the package added (<c>LinkHygieneStaticPage</c> metadata) that the compiler could not read as text
/// (binary, locked) are taken out, so no file can make the package fail a build that passes without it; they are
/// returned with the reason, and the targets hand that list to the analyzer, which reports each as LH901 (so the
/// project's warning settings, ErrorLog and the IDE treat them like every other finding);</item>
/// <item>static pages inside a copied third-party package under wwwroot (a folder with a LICENSE, package.json or
/// bower.json; node_modules, bower_components) are taken out;</item>
/// <item>templates matching <c>@(LinkHygieneExclude)</c> are returned (marked <c>LinkHygieneExcluded</c>) and stay
/// AdditionalFiles, since Razor compiles them; the targets list them in one file for the analyzer, which keeps them in
/// the site's index but reports nothing in them. Excluded static pages are taken out.</item>
/// </list>
/// </summary>
public sealed class PrepareAnalysis : MSBuildTask
{
    /// <summary>@(AdditionalFiles).</summary>
    public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>@(LinkHygieneExclude): files (globs expanded by MSBuild) LinkHygiene leaves alone.</summary>
    public ITaskItem[] Exclude { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>$(MSBuildProjectDirectory).</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>AdditionalFiles to remove: unreadable, copied-package or excluded static pages.</summary>
    [Output]
    public ITaskItem[] RemovedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Static pages that could not be read as text (full paths), with metadata <c>Reason</c>.</summary>
    [Output]
    public ITaskItem[] UnreadableFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>AdditionalFiles the analyzer must not report on (Razor still needs them), with LinkHygieneExcluded=true: the targets list them for the analyzer.</summary>
    [Output]
    public ITaskItem[] ExcludedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never fail the build for our own sake: say what happened and let the compiler run as it would without us.
            Log.LogWarning(null, RuleIds.UnanalyzableTemplate, null, null, 0, 0, 0, 0, $"LinkHygiene could not prepare the analysis ({e.GetType().Name}: {e.Message}); please report this");
        }

        return true;
    }

    private void Run()
    {
        var excluded = new HashSet<string>(Exclude.Select(i => Path.GetFullPath(Path.Combine(ProjectDirectory ?? string.Empty, i.ItemSpec))), PathUtilities.Comparer);
        var removed = new List<ITaskItem>();
        var marked = new List<ITaskItem>();
        var unreadable = new List<(string Path, string Reason)>();
        var folderCache = new Dictionary<string, bool>(PathUtilities.Comparer);
        foreach (var item in AdditionalFiles)
        {
            var path = Path.GetFullPath(Path.Combine(ProjectDirectory ?? string.Empty, item.ItemSpec));
            var isStaticPage = string.Equals(item.GetMetadata("LinkHygieneStaticPage"), "true", StringComparison.OrdinalIgnoreCase);
            if (excluded.Contains(path))
            {
                if (isStaticPage)
                {
                    removed.Add(item);
                }
                else if (LinkHygieneEngine.IsTemplate(path))
                {
                    item.SetMetadata("LinkHygieneExcluded", "true");
                    marked.Add(item);
                }

                continue;
            }

            if (!isStaticPage)
            {
                continue;
            }

            if (FolderRules.IsInCopiedPackage(path, folderCache))
            {
                removed.Add(item);
                continue;
            }

            var reason = WhyNotText(path);
            if (reason is not null)
            {
                removed.Add(item);
                unreadable.Add((path, reason));
            }
        }

        RemovedFiles = removed.ToArray();
        ExcludedFiles = marked.ToArray();
        UnreadableFiles = unreadable
            .Select(u => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(u.Path, new Dictionary<string, string> { ["Reason"] = u.Reason + "; it is not given to the compiler" }))
            .ToArray();
    }

    /// <summary>Why the compiler could not read a file as text (null when it can): the same decoding, the same binary test.</summary>
    private static string? WhyNotText(string path)
    {
        try
        {
            TemplateFile.Read(path);
            return null;
        }
        catch (InvalidDataException)
        {
            return EngineDescriptors.NotTextReason;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the file could not be read ({e.Message})";
        }
    }
}
