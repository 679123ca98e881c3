using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// A link's localized name is looked up among the Razor expressions from the first one that ends after the link's
/// content starts, found by binary search (a scan from the top for every link made a page with many links and
/// expressions quadratic: 13.4 s for 40,000 links, 1.8 s after). The search must give exactly the scan's answer, also
/// where one expression holds another (a template delegate's markup inside a call).
/// </summary>
public class ExpressionSearchTests
{
    public static TheoryData<string> Templates() => new()
    {
        "<p>@a <a href=\"/x\">@b</a> @(c + d) <a>@e.F</a></p>",
        "@Helper(@<text><a href=\"/x\">@Model.Name</a> @x</text>) <a href=\"/y\">@y</a>",
        "@foreach (var i in items) { <a href=\"@i.Url\">@i.Name</a> @Html.Raw(@<b>@i</b>) }",
        "<a>@Localizer[\"Read more\"]</a>",
        "no razor at all",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void TheSearchFindsWhatAScanFromTheTopFinds(string text)
    {
        AssertSearchMatchesScan(TemplateDocument.Parse("Pages/Index.cshtml", text, TemplateKind.RazorView));
    }

    [Fact]
    public void TheSearchFindsWhatAScanFromTheTopFindsOnEveryCorpusRazorFile()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus"));
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cshtml", System.StringComparison.Ordinal) || f.EndsWith(".razor", System.StringComparison.Ordinal)))
        {
            var document = TemplateDocument.Parse(file, File.ReadAllText(file), TemplateKinds.FromPath(file)!.Value);
            if (document.Expressions.Count > 0)
            {
                AssertSearchMatchesScan(document);
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles > 1000, $"only {checkedFiles} corpus templates had Razor expressions");
    }

    private static void AssertSearchMatchesScan(TemplateDocument document)
    {
        var expressions = document.Expressions;
        var offsets = new SortedSet<int> { 0, document.Text.Length };
        foreach (var expression in expressions)
        {
            offsets.UnionWith(new[] { expression.Span.Start - 1, expression.Span.Start, expression.Span.End - 1, expression.Span.End, expression.Span.End + 1 });
        }

        foreach (var offset in offsets)
        {
            // The scan: skip, from the top, every expression that ends at or before the offset, until one does not.
            var scan = 0;
            while (scan < expressions.Count && expressions[scan].Span.End <= offset)
            {
                scan++;
            }

            Assert.Equal(scan, document.FirstExpressionEndingAfter(offset));
        }
    }
}
