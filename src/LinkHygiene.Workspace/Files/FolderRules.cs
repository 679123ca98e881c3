using System;
using System.IO;
using System.Linq;

namespace LinkHygiene.Workspace.Files;

/// <summary>
/// Which folders hold someone else's markup rather than the site's own pages. One definition for every front end that
/// walks folders (the command-line tool and its language server); the package's MSBuild targets apply the same rules
/// to the files they hand to the compiler.
/// </summary>
public static class FolderRules
{
    /// <summary>Folder names never walked into: build output, dependencies, version control and IDE state.</summary>
    public static readonly string[] SkippedNames = { "bin", "obj", "node_modules", "bower_components", ".git", ".hg", ".svn", ".vs", ".idea" };

    /// <summary>Files whose presence marks a folder under <c>wwwroot</c> as a copied third-party package.</summary>
    public static readonly string[] PackageMarkers = { "LICENSE*", "LICENCE*", "package.json", "bower.json" };

    /// <summary>Whether a folder is skipped by its name (or, for <c>wwwroot/lib</c>, by its place).</summary>
    /// <param name="folder">The folder's path.</param>
    public static bool IsSkipped(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var name = Path.GetFileName(full);
        if (SkippedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        // libman and the templates put client libraries in wwwroot/lib.
        return string.Equals(name, "lib", StringComparison.OrdinalIgnoreCase)
            && string.Equals(Path.GetFileName(Path.GetDirectoryName(full)), "wwwroot", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a folder inside a <c>wwwroot</c> folder holds a copied package: a LICENSE file, a package.json or a
    /// bower.json (CodeMirror demos, file managers, widget kits copied into the site).
    /// </summary>
    public static bool IsCopiedPackage(string folder)
    {
        if (!IsInsideWebRoot(folder))
        {
            return false;
        }

        try
        {
            foreach (var marker in PackageMarkers)
            {
                if (Directory.EnumerateFiles(folder, marker).Any())
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    /// <summary>
    /// Whether a file sits in a copied package under <c>wwwroot</c>: some folder between the file and the nearest
    /// <c>wwwroot</c> above it holds a LICENSE, package.json or bower.json, or is named node_modules or bower_components.
    /// </summary>
    /// <param name="file">The file's path.</param>
    /// <param name="cache">Answers per folder, shared across calls.</param>
    public static bool IsInCopiedPackage(string file, System.Collections.Generic.IDictionary<string, bool>? cache = null)
    {
        var full = Path.GetFullPath(file);
        var folders = new System.Collections.Generic.List<string>();
        for (var folder = Path.GetDirectoryName(full); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (string.Equals(Path.GetFileName(folder), "wwwroot", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var inside in folders)
                {
                    if (cache is not null && cache.TryGetValue(inside, out var known))
                    {
                        if (known)
                        {
                            return true;
                        }

                        continue;
                    }

                    var name = Path.GetFileName(inside);
                    var copied = string.Equals(name, "node_modules", StringComparison.OrdinalIgnoreCase)
                        || string.Equals(name, "bower_components", StringComparison.OrdinalIgnoreCase)
                        || IsCopiedPackage(inside);
                    if (cache is not null)
                    {
                        cache[inside] = copied;
                    }

                    if (copied)
                    {
                        return true;
                    }
                }

                return false;
            }

            folders.Add(folder!);
        }

        return false; // not under a wwwroot
    }

    private static bool IsInsideWebRoot(string folder)
    {
        var full = Path.GetFullPath(folder);
        for (var parent = Path.GetDirectoryName(full); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (string.Equals(Path.GetFileName(parent), "wwwroot", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
