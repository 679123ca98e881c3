using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH006MalformedRelTests
{
    private static readonly string[] Only = { "LH006" };

    [Theory]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:ugc,nofollow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:nofollow,|} ugc\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"nofollow {|LH006:nofollow|}\">X shop</a>")]
    // a word is repeated within one rel, not across links; a long rel's words are not carried to the next link either
    [InlineData("<a href=\"https://x.example\" rel=\"nofollow noopener\">X shop</a><a href=\"https://y.example\" rel=\"nofollow\">Y shop</a><a href=\"https://z.example\" rel=\"noopener {|LH006:noopener|}\">Z shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"nofollow noopener noreferrer ugc sponsored external license author help next prev search tag bookmark alternate me privacy-policy terms-of-service opener {|LH006:nofollow|}\">X shop</a><a href=\"https://y.example\" rel=\"nofollow\">Y shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"NoFollow {|LH006:nofollow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:dofollow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:follow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:no-follow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:nofolow|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"noopener {|LH006:sponsered|} noreferrer\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"\tnoopener\n  {|LH006:nofolow|}  \">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"nofollow noopener noreferrer ugc sponsored external me\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"author license next prev tag bookmark help alternate\">X shop</a>")]
    // registered values (microformats "existing rel values": XFN and others) are HTML's extension mechanism, not errors
    [InlineData("<a href=\"https://ann.example\" rel=\"contact friend met co-worker colleague sweetheart\">Ann</a>")]
    [InlineData("<a href=\"/tags/dotnet\" rel=\"tag\">.NET</a><a href=\"/licence\" rel=\"license\">Licence</a><a href=\"/\" rel=\"home index up\">Home</a>")]
    [InlineData("<a href=\"https://x.example/reply\" rel=\"in-reply-to syndication webmention\">Reply</a>")]
    // IndieWeb's registered values on a personal site (held-out review 106: rel="me authn" is how IndieLogin signs in)
    [InlineData("<a href=\"https://github.com/ann\" rel=\"me authn\">GitHub</a><a href=\"/key.asc\" rel=\"pgpkey\">PGP key</a>")]
    [InlineData("<a href=\"https://github.com/ann/site\" rel=\"code-repository\">Source</a><a href=\"/LICENSE\" rel=\"code-license\">MIT</a>")]
    // WordPress's the_shortlink() and django-blog-zinnia write it on a hyperlink (held-out review)
    [InlineData("<a href=\"https://x.example/?p=12\" title=\"Short URL\" rel=\"shortlink\">Short link to this post</a>")]
    // link types for <link> do nothing on a hyperlink (fluentui-blazor demo pages, Blogifier themes)
    [InlineData("<a href=\"/posts/hello\" rel=\"{|LH006:canonical|}\">Hello</a>")]
    [InlineData("<a href=\"/site.css\" rel=\"{|LH006:stylesheet|}\">Styles</a><map name=\"m\"><area href=\"/x\" alt=\"X\" rel=\"{|LH006:preload|}\"></map>")]
    [InlineData("<a href=\"https://x.example\" rel=\"noopener {|LH006:icon|}\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"\">X shop</a>")]
    [InlineData("<a href=\"https://x.example\">X shop</a>")]
    // with a character reference the token cannot be mapped exactly: the attribute is reported
    [InlineData("<a href=\"https://x.example\" {|LH006:rel=\"nofolow&#32;ugc\"|}>X shop</a>")]
    // unquoted and single-quoted values
    [InlineData("<a href=\"https://x.example\" rel={|LH006:nofolow|}>X shop</a>")]
    [InlineData("<a href=\"https://x.example\" rel='{|LH006:ugc,nofollow|}'>X shop</a>")]
    // rel on something that is not a link is not checked here
    [InlineData("<link rel=\"stylesheet,preload\" href=\"x.css\">")]
    [InlineData("<a name=\"top\" rel=\"dofollow\">Top</a>")]
    // a client interpolation with spaces in it is one token computed at run time (held-out: mkdocs-material's social
    // links, rel="{{ rel }}"); the literal tokens around it are still checked
    [InlineData("<a href=\"https://x.example\" target=\"_blank\" rel=\"{{ rel }}\">X</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{% if ext %}nofollow{% endif %}\">X</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{{ rel|default('noopener') }}\">X</a>")]
    [InlineData("<a href=\"https://x.example\" rel=\"{|LH006:nofolow|} {{ extra_rel }}\">X</a>")]
    // RDFa's terms: a CURIE of the initial context or of a prefix the page declares, an absolute IRI (held-out review 152:
    // WPT's RDFa conformance pages); not one of a prefix nobody declares, nor one with no prefix
    [InlineData("<html prefix=\"ex: http://example.org/ns# v: http://rdf.data-vocabulary.org/#\"><body><a href=\"/a\" rel=\"dc:creator cc:license\">A</a> <a href=\"/b\" rel=\"ex:knows http://purl.org/dc/terms/creator\">B</a> <a href=\"/c\" rel=\"{|LH006:zz:knows|}\">C</a> <a href=\"/d\" rel=\"{|LH006::next|}\">D</a></body></html>")]
    [InlineData("<div prefix=\"myTerms: http://example.org/t#\"><a href=\"/a\" rel=\"myTerms:cites\">A</a></div>")]
    [InlineData("<div xmlns:my=\"http://example.org/my#\"><a href=\"/a\" rel=\"my:friend\">A</a> <a href=\"/b\" rel=\"{|LH006:http:foo|}\">B</a></div>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"@Model.Url\" rel=\"@Model.Rel {|LH006:nofolow|}\">Shop</a>")]
    [InlineData("<a href=\"@Model.Url\" rel=\"@Model.Rel\">Shop</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    [Theory]
    [InlineData("noopener,noreferrer", "link types are separated by spaces, not commas, so this is one unknown token: write rel=\"noopener noreferrer\"")]
    [InlineData("ugc,nofollow", "link types are separated by spaces, not commas: Google reads it, but browsers and other crawlers see one unknown token; write rel=\"ugc nofollow\"")]
    [InlineData("dofollow", "'dofollow' is not a link type (links are followed unless marked nofollow): remove it")]
    [InlineData("nofolow", "'nofolow' is not a link type; did you mean 'nofollow'?")]
    [InlineData("no_follow", "'no_follow' is not a link type; did you mean 'nofollow'?")]
    [InlineData("sponser", "'sponser' is not a link type; did you mean 'sponsored'?")]
    [InlineData("sponsor", "'sponsor' is not a link type; did you mean 'sponsored'?")]
    [InlineData("noreffer", "'noreffer' is not a link type; did you mean 'noreferrer'?")]
    [InlineData("preferred", "'preferred' is not a link type")]
    [InlineData("banana", "'banana' is not a link type")]
    [InlineData("canonical", "'canonical' is a link type for <link> elements in the page head; on a hyperlink it does nothing: remove it")]
    public void MessagesSayWhatToDo(string rel, string advice)
    {
        var result = EngineAssert.Analyze("page.html", $"<a href=\"https://x.example\" rel=\"{rel}\">X shop</a>");
        var finding = Assert.Single(result.Findings);
        Assert.Equal($"Malformed rel value '{rel}': {advice}", finding.Message);
    }

    [Theory]
    // the whole value rewritten, as the fix writes it (held-out review of affiliate links: "nofollow, noopener" was told
    // to write rel="nofollow", dropping noopener), and semicolons named as such
    [InlineData("nofollow, noopener", "nofollow,", "link types are separated by spaces, not commas: Google reads it, but browsers and other crawlers see one unknown token; write rel=\"nofollow noopener\"")]
    [InlineData("sponsored nofollow,ugc", "nofollow,ugc", "link types are separated by spaces, not commas: Google reads it, but browsers and other crawlers see one unknown token; write rel=\"sponsored nofollow ugc\"")]
    [InlineData("nofollow;noopener", "nofollow;noopener", "link types are separated by spaces, not semicolons, so this is one unknown token: write rel=\"nofollow noopener\"")]
    public void SeparatorMessagesGiveTheWholeValue(string rel, string token, string advice)
    {
        var result = EngineAssert.Analyze("page.html", $"<a href=\"https://x.example\" rel=\"{rel}\">X shop</a>");
        var finding = Assert.Single(result.Findings, f => f.Id == "LH006");
        Assert.Equal($"Malformed rel value '{token}': {advice}", finding.Message);
    }
}
