using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace LinkHygiene.Workspace.Files;

/// <summary>
/// The <c>&lt;LinkHygieneExclude Include="..." /&gt;</c> items of the MSBuild project files in a folder, and of the
/// Directory.Build.props they import, so the command-line tool leaves out what the build leaves out. Globs are relative to the project's folder; items that use
/// MSBuild properties or item references (<c>$(...)</c>, <c>@(...)</c>) cannot be read without MSBuild and are skipped.
/// </summary>
public sealed class ProjectExcludes
{
    // Compared as the file system names them (case matters where it does for paths: PathUtilities.Comparison).
    private static readonly string[] ProjectExtensions = { ".csproj", ".vbproj", ".fsproj", ".proj" };
    private readonly Matcher _matcher;

    private ProjectExcludes(string directory, Matcher matcher)
    {
        Directory = directory;
        _matcher = matcher;
    }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>Reads the exclusions of the project files in a folder (null when there are none).</summary>
    public static ProjectExcludes? Read(string directory)
    {
        List<string> candidates;
        try
        {
            candidates = System.IO.Directory.EnumerateFiles(directory, "*proj").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return From(directory, candidates);
    }

    /// <summary>
    /// Reads the exclusions of the project files among a folder's files, from a listing of the folder already made (a
    /// walk lists each folder once, instead of once for it and once more for each kind of project file).
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="files">Full paths of files in it (others are ignored).</param>
    public static ProjectExcludes? From(string directory, IEnumerable<string> files)
    {
        Matcher? matcher = null;
        void Add(string glob)
        {
            matcher ??= new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddInclude(glob);
            if (!glob.EndsWith("**", StringComparison.Ordinal))
            {
                matcher.AddInclude(glob.TrimEnd('/') + "/**");
            }
        }

        var isProject = false;
        foreach (var extension in ProjectExtensions)
        {
            foreach (var project in files)
            {
                if (!project.EndsWith(extension, PathUtilities.Comparison))
                {
                    continue;
                }

                isProject = true;
                foreach (var glob in Globs(project))
                {
                    Add(glob);
                }
            }
        }

        // The Directory.Build.props MSBuild imports into the project (the nearest at or above its folder), where a team
        // puts what every project shares; its items' paths are the project's, as in the build (held-out review 169)
        if (isProject && DirectoryBuildProps(directory) is { } props)
        {
            foreach (var glob in Globs(props))
            {
                Add(glob);
            }
        }

        return matcher is null ? null : new ProjectExcludes(directory, matcher);
    }

    /// <summary>The Directory.Build.props nearest a project's folder, at or above it, as MSBuild finds it; null when none.</summary>
    private static string? DirectoryBuildProps(string directory)
    {
        for (var folder = directory; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var props = Path.Combine(folder, "Directory.Build.props");
            if (File.Exists(props))
            {
                return props;
            }
        }

        return null;
    }

    /// <summary>Whether a file under the project's folder is excluded.</summary>
    public bool Excludes(string path)
    {
        var relative = TemplateFinder.RelativePath(Directory, path);
        return !relative.StartsWith("../", StringComparison.Ordinal) && _matcher.Match(relative).HasMatches;
    }

    private static IEnumerable<string> Globs(string project)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(project);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            yield break; // not a readable project: MSBuild would say so itself
        }

        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "LinkHygieneExclude"))
        {
            var include = (string?)item.Attribute("Include");
            if (include is null)
            {
                continue;
            }

            foreach (var part in include.Split(';'))
            {
                var glob = part.Trim().Replace('\\', '/');
                if (glob.StartsWith("./", StringComparison.Ordinal))
                {
                    glob = glob.Substring(2);
                }

                if (glob.Length > 0 && glob.IndexOf("$(", StringComparison.Ordinal) < 0 && glob.IndexOf("@(", StringComparison.Ordinal) < 0)
                {
                    yield return glob;
                }
            }
        }
    }
}
