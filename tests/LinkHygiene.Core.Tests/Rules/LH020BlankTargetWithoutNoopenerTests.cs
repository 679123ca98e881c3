using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH020BlankTargetWithoutNoopenerTests
{
    private static readonly string[] Only = { "LH020" };

    [Theory]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"_blank\"|}>Example</a>")]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"_BLANK\"|} rel=\"nofollow\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"noopener\">Example</a>")]
    // the browser's own pages and its extensions' are no other site (held-out review 113: an extension's popup); ftp:// is
    [InlineData("<a href=\"chrome://extensions/shortcuts\" target=\"_blank\">Shortcuts</a> <a href=\"chrome-extension://abcdefgh/options.html\" target=\"_blank\">Options</a> <a href=\"moz-extension://1234/options.html\" target=\"_blank\">Options</a> <a href=\"devtools://devtools/bundled/inspector.html\" target=\"_blank\">Inspect</a> <a href=\"ftp://files.example.org/\" {|LH020:target=\"_blank\"|}>Files</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"noreferrer\">Example</a>")]
    [InlineData("<a href=\"/docs\" target=\"_blank\">Docs</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_self\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_top\">Example</a><a href=\"https://example.org\" target=\"_parent\">Example</a>")]
    // Browsers imply noopener for _blank only: a named target, _new, or a misspelt keyword opens a new window with opener.
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"help\"|}>Example</a>")]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"_new\"|}>Example</a>")]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"blank\"|}>Example</a>")]
    // Client templates with internal destinations (dasblog-core's {{page.RelativeLink}}, Blogifier's
    // {{SiteVars.RelativeWebRoot}}Account/...): run-time and not proven external, so skipped by default.
    [InlineData("<a href=\"{{page.RelativeLink}}\" target=\"_blank\">{{page.Title}}</a>")]
    [InlineData("<a href=\"{{SiteVars.RelativeWebRoot}}Account/Login\" target=\"_blank\">Log in</a>")]
    [InlineData("<a href=\"https://{{host}}/x\" target=\"_blank\">Host computed at run time: it may be this site</a>")]
    [InlineData("<a href=\"https://partners.example/{{id}}\" {|LH020:target=\"_blank\"|}>Partner</a>")]
    // Knockout binds rel and target through attr (held-out: knockout's examples); other attributes it binds do not
    [InlineData("<a href=\"https://example.org/\" target=\"_blank\" data-bind=\"attr: { rel: relValue }\">Out</a>")]
    [InlineData("<a href=\"https://example.org/\" data-bind=\"attr: { 'target': t }\">Out</a>")]
    [InlineData("<a href=\"https://example.org/\" {|LH020:target=\"_blank\"|} data-bind=\"attr: { title: t, 'data-rel': r }\">Out</a>")]
    // Knockout's href binding read as Vue's is, by the string it starts with (held-out review 82: RavenDB's studio); a
    // binding that only names an href does not replace the written one
    [InlineData("<a {|LH020:target=\"_blank\"|} data-bind=\"visible: env() === 'Custom', attr: { href: 'https://ravendb.net/l/8H5IPX/' + $root.version() }\">Guide</a>")]
    [InlineData("<a target=\"_blank\" data-bind=\"attr: { href: '/docs/' + page }\">Docs</a><a target=\"_blank\" data-bind=\"attr: { href: url }\">Computed</a>")]
    [InlineData("<a href=\"https://ravendb.net/download\" {|LH020:target=\"_blank\"|} data-bind=\"visible: hasHref\">Download RavenDB</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"@Model.Url\" target=\"_blank\">@Model.Title</a>")]
    [InlineData("<a href=\"https://partners.example/@Model.Id\" {|LH020:target=\"_blank\"|}>@Model.Title</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"@Model.Target\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"@Model.Rel\">Example</a>")]
    [InlineData("<a asp-page=\"/Docs\" target=\"_blank\">Docs</a>")]
    // the start of a C# string that begins the expression is written in the template too (held-out: ant-design-blazor's
    // GitHub button); an escape, an interpolation or the string's end stops what is known
    [InlineData("<a href=\"@($\"//github.com/{org}/{repo}\")\" {|LH020:target=\"_blank\"|}>GitHub</a>")]
    [InlineData("<a href=\"@(\"https://partners.example/\" + Model.Id)\" {|LH020:target=\"_blank\"|}>Partner</a>")]
    [InlineData("<a href=\"@( @$\"https://partners.example/{id}\")\" {|LH020:target=\"_blank\"|}>Partner</a>")]
    [InlineData("<a href=\"@($\"{Model.Base}/docs\")\" target=\"_blank\">Docs</a>")]
    [InlineData("<a href=\"@($\"/docs/{Model.Page}\")\" target=\"_blank\">Docs</a>")]
    [InlineData("<a href=\"@(\"h\\u0074tps://x.example\")\" target=\"_blank\">Escaped: not read past the escape</a>")]
    [InlineData("<a href=\"@(\"\"\"https://x.example\"\"\")\" target=\"_blank\">A raw string: not read</a>")]
    [InlineData("<a href=\"@(Model.Url + \"https://x.example\")\" target=\"_blank\">Not the start</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    // A local the template's code declares with a string is that string's start (held-out: Blogifier's share dialog,
    // @{ var share_facebook = "https://www.facebook.com/sharer/sharer.php?u=" + postSlug; } ... href="@share_facebook");
    // one assigned again, or declared twice, is unknown
    [Theory]
    [InlineData("@{ var share = \"https://www.facebook.com/sharer/sharer.php?u=\" + slug; }\n<a href=\"@share\" {|LH020:target=\"_blank\"|}>Share on Facebook</a>")]
    [InlineData("@{ string tweet = $\"https://twitter.com/intent/tweet?text={title}\"; }\n<a href=\"@(tweet)\" {|LH020:target=\"_blank\"|}>Tweet this</a>")]
    [InlineData("@{ var home = \"/\" + culture; }\n<a href=\"@home\" target=\"_blank\">Home page</a>")]
    [InlineData("@{ var x = \"https://a.example/\"; if (local) { x = \"/here\"; } }\n<a href=\"@x\" target=\"_blank\">Where</a>")]
    [InlineData("@{ var y = \"https://a.example/\"; }\n@{ var y = \"/b\"; }\n<a href=\"@y\" target=\"_blank\">Where</a>")]
    [InlineData("@{ var z = \"https://a.example/\"; }\n<a href=\"@z.Trim()\" target=\"_blank\">A call on it: unknown</a>")]
    public void RazorLocal(string markup) => EngineAssert.Findings("Pages/Share.cshtml", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"@Model.Url\" {|LH020:target=\"_blank\"|}>@Model.Title</a>")]
    [InlineData("<a href=\"{{url}}\" {|LH020:target=\"_blank\"|}>{{title}}</a>")]
    [InlineData("<a asp-page=\"/Docs\" target=\"_blank\">Docs</a><a href=\"/x\" target=\"_blank\">X</a>")]
    public void DynamicHrefsCanBeReported(string markup) =>
        EngineAssert.Findings("Pages/Index.cshtml", markup, new[] { "link_hygiene.LH020.dynamic_hrefs = report" }, Only);

    [Fact]
    public void TheMessageNamesTheTarget()
    {
        var finding = Assert.Single(EngineAssert.Findings("page.html", "<a href=\"https://example.org/\" {|LH020:target=\"_new\"|}>Example</a>", only: Only));
        Assert.Equal("Link to 'https://example.org/' opens a new window (target=\"_new\") without rel=\"noopener\"; add noopener (or noreferrer)", finding.Message);
    }

    // A link with no target takes the page's <base target> (held-out review 148): reported on its href, with the fix; not a
    // link with its own target, an internal one, nor a <base> whose target is computed or opens no window
    [Theory]
    [InlineData("<head><base target=\"_blank\"></head><a {|LH020:href=\"https://example.org/\"|}>Example</a> <a href=\"https://example.org/a\" target=\"_self\">A</a> <a href=\"/about\">About</a> <area {|LH020:href=\"http://example.org/b\"|} alt=\"B\">")]
    [InlineData("<head><base href=\"/\"><base target=\"_BLANK\"><base target=\"_top\"></head><a {|LH020:href=\"https://example.org/\"|}>Example</a>")]
    // (a base that names a frame sends links to a frameset's frame; one in a template's content or a template script is
    // no base of the page: code review 117)
    [InlineData("<HEAD><BASE TARGET=\"main\"></HEAD><A HREF=\"https://example.org/\">Example</A>")]
    [InlineData("<template><base target=\"_blank\"></template><script type=\"text/html\"><base target=\"_blank\"></script><a href=\"https://example.org/\">Example</a>")]
    [InlineData("<head><base target=\"_top\"><base target=\"_blank\"></head><a href=\"https://example.org/\">Example</a>")]
    [InlineData("<head><base target=\"{{ target }}\"></head><a href=\"https://example.org/\">Example</a>")]
    [InlineData("<a href=\"https://example.org/\">Example</a>")]
    public void ALinkWithoutATargetTakesTheBaseTarget(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Fact]
    public void TheMessageSaysTheTargetIsTheBases()
    {
        const string page = "<head><base target=\"_blank\"></head>\n<a href=\"https://example.org/\">Example</a>";
        var finding = Assert.Single(EngineAssert.Findings("page.html", "<head><base target=\"_blank\"></head>\n<a {|LH020:href=\"https://example.org/\"|}>Example</a>", only: Only));
        Assert.Equal("Link to 'https://example.org/' opens a new window (target=\"_blank\" from the page's <base target=\"_blank\") without rel=\"noopener\"; add noopener (or noreferrer)", finding.Message);
        Assert.Equal("<head><base target=\"_blank\"></head>\n<a href=\"https://example.org/\" rel=\"noopener\">Example</a>", LinkHygiene.Fixes.TemplateFixer.Fix("page.html", page, LinkHygiene.Options.DictionaryOptionSource.Empty).Text);
    }

    [Fact]
    public void AKnockoutLinkIsNamedByItsHrefsExpression()
    {
        // not by the whole data-bind, which may hold many bindings before it (held-out review 82: RavenDB's setup wizard)
        var finding = Assert.Single(EngineAssert.Findings("page.html", "<a {|LH020:target=\"_blank\"|} data-bind=\"visible: env() === 'Custom', attr: { href: 'https://ravendb.net/l/8H5IPX/' + version() }\">Guide</a>", only: Only));
        Assert.Equal("Link to ''https://ravendb.net/l/8H5IPX/' + version()' opens a new window (target=\"_blank\") without rel=\"noopener\"; add noopener (or noreferrer)", finding.Message);
    }
}
