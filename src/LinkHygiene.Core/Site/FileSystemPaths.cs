using System;
using System.IO;

namespace LinkHygiene.Site;

/// <summary>How paths on this file system compare: in any case on Windows, as written elsewhere.</summary>
internal static class FileSystemPaths
{
    public static StringComparison Comparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
