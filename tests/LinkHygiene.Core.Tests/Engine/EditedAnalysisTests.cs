using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// An edit EditedAnalysis carries must leave every finding as an analysis of the edited text reports it, moved: held
/// to that analysis on chosen cases, on typing into a large page, and on random edits of every corpus template.
/// </summary>
public class EditedAnalysisTests
{
    private const string Page = "<html lang=\"en\"><body>\n<h1>Archive</h1>\n<p>Some text here, and more</p>\n<a href=\"/posts/1\">Click here</a>\n<p>Tail <strong>bold</strong> end</p>\n</body></html>\n";

    // '|' marks where the text is typed; every one of these is carried, and matches an analysis of the edited text.
    [Theory]
    [InlineData("page.html", Page, "<p>Some| text", "x")]
    [InlineData("page.html", Page, "<p>Some text here|, and", " and there")]
    [InlineData("page.html", Page, "Archive</h1>\n|<p>Some", "Intro ")]
    [InlineData("page.html", Page, "<p>Tail| <strong>", " piece")]
    [InlineData("page.html", Page, "<strong>bold|</strong>", "er")]
    [InlineData("Pages/Index.cshtml", "@page\n@model M\n<div>\n<p>Hello @Model.Name and welcome</p>\n<a href=\"/x\">Click here</a>\n</div>\n", "and| welcome", " all")]
    [InlineData("Pages/Index.cshtml", "@if (a) {\n<p>Inside a block of code</p>\n}\n<a href=\"/x\">Click here</a>\n", "a block| of", " full")]
    [InlineData("Pages/Index.cshtml", "<div><p>Before</p>\n|\n<a href=\"/x\" target=\"_blank\">Read more</a></div>\n", "\n|\n<a", "typed")]
    [InlineData("Pages/Index.cshtml", "<table><tr><td>Cell text</td></tr></table><a href=\"/x\">Click here</a>", "Cell| text", "s")]
    [InlineData("page.html", "<div><a href=\"/x\"><span>Click</span><br> here</a> and| more</div>", "and| more", "y")]
    public void TextOutsideLinksIsCarried(string path, string text, string at, string typed)
    {
        text = text.Replace("|", string.Empty, StringComparison.Ordinal);
        var offset = OffsetOf(text, at);
        var analysis = EditedAnalysis.Of(Analyze(path, text), text);
        var edited = analysis.TryApply(offset, offset, typed, DictionaryOptionSource.Empty);
        Assert.NotNull(edited);
        Assert.Equal(text.Insert(offset, typed), edited!.Text);
        AssertSameAsAnalysis(path, edited);
    }

    // Each of these could change what a rule reads (or cannot be told apart from one that does): analysed again.
    [Theory]
    [InlineData("page.html", "<div><a href=\"/x\"><span>Click</span> he|re</a></div>", " he|re", "x")] // link text beside an element
    [InlineData("page.html", "<div><a href=\"/x\">Tom &amp; Je|rry</a></div>", "Je|rry", "x")] // an entity in the link's text
    [InlineData("page.html", "<div><a href=\"/x\">|\nClick here</a></div>", ">|\nClick", "x")] // the name would start on another line
    [InlineData("page.html", "<div><a href=\"/x\">Tom\r\nJe|rry</a></div>", "Je|rry", "x")] // CRLF: the DOM's text is not the source's
    [InlineData("page.html", "<div><a href=\"/x\" aria-label=\"Home\">Click| here</a></div>", "Click| here", "x")] // named by aria-label
    [InlineData("Pages/Index.cshtml", "<div><a href=\"/x\">Hi| @Model.Name</a></div>", "Hi| @Model", "x")] // code in the link's text
    [InlineData("Pages/Index.cshtml", "<div><NavLink href=\"/x\">Home| page</NavLink></div>", "Home| page", "x")] // a component's content
    [InlineData("Components/Nav.razor", "<NavLink href=\"/x\"><a href=\"/y\">Start| over</a></NavLink>", "Start| over", "x")] // the text of two links (the fuzz found it)
    [InlineData("page.html", Page, "<a href=\"/po|sts", "x")] // an attribute
    [InlineData("page.html", Page, "<p>Some text here|, and", "<b")] // markup
    [InlineData("page.html", Page, "<p>Some text here|, and", "\n")] // a line break
    [InlineData("page.html", Page, "<p>Some text here|, and", "&")]
    [InlineData("page.html", "<div><p>Text</p>\r|\n<a href=\"/x\">Click here</a>\r\n<a href=\"/y\">Click here</a></div>", "\r|\n<a", "Z")] // splits a CRLF (the fuzz found it: LH013 names a line)
    [InlineData("page.html", "<p>a < b</p><a href=\"/x\">Click here</a>", "a <| b", "b")] // would open a tag
    [InlineData("page.html", "<p>a &| b</p><a href=\"/x\">Click here</a>", "a &| b", "amp")]
    [InlineData("page.html", "<title>Home| page</title><a href=\"/x\">Click here</a>", "Home| page", "x")]
    [InlineData("page.html", "<script>var a =| 1;</script><a href=\"/x\">Click here</a>", "a =| 1", "x")]
    [InlineData("page.html", "<table>\n|<tr><td>1</td></tr></table><a href=\"/x\">Click here</a>", "<table>\n|<tr>", "x")] // foster parenting
    [InlineData("page.html", "<div><p><a href=\"/x\">Open</p> then| more</div>", " then| more", "x")] // the <a> reopens
    [InlineData("page.html", "<span id=\"n\">Read| more</span><a href=\"/x\" aria-labelledby=\"n\"></a>", "Read| more", "x")]
    [InlineData("page.html", "<div><NavLink href=\"/x\"/>|Read more</div>", "/>|Read", "a")] // not closed in HTML: its text (the fuzz found it)
    // found by a review: an empty element a link is named by, a </a> the tree builder ignores, Layout = null read from
    // the whole text, a frameset that text before it decides; and a word after a Razor block that continues it
    [InlineData("page.html", "<article>\n<h2 id=\"t\">|\n</h2>\n<a href=\"/posts/1\" aria-labelledby=\"t\">Read more</a>\n</article>", "<h2 id=\"t\">|", "M")]
    [InlineData("page.html", "<div><a href=\"/x\">Click<table></a></table> he|re</div>", "he|re", "x")]
    [InlineData("Pages/Index.cshtml", "<div><p>Set Layout = nul|; to drop the layout</p>\n<a href=\"#faq\">FAQ</a></div>", "nul|;", "l")]
    [InlineData("Pages/Index.cshtml", "<div>@if (a) { <a href=\"/x\">Go</a> } els| more text</div>", "els| more", "e")]
    [InlineData("page.html", "<div><script type=\"text/html\"/>|<a href=\"/x\">Go</a></div>", "/>|<a", "a")]
    [InlineData("Pages/Index.cshtml", "<p>Hi @Model.Name| there</p><a href=\"/x\">Click here</a>", "@Model.Name| there", "x")]
    [InlineData("Pages/Index.cshtml", "<p>Hi @Model.Name.| there</p><a href=\"/x\">Click here</a>", "@Model.Name.| there", "x")]
    [InlineData("Pages/Index.cshtml", "<p>mail me| @Model.Host</p><a href=\"/x\">Click here</a>", "me| @Model", "x")]
    [InlineData("Pages/Index.cshtml", "<p>mail me |@Model.Host</p><a href=\"/x\">Click here</a>", "me |@Model", "x")]
    [InlineData("Pages/Index.cshtml", "@{ <p>a</p>  |  <p>b</p> }<a href=\"/x\">Click here</a>", "</p>  |  <p>b", "x")] // C# between markup
    [InlineData("Pages/Index.cshtml", "<div>@{ <p>a</p>  |  <p>b</p> }</div><a href=\"/x\">Click here</a>", "</p>  |  <p>b", "x")]
    [InlineData("Pages/Index.cshtml", "<div>@if (a) { <p>a</p> |\n<a href=\"/x\">Click here</a> }</div>", "</p> |\n<a", "x")]
    [InlineData("Pages/Index.cshtml", "@{ var x = 1;  |  }<p>t</p><a href=\"/x\">Click here</a>", "1;  |  }", "y")]
    [InlineData("Pages/Index.cshtml", "@section  |Scripts { <p>t</p> }<a href=\"/x\">Click here</a>", "@section  |Scripts", "x")]
    [InlineData("Pages/Index.cshtml", "@* a  |  b *@<p>t</p><a href=\"/x\">Click here</a>", "a  |  b", "linkhygiene")]
    [InlineData("Pages/Index.cshtml", "@model  |M\n<p>t</p><a href=\"/x\">Click here</a>", "@model  |M", "x")]
    [InlineData("Pages/Index.cshtml", "<p>No links here at all</p>", "No| links", "x")] // no links: nothing to carry
    public void EditsThatMayChangeAReadingAreAnalysedAgain(string path, string text, string at, string typed)
    {
        text = text.Replace("|", string.Empty, StringComparison.Ordinal);
        var offset = OffsetOf(text, at);
        var analysis = EditedAnalysis.Of(Analyze(path, text), text);
        Assert.Null(analysis.TryApply(offset, offset, typed, DictionaryOptionSource.Empty));
    }

    // A link's text: the rules that read what links say run again over the analysed document, and every one of these is
    // carried and matches an analysis of the edited text. The last column is how the findings change (+ appears, -
    // goes), so that each case shows the rules read the edited text.
    private const string Links = "<html lang=\"en\"><body>\n<p>Intro</p>\n<a href=\"/posts/1\">Click here</a>\n"
        + "<a href=\"/posts/2\">Archive of posts</a>\n<a href=\"/posts/3\">Archive of post</a>\n<a href=\"#\">Back to tp</a>\n"
        + "<p>See <a href=\"#missing\" class=\"x\">Jump there</a> and <a href=\"https://partner.example/\">http://partner</a> too</p>\n</body></html>\n";

    [Theory]
    [InlineData("page.html", Links, "Click| here", 0, "x", "-LH010")]
    [InlineData("page.html", Links, "Click h|ere", 0, "t", "-LH010")]
    [InlineData("page.html", Links, "Archive of post|</a>", 0, "s", "+LH013")] // typed at the end: now the text of another destination
    [InlineData("page.html", Links, "Archive of post|s</a>", 1, "", "+LH013")] // deleted at the end
    [InlineData("page.html", Links, ">|Archive of posts", 0, "The ", "")] // typed at the start
    [InlineData("page.html", Links, ">|Archive of posts", 0, " ", "")] // a space before the text: not part of the name
    [InlineData("page.html", Links, "Archive of posts|</a>", 0, " ", "")] // and after it
    [InlineData("page.html", Links, "Back to t|p", 0, "o", "-LH022")] // "#" goes to the top, as the text now says
    [InlineData("page.html", Links, "Jump| there", 0, "ing", "")] // LH031's span ends where the link's text does
    [InlineData("page.html", Links, "Jump there|</a>", 0, " now", "")]
    [InlineData("page.html", Links, "Jump |there</a>", 5, "", "")]
    [InlineData("page.html", Links, "http|://partner", 0, "s", "")]
    [InlineData("page.html", Links, "http|://partner", 0, " ", "-LH012")] // no longer a bare URL
    [InlineData("page.html", "<div>\n  <a href=\"/x\">\n    Click here\n  </a>\n</div>\n", "Click| here", 0, "x", "-LH010")] // text on lines of its own
    [InlineData("page.html", "<div>\n  <a href=\"/x\">\n    Click here\n  </a>\n</div>\n", "  |</a>", 0, "  ", "")]
    [InlineData("Pages/Index.cshtml", "@if (a) {\n<a href=\"/x\">Details page</a>\n} else {\n<a href=\"/y\">Details pag</a>\n}\n<a href=\"/z\">Details pag</a>\n", "Details pag|</a>\n}", 0, "e", "-LH013")] // branches never render together
    [InlineData("Pages/Index.cshtml", "<!-- linkhygiene-disable-next-line LH010 -->\n<a href=\"/x\">Click her</a>\n<a href=\"/y\">Click her</a>\n", "Click her|</a>\n<a href=\"/y", 0, "e", "-LH013")] // generic, but suppressed
    // a suggested sponsors' list: a text that asks for sponsors is the way to become one (build/fuzz.sh seed 5355)
    [InlineData("page.html", "<ul class=\"sponsors\">\n  <li><a href=\"https://forms.example/s\">Become a sponsor</a></li>\n</ul>\n", "Become| a sponsor", 0, "x", "+LH002")]
    public void LinkTextIsCarriedWithTheRulesThatReadItRunAgain(string path, string text, string at, int deleted, string typed, string change)
    {
        var start = OffsetOf(text, at);
        var analysis = EditedAnalysis.Of(Analyze(path, text), text);
        var edited = analysis.TryApply(start, start + deleted, typed, DictionaryOptionSource.Empty);
        Assert.NotNull(edited);
        Assert.Equal(1, edited!.EditedLinkCount);
        AssertSameAsAnalysis(path, edited);

        var before = analysis.Base.Findings.Select(f => f.Id).ToList();
        var after = edited.Move(analysis.Base.Findings).Select(f => f.Id).ToList();
        var appeared = after.ToList();
        before.ForEach(id => appeared.Remove(id));
        var gone = before.ToList();
        after.ForEach(id => gone.Remove(id));
        Assert.Equal(change, string.Concat(appeared.Select(id => "+" + id).Concat(gone.Select(id => "-" + id))));
    }

    [Fact]
    public void AKeyInOneLinksTextRunsTheRulesAgainOverTheLinksWithItsTextAlone()
    {
        // The rules that read links' text run again over the edited link and the links that share its text, before the
        // edit or after it (LH013 compares those); every other link keeps the base's findings.
        var text = "<p><a href=\"/a\">Our prices</a> <a href=\"/b\">Our price</a> <a href=\"/c\">Our prices</a>"
            + " <a href=\"/d\">Read more</a> <a href=\"/e\">Our team</a></p>";
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        Assert.Equal(new[] { "LH013", "LH010" }, analysis.Base.Findings.Select(f => f.Id));
        var end = text.IndexOf("Our price<", StringComparison.Ordinal) + "Our price".Length;
        var typed = analysis.TryApply(end, end, "s", DictionaryOptionSource.Empty)!; // now /b's text is /a's and /c's
        AssertSameAsAnalysis("page.html", typed);
        Assert.Equal(new[] { "LH013", "LH013", "LH010" }, typed.Move(analysis.Base.Findings).Select(f => f.Id));
        var first = text.IndexOf("Our prices", StringComparison.Ordinal) + "Our prices".Length;
        var deleted = analysis.TryApply(first - 1, first, string.Empty, DictionaryOptionSource.Empty)!; // /a's is /b's now
        AssertSameAsAnalysis("page.html", deleted);
        Assert.Equal(new[] { "LH013", "LH010" }, deleted.Move(analysis.Base.Findings).Select(f => f.Id));
    }

    [Fact]
    public void ALinksTextEditedUnderOtherOptionsRunsTheRulesAgainOverEveryLink()
    {
        // Typed with LH010 switched off (the configuration changed since the base was analysed): the base's LH010 on
        // "Read more", a link the edit does not touch, is not what these options find.
        var options = EngineAssert.Options("link_hygiene.LH010.severity = none");
        var text = "<p><a href=\"/a\">Click here</a> <a href=\"/b\">Read more</a></p>";
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        Assert.Equal(2, analysis.Base.Findings.Count(f => f.Id == "LH010"));
        var at = text.IndexOf("here", StringComparison.Ordinal);
        var edited = analysis.TryApply(at, at, "x", options);
        Assert.NotNull(edited);
        Assert.Null(CarriedEdits.Difference("page.html", edited!, options));
        Assert.DoesNotContain(edited!.Move(analysis.Base.Findings), f => f.Id == "LH010");
    }

    [Fact]
    public void TheEditorsTextIsTakenWhenItIsTheEditNotCopiedAgain()
    {
        var text = Links;
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        var at = text.IndexOf("Intro", StringComparison.Ordinal) + 1;
        foreach (var (end, typed) in new[] { (at, "x"), (at + 1, string.Empty), (at + 1, "N") }) // typed, deleted, replaced
        {
            var buffer = text.Substring(0, at) + typed + text.Substring(end);
            var edited = analysis.TryApply(at, end, typed, DictionaryOptionSource.Empty, buffer);
            Assert.Same(buffer, edited!.Text);
            AssertSameAsAnalysis("page.html", edited);

            // A text that is not the edit is not taken: the edit is made on the analysis's own text.
            var other = buffer.Replace("Archive", "Arkive", StringComparison.Ordinal);
            edited = analysis.TryApply(at, end, typed, DictionaryOptionSource.Empty, other);
            Assert.Equal(buffer, edited!.Text);
            AssertSameAsAnalysis("page.html", edited);
        }
    }

    [Fact]
    public void AnEditThatMovesALinksNameToAnotherLineIsAnalysedAgain()
    {
        // Its findings are suppressed, or not, by the comments for the line it starts on.
        var text = "<div><a href=\"/x\">Go\nhome</a></div>";
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        var go = text.IndexOf("Go", StringComparison.Ordinal);
        Assert.Null(analysis.TryApply(go, go + 2, string.Empty, DictionaryOptionSource.Empty)); // "home" would start it, a line down
        var edited = analysis.TryApply(go, go + 1, string.Empty, DictionaryOptionSource.Empty); // "o" starts where "Go" did
        Assert.NotNull(edited);
        AssertSameAsAnalysis("page.html", edited!);

        // "here" on line 2 is suppressed; "click here", starting on line 1, is not.
        text = "<!-- linkhygiene-disable-next-line LH010 --><a href=\"/x\">\nhere</a>";
        analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        Assert.DoesNotContain(analysis.Base.Findings, f => f.Id == "LH010");
        var start = text.IndexOf(">\nhere", StringComparison.Ordinal) + 1;
        Assert.Contains(Analyze("page.html", text.Insert(start, "click")).Findings, f => f.Id == "LH010");
        Assert.Null(analysis.TryApply(start, start, "click", DictionaryOptionSource.Empty));
    }

    // Found by a review: each of these would have been carried with a finding an analysis does not make, or without one
    // it makes.
    [Theory]
    [InlineData("<p><a href=\"/x\">click here&am|</a></p>", "p", 0, 1)] // "&amp" is a character reference: the name is "click here&"
    [InlineData("<p><a href=\"/x\">click here &cop|</a></p>", "y", 0, 1)] // "&copy": "click here ©"
    [InlineData("<p><!-- linkhygiene-disable-next-line LH010 --><a href=\"/x\">|x\u2028here</a></p>", "", 1, 0)] // LS: "here" starts a line down, where the comment suppresses it
    public void EditsThatChangeANameOtherwiseThanTheyReadAreAnalysedAgain(string text, string typed, int deleted, int generic)
    {
        var start = text.IndexOf('|', StringComparison.Ordinal);
        text = text.Replace("|", string.Empty, StringComparison.Ordinal);
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        Assert.DoesNotContain(analysis.Base.Findings, f => f.Id == "LH010");
        var edited = text.Substring(0, start) + typed + text.Substring(start + deleted);
        Assert.Equal(generic, Analyze("page.html", edited).Findings.Count(f => f.Id == "LH010"));
        Assert.Null(analysis.TryApply(start, start + deleted, typed, DictionaryOptionSource.Empty));
    }

    [Fact]
    public void AZoneSelectorThatReadsTextStopsCarrying()
    {
        // sponsored_selectors = a:contains(Sponsored): typing the word into a link's text, or a paragraph's, moves a link
        // into the zone.
        var options = EngineAssert.Options("link_hygiene.sponsored_selectors = a:contains(Sponsored), p:contains(Sponsored) a");
        var text = "<p>Our partner: <a href=\"https://partner.example/\">Partner offer</a></p>";
        var analysis = EditedAnalysis.Of(LinkHygieneEngine.Analyze("page.html", text, options), text);
        var link = text.IndexOf("Partner offer", StringComparison.Ordinal);
        Assert.Contains(LinkHygieneEngine.Analyze("page.html", text.Insert(link, "Sponsored "), options).Findings, f => f.Id == "LH002");
        Assert.DoesNotContain(analysis.Base.Findings, f => f.Id == "LH002");
        Assert.Null(analysis.TryApply(link, link, "Sponsored ", options));
        var paragraph = text.IndexOf("partner:", StringComparison.Ordinal);
        Assert.Null(analysis.TryApply(paragraph, paragraph, "Sponsored ", options));

        // Without it, the same edits are carried.
        var plain = EngineAssert.Options("link_hygiene.sponsored_selectors = .ad");
        analysis = EditedAnalysis.Of(LinkHygieneEngine.Analyze("page.html", text, plain), text);
        Assert.NotNull(analysis.TryApply(link, link, "Sponsored ", plain));
        Assert.NotNull(analysis.TryApply(paragraph, paragraph, "Sponsored ", plain));
    }

    [Fact]
    public void EditsOfSeveralLinksAndPageTextAreCarriedTogether()
    {
        var text = Links;
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        foreach (var (at, typed) in new[] { ("Click| here", "y"), ("Archive of post|</a>", "s"), ("<p>Intro|", " text"), ("Jump| there", "s"), ("Clicky| here", "z"), ("Back to t|p", "o") })
        {
            var offset = OffsetOf(analysis.Text, at);
            analysis = analysis.TryApply(offset, offset, typed, DictionaryOptionSource.Empty)!;
            Assert.NotNull(analysis);
            AssertSameAsAnalysis("page.html", analysis);
        }

        Assert.Equal(4, analysis.EditedLinkCount);
        Assert.Equal(5, analysis.EditCount);

        // Taking out all of a link's text leaves it to be named by something else, or nothing: analysed again.
        var jump = OffsetOf(analysis.Text, ">|Jumps there");
        Assert.Null(analysis.TryApply(jump, jump + "Jumps there".Length, string.Empty, DictionaryOptionSource.Empty));
        Assert.Null(analysis.TryApply(jump, jump + "Jumps there".Length, "   ", DictionaryOptionSource.Empty));
    }

    // Next to a template tag's character an edit splits or joins "{{", "{%", "}}", "%}", "{#": an HTML file's template
    // tags are masked before it is parsed, and whether it has any decides whether its ids are all known. A place one
    // letter away is carried.
    [Theory]
    [InlineData("<div><p>Use {x{ y }} here</p><p>Other words</p><a href=\"#faq\">FAQ</a></div>", "{x{", "{{")]
    [InlineData("<div><p>Use {% y %x} here</p><p>Other words</p><a href=\"#faq\">FAQ</a></div>", "%x}", "%}")]
    [InlineData("<div><p>{{ a }} and {{ b }x} here</p><p>Other words</p><a href=\"#faq\">FAQ</a></div>", "}x}", "}}")]
    [InlineData("<div><p>Use {{ y }} here</p><p>Other words</p><a href=\"#faq\">FAQ</a></div>", "{{", "{ {")]
    public void EditsNextToATemplateTagAreAnalysedAgain(string text, string at, string made)
    {
        var offset = text.IndexOf(at, StringComparison.Ordinal) + 1;
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        var edit = made.Length == 2 ? (offset, offset + 1, string.Empty) : (offset, offset, " ");
        Assert.Null(analysis.TryApply(edit.Item1, edit.Item2, edit.Item3, DictionaryOptionSource.Empty));
        var away = text.IndexOf("Other", StringComparison.Ordinal) + 2;
        Assert.NotNull(analysis.TryApply(away, away, "z", DictionaryOptionSource.Empty));
    }

    [Fact]
    public void StartsAtAnEditMovePastItAndEndsThereStayBeforeIt()
    {
        var analysis = EditedAnalysis.Of(Analyze("page.html", Page), Page);
        var at = OffsetOf(Page, "Some| text");
        var inserted = analysis.TryApply(at, at, "xyz", DictionaryOptionSource.Empty)!;
        Assert.Equal((at + 3, at, at - 1, at + 4), (inserted.MoveStart(at), inserted.MoveEnd(at), inserted.MoveStart(at - 1), inserted.MoveEnd(at + 1)));

        var replaced = analysis.TryApply(at, at + 5, "a", DictionaryOptionSource.Empty)!; // " text" becomes "a"
        Assert.Equal((at + 1, at, at + 1, at), (replaced.MoveStart(at + 5), replaced.MoveEnd(at), replaced.MoveEnd(at + 5), replaced.MoveStart(at + 2)));
    }

    [Fact]
    public void DeletingTextIsCarriedUnlessItJoinsWhatWasApart()
    {
        const string Text = "<div><p>Hello big world</p><p>a <b>x</b> @@ b</p><a href=\"/x\">Click here</a></div>";
        var analysis = EditedAnalysis.Of(Analyze("Pages/Index.cshtml", Text), Text);
        var start = Text.IndexOf(" big", StringComparison.Ordinal);
        var deleted = analysis.TryApply(start, start + 4, string.Empty, DictionaryOptionSource.Empty);
        Assert.NotNull(deleted);
        Assert.Equal("<div><p>Hello world</p>", deleted!.Text.Substring(0, 23));
        AssertSameAsAnalysis("Pages/Index.cshtml", deleted);

        var beforeEscape = Text.IndexOf(" @@", StringComparison.Ordinal);
        Assert.Null(analysis.TryApply(beforeEscape, beforeEscape + 1, string.Empty, DictionaryOptionSource.Empty)); // next to '@'
    }

    // Found by a black-box run of the server: the tree builder reopens a formatting element that </p> closed at the next
    // text, a space too; without that text the table and its link are outside the element's copy (and its zone).
    [Theory]
    [InlineData("<div><p><b class=\"ugc\">x</p> <table><tr><td><a href=\"https://example.com/\">Example site</a></td></tr></table></div>", "</p>", 1)]
    [InlineData("<div><p><i aria-hidden=\"true\">x</p> <table><tr><td><a href=\"/y\"></a></td></tr></table></div>", "</p>", 1)]
    [InlineData("<div><p><strong class=\"comment\">y</p> x <table><tr><td><a href=\"https://example.com/\">Example site</a></td></tr></table></div>", "</p>", 3)]
    public void TakingOutAllOfATextIsAnalysedAgain(string text, string after, int length)
    {
        var start = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        Assert.Null(analysis.TryApply(start, start + length, string.Empty, DictionaryOptionSource.Empty));

        // Taken out a character at a time, the last one is refused.
        for (var i = 0; i < length - 1; i++)
        {
            analysis = analysis.TryApply(start, start + 1, string.Empty, DictionaryOptionSource.Empty)!;
            Assert.NotNull(analysis);
            AssertSameAsAnalysis("page.html", analysis);
        }

        Assert.Null(analysis.TryApply(start, start + 1, string.Empty, DictionaryOptionSource.Empty));
    }

    [Fact]
    public void DeletingTheTextThatKeepsAFramesetOutIsAnalysedAgain()
    {
        // The first text of the body decides whether a later <frameset> replaces it (with its links).
        const string Text = "<div>x</div><a href=\"http://example.com\"></a><frameset></frameset>";
        var analysis = EditedAnalysis.Of(Analyze("page.html", Text), Text);
        Assert.NotEmpty(analysis.Base.Findings);
        Assert.Null(analysis.TryApply(5, 6, string.Empty, DictionaryOptionSource.Empty));
    }

    [Fact]
    public void TypingIntoALargePageIsCarriedAndMatchesAnAnalysisAtEveryStep()
    {
        var text = Testing.SyntheticTemplates.Page(40 * 1024);
        var analysis = EditedAnalysis.Of(Analyze("Pages/Page.cshtml", text), text);
        var lineFour = NthLineStart(text, 4);
        for (var i = 0; i < 40; i++)
        {
            var paragraph = analysis.Text.IndexOf("Lorem", StringComparison.Ordinal) + 5;
            // What the language-server benchmark types (line 4, column 0), then words into a paragraph, then deletions.
            var (start, end, typed) = i < 20 ? (lineFour, lineFour, i % 2 == 0 ? " " : "x")
                : i < 32 ? (paragraph, paragraph, "w")
                : (paragraph, paragraph + 1, string.Empty);
            var next = analysis.TryApply(start, end, typed, DictionaryOptionSource.Empty);
            Assert.True(next is not null, $"edit {i} at {start} was not carried");
            analysis = next!;
            AssertSameAsAnalysis("Pages/Page.cshtml", analysis);
        }

        Assert.Equal(2, analysis.EditCount);
    }

    [Fact]
    public void PastTheLimitOfEditedRangesTheTextIsAnalysedAgain()
    {
        var text = "<div>" + string.Concat(Enumerable.Repeat("<p>word</p>", EditedAnalysis.MaxEdits + 1)) + "<a href=\"/x\">Click here</a></div>";
        var analysis = EditedAnalysis.Of(Analyze("page.html", text), text);
        for (var i = 0; i < EditedAnalysis.MaxEdits; i++)
        {
            analysis = analysis.TryApply(5 + (i * 12) + 3, 5 + (i * 12) + 3, "s", DictionaryOptionSource.Empty)!;
            Assert.NotNull(analysis);
        }

        Assert.Equal(EditedAnalysis.MaxEdits, analysis.EditCount);
        Assert.Null(analysis.TryApply(5 + (EditedAnalysis.MaxEdits * 12) + 3, 5 + (EditedAnalysis.MaxEdits * 12) + 3, "s", DictionaryOptionSource.Empty));
        AssertSameAsAnalysis("page.html", analysis);
    }

    /// <summary>
    /// Every corpus template: a run of random edits (letters, spaces and punctuation typed or deleted at random places),
    /// carried where EditedAnalysis carries them and analysed again where it does not; every carried state's findings
    /// must be those of an analysis of its text.
    /// </summary>
    [Fact]
    public void RandomEditsOfEveryCorpusTemplateMatchAnAnalysis()
    {
        var files = RepositoryFiles.CorpusTemplates();
        Assert.True(files.Count > 6000, $"only {files.Count} corpus templates");
        var failures = new ConcurrentBag<string>();
        var carried = 0;
        var linkText = 0;
        var tried = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var path = Path.GetFileName(file).EndsWith(".razor", StringComparison.Ordinal) ? "Components/Page.razor"
                : file.EndsWith(".cshtml", StringComparison.Ordinal) ? "Pages/Page.cshtml" : "page.html";
            var text = File.ReadAllText(file);
            if (text.Length > 200_000)
            {
                return;
            }

            var random = new Random(StableHash(file));
            var analysis = EditedAnalysis.Of(Analyze(path, text), text);
            // Most templates have no link (nothing is carried there): a few edits; the rest, a long run.
            var steps = analysis.Base.Links.Count > 0 ? 60 : 2;
            for (var step = 0; step < steps; step++)
            {
                var current = analysis.Text;
                var start = PickPlace(random, current);
                var end = random.Next(3) == 0 ? Math.Min(current.Length, start + random.Next(1, 3)) : start;
                var typed = start == end || random.Next(2) == 0 ? Typed(random) : string.Empty;
                Interlocked.Increment(ref tried);
                var next = analysis.TryApply(start, end, typed, DictionaryOptionSource.Empty);
                if (next is null)
                {
                    var edited = current.Substring(0, start) + typed + current.Substring(end);
                    analysis = EditedAnalysis.Of(Analyze(path, edited), edited);
                    continue;
                }

                Interlocked.Increment(ref carried);
                if (next.EditedLinkCount > 0)
                {
                    Interlocked.Increment(ref linkText);
                }

                analysis = next;
                if (CarriedEdits.Difference(path, analysis) is { } difference)
                {
                    failures.Add($"{file}, step {step} ({start}..{end} '{typed}'): {difference}");
                    return;
                }
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        // Not a test that passes by carrying nothing: most edits land in tags, attributes or code, but a thousand do not,
        // and a thousand carry edits of links' text.
        Assert.True(carried > 1000, $"only {carried} of {tried} edits were carried");
        Assert.True(linkText > 1000, $"only {linkText} of {carried} carried edits carry edits of links' text");
    }

    private static void AssertSameAsAnalysis(string path, EditedAnalysis analysis) => Assert.Null(CarriedEdits.Difference(path, analysis));

    private static AnalysisResult Analyze(string path, string text) => LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty);

    private static int OffsetOf(string text, string at)
    {
        var bar = at.IndexOf('|', StringComparison.Ordinal);
        var found = text.IndexOf(at.Replace("|", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(found >= 0, $"'{at}' is not in the text");
        return found + bar;
    }

    private static int NthLineStart(string text, int line)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset;
    }

    // A third of the places just after a '>' or inside a word of text, a third just before a link's end tag (in its
    // text), where carried edits are; the rest anywhere.
    private static int PickPlace(Random random, string text)
    {
        var place = random.Next(text.Length + 1);
        var where = random.Next(3);
        if (where == 0 && place < text.Length)
        {
            var close = text.IndexOf('>', place);
            place = close < 0 ? place : Math.Min(text.Length, close + 1 + random.Next(4));
        }
        else if (where == 1 && place < text.Length)
        {
            var end = text.IndexOf("</a>", place, StringComparison.OrdinalIgnoreCase);
            place = end < 0 ? place : Math.Max(0, end - random.Next(4));
        }

        return place;
    }

    private static string Typed(Random random)
    {
        const string Characters = "abcxyzXé9 _-.,<&@";
        var length = random.Next(1, 4);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) == 0 ? Characters[random.Next(Characters.Length)] : Characters[random.Next(8)];
        }

        return new string(chars);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
