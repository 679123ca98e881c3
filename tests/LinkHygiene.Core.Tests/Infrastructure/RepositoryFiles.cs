using System.IO;
using System.Linq;
using System.Reflection;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>Files of the repository the tests were built from (docs, samples).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = Path.GetFullPath(typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
