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

    /// <summary>Every template in ../shared/corpus (the real templates the engine is measured on), in a stable order.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> CorpusTemplates() =>
        Directory.EnumerateFiles(Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus")), "*", SearchOption.AllDirectories)
            .Where(LinkHygiene.Engine.LinkHygieneEngine.IsTemplate)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToList();
}
