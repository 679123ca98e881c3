using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Robustness;

/// <summary>
/// Inputs at the edges: huge files, huge single lines, absurd nesting, binary and broken text, and markup that
/// swallows the rest of the file. Each one either is analysed or yields LH901 with the reason, never an exception.
/// </summary>
public class ExtremeInputTests
{
    private static readonly DictionaryOptionSource NoSizeLimit = new(new Dictionary<string, string> { ["link_hygiene.max_file_size_kb"] = "20480" });

    [Fact]
    public void TenMegabytesOnASingleLineAreAnalysed()
    {
        var text = SingleLine(10 * 1024 * 1024);
        var result = LinkHygieneEngine.Analyze("page.html", text, NoSizeLimit);
        EnginePropertyTests.Check("page.html", text[..4096]);

        var generic = result.Findings.Where(f => f.Id == "LH010").ToList();
        Assert.Equal(text.Split("Read more").Length - 1, generic.Count);
        Assert.All(result.Findings, f => Assert.Equal(0, f.Start.Line));
        var last = generic[^1];
        Assert.Equal("Read more", text.Substring(last.Span.Start, last.Span.Length));
        Assert.Equal(last.Span.Start, last.Start.Character);
    }

    public static TheoryData<string> Shapes() => new(LinkHygiene.Testing.SyntheticTemplates.Shapes.Select(s => s.Name));

    /// <summary>
    /// Every pathological shape of the growth benchmark, at a megabyte: a result, in bounds, in linear work (counted as
    /// <see cref="CorpusLinearityTests"/> counts it, not timed).
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryPathologicalShapeIsHandledAtAMegabyte(string shape)
    {
        var (path, text) = LinkHygiene.Testing.SyntheticTemplates.Shapes.Single(s => s.Name == shape).Make(1024 * 1024);
        EnginePropertyTests.Check(path, text);
        var document = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Document!;
        var units = document.Tokens.Count + text.Length + 1;
        Assert.True(document.Work <= CorpusLinearityTests.MaxStepsPerUnit * units, $"{document.Work} steps for {units} tokens and characters");
    }

    [Fact]
    public void AFileOverTheSizeLimitIsReportedNotAnalysed()
    {
        var text = SingleLine(6 * 1024 * 1024);
        var finding = Assert.Single(LinkHygieneEngine.Analyze("page.html", text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal("LH901", finding.Id);
        Assert.Equal((0, 0), (finding.Start.Line, finding.Start.Character));
        Assert.Equal("Template could not be fully analysed: it is 6,144 KiB, over the limit of 5,120 KiB (link_hygiene.max_file_size_kb)", finding.Message);
    }

    [Theory]
    [InlineData("<div>", "page.html")]
    [InlineData("<span>", "Pages/Index.cshtml")]
    [InlineData("<table><tr><td>", "page.html")]
    [InlineData("<b>", "page.html")]
    [InlineData("<Card>", "Components/Deep.razor")]
    public void AHundredThousandNestedElementsGiveLh901(string open, string path)
    {
        var text = string.Concat(Enumerable.Repeat(open, 100_000)) + "<a href=\"/x\">Read more</a>";
        var finding = Assert.Single(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal("LH901", finding.Id);
        Assert.EndsWith("elements are nested more than 4096 levels deep here; the template was not analysed", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("<", text[finding.Span.Start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@if (a) {<div>", "Pages/Index.cshtml", "Razor code and markup are nested more than 200 levels deep here")]
    [InlineData("@if (a) {<p>@foreach (var x in y) {<text>", "Components/Deep.razor", "Razor code and markup are nested more than 200 levels deep here")]
    // Braces inside C# are C#'s business: one block, never closed.
    [InlineData("@{", "Pages/Index.cshtml", "the C# block '{' starting here is never closed; what follows it may be misread")]
    [InlineData("@foreach (var x in y) {", "Components/Deep.razor", "the C# block '{' starting here is never closed; what follows it may be misread")]
    public void AHundredThousandNestedRazorBlocksGiveLh901(string open, string path, string reason)
    {
        var text = string.Concat(Enumerable.Repeat(open, 100_000));
        var finding = Assert.Single(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal(("LH901", "Template could not be fully analysed: " + reason), (finding.Id, finding.Message));
    }

    [Fact]
    public void UnclosedLinksDoNotCountAsNesting()
    {
        // HTML closes an open <a> when the next one starts: ten thousand unclosed links are ten thousand links.
        var text = string.Concat(Enumerable.Repeat("<p><a href=\"/x\">Read more ", 10_000));
        var findings = LinkHygieneEngine.Analyze("page.html", text, DictionaryOptionSource.Empty).Findings;
        Assert.Equal(10_000, findings.Count(f => f.Id == "LH010"));
        Assert.DoesNotContain(findings, f => f.Id == "LH901");
    }

    [Theory]
    [InlineData("<p>x</p>\0\0<a href=\"/x\">Read more</a>", 8)]
    [InlineData("\0\0\0\0", 0)]
    [InlineData("<\0h\0t\0m\0l\0>\0<\0a\0 \0h\0r\0e\0f\0>\0", 1)]
    public void NulCharactersMeanBinary(string text, int at)
    {
        var finding = Assert.Single(LinkHygieneEngine.Analyze("page.html", text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal(("LH901", at), (finding.Id, finding.Span.Start));
        Assert.Contains("NUL characters", finding.Message, StringComparison.Ordinal);
    }

    // An iframe's srcdoc is a document of its own, which AngleSharp parsed with the page's parser while building the page:
    // its tokens reached the page's with their own positions (held-out review 158: an exception on five pages of a landing
    // kit, and an LH022 quoting a wrong slice of another). It is not read; the page around it is, exactly.
    [Theory]
    [InlineData("<div><svg></div><a href=\"a.html\">x<iframe srcdoc=\"b\"></iframe></a> <a href=\"/y\">{|LH010:Click here|}</a>")]
    [InlineData("<svg><p></svg><a href=\"/a\">Docs <iframe SRCDOC='<a href=\"#\">Click here</a>' src=\"x.html\"></iframe></a>\n<a href=\"/y\">{|LH010:Click here|}</a>")]
    [InlineData("<div><svg></div><a href=\"/a\">Docs<iframe srcdoc></iframe></a><a href=\"/y\">{|LH010:Click here|}</a>")]
    [InlineData("<script type=\"text/html\"><div><svg></div><a href=\"/a\">Docs<iframe/srcdoc=\"<p>x\"></iframe></a></script><a href=\"/y\">{|LH010:Click here|}</a>")]
    public void AnIframesSrcdocIsNotReadIntoThePage(string markup) => LinkHygiene.Tests.Infrastructure.EngineAssert.Findings("page.html", markup);

    // ... and only an attribute's name is changed: not a path, a value or text that says "srcdoc", on a page whose
    // tree builder decides its reading (a <noscript>) or not (code review 119: href="srcdoc/index.html" became
    // "_rcdoc/index.html", a false LH030)
    [Theory]
    [InlineData("<noscript></noscript><p>The srcdoc attribute; srcdoc = a document</p><a href=\"srcdoc/index.html#intro\">Frames</a> <a href=\"/srcdoc/\" title=\"x srcdoc\">Guide</a><iframe title=\"srcdoc\" srcdoc=\"<p>x\"></iframe>")]
    [InlineData("<p>The srcdoc attribute; srcdoc = a document</p><a href=\"srcdoc/index.html#intro\">Frames</a> <a href=\"/srcdoc/\" title=\"x srcdoc\">Guide</a>")]
    public void OnlyAnAttributesNameIsRenamed(string markup)
    {
        var document = Documents.TemplateDocument.Parse("index.html", markup, Documents.TemplateKind.Html);
        Assert.Contains("The srcdoc attribute; srcdoc = a document", document.Dom!.Body!.TextContent, StringComparison.Ordinal);
        var hrefs = document.Dom.QuerySelectorAll("a").Select(a => a.GetAttribute("href") + "|" + a.GetAttribute("title")).ToList();
        Assert.Equal(new[] { "srcdoc/index.html#intro|", "/srcdoc/|x srcdoc" }, hrefs);
    }

    // ... but a NUL here and there is read, as the compiler and a browser read it (held-out review 157: one stray NUL in a
    // FAQ cost it every finding), wherever it stands
    [Theory]
    [InlineData("<p>Stray\0byte</p>\n<a href=\"/x\">Read more</a>")]
    [InlineData("<a href=\"/x\0y\">Read more</a>")]
    [InlineData("<a\0 href=\"/x\">Read more</a><a href=\"/y\">Read more</a>")]
    [InlineData("<!-- \0 --><a title=\"\0\" href=\"/x\">Read more</a>")]
    [InlineData("@{ var s = \"\0\"; }\n<a href=\"/x\">Read more\0</a>")]
    [InlineData("<script>var s = '\0';</script><a href=\"/x\">\0Read more</a>")]
    public void AStrayNulIsRead(string text)
    {
        var findings = LinkHygieneEngine.Analyze("Views/page.cshtml", text, DictionaryOptionSource.Empty).Findings;
        Assert.DoesNotContain(findings, f => f.Id == "LH901");
        Assert.Contains(findings, f => f.Id == "LH010");
    }

    [Theory]
    // (declared UTF-8: a page that declares no encoding and holds U+FFFD, which a lone surrogate in an attribute's
    // argument becomes, is said to be misread, LH901)
    [InlineData("<meta charset=\"utf-8\"><p>\uD800</p>\n<a href=\"/x\uDC00\">Read more</a>", "Read more", 1)]
    [InlineData("<meta charset=\"utf-8\">\uFFFD\uFFFD<a href=\"/x\">\uD83D\uDE00 Read more</a>", "\uD83D\uDE00 Read more", 0)]
    [InlineData("<a href=\"/x\">Click\u2028here</a>", "Click\u2028here", 0)]
    [InlineData("x\r\ny\rz\n\u2028\u0085\u2029<a href=\"/x\">Read more</a>", "Read more", 6)]
    public void LoneSurrogatesAndOddLineBreaksKeepExactLocations(string text, string offending, int line)
    {
        var finding = Assert.Single(LinkHygieneEngine.Analyze("page.html", text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal("LH010", finding.Id);
        Assert.Equal(offending, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal(line, finding.Start.Line);
    }

    [Theory]
    [InlineData("<p>a</p>\n<!-- old links\n<a href=\"/x\">Read more</a>", "<!-- old links", "the HTML comment '<!--' starting here is never closed with '-->'")]
    [InlineData("<p>a</p>\n<script>var a = 1;\n<a href=\"/x\">Read more</a>", "<script>", "the <script> element starting here is never closed with '</script>'")]
    [InlineData("<p>a</p>\n<textarea>\n<a href=\"/x\">Read more</a>", "<textarea>", "the <textarea> element starting here is never closed with '</textarea>'")]
    [InlineData("<p>a</p>\n<a href='/x>Read more</a>\n<a href=\"/y\">Docs</a>", "<a href='/x", "the tag starting here is never closed with '>'")]
    [InlineData("<p>a</p>\n<a href=\"/x\" class='y>Read more</a>", "<a href=\"/x\" class='y", "the tag starting here is never closed with '>'")]
    public void MarkupThatSwallowsTheRestOfTheFileIsReported(string text, string startsWith, string reason)
    {
        foreach (var path in new[] { "page.html", "Pages/Index.cshtml", "Components/Page.razor" })
        {
            var finding = Assert.Single(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);
            Assert.Equal("LH901", finding.Id);
            Assert.Equal($"Template could not be fully analysed: {reason}; what follows it may be misread", finding.Message);
            Assert.StartsWith(startsWith, text[finding.Span.Start..], StringComparison.Ordinal);
        }
    }

    [Theory]
    // "/>" closes nothing in HTML: the rest is the script's text (held-out: minimal-mistakes' comments.html)
    [InlineData("page.html")]
    [InlineData("Pages/Index.cshtml")]
    public void ASelfClosedScriptThatSwallowsTheRestIsReported(string path)
    {
        const string text = "<p>a</p>\n<script async src=\"https://apis.google.com/js/plusone.js\" />\n<a href=\"/x\">Read more</a>";
        var finding = Assert.Single(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);
        Assert.Equal("LH901", finding.Id);
        Assert.Equal("Template could not be fully analysed: the <script> element starting here is never closed with '</script>' ('/>' does not close it in HTML); what follows it may be misread", finding.Message);
        Assert.Equal(new LinkHygiene.Text.LinePosition(1, 0), finding.Start);
    }

    [Theory]
    // a Razor component's compiler closes it; so does SVG
    [InlineData("Components/Page.razor", "<p>a</p>\n<script src=\"/a.js\" />\n<a href=\"/x\">Docs</a>")]
    [InlineData("page.html", "<svg><script href=\"/a.js\" /><a href=\"/x\"><text>Docs</text></a></svg>")]
    public void ASelfClosedScriptIsClosedInComponentsAndSvg(string path, string text) =>
        Assert.Empty(LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty).Findings);

    [Theory]
    [InlineData("<p>a</p>\n<!-- the end")]
    [InlineData("<script>var a = '<';")]
    [InlineData("<p>a < b</p> <")]
    [InlineData("<!---->")]
    [InlineData("<!-->")]
    [InlineData("<svg><title>x</title></svg>")]
    [InlineData("<script src=\"/a.js\" />")]
    public void OpenMarkupThatSwallowsNoTagIsFine(string text) =>
        Assert.Empty(LinkHygieneEngine.Analyze("page.html", text, DictionaryOptionSource.Empty).Findings);

    private static string SingleLine(int length)
    {
        var builder = new StringBuilder(length + 200);
        var i = 0;
        while (builder.Length < length)
        {
            builder.Append("<div class=\"card\"><a href=\"/p/").Append(i).Append("\">Post ").Append(i).Append("</a> <a href=\"/p/").Append(i++).Append("\">Read more</a></div> ");
        }

        return builder.ToString();
    }
}
