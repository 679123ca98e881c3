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
    /// <param name="name">The folder's name.</param>
    /// <param name="relativePath">Its path relative to the folder being walked, with '/' separators.</param>
    public static bool IsSkippedName(string name, string relativePath)
    {
        if (SkippedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        // libman and the templates put client libraries in wwwroot/lib.
        return string.Equals(name, "lib", StringComparison.OrdinalIgnoreCase)
            && ("/" + relativePath).EndsWith("/wwwroot/lib", StringComparison.OrdinalIgnoreCase);
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
