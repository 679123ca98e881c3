using System;
using System.IO;

namespace LinkHygiene.Workspace.Files;

/// <summary>Path helpers netstandard2.0 lacks.</summary>
public static class PathUtilities
{
    /// <summary>Whether paths compare case-insensitively on this system (the engine's own answer).</summary>
    public static StringComparison Comparison => LinkHygiene.Site.FileSystemPaths.Comparison;

    /// <summary>Compares paths the way this system's file system does (the engine's own answer).</summary>
    public static StringComparer Comparer => LinkHygiene.Site.FileSystemPaths.Comparer;

    /// <summary>The relative path from a folder to a path (as Path.GetRelativePath does on .NET Core).</summary>
    public static string GetRelativePath(string relativeTo, string path)
    {
        var from = Path.GetFullPath(relativeTo).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var to = Path.GetFullPath(path);
        var fromParts = from.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        if (Path.GetPathRoot(from) is { } a && Path.GetPathRoot(to) is { } b && !string.Equals(a, b, Comparison))
        {
            return to; // another drive
        }

        var common = 0;
        while (common < fromParts.Length && common < toParts.Length && string.Equals(fromParts[common], toParts[common], Comparison))
        {
            common++;
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < fromParts.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < toParts.Length; i++)
        {
            parts.Add(toParts[i]);
        }

        return parts.Count == 0 ? "." : string.Join(Path.DirectorySeparatorChar.ToString(), parts);
    }
}
