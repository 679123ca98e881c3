using System.Linq;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>Line and column are zero-based here (front ends add one), counted in UTF-16 units like Roslyn: a tab is one column.</summary>
public class PositionTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void LineEndings(string eol)
    {
        var text = $"<ul>{eol}\t<li>{eol}\t\t<a href=\"/x\">Read more</a>{eol}</ul>";
        var finding = Assert.Single(EngineAssert.Analyze("page.html", text).Findings);
        Assert.Equal((2, 15), (finding.Start.Line, finding.Start.Character));
        Assert.Equal((2, 24), (finding.End.Line, finding.End.Character));
        Assert.Equal("Read more", text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void TheLanguageServerProtocolCountsOnlyCrLfAndCrlfAsLineBreaks()
    {
        const string text = "a\u2028b\u0085c\u2029d\r\ne\rf\ng";
        var roslyn = LinkHygiene.Text.LineMap.Create(text);
        var lsp = LinkHygiene.Text.LineMap.CreateForLsp(text);
        Assert.Equal(7, roslyn.LineCount);
        Assert.Equal(4, lsp.LineCount);
        Assert.Equal(new LinkHygiene.Text.LinePosition(0, 6), lsp.GetPosition(text.IndexOf('d')));
        Assert.Equal(new LinkHygiene.Text.LinePosition(3, 0), lsp.GetPosition(text.IndexOf('g')));
        Assert.Equal(text.IndexOf('e'), lsp.GetLineStart(1));
    }

    [Fact]
    public void NonAsciiTextBeforeTheLink()
    {
        const string text = "<p>Größe 😀 — 日本語</p><p>😀 <a href=\"/x\">Click here</a></p>";
        var finding = Assert.Single(EngineAssert.Analyze("page.html", text).Findings);
        Assert.Equal((0, 40), (finding.Start.Line, finding.Start.Character));
        Assert.Equal("Click here", text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void MultiLineAttribute()
    {
        const string text = "<div class=\"ugc\">\r\n  <a\r\n     href=\"https://x.example\"\r\n     >X shop</a></div>";
        var finding = Assert.Single(EngineAssert.Analyze("page.html", text).Findings);
        Assert.Equal((2, 5), (finding.Start.Line, finding.Start.Character));
        Assert.Equal("href=\"https://x.example\"", text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void RazorWithCrLfAndTabs()
    {
        const string text = "@page\r\n@model X\r\n@{\r\n\tViewData[\"Title\"] = \"x\";\r\n}\r\n<div class=\"comment\">\r\n\t@foreach (var c in Model.Comments)\r\n\t{\r\n\t\t<a href=\"@c.Url\">@c.Name</a> <a href=\"/p/@c.Id\">Read more</a>\r\n\t}\r\n</div>\r\n";
        var findings = EngineAssert.Analyze("Pages/Index.cshtml", text).Findings;
        Assert.Equal(new[] { ("LH001", 8, 5, "href=\"@c.Url\""), ("LH010", 8, 50, "Read more") },
            findings.Select(f => (f.Id, f.Start.Line, f.Start.Character, text.Substring(f.Span.Start, f.Span.Length))));
    }
}
