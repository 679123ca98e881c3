using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinkHygiene.Links;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// Hot paths that replaced a general tool with a hand-written equivalent (for speed on link-dense pages) must give
/// the general tool's answer: the scheme scanners (UrlParts and LH023's) against the regexes they replaced, the
/// one-pass attribute read of a scope declaration against AngleSharp's GetAttribute, the facts' element walk against
/// QuerySelectorAll("*"), the in-place class scan for UGC words against splitting and lower-casing, anchor text
/// normalisation's shortcut for plain ASCII text against every step, and the id index against GetElementById, on real
/// templates and on the edge cases.
/// </summary>
public class HandWrittenMatcherTests
{
    private static readonly Regex SchemePattern = new("^([a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant);

    // What LH023's leading-scheme scanner replaced.
    private static readonly Regex LeadingSchemePattern = new("^([a-zA-Z][a-zA-Z0-9+.-]*)(:?)(/*)", RegexOptions.CultureInvariant);

    private static readonly string[] ScopeNames = { "data-link-zone", "itemtype", "itemprop", "class", "lang", "xml:lang", "data-linkhygiene-ignore" };

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("a:")]
    [InlineData("https://example.com")]
    [InlineData("HTTP://X")]
    [InlineData("mailto:a@b.c")]
    [InlineData("a1+.-:rest")]
    [InlineData("1a:")]
    [InlineData("+a:")]
    [InlineData("a b:")]
    [InlineData("ht_tp:")]
    [InlineData("http")]
    [InlineData("/path:with:colons")]
    [InlineData("C:\\path")]
    [InlineData("\u212Aelvin:")] // the Kelvin sign is not an ASCII letter
    [InlineData("caf\u00e9:")]
    [InlineData("x\u0131:")]
    public void SchemeLengthIsWhatThePatternMatched(string url) => AssertSameScheme(url);

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("http")]
    [InlineData("http:")]
    [InlineData("https://example.com")]
    [InlineData("http:/example.com")]
    [InlineData("http:///x")]
    [InlineData("htp//example.com")]
    [InlineData("http;//example.com")]
    [InlineData("HTTPS:example.com")]
    [InlineData("a1+.-://")]
    [InlineData("1http://")]
    [InlineData("/posts/1")]
    [InlineData("www.example.com/x")]
    [InlineData("\u212Aelvin://")] // the Kelvin sign is not an ASCII letter
    [InlineData("x\u0131://")]
    [InlineData("http\uff1a//")] // a full-width colon is not ':'
    public void LeadingSchemeIsWhatThePatternMatched(string url) => AssertSameLeadingScheme(url);

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/css/site.css")]
    [InlineData("/css/site.min.css")]
    [InlineData("site.css")]
    [InlineData("/about.")]
    [InlineData("/about..")]
    [InlineData("/.htaccess")]
    [InlineData("/blog.2024/")]
    [InlineData("/blog.2024/post")]
    [InlineData("blog.2024\\post")]
    [InlineData("a\\b.txt")]
    [InlineData("/a|b.c\"d")] // characters .NET Framework's Path.GetExtension throws on; .NET 10's reads them
    [InlineData("/\u65e5\u672c.html")]
    public void ExtensionOfIsWhatPathGetExtensionReads(string path) =>
        Assert.Equal(System.IO.Path.GetExtension(path.Replace('\\', '/')), UrlParts.ExtensionOf(path));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("comment")]
    [InlineData("user-comment")]
    [InlineData("USER-Comment")]
    [InlineData("review_body card")]
    [InlineData("card Reviews")]
    [InlineData("preview reviewer")]
    [InlineData("card\tpost-reviews\n")]
    [InlineData("-comment")]
    [InlineData("comment-")]
    [InlineData("a--b__comments")]
    [InlineData("commentary-box")]
    [InlineData("re-view")]
    [InlineData("user-comment\u017F")] // the long s upper-cases to 'S' but lower-cases to itself: not "comments"
    [InlineData("user-rev\u0130ew")]
    [InlineData("x-comment\u00a0y")] // a no-break space is not a class separator
    [InlineData("x\fy-review")]
    public void UgcClassScanIsWhatSplittingFound(string classes) => AssertSameUgcClass(classes);

    [Fact]
    public void EveryUgcWordHoldsAStemTheScanSearchesForFirst()
    {
        // The scan passes over a class attribute without one of these stems: a UGC word without one would never be found.
        foreach (var word in LinkExtractor.UgcSegments.Concat(LinkExtractor.BareUgcClasses))
        {
            Assert.True(LinkExtractor.UgcStems.Any(stem => word.Contains(stem, System.StringComparison.Ordinal)), $"\"{word}\" holds no stem of {string.Join(", ", LinkExtractor.UgcStems)}");
            Assert.True(LinkExtractor.HasUgcClass(word + "-list") || LinkExtractor.HasUgcClass(word), word);
        }
    }

    [Fact]
    public void ScopeAttributesAreWhatGetAttributeReturnsInTheEdgeCases()
    {
        var document = new HtmlParser().ParseDocument(
            "<div CLASS=\"first\" class=\"second\" Lang=\"de\" XML:LANG=\"fr\" data-link-zone=\"ugc\" data-LINK-zone=\"none\">"
            + "<svg xml:lang=\"en\" class=\"icon\"><a xml:lang=\"nl\" itemprop=\"comment\"></a></svg>"
            + "<math lang=\"it\"></math><p itemtype=\"https://schema.org/Review\" data-linkhygiene-ignore=\"LH010\"></p></div>");
        var compared = 0;
        foreach (var element in document.QuerySelectorAll("*"))
        {
            compared += AssertSameScopeAttributes(element, "edge cases");
        }

        Assert.True(compared >= 10, $"only {compared} attributes present");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("read more")]
    [InlineData("read  more")]
    [InlineData("Read more")]
    [InlineData("read More")]
    [InlineData("read more.")]
    [InlineData("(read more)")]
    [InlineData(" read more")]
    [InlineData("read more ")]
    [InlineData("read\tmore")]
    [InlineData("read\u001Cmore")]
    [InlineData("read\u007Fmore")]
    [InlineData("don`t")]
    [InlineData("don't")]
    [InlineData("page 2 of 10")]
    [InlineData("x-y_z/1?2=3&4")]
    [InlineData("caf\u00e9")]
    [InlineData("\uff52ead more")] // full-width r: composed to ASCII
    [InlineData("read\u200bmore")]
    [InlineData("read\uE001more")]
    [InlineData("9")]
    [InlineData("_")]
    public void AnchorTextShortcutIsWhatEveryStepGives(string text) => AssertSameNormalization(Regex.Unescape(text));

    [Fact]
    public void AnchorTextShortcutIsWhatEveryStepGivesOnGeneratedText()
    {
        // Every mix of the characters the shortcut decides on: case, spaces, control characters, the folded backquote,
        // punctuation at the ends, and a few non-ASCII ones.
        const string alphabet = "aZ0 .`~\t\u001F\u007F-'\u00e9\u2019";
        var characters = Regex.Unescape(alphabet);
        var random = new System.Random(20261201);
        var shortcuts = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var buffer = new char[random.Next(1, 9)];
            for (var j = 0; j < buffer.Length; j++)
            {
                buffer[j] = characters[random.Next(characters.Length)];
            }

            shortcuts += AssertSameNormalization(new string(buffer)) ? 1 : 0;
        }

        Assert.True(shortcuts > 1_000, $"only {shortcuts} generated texts took the shortcut");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<a")]
    [InlineData("<A href=x>")]
    [InlineData("<article><aside>")]
    [InlineData("<a-b>")]
    [InlineData("<a.b> <a_b> <a:b> <a1>")]
    [InlineData("<navLink>")]
    [InlineData("<navl\u0131nk href=x>")] // a non-ASCII letter inside a name
    [InlineData("<\u017Fl-button>")] // a non-ASCII letter first, compared in full
    [InlineData("<\u212Aa>")] // the Kelvin sign
    [InlineData("<<a")]
    [InlineData("x <bas")]
    [InlineData("<base")]
    [InlineData("<SVG><colgroup><col")]
    [InlineData("<columns><selection><mathx><noscripts>")]
    [InlineData("<ion-item href=x><sl-button-group><wa-button>")]
    [InlineData("<a\u0660>")] // an Arabic-Indic digit continues a name, as char.IsDigit reads it
    public void OneSearchForEveryOpeningIsOneSearchForEach(string text) => AssertSameStartTags(text, "an edge case");

    [Theory]
    [InlineData("<span class=\"pre\">", true)]
    [InlineData("<a href=x>", true)]
    [InlineData("<a  HREF='y' b c=\"d\" e>", true)]
    [InlineData("<a b=c/>", true)] // (an unquoted value takes the '/')
    [InlineData("<a b=\"c\"/>", true)]
    [InlineData("<img src=\"x.png\" alt=\"a > b\" />", true)]
    [InlineData("<a\tb\n=\f'c'>", true)]
    [InlineData("<a b=\"\" c=''>", true)]
    [InlineData("<a b b=\"2\">", true)] // (the first: the tokenizer drops a name given again)
    [InlineData("<a title=\"Caf\u00e9 \u2014 \uD83D\uDE00\">", true)]
    [InlineData("<a>", true)]
    [InlineData("<br/>", true)]
    [InlineData("<a href=\"?a=1&amp;b=2\">", false)]
    [InlineData("<a href=x&y>", false)]
    [InlineData("<a b=\"c\"d=\"e\">", false)]
    [InlineData("<a / b>", false)]
    [InlineData("<a/b>", false)]
    [InlineData("<a =b>", false)]
    [InlineData("<a b=>", false)]
    [InlineData("<a b= >", false)]
    [InlineData("<a b=\"c>", false)]
    [InlineData("<a b=c\"d>", false)]
    [InlineData("<a b=`c`>", false)]
    [InlineData("<a \"b\"=c>", false)]
    [InlineData("<a b<c=d>", false)]
    [InlineData("<a caf\u00e9=1>", false)]
    [InlineData("<a b=\"c\"\r\n d>", false)]
    [InlineData("<a b=\"\0\">", false)]
    [InlineData("<a b=x\uffff>", false)] // (U+FFFF ends the tokenizer's input: no tag at all; the engine's text has none)
    [InlineData("<a b=\"c\"", false)]
    [InlineData("<a b=\"c\" / >", false)]
    [InlineData("<a b>c>", false)] // (not one tag)
    [InlineData("<a b=c>d>", false)]
    public void AttributesReadInPlaceAreTheTokenizers(string tag, bool readInPlace)
    {
        var text = "<p>x " + tag + " y";
        Assert.Equal(readInPlace, AssertSameAttributes(text, 5, 5 + tag.Length, "an edge case"));
    }

    [Fact]
    public void AttributesReadInPlaceAreTheTokenizersOnGeneratedTags()
    {
        var pieces = new[]
        {
            " ", "  ", "\t", "\n", "\r\n", "\f", "a", "B", "data-x", "href", "=", "=", "\"", "\"", "'", "/", "&amp;", "&", "<", "`", "x", "1", "\u00e9", "\0", ">", "\u007f", "\u0001",
            "\v", "\u00a0", "\u3000", "\u2028", "\u0085", "\uffff", "\uE000", "\uD83D\uDE00", "\u212A", "\u0130",
        };
        var names = new[] { "a", "A", "span", "Img", "my-component", "x:y", "svg" };
        var random = new System.Random(20261206);
        int plain = 0, compared = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var tag = "<" + names[random.Next(names.Length)] + pieces[random.Next(6)] + string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)])) + ">";
            compared++;
            plain += AssertSameAttributes(tag, 0, tag.Length, "a generated tag") ? 1 : 0;
        }

        Assert.True(plain > 20_000 && plain < compared, $"{plain} of {compared} generated tags read in place");
    }

    [Fact]
    public void AttributesReadInPlaceAreTheTokenizersOnEveryCorpusTemplate()
    {
        int plain = 0, tags = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var text = System.IO.File.ReadAllText(file);
            var document = LinkHygiene.Documents.TemplateDocument.Parse(file, text, LinkHygiene.Documents.TemplateKinds.FromPath(file)!.Value);
            foreach (var token in document.Tokens.Where(t => t.Kind == LinkHygiene.Documents.TokenKind.StartTag))
            {
                if (document.StartTagAt(token.Start) is { } tag)
                {
                    tags++;
                    plain += AssertSameAttributes(document.Masked, tag.Start, tag.End, file) ? 1 : 0;
                }
            }
        }

        Assert.True(tags > 50_000 && plain > tags * 0.9, $"{plain} of {tags} start tags read in place");
    }

    [Theory]
    [InlineData("<p><a href=\"/docs/x.html#y\" class=\"reference internal\" title=\"X\">x</a></p>", 1)]
    [InlineData("<head><link rel=\"stylesheet\" href=\"s.css\"><base href=\"/\"><script src=\"a.js\"></script></head><a href=x>y</a>", 3)] // (not the stylesheet's: read when asked)
    [InlineData("<a href=\"?a=1&amp;b=2\" HREF=dup>x</a>", 1)] // (a character reference, a name given twice)
    [InlineData("<svg><a href=\"/x\">x</a></svg>", 0)] // (SVG's elements get their attributes otherwise: read from the text)
    [InlineData("<table><a href=\"/x\">x</a></table>", 0)] // (the tree construction leaves this page to the parser)
    public void AttributesTakenFromTheElementAreTheTokenizers(string text, int taken)
    {
        var document = LinkHygiene.Documents.TemplateDocument.Parse("page.html", text, LinkHygiene.Documents.TemplateKind.Html);
        Assert.Equal(taken, AssertTakenAttributes(document, "an edge case").Taken);
    }

    [Fact]
    public void AttributesTakenFromTheElementAreTheTokenizersOnEveryCorpusTemplate()
    {
        int taken = 0, always = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var text = System.IO.File.ReadAllText(file);
            var (some, of) = AssertTakenAttributes(LinkHygiene.Documents.TemplateDocument.Parse(file, text, LinkHygiene.Documents.TemplateKinds.FromPath(file)!.Value), file);
            (taken, always) = (taken + some, always + of);
        }

        // (the rest are those without attributes and SVG's links, whose attributes are set otherwise)
        Assert.True(always > 3_000 && taken > always * 0.8, $"{taken} of {always} link, base and script tags took their attributes from their elements");
    }

    /// <summary>
    /// Each start tag that takes its attributes from its element (a link's, a base's, a script's) has the attributes a
    /// tokenizer of its text reads; an HTML element's are taken, and hold the element's own strings.
    /// </summary>
    /// <returns>How many tags took the element's attributes, of how many that take them.</returns>
    private static (int Taken, int Of) AssertTakenAttributes(LinkHygiene.Documents.TemplateDocument document, string where)
    {
        int taken = 0, of = 0;
        foreach (var element in document.Dom is null ? Enumerable.Empty<IElement>() : LinkHygiene.Site.TemplateFacts.Elements(document.Dom))
        {
            if (element.SourceReference is not LinkHygiene.Documents.StartTag { TakesAttributes: true } tag)
            {
                continue;
            }

            of++;
            var expected = string.Join(", ", LinkHygiene.Documents.StartTag.ReadWithTokenizer(document.Masked, tag.Start, tag.End));
            var actual = tag.RawAttributes;
            Assert.True(expected == string.Join(", ", actual), $"{where}: {Regex.Escape(document.Masked.Substring(tag.Start, tag.End - tag.Start))}: the tokenizer read [{expected}], the tag holds [{string.Join(", ", actual)}]");
            var shared = actual.Length > 0 && actual.Select((a, i) => ReferenceEquals(a.Value, element.Attributes[i]!.Value)).All(same => same);
            Assert.True(shared || actual.Length == 0 || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri, $"{where}: {document.Masked.Substring(tag.Start, tag.End - tag.Start)}: read again, not taken from its element");
            taken += shared ? 1 : 0;
        }

        return (taken, of);
    }

    /// <returns>Whether the tag was read in place.</returns>
    private static bool AssertSameAttributes(string text, int start, int end, string where)
    {
        var plain = LinkHygiene.Documents.StartTag.ReadPlain(text, start, end);
        if (plain is not null)
        {
            var expected = string.Join(", ", LinkHygiene.Documents.StartTag.ReadWithTokenizer(text, start, end));
            var actual = string.Join(", ", plain);
            Assert.True(expected == actual, $"{where}: {Regex.Escape(text.Substring(start, end - start))}: the tokenizer read [{expected}], in place [{actual}]");
        }

        return plain is not null;
    }

    [Fact]
    public void OneSearchForEveryOpeningIsOneSearchForEachOnEveryCorpusTemplate()
    {
        int found = 0, serverSyntax = 0, mayHold = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var text = System.IO.File.ReadAllText(file);
            found += AssertSameStartTags(text, file);
            var matches = LinkHygiene.Documents.TemplateDocument.ServerTemplateSyntax.IsMatch(text);
            var may = LinkHygiene.Documents.TemplateDocument.MayHoldServerTemplateSyntax(text);
            Assert.True(may || !matches, $"{file}: the server template pattern matches where the search before it finds nothing");
            serverSyntax += matches ? 1 : 0;
            mayHold += may ? 1 : 0;
        }

        Assert.True(found > 500, $"only {found} openings found");
        Assert.True(serverSyntax > 0 && mayHold < 1_000, $"server template syntax in {serverSyntax} templates, searched for the pattern in {mayHold}");
    }

    [Theory]
    [InlineData("<p><%= name %></p>", true)]
    [InlineData("<%inherit file=\"base.html\"/>", true)]
    [InlineData("<a href=\"{$url}\">", true)]
    [InlineData("<p> {$name}</p>", true)]
    [InlineData("{loop=\"items\"}", true)]
    [InlineData("{if $x}", true)]
    [InlineData("{include file=\"a.tpl\"}", true)]
    [InlineData("<a href=\"$!{url}\">", true)]
    [InlineData("<a href='${url}'>", true)]
    [InlineData("x\n  $def with (page)", true)]
    [InlineData("$code:\n", true)]
    [InlineData("x\n\t%  for x in y:", true)]
    [InlineData("x\r\n#if($a)", true)]
    [InlineData("<p>\n#set ($a = 1)", true)]
    [InlineData("<style>\n#header { color: red }\n#iframe { }\n</style>", false)]
    [InlineData("<p>Price: 5 $ or 10%</p>", false)]
    [InlineData("", false)]
    public void TheSearchBeforeTheServerTemplatePatternFindsEveryMatch(string text, bool matches)
    {
        Assert.Equal(matches, LinkHygiene.Documents.TemplateDocument.ServerTemplateSyntax.IsMatch(text));
        Assert.True(LinkHygiene.Documents.TemplateDocument.MayHoldServerTemplateSyntax(text) || !matches);
    }

    [Theory]
    [InlineData("page.html#top", false)]
    [InlineData("#", false)]
    [InlineData("a#b#", true)] // #b#
    [InlineData("/x/#name#", true)]
    [InlineData("##name##", true)]
    [InlineData("##", false)]
    [InlineData("#1#", false)]
    [InlineData("library/stdtypes.html#str.format", false)]
    [InlineData("/#/route#x", false)]
    [InlineData("*|UNSUB|*", true)]
    [InlineData("%%view_email_url%%", true)]
    [InlineData("/a?x=%s", true)]
    [InlineData("/a%20b#c", false)]
    [InlineData("{name}#x", true)]
    [InlineData("$url$", true)]
    [InlineData("[[link]]#x", true)]
    [InlineData("mailto:[email]", true)]
    public void TheSearchBeforeTheMergeTagPatternFindsEveryMatch(string value, bool matches)
    {
        Assert.Equal(matches, LinkHygiene.Documents.Dynamic.MergeTags.IsMatch(value));
        AssertMergeTagSearchFindsEveryMatch(value);
    }

    [Fact]
    public void TheSearchBeforeTheMergeTagPatternFindsEveryMatchInGeneratedValues()
    {
        // short values over the characters the pattern reads, every start: the search may only skip where no tag starts
        var random = new System.Random(65);
        const string alphabet = "##%%|*{}$[]/=:_aZ9.(s";
        var matched = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(1, 14)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var value = new string(chars);
            AssertMergeTagSearchFindsEveryMatch(value);
            matched += LinkHygiene.Documents.Dynamic.MergeTags.IsMatch(value) ? 1 : 0;
        }

        Assert.True(matched > 1_000, $"only {matched} generated values held a merge tag");
    }

    /// <returns>Whether the value has a '#' and the search passed over it (no merge tag from its start).</returns>
    private static bool AssertMergeTagSearchFindsEveryMatch(string value)
    {
        // (from every start of a short value; from its start only of a long one, which would take the pattern's time squared)
        for (var from = 0; from <= (value.Length <= 256 ? value.Length : 0); from++)
        {
            if (LinkHygiene.Documents.Dynamic.MergeTags.IsMatch(value, from))
            {
                Assert.True(LinkHygiene.Documents.Dynamic.MayHoldMergeTag(value, from), $"a merge tag in '{value}' from {from}, which the search before the pattern does not find");
            }
        }

        return value.Contains('#', System.StringComparison.Ordinal) && !LinkHygiene.Documents.Dynamic.MayHoldMergeTag(value, 0);
    }

    private static int AssertSameStartTags(string text, string where)
    {
        var found = 0;
        foreach (var needles in new[] { LinkHygiene.Documents.TemplateDocument.RuleTagOpenings, LinkHygiene.Documents.TemplateDocument.TreeBuilderTagOpenings })
        {
            var each = needles.Any(needle => LinkHygiene.Documents.TemplateDocument.HasStartTag(text, needle));
            Assert.True(each == LinkHygiene.Documents.TemplateDocument.HasStartTag(text, needles), $"{where}: one search says {!each}, one for each opening {each}");
            found += each ? 1 : 0;
        }

        return found;
    }

    [Fact]
    public void AllAgreeOnEveryCorpusElementAndAttributeValue()
    {
        int elements = 0, present = 0, values = 0, schemes = 0, classes = 0, ugc = 0, linkTexts = 0, shortcuts = 0, idLookups = 0, fragmentsOnly = 0;
        foreach (var (file, dom) in CorpusDocuments.Doms())
        {
            var ids = LinkHygiene.Documents.TemplateDocument.IndexIds(dom);
            foreach (var id in ids.Keys.Concat(new[] { "missing-id", string.Empty, "a b" }))
            {
                idLookups++;
                Assert.True(ReferenceEquals(dom.GetElementById(id), ids.TryGetValue(id, out var found) ? found : null), $"{file}: the index and GetElementById disagree on '{id}'");
            }

            var all = dom.QuerySelectorAll("*");
            Assert.True(all.SequenceEqual(LinkHygiene.Site.TemplateFacts.Elements(dom)), $"{file}: the facts' walk is not QuerySelectorAll(\"*\")");
            foreach (var element in all)
            {
                elements++;
                present += AssertSameScopeAttributes(element, file);
                if (element.GetAttribute("class") is { } names)
                {
                    classes++;
                    ugc += AssertSameUgcClass(names) ? 1 : 0;
                }

                if (element.LocalName == "a")
                {
                    linkTexts++;
                    shortcuts += AssertSameNormalization(element.TextContent) ? 1 : 0;
                    shortcuts += AssertSameNormalization(Regex.Replace(element.TextContent, @"\s+", " ").Trim()) ? 1 : 0;
                }

                foreach (var attribute in element.Attributes)
                {
                    values++;
                    shortcuts += AssertSameNormalization(attribute.Value) ? 1 : 0;
                    schemes += AssertSameScheme(attribute.Value.Trim()) ? 1 : 0;
                    fragmentsOnly += AssertMergeTagSearchFindsEveryMatch(attribute.Value) ? 1 : 0;
                    AssertSameLeadingScheme(attribute.Value.Trim());
                }
            }
        }

        Assert.True(elements > 50_000 && present > 10_000, $"only {elements} elements and {present} scope attributes compared");
        Assert.True(values > 50_000 && schemes > 1_000, $"only {values} attribute values, {schemes} with a scheme");
        Assert.True(classes > 10_000 && ugc > 0, $"only {classes} class attributes, {ugc} with a UGC class");
        Assert.True(idLookups > 10_000, $"only {idLookups} ids looked up");
        Assert.True(fragmentsOnly > 100, $"only {fragmentsOnly} values with a '#' the merge-tag search passed over");
        Assert.True(linkTexts > 1_000 && shortcuts > 10_000, $"only {linkTexts} link texts, {shortcuts} normalised by the shortcut");
    }

    /// <returns>Whether the text is one the shortcut answers for (<see cref="LinkHygiene.Text.AnchorText.IsPlainAscii"/>).</returns>
    private static bool AssertSameNormalization(string text)
    {
        var normalized = LinkHygiene.Text.AnchorText.Normalize(text);
        Assert.True(
            normalized == LinkHygiene.Text.AnchorText.NormalizeEveryStep(text),
            $"'{text}' normalised to '{normalized}', every step gives '{LinkHygiene.Text.AnchorText.NormalizeEveryStep(text)}'");
        return text.Length > 0 && LinkHygiene.Text.AnchorText.IsPlainAscii(text);
    }

    /// <returns>Whether the URL has a scheme.</returns>
    private static bool AssertSameScheme(string url)
    {
        var match = SchemePattern.Match(url);
        Assert.True((match.Success ? match.Groups[1].Length : -1) == UrlParts.SchemeLength(url), $"scheme of \"{url}\"");
        return match.Success;
    }

    private static void AssertSameLeadingScheme(string url)
    {
        var match = LeadingSchemePattern.Match(url);
        var found = LinkHygiene.Rules.LH023MalformedUrl.LeadingScheme(url, out var nameLength, out var colon, out var slashes);
        var expected = match.Success ? $"{match.Groups[1].Length} {match.Groups[2].Length > 0} {match.Groups[3].Length}" : "none";
        var actual = found ? $"{nameLength} {colon} {slashes}" : "none";
        Assert.True(expected == actual, $"leading scheme of \"{url}\": pattern {expected}, scanner {actual}");
    }

    /// <returns>Whether a class is a compound with a UGC word.</returns>
    private static bool AssertSameUgcClass(string classes)
    {
        // What the scan replaced: split on HTML white space, lower-case, split each compound class on '-' and '_'; a
        // part is a UGC word and none is one of the site's words.
        // A bare class counts only when it is one of the bare UGC words.
        var names = classes.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, System.StringSplitOptions.RemoveEmptyEntries);
        var expected = names.Any(name => LinkExtractor.BareUgcClasses.Contains(name.ToLowerInvariant()))
            || names.Where(name => name.Contains('-') || name.Contains('_'))
                .Select(name => name.ToLowerInvariant().Split('-', '_'))
                .Any(parts => parts.Any(LinkExtractor.UgcSegments.Contains) && !parts.Any(LinkExtractor.SiteSegments.Contains));
        Assert.True(expected == LinkExtractor.HasUgcClass(classes), $"class=\"{classes}\": split {expected}, scan {!expected}");
        return expected;
    }

    /// <returns>How many of the names the element has.</returns>
    private static int AssertSameScopeAttributes(IElement element, string where)
    {
        var read = LinkExtractor.ScopeAttributes.Of(element);
        var found = new[] { read.LinkZone, read.ItemType, read.ItemProp, read.Class, read.Lang, read.XmlLang, read.Ignore };
        var present = 0;
        for (var i = 0; i < ScopeNames.Length; i++)
        {
            var expected = element.GetAttribute(ScopeNames[i]);
            present += expected is null ? 0 : 1;
            Assert.True(expected == found[i], $"{where}: <{element.LocalName}> {ScopeNames[i]}: GetAttribute \"{expected}\", one pass \"{found[i]}\"");
        }

        return present;
    }
}
