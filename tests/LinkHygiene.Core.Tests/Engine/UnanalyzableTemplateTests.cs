using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

public class UnanalyzableTemplateTests
{
    // U+FFFF, AngleSharp's end-of-input mark, in a value, a comment or text is read as any other character: the rest of the
    // template is read, and nothing is said to be unclosed (held-out review 152: WPT's URL "wow:\uFFFF")
    [Theory]
    [InlineData("<p><a href=\"wow:\uFFFF\">t306</a></p>\n<!-- \uFFFF -->\n<span title=\"\uFFFF\">s</span> \uFFFF\n<a {|LH021:href=\"http://example.com/\"|}>Example</a> <a href=\"/x\">{|LH010:Click here|}</a>")]
    public void ANoncharacterEndsNothing(string markup) => EngineAssert.Findings("page.html", markup);

    [Fact]
    public void BinaryFileIsReportedOnce()
    {
        var result = EngineAssert.Analyze("logo.html", "GIF89a\0\0\u0001<a href=x></a>");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.UnanalyzableTemplate, finding.Id);
        Assert.Equal("Template could not be fully analysed: it contains NUL characters, so it looks like a binary file", finding.Message);
    }

    // A page that declares a legacy encoding and was read as UTF-8, its other bytes turned into U+FFFD (held-out review 94:
    // Shift-JIS, GBK, Windows-1251 pages gave no LH010): said at its declaration, its links still checked
    [Theory]
    [InlineData("<html><head><meta charset=\"shift_jis\"></head><body><a href=\"/a\">\uFFFD\uFFFD</a> <a href=\"/b\">Click here</a></body></html>", "shift_jis", 1, 28)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\n<a href=\"/a\">\uFFFD</a>", "windows-1251", 1, 61)]
    [InlineData("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<html><a href=\"/a\">Caf\uFFFD</a></html>", "iso-8859-1", 1, 31)]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<meta charset=\"iso-8859-1\"><a href=\"/a\">Caf\uFFFD</a>", "iso-8859-1", 2, 16)]
    [InlineData("@{ Layout = null; }\n<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss><a href=\"/a\">Caf\uFFFD</a></rss>", "windows-1252", 2, 31)]
    // (declared after a script: second code review)
    [InlineData("<head><script>var a = 1;</script><meta charset=\"windows-1251\"></head><a href=\"/a\">\uFFFD</a>", "windows-1251", 1, 49)]
    public void ALegacyEncodingReadAsUtf8IsSaid(string text, string charset, int line, int column)
    {
        var result = EngineAssert.Analyze("old/index.html", text);
        var finding = Assert.Single(result.Findings, f => f.Id == RuleIds.UnanalyzableTemplate);
        Assert.Equal($"Template could not be fully analysed: it declares the encoding '{charset}', in which it was not read (as the compiler does, a file without a byte-order mark is read as UTF-8, else in the system's code page): what could not be read became U+FFFD, so link text with it is misread; save the file as UTF-8", finding.Message);
        Assert.Equal((line, column), (finding.Start.Line + 1, finding.Start.Character + 1));
        Assert.Equal(text.Contains("Click here"), result.Findings.Any(f => f.Id == RuleIds.GenericAnchorText));
    }

    // ... not a page read in the encoding it declares, nor one that declares UTF-8 and holds a U+FFFD of its own
    [Theory]
    [InlineData("<meta charset=\"shift_jis\"><a href=\"/a\">続きの記事</a>")]
    [InlineData("<meta charset=\"UTF-8\"><p>U+FFFD is drawn \uFFFD</p>")]
    [InlineData("<head><meta charset=\"utf-8\"><script>var s = '<meta charset=\"iso-8859-1\">';</script></head><p>\uFFFD</p>")]
    // (UTF-8 said after a script: code review)
    [InlineData("<head><script>var s = 1;</script><meta charset=\"utf-8\"></head><p>\uFFFD</p>")]
    public void AnEncodingReadAsDeclaredIsNotSaid(string text) =>
        Assert.DoesNotContain(EngineAssert.Analyze("old/index.html", text).Findings, f => f.Id == RuleIds.UnanalyzableTemplate);

    // ... and one that declares no encoding was misread the same (held-out review 99: a Windows-1251 view, whose layout
    // declared the charset, gave no LH010 for "Подробнее"): said where the first U+FFFD is. A declaration in a script
    // is the script's text, not the page's.
    [Theory]
    [InlineData("<p>\uFFFD</p>", 1, 4)]
    [InlineData("@{ ViewData[\"Title\"] = \"\uFFFD\uFFFD\"; }\n<a href=\"/news\">\uFFFD\uFFFD\uFFFD\uFFFD</a> <a href=\"/x\">Click here</a>", 1, 25)]
    [InlineData("<script>var x = '<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>';</script><p>\uFFFD</p>", 1, 75)]
    public void AnUndeclaredEncodingReadAsUtf8IsSaid(string text, int line, int column)
    {
        var result = EngineAssert.Analyze("Views/Home/Index.cshtml", text);
        var finding = Assert.Single(result.Findings, f => f.Id == RuleIds.UnanalyzableTemplate);
        Assert.Equal("Template could not be fully analysed: it holds U+FFFD, the character that stands for bytes that could not be read, and declares no encoding: it is likely not UTF-8 (as the compiler does, a file without a byte-order mark is read as UTF-8, else in the system's code page), so link text with it is misread; save the file as UTF-8 (or write &#xFFFD; where the character is meant)", finding.Message);
        Assert.Equal((line, column), (finding.Start.Line + 1, finding.Start.Character + 1));
        Assert.Equal(text.Contains("Click here"), result.Findings.Any(f => f.Id == RuleIds.GenericAnchorText));
    }

    [Fact]
    public void AFailureReadingOneTemplateIsReportedOnItInsteadOfThrown()
    {
        // The engine's boundary, for every front end (the command line stopped the whole run on one template's
        // exception, an "Unrecognized escape sequence" from a localizer key): here an option source that fails while
        // the links are read, after the severities were.
        var options = new ThrowingOptionSource("link_hygiene.zone");
        var result = LinkHygiene.Engine.LinkHygieneEngine.Analyze("Pages/Index.cshtml", "<a href=\"/x\">Click here</a>", options);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.UnanalyzableTemplate, finding.Id);
        Assert.Equal("Template could not be fully analysed: reading it failed (InvalidOperationException: no zone today); please report this", finding.Message);
        Assert.Empty(result.Links);
    }

    private sealed class ThrowingOptionSource(string failingKey) : LinkHygiene.Options.IOptionSource
    {
        public bool TryGetValue(string key, out string? value)
        {
            value = null;
            return key == failingKey ? throw new System.InvalidOperationException("no zone today") : false;
        }
    }

    [Fact]
    public void FileOverTheSizeLimitIsReported()
    {
        var text = "<p>" + new string('x', 3 * 1024) + "</p><a href=\"/x\">Click here</a>";
        var result = EngineAssert.Analyze("big.html", text, "link_hygiene.max_file_size_kb = 2");
        Assert.Equal("Template could not be fully analysed: it is 3 KiB, over the limit of 2 KiB (link_hygiene.max_file_size_kb)", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void AFileAFewCharactersOverTheLimitIsNotSaidToBeAsLargeAsIt()
    {
        var result = EngineAssert.Analyze("big.html", new string('x', 2 * 1024 + 1), "link_hygiene.max_file_size_kb = 2");
        Assert.Equal("Template could not be fully analysed: it is 3 KiB, over the limit of 2 KiB (link_hygiene.max_file_size_kb)", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void UnterminatedRazorIsReportedWhereItStartsAndEarlierLinksAreStillChecked()
    {
        var result = EngineAssert.Analyze("Pages/Broken.cshtml", "<a href=\"/x\">Click here</a>\n@if (a) {\n  <a href=\"/y\">Read more</a>\n");
        Assert.Equal(new[] { RuleIds.GenericAnchorText, RuleIds.UnanalyzableTemplate, RuleIds.GenericAnchorText }, result.Findings.Select(f => f.Id));
        var problem = result.Findings.Single(f => f.Id == RuleIds.UnanalyzableTemplate);
        Assert.Equal((1, 8), (problem.Start.Line, problem.Start.Character));
        Assert.Equal("Template could not be fully analysed: the C# block '{' starting here is never closed; what follows it may be misread", problem.Message);
    }

    [Fact]
    public void DeeplyNestedMarkupIsRefusedWithAReason()
    {
        var text = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<a href=\"/x\">Click here</a>";
        var result = EngineAssert.Analyze("deep.html", text);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.UnanalyzableTemplate, finding.Id);
        Assert.Contains("nested more than 4096 levels deep", finding.Message);
    }

    [Fact]
    public void NonTemplatesAreIgnored()
    {
        Assert.Empty(EngineAssert.Analyze("site.css", "a { }").Findings);
        Assert.Empty(EngineAssert.Analyze("notes.txt", "<a href=\"/x\">Click here</a>").Findings);
    }
}
