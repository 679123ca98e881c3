using System;
using System.IO;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// <see cref="TemplateDocument.ElementAt"/> goes on from an earlier answer when its search reaches where an earlier
/// search (for a smaller offset) started. Asked in descending order, no earlier search can be used, so every search goes
/// all the way back: the element found must be the same, for every Razor expression of every corpus template.
/// </summary>
public class ElementAtTests
{
    [Fact]
    public void ElementsFoundInOrderAreThoseFoundByAFullSearch()
    {
        int templates = 0, offsets = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var kind = TemplateKinds.FromPath(file)!.Value;
            if (kind == TemplateKind.Html)
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var inOrder = CorpusDocuments.Walked(file, text, kind);
            var reversed = CorpusDocuments.Walked(file, text, kind);
            if (inOrder.Dom is null || inOrder.Expressions.Count == 0)
            {
                continue;
            }

            templates++;
            var starts = inOrder.Expressions.Select(e => e.Span.Start).Concat(inOrder.Tokens.Select(t => t.Start)).ToArray();
            var forward = starts.Select(o => Where(inOrder, inOrder.ElementAt(o))).ToArray();
            for (var i = starts.Length - 1; i >= 0; i--)
            {
                offsets++;
                var full = Where(reversed, reversed.ElementAt(starts[i]));
                Assert.True(full == forward[i], $"{file} at {starts[i]}: {forward[i]} in order, {full} by a full search");
            }
        }

        Assert.True(templates > 3000 && offsets > 200_000, $"only {templates} templates and {offsets} offsets");
    }

    [Fact]
    public void HelpersOneAfterAnotherAreEachFoundInTheirElement()
    {
        const string text = "<br>@Html.Raw(a)\n<p>@Html.Raw(b)</p>@Html.Raw(c)\n<div><span>x</span>@Html.Raw(d)</div>\n@Html.Raw(e)";
        var document = CorpusDocuments.Walked("Views/Home/Index.cshtml", text, TemplateKind.RazorView);
        string?[] names = document.Expressions.Select(e => document.ElementAt(e.Span.Start)?.LocalName).ToArray();
        Assert.Equal(new[] { null, "p", null, "div", null }, names);
    }

    /// <summary>The element's name and where its start tag is (the two documents are parsed apart).</summary>
    private static string? Where(TemplateDocument document, AngleSharp.Dom.IElement? element) =>
        element is null ? null : $"<{element.LocalName}> at {document.GetStartTag(element)?.Span.Start}";
}
