using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace.Site;

/// <summary>
/// Which site a template belongs to: the nearest folder above it with a project file, else the static site its scan
/// root makes. Each folder is listed at most once per locator (a language server analysing on every keystroke, or a
/// walk over thousands of templates, would otherwise list every ancestor folder for every file); make a new locator
/// when files may have appeared or gone.
/// </summary>
public sealed class SiteLocator
{
    // Folder -> the nearest folder at or above it with a project file ("" for none).
    private readonly ConcurrentDictionary<string, string> _projects = new(PathUtilities.Comparer);

    /// <summary>The site of a template.</summary>
    /// <param name="path">The template's path.</param>
    /// <param name="roots">The folders being scanned: a template outside any project belongs to the static site its root makes.</param>
    public (string? Folder, bool IsProject) SiteOf(string path, IReadOnlyList<string> roots) => SiteOf(path, SiteChecks.RootSet(roots));

    internal (string? Folder, bool IsProject) SiteOf(string path, ISet<string> roots)
    {
        var project = ProjectOf(path);
        return project is not null ? (project, true) : SiteChecks.StaticSiteOf(path, roots);
    }

    /// <summary>The folder of the nearest project file above a file, or null.</summary>
    /// <param name="file">The file's path.</param>
    public string? ProjectOf(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return string.IsNullOrEmpty(folder) ? null : NullIfEmpty(ProjectAtOrAbove(folder!));
    }

    private string ProjectAtOrAbove(string folder)
    {
        if (_projects.TryGetValue(folder, out var known))
        {
            return known;
        }

        var found = HoldsProjectFile(folder) switch
        {
            true => folder,
            null => string.Empty, // unreadable: stop here, as a build would not find a project through it either
            false => Path.GetDirectoryName(folder) is { Length: > 0 } parent ? ProjectAtOrAbove(parent) : string.Empty,
        };
        return _projects.GetOrAdd(folder, found);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>
    /// The folder a template named on its own (a file, not a folder, on the command line) is checked in when it belongs
    /// to no project: its Git repository's top, else the nearest folder at or above it where a site starts (a
    /// <c>CNAME</c>, a <c>.nojekyll</c>), else its own folder; its own folder too when a folder the scan skips
    /// (<c>node_modules/</c>, <c>bin/</c> ...) is between, whose files that site does not list. A pre-commit hook that
    /// names the changed pages then gets the internal-link findings that scanning the repository gives them, not only
    /// those of links that stay in the page's folder.
    /// </summary>
    /// <param name="folder">The template's folder.</param>
    public static string StaticSiteTopOf(string folder)
    {
        var top = RepositoryTopOf(folder)
            ?? NearestAtOrAbove(folder, f => File.Exists(Path.Combine(f, "CNAME")) || File.Exists(Path.Combine(f, ".nojekyll")))
            ?? folder;
        for (var between = folder; between.Length > top.Length; between = Path.GetDirectoryName(between) ?? top)
        {
            if (FolderRules.IsSkipped(between))
            {
                return folder;
            }
        }

        return top;
    }

    /// <summary>
    /// The folders the paths named on a command line (full paths) are scanned as sites from: a folder named is a site
    /// itself, with what is under it; a file named on its own, the site around it (<see cref="StaticSiteTopOf"/>), unless
    /// that would hold a folder named (then its own folder: a folder named stays the site it is).
    /// </summary>
    public static IReadOnlyList<string> ScanRoots(IEnumerable<string> paths)
    {
        var all = paths.ToList();
        var folders = all.Where(Directory.Exists).Distinct(PathUtilities.Comparer).ToList();
        var roots = new List<string>(folders);
        foreach (var own in all.Where(p => !Directory.Exists(p)).Select(p => Path.GetDirectoryName(p) ?? p).Distinct(PathUtilities.Comparer))
        {
            if (folders.Exists(f => IsAtOrUnder(own, f)))
            {
                continue; // its site is the folder named
            }

            var top = StaticSiteTopOf(own);
            roots.Add(folders.Exists(f => IsAtOrUnder(f, top)) ? own : top);
        }

        return roots;
    }

    private static bool IsAtOrUnder(string path, string folder) =>
        PathUtilities.Comparer.Equals(path.TrimEnd(Path.DirectorySeparatorChar), folder.TrimEnd(Path.DirectorySeparatorChar))
        || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, PathUtilities.Comparison);

    /// <summary>The nearest folder at or above <paramref name="folder"/> that is a Git repository's top (holds <c>.git</c>, a folder or a worktree's file), or null.</summary>
    public static string? RepositoryTopOf(string folder) => NearestAtOrAbove(folder, IsRepositoryTop);

    private static bool IsRepositoryTop(string folder)
    {
        var git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    private static string? NearestAtOrAbove(string folder, Func<string, bool> marks)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            try
            {
                if (marks(current))
                {
                    return current;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a folder holds a .csproj, .fsproj or .vbproj (one listing of the folder); null when it cannot be read.</summary>
    private static bool? HoldsProjectFile(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*proj"))
            {
                var extension = Path.GetExtension(file);
                if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
                    || extension.Equals(".fsproj", StringComparison.OrdinalIgnoreCase)
                    || extension.Equals(".vbproj", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
