using System;
using System.IO;

namespace LinkHygiene.Site;

/// <summary>How paths on this file system compare: in any case on Windows, as written elsewhere (the engine's site index
/// and the front ends' file walks alike: Workspace's <c>PathUtilities</c> answers with these).</summary>
public static class FileSystemPaths
{
    /// <summary>Whether paths compare case-insensitively on this system.</summary>
    public static StringComparison Comparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Compares paths the way this system's file system does.</summary>
    public static StringComparer Comparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
