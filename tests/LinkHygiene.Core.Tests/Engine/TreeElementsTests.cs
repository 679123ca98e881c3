using System.IO;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Site;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// The link walk keeps the DOM's elements in tree order as it meets them (<see cref="TemplateDocument.TreeElements"/>),
/// and the site's facts (a page's ids, whether they are all its rendered page's) read them from there instead of
/// walking the DOM a second time. They must be what <see cref="TemplateFacts.Elements"/> enumerates: the same elements
/// in the same order, without what the walk also reads but the page's tree does not hold (a template's content, a
/// declarative shadow root, a template script's markup).
/// </summary>
public class TreeElementsTests
{
    [Fact]
    public void TheWalksElementsAreTheTreesOnEveryCorpusTemplate()
    {
        var compared = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var document = CorpusDocuments.Walked(file, File.ReadAllText(file), TemplateKinds.FromPath(file)!.Value);
            if (document.Dom is null)
            {
                continue;
            }

            compared++;
            var walked = document.TreeElements;
            var tree = TemplateFacts.Elements(document.Dom).ToList();
            Assert.True(walked.Count == tree.Count, $"{file}: {walked.Count} elements walked, {tree.Count} in the tree");
            for (var i = 0; i < tree.Count; i++)
            {
                Assert.True(ReferenceEquals(walked[i], tree[i]), $"{file}: element {i} is <{walked[i].LocalName}> walked, <{tree[i].LocalName}> in the tree");
            }
        }

        Assert.True(compared > 5000, $"only {compared} templates compared");
    }

    [Theory]
    [InlineData("<p id=\"a\"><template><a id=\"t\" href=\"/t\">t</a></template><b id=\"b\">b</b></p>", "html head body p template b")]
    [InlineData("<x-card id=\"a\"><template shadowrootmode=\"open\"><a id=\"s\" href=\"/s\">s</a><slot></slot></template><i>i</i></x-card>", "html head body x-card i")]
    [InlineData("<div id=\"a\"><script type=\"text/x-template\"><a id=\"c\" href=\"/c\">c</a></script><em>e</em></div>", "html head body div script em")]
    public void WhatTheTreeDoesNotHoldIsLeftOut(string text, string names)
    {
        var document = TemplateDocument.Parse("page.html", text, TemplateKind.Html);
        var walk = LinkExtractor.Walk(document, new LinkSettings(LinkZone.None, null, null, System.Array.Empty<string>()));
        Assert.Equal(names, string.Join(" ", document.TreeElements.Select(e => e.LocalName)));
        Assert.Equal(names, string.Join(" ", TemplateFacts.Elements(document.Dom!).Select(e => e.LocalName)));

        // the walk still read what the template, the shadow root or the script holds: its link
        Assert.Single(walk.Links);
    }

    [Fact]
    public void WithoutAWalkTheTreeIsEnumerated()
    {
        var document = TemplateDocument.Parse("page.html", "<ul><li id=\"one\">1</li><li>2</li></ul>", TemplateKind.Html);
        Assert.Equal("html head body ul li li", string.Join(" ", document.TreeElements.Select(e => e.LocalName)));
    }
}
