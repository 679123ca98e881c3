using System.Collections.Generic;
using System.IO;
using AngleSharp.Dom;
using LinkHygiene.Documents;
using LinkHygiene.Links;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>The shared corpus, parsed (Core's internals: not linked into the other test projects, as RepositoryFiles is).</summary>
public static class CorpusDocuments
{
    private static readonly LinkSettings NoZones = new(LinkZone.None, null, null, System.Array.Empty<string>());

    /// <summary>A template parsed and walked as the engine walks it (every element registered), without the rules.</summary>
    internal static TemplateDocument Walked(string path, string text, TemplateKind kind)
    {
        var document = TemplateDocument.Parse(path, text, kind);
        if (document.Dom is not null)
        {
            LinkExtractor.Walk(document, NoZones);
        }

        return document;
    }

    /// <summary>The DOM of every corpus template the full parse builds one for (one at a time, for tests that compare element by element).</summary>
    public static IEnumerable<(string File, IDocument Dom)> Doms()
    {
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var document = TemplateDocument.Parse(file, File.ReadAllText(file), TemplateKinds.FromPath(file)!.Value);
            if (document.Dom is not null)
            {
                yield return (file, document.Dom);
            }
        }
    }
}
