using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;
using LinkHygiene.Tests.Robustness;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// A template that holds nothing the rules read from a DOM is read by the tokenizer alone (TemplateDocument.NeedsTree),
/// and its ids come from a full parse only when a link asks for them. That must change nothing: the same tokens,
/// comments and problems as the full parse, the same findings, the same facts. Checked on every real template of the
/// shared corpus and on generated and mutated ones.
/// </summary>
public class TokensOnlyParseTests
{
    private static readonly string[] Paths = { "page.html", "Pages/Index.cshtml", "Components/Page.razor" };

    [Theory]
    [InlineData("<p><a href=\"/x\">x</a></p>", true)]
    [InlineData("<p><A HREF=\"/x\">x</A></p>", true)]
    [InlineData("<map><area href=\"/x\" alt=\"x\"></map>", true)]
    [InlineData("<a", true)]
    [InlineData("<NavLink href=\"/\">Home</NavLink>", true)]
    [InlineData("@Html.ActionLink(\"Home\", \"Index\")", true)]
    [InlineData("<div>@Html.Raw(Model.Body)</div>", true)]
    [InlineData("<div>@((MarkupString)body)</div>", true)]
    [InlineData("<div v-html=\"body\"></div>", true)]
    [InlineData("<!-- linkhygiene-disable LH010 -->", true)]
    [InlineData("<div data-linkhygiene-ignore=\"LH010\"></div>", true)]
    [InlineData("<head><base href=\"/app/\"></head>", true)]
    [InlineData("<select><option>1</option></select>", false)]
    [InlineData("<Select T=\"int\"></Select>", false)]
    [InlineData("<table><col span=\"2\"></table>", true)]
    // SVG and MathML: the tokenizer reads them until the tree builder would read on otherwise (below)
    [InlineData("<svg><title>x</title></svg>", false)]
    [InlineData("<article><aside><abbr>x</abbr><address>y</address><audio></audio></aside></article>", false)]
    [InlineData("<div id=\"intro\"><script>var a = '<a href=x>';</script></div>", true)]
    [InlineData("<div id=\"intro\"><Column Title=\"x\" /><MudDrawer /></div>", false)]
    // the link components of component libraries, and not their other components or longer names
    [InlineData("<MudText>x</MudText><MudNavLink Href=\"/\">Home</MudNavLink>", true)]
    [InlineData("<FLUENTANCHOR Href=\"/\">Home</FLUENTANCHOR>", true)]
    [InlineData("<RadzenText>x</RadzenText><RadzenLinkButton /><RadzenPanelMenu>", false)]
    [InlineData("<RadzenPanelMenuItem Path=", true)]
    // without its destination parameter anywhere, no component is a link
    [InlineData("<MudButton OnClick=\"Save\">Save</MudButton><RadzenPanelMenuItem Text=\"Group\" />", false)]
    // the components without a library's prefix: their destination given a value, and their tag
    [InlineData("<Bar><BarLink To=\"/\">Home</BarLink></Bar>", true)]
    [InlineData("<Breadcrumb><BreadcrumbItem Href=\"/orders\">Orders</BreadcrumbItem></Breadcrumb>", true)]
    [InlineData("<Button Color=\"Color.Primary\" Type=\"ButtonType.Link\" To=\"books/new\">New</Button>", true)]
    [InlineData("<Button Clicked=\"Save\">Save</Button><MenuItem Key=\"x\">Group</MenuItem>", false)]
    // the destination with white space before its '=' (code review: <Anchor To ="#"> was not read), but not a word
    // ending in "to" (auto=, ?from=1&to=2)
    [InlineData("<Anchor To =\"#\">Data</Anchor>", true)]
    [InlineData("<Button style=\"overflow:auto\" data-x=\"auto=1\">Save</Button><p>?from=1&to=2</p>", false)]
    [InlineData("<p>\uffff</p>", true)]
    [InlineData("<html><head><meta charset=\"utf-8\"><title>x</title></head><body><p>Hi</p></body></html>", false)]
    public void NeedsTreeWhenTheRulesReadTheDomOrTheTreeBuilderDecides(string text, bool needsTree) =>
        Assert.Equal(needsTree, TemplateDocument.NeedsTree(text));

    [Fact]
    public void EveryCorpusTemplateReadsTheSameTokensWithoutTheTree()
    {
        var (compared, mismatches) = OverCorpus(ReadingEquivalence.TokenizerDecides, ReadingEquivalence.TokenDifference);
        Assert.True(compared > 5000, $"only {compared} templates compared");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryCorpusTemplateHasTheSameFindingsAndFactsEitherWay()
    {
        var (tokensOnly, mismatches) = OverCorpus(text => !TemplateDocument.NeedsTree(text), ReadingEquivalence.ResultDifference);

        // Most real templates hold no link at all (components, layouts' pieces, examples of other elements).
        Assert.True(tokensOnly > 3000, $"only {tokensOnly} templates were read without the tree");
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("page.html", "<div><pre>")]
    [InlineData("page.html", "<div><pre>\n")]
    [InlineData("page.html", "<listing>")]
    [InlineData("page.html", "<p><textarea>")]
    [InlineData("page.html", "<p><textarea>\n<b>not a tag</b>")]
    [InlineData("page.html", "<title>a <b> title</title><style>p > a { }</style><script>if (a < b) {}</script>")]
    [InlineData("page.html", "<script>")]
    [InlineData("page.html", "<!-- open comment <div>")]
    [InlineData("page.html", "<div title='a>b")]
    [InlineData("page.html", "<plaintext><p>all text</p>")]
    [InlineData("page.html", "<xmp><p></xmp><iframe><p></iframe><noembed><p></noembed><noframes><p></noframes>")]
    [InlineData("page.html", "<template><script><p></script></template><table><style><p></style><script></script></table>")]
    [InlineData("Pages/Index.cshtml", "@{ var x = 1; }<pre>@x</pre><textarea>@x</textarea>")]
    [InlineData("Components/Page.razor", "<Row><pre>\n@code { int x; }")]
    public void EdgesOfTheTokenizerReadTheSameEitherWay(string path, string text) =>
        Assert.Null(ReadingEquivalence.AnyDifference(path, text));

    [Theory]
    [InlineData("page.html", "<svg viewBox=\"0 0 24 24\"><g><path d=\"M0 0h24\"/><circle r=\"1\"></circle></g></svg><p>x</p>", true)]
    [InlineData("page.html", "<SVG><Path d=\"M0 0\"/></SVG><title>a <b> title</title>", true)]
    [InlineData("page.html", "<svg/><title>a <b> title</title>", true)]
    [InlineData("page.html", "<math><mrow><mn>1</mn></mrow></math><style>p > a { }</style>", false)]
    [InlineData("page.html", "<svg><title>a <b> title</title></svg>", false)]
    [InlineData("page.html", "<SVG><TITLE>a <b> title</TITLE></SVG>", false)]
    [InlineData("page.html", "<svg><style>p > a { }</style><script>if (a < b) {}</script></svg>", false)]
    [InlineData("page.html", "<svg><![CDATA[a<b]]></svg>", false)]
    [InlineData("page.html", "<svg><textarea>\n<b>x</b></textarea></svg>", false)]
    [InlineData("page.html", "<svg><pre>\n</pre></svg>", false)]
    [InlineData("page.html", "<svg></math><title>a <b> title</title></svg>", false)]
    [InlineData("page.html", "<math><svg></svg><style>p > a { }</style></math>", false)]
    [InlineData("page.html", "<svg><svg></svg><title>a <b> title</title></svg>", false)]
    [InlineData("page.html", "<svg><foreignObject><div></svg></div><![CDATA[a<b]]></foreignObject></svg>", false)]
    [InlineData("page.html", "<svg><desc><style>a<b</style></desc></svg>", false)]
    [InlineData("page.html", "<math><mi><![CDATA[a<b]]></mi></math>", false)]
    // a select: the tree builder ignores the raw-text tags in it, or closes it at <textarea>, and AngleSharp keeps any
    // other element open in it, which a </select> does not close (code review 132)
    [InlineData("Pages/Edit.cshtml", "<select asp-for=\"Role\"><option value=\"1\" selected>One</option><optgroup label=\"g\"><option>Two</option></optgroup></select><title>a <b> title</title>", true)]
    [InlineData("page.html", "<select><option><img src=x>One</option></select><title>a <b> title</title>", false)]
    [InlineData("page.html", "<select><optgroup><b></optgroup></select><title>a <b> title</title>", false)]
    [InlineData("page.html", "<select><option><svg><path/></svg></option></select><title>a <b> title</title>", false)]
    [InlineData("page.html", "<div><select><template></select></template><title>a <b> title</title></div>", false)]
    [InlineData("page.html", "<select><hr></select><title>a <b> title</title>", false)]
    [InlineData("page.html", "<select/><title>a <b> title</title>", false)]
    [InlineData("page.html", "<select><style>p > a { }</style></select>", false)]
    [InlineData("page.html", "<select><option><title>a <b> title</title></select>", false)]
    [InlineData("page.html", "<select><xmp><p></xmp></select>", false)]
    [InlineData("page.html", "<select><pre>\nx</pre></select>", false)]
    [InlineData("page.html", "<select><textarea>\n<b>x</b></textarea>", false)]
    [InlineData("page.html", "<select><select></select><plaintext><p>", false)]
    [InlineData("page.html", "<select><svg><title>a <b> title</title></svg></select>", false)]
    // AngleSharp's tokenizer reads CDATA after a self-closed <svg/> until the next element (fuzzer)
    [InlineData("page.html", "<svg/><![CDATA[a<b]]>", false)]
    [InlineData("page.html", "<p><svg/></div><!-- c -->text<![CDATA[a<b]]>", false)]
    [InlineData("page.html", "<svg></svg><p>x</p><![CDATA[a<b]]>", false)]
    [InlineData("page.html", "<svg/><p>x</p><!-- [CDATA[ in a comment -->", true)]
    [InlineData("Components/Icon.razor", "<svg class=\"@Class\"><title>@Title</title><use href=\"#i\"/></svg>", false)]
    [InlineData("Components/Icon.razor", "<svg class=\"@Class\"><path d=\"@D\"/></svg>\n@code { [Parameter] public string D { get; set; } = \"\"; }", true)]
    public void SelectsSvgAndMathMLAreReadByTheTokenizerUntilTheTreeBuilderReadsOtherwise(string path, string text, bool tokensOnly)
    {
        Assert.False(TemplateDocument.NeedsTree(text));
        Assert.Null(ReadingEquivalence.AnyDifference(path, text));
        var light = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty, ProjectContext.Empty, tokensWhenEnough: true, default);
        Assert.Equal(tokensOnly, light.Document!.IsTokensOnly);
        Assert.Equal(tokensOnly, light.Document.Dom is null);

        // With a link, the DOM is built either way, and the tokens come from the tokenizer or from the parser's callback.
        var withLink = "<a href=\"/x\">x</a>" + text;
        Assert.Null(ReadingEquivalence.AnyDifference(path, withLink));
    }

    [Fact]
    public void GeneratedTemplatesReadTheSameEitherWay() =>
        TemplateGenerators.Template.SelectMany(_ => Gen.Int[0, 2], (text, kind) => (text, kind))
            .Sample(t => Assert.Null(ReadingEquivalence.AnyDifference(Paths[t.kind], t.text)), iter: 1500, threads: 1);

    [Fact]
    public void MutatedRealTemplatesReadTheSameEitherWay() =>
        TemplateGenerators.Mutated.Sample(t => Assert.Null(ReadingEquivalence.AnyDifference(t.Path, t.Text)), iter: 800, threads: 1);

    [Theory]
    [InlineData("page.html", "<html><body><h2 id=\"intro\">Intro</h2><table><tr><td id=\"cell\"></td></tr></table><p id=\"end\"></p></body></html>", "cell,end,intro", true)]
    [InlineData("Pages/Page.cshtml", "@{ Layout = null; }<h2 id=\"intro\">Intro</h2><div id=\"@Model.Id\"></div>", "intro", false)]
    [InlineData("Pages/Row.cshtml", "@{ Layout = null; }<tr><td id=\"dropped\">a cell outside a table, which the DOM leaves out</td></tr><p id=\"kept\"></p>", "kept", true)]
    public void TheIdsOfATemplateReadWithoutTheTreeComeFromAFullParse(string path, string text, string ids, bool complete)
    {
        Assert.False(TemplateDocument.NeedsTree(text));
        var light = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty, ProjectContext.Empty, tokensWhenEnough: true, default);
        Assert.True(light.Document!.IsTokensOnly);
        Assert.Null(light.Document.Dom);
        Assert.Equal(ids, string.Join(",", light.Facts!.Ids.OrderBy(i => i, StringComparer.Ordinal)));
        Assert.Equal(complete, light.Facts.IdsComplete);
    }

    /// <summary>Every corpus template through a comparison: how many the predicate counts, and what differed where.</summary>
    private static (int Counted, string[] Mismatches) OverCorpus(Func<string, bool> counts, Func<string, string, string?> difference)
    {
        var mismatches = new ConcurrentBag<string>();
        var counted = 0;
        Parallel.ForEach(CorpusFiles(), file =>
        {
            var text = File.ReadAllText(file);
            if (counts(text))
            {
                System.Threading.Interlocked.Increment(ref counted);
            }

            if (difference(file, text) is { } found)
            {
                mismatches.Add($"{file}: {found}");
            }
        });

        return (counted, mismatches.ToArray());
    }

    private static string[] CorpusFiles()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus"));
        Assert.True(Directory.Exists(corpus), $"the shared corpus is missing at {corpus}");
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(LinkHygieneEngine.IsTemplate).ToArray();
        Assert.True(files.Length > 6000, $"only {files.Length} templates in the corpus");
        return files;
    }
}
