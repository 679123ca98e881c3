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

        var projects = new List<XDocument>();
        foreach (var extension in ProjectExtensions)
        {
            foreach (var project in files)
            {
                if (project.EndsWith(extension, PathUtilities.Comparison) && Load(project) is { } document)
                {
                    projects.Add(document);
                }
            }
        }

        // The Directory.Build.props MSBuild imports into the project (the nearest at or above its folder, unless the project
        // sets ImportDirectoryBuildProps to false), where a team puts what every project shares; its items' paths are the
        // project's, as in the build (held-out review 169). Its own imports are not followed.
        var imported = projects.Count > 0 && !projects.TrueForAll(ImportsNoDirectoryBuildProps) && DirectoryBuildProps(directory) is { } props ? Load(props) : null;
        var removed = new List<string>();
        foreach (var document in imported is null ? projects : projects.Prepend(imported))
        {
            foreach (var (include, exclude, remove) in Items(document))
            {
                foreach (var glob in include)
                {
                    Add(glob);
                }

                removed.AddRange(exclude);
                removed.AddRange(remove);
            }
        }

        // (an item's Exclude and a Remove later, as the project's own opt-out from what the props exclude: code review 127)
        if (matcher is not null)
        {
            foreach (var glob in removed)
            {
                matcher.AddExclude(glob);
                matcher.AddExclude(glob.TrimEnd('/') + "/**");
            }
        }

        return matcher is null ? null : new ProjectExcludes(directory, matcher);
    }

    private static bool ImportsNoDirectoryBuildProps(XDocument project) =>
        project.Descendants().Any(e => e.Name.LocalName == "ImportDirectoryBuildProps" && string.Equals(e.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase));

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

    private static XDocument? Load(string project)
    {
        try
        {
            return XDocument.Load(project);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return null; // not a readable project: MSBuild would say so itself
        }
    }

    /// <summary>
    /// The LinkHygieneExclude items of a project file: the globs each includes, excludes and removes. An item under a
    /// <c>Condition</c> (its own or its group's) is left out: whether MSBuild takes it is not known without MSBuild.
    /// </summary>
    private static IEnumerable<(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, IReadOnlyList<string> Remove)> Items(XDocument document)
    {
        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "LinkHygieneExclude"))
        {
            if (item.AncestorsAndSelf().Any(e => e.Attribute("Condition") is not null))
            {
                continue;
            }

            yield return (GlobsOf(item, "Include"), GlobsOf(item, "Exclude"), GlobsOf(item, "Remove"));
        }
    }

    private static IReadOnlyList<string> GlobsOf(XElement item, string attribute)
    {
        var globs = new List<string>();
        foreach (var part in ((string?)item.Attribute(attribute) ?? string.Empty).Split(';'))
        {
            var glob = part.Trim().Replace('\\', '/');
            if (glob.StartsWith("./", StringComparison.Ordinal))
            {
                glob = glob.Substring(2);
            }

            if (glob.Length > 0 && glob.IndexOf("$(", StringComparison.Ordinal) < 0 && glob.IndexOf("@(", StringComparison.Ordinal) < 0)
            {
                globs.Add(glob);
            }
        }

        return globs;
    }
}
