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

    /// <summary>The DOM of every corpus template the full parse builds one for (one at a time, for tests that compare element by element).</summary>
    public static System.Collections.Generic.IEnumerable<(string File, AngleSharp.Dom.IDocument Dom)> CorpusDoms()
    {
        foreach (var file in CorpusTemplates())
        {
            var document = LinkHygiene.Documents.TemplateDocument.Parse(file, File.ReadAllText(file), LinkHygiene.Documents.TemplateKinds.FromPath(file)!.Value);
            if (document.Dom is not null)
            {
                yield return (file, document.Dom);
            }
        }
    }
}
