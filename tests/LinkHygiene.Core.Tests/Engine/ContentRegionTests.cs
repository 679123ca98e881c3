using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Text;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// An element's content region is found once and stepped over by its ancestors' scans. Asked for every element of every
/// corpus template, in document order and in reverse (so that either the ancestors or the descendants are found first),
/// it must be what a scan of each element on its own finds: the algorithm it replaced.
/// </summary>
public class ContentRegionTests
{
    [Fact]
    public void RegionsAreWhatAScanOfEachElementAloneFinds()
    {
        int templates = 0, elements = 0, nested = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var kind = TemplateKinds.FromPath(file)!.Value;
            var text = File.ReadAllText(file);
            var forward = CorpusDocuments.Walked(file, text, kind);
            var backward = CorpusDocuments.Walked(file, text, kind);
            if (forward.Dom is null)
            {
                continue;
            }

            templates++;
            var registered = Registered(forward);
            var known = new HashSet<IElement>(registered);
            var inForward = registered.Select(e => forward.GetContentRegion(e)).ToArray();
            var inBackward = Registered(backward).AsEnumerable().Reverse().Select(e => backward.GetContentRegion(e)).Reverse().ToArray();
            for (var i = 0; i < registered.Count; i++)
            {
                elements++;
                var alone = ScanAlone(forward, registered[i]);
                nested += registered[i].ParentElement is { } parent && known.Contains(parent) ? 1 : 0;
                Assert.True(alone == inForward[i] && alone == inBackward[i], $"{file}: <{registered[i].LocalName}> at {forward.GetStartTag(registered[i])?.Start}: {alone} alone, {inForward[i]} in document order, {inBackward[i]} in reverse");
            }
        }

        Assert.True(templates > 6000 && elements > 80_000 && nested > 50_000, $"only {templates} templates, {elements} elements, {nested} inside another");
    }

    /// <summary>
    /// The text of a large region is found from both ends through an index: for every element's content in the corpus,
    /// with nothing excluded and with some of its children's source excluded, the index finds what reading every
    /// character finds.
    /// </summary>
    [Fact]
    public void TextFoundThroughTheIndexIsTextFoundByReading()
    {
        int regions = 0, found = 0, withExcluded = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var document = CorpusDocuments.Walked(file, File.ReadAllText(file), TemplateKinds.FromPath(file)!.Value);
            foreach (var element in Registered(document))
            {
                var region = document.GetContentRegion(element);
                var excluded = element.Children.Where((_, i) => i % 3 == 1)
                    .Select(c => (Tag: document.GetStartTag(c), Region: document.GetContentRegion(c)))
                    .Where(c => c.Tag is not null)
                    .Select(c => SourceSpan.FromBounds(c.Tag!.Start, Math.Max(c.Tag.End, c.Region.End)))
                    .ToList();
                var from = document.FirstTokenAtOrAfter(region.Start);
                var to = document.FirstTokenAtOrAfter(region.End);
                foreach (var skipped in new[] { null, excluded })
                {
                    regions++;
                    var read = document.ScannedTextSpan(from, to, skipped);
                    var indexed = document.IndexedTextSpan(from, to, skipped);
                    found += read is null ? 0 : 1;
                    withExcluded += skipped is { Count: > 0 } && read is not null ? 1 : 0;
                    Assert.True(read == indexed, $"{file}: <{element.LocalName}> content {region}, {skipped?.Count ?? 0} excluded: {read} read, {indexed} through the index");
                }
            }
        }

        Assert.True(regions > 150_000 && found > 50_000 && withExcluded > 5_000, $"only {regions} regions, {found} with text, {withExcluded} with text and exclusions");
    }

    [Theory]
    [InlineData("<NavLink href=\"/a\">A <NavLink href=\"/b\">B <i>x</i> <NavLink href=\"/c\">C", new[] { "A <NavLink href=\"/b\">B <i>x</i> <NavLink href=\"/c\">C", "B <i>x</i> <NavLink href=\"/c\">C", "C" })]
    [InlineData("<NavLink href=\"/a\">A <NavLink href=\"/b\">B</NavLink> after</NavLink> end", new[] { "A <NavLink href=\"/b\">B", "B" })]
    [InlineData("<div><NavLink href=\"/a\">A <span>s</div> <NavLink href=\"/b\">B", new[] { "A <span>s", "B" })]
    public void NestedComponentsNeverClosedEndWhereTheirFirstClosingTagIs(string markup, string[] contents)
    {
        var result = LinkHygieneEngine.Analyze("Pages/Nav.razor", markup, DictionaryOptionSource.Empty);
        Assert.Equal(contents, result.Links.Select(l => markup.Substring(l.ContentRegion.Start, l.ContentRegion.Length)).ToArray());
    }

    /// <summary>Every element registered by the walk, in the order of its start tag.</summary>
    private static List<IElement> Registered(TemplateDocument document) =>
        document.Tokens.Where(t => t.Kind == TokenKind.StartTag).Select(t => document.RegisteredAt(t.Start)).OfType<IElement>().Distinct().ToList();

    /// <summary>The scan the memo replaced: from the start tag to the first token that ends the content, for one element.</summary>
    private static SourceSpan ScanAlone(TemplateDocument document, IElement element)
    {
        var tag = document.GetStartTag(element);
        if (tag is null)
        {
            return new SourceSpan(0, 0);
        }

        if (TemplateDocument.HasNoContent(element, tag))
        {
            return new SourceSpan(tag.End, 0);
        }

        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            ancestors.Add(parent.LocalName);
        }

        for (var t = tag.TokenIndex + 1; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.EndTag && (token.Name == element.LocalName || ancestors.Contains(token.Name)))
            {
                return SourceSpan.FromBounds(tag.End, token.Start);
            }

            if (token.Kind == TokenKind.StartTag && document.RegisteredAt(token.Start) is { } other && !ReferenceEquals(other, element) && !element.Contains(other))
            {
                return SourceSpan.FromBounds(tag.End, token.Start);
            }

            if (token.Kind == TokenKind.EndOfFile)
            {
                return SourceSpan.FromBounds(tag.End, Math.Max(tag.End, token.Start));
            }
        }

        return SourceSpan.FromBounds(tag.End, document.Masked.Length);
    }
}
