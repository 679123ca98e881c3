using System.Linq;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// An HTML file's template code (Hugo, Jekyll, Jinja, Handlebars) is masked before the HTML is parsed, as Razor code is:
/// quotes and '&gt;' inside <c>{{ }}</c> and <c>{% %}</c> are the template's, so the attributes after them stay
/// attributes and the link's text stays its text; template comments render nothing. Cases from held-out Hugo themes
/// (docsy, beautifulhugo, hugo-book, ananke) and their public content.
/// </summary>
public class StaticSiteTemplateTests
{
    [Theory]
    // the attributes after a quoted template argument were split off and read as unknown attributes (no LH011)
    [InlineData("{|LH011:<a class=\"text-white\" target=\"_blank\" href=\"{{ .Get \"url\" }}\">|}<i class=\"fas fa-x\"></i></a>")]
    [InlineData("{|LH011:<a href=\"{{ \"/\" | relLangURL }}\">|}<i class=\"fa fa-home\"></i></a>")]
    [InlineData("{|LH011:<a data-x=\"{{ T \"ui_x\" }}\" href=\"/y\">|}<i class=\"fa fa-x\"></i></a>")]
    // '>' in a shortcode ended the start tag: the rest of it became the link's text
    [InlineData("<a href=\"{{< relref \"/docs\" >}}\">\n  {|LH010:Learn More|}\n</a>")]
    [InlineData("<a href=\"{{< ref \"docs/x\" >}}\" target=\"_blank\"><ins>{|LH010:this link.|}</ins></a>")]
    [InlineData("<a href=\"https://example.org/{{< param \"x\" >}}\" {|LH020:target=\"_blank\"|}>Example</a>")]
    [InlineData("<p><a target=\"_blank\" href=\"https://github.com/{{< param \"repo\" >}}\" rel=\"noopener\">GitHub repository</a></p>")]
    // template comments are not output: nothing in them is a link
    [InlineData("{{/* <a href=\"#\" onclick=\"x()\">Click here</a> <a href=\"http://old.example/\" target=\"_blank\"><i class=\"fa fa-x\"></i></a> */}}")]
    [InlineData("{{- /* <a href=\"javascript:void(0)\">more</a> */ -}}")]
    [InlineData("{# <a href=\"#\">Click here</a> #}")]
    // a comment between words of a link's text leaves the words
    [InlineData("<a href=\"/a\">{|LH010:Read {# note #}more|}</a>")]
    // Handlebars' triple braces, Liquid tags with quotes, and template code in a rel
    [InlineData("<a href=\"{{{ url \"x\" }}}\">Docs</a> <a href=\"{% link \"_posts/a.md\" %}\">Post</a>")]
    [InlineData("<a href=\"https://x.example\" target=\"_blank\" rel=\"noopener{{- with $rel }} {{ . -}}{{- end -}}\">X</a>")]
    // a closer inside a quoted string does not close the tag (black-box probe: --fix wrote inside {{ "}}" }})
    [InlineData("<a href=\"https://a.example/{{ \"}}\" }}\" {|LH020:target=\"_blank\"|}>A</a>")]
    [InlineData("<a href=\"https://c.example/{% if a == \"%}\" %}x{% endif %}\" {|LH020:target=\"_blank\"|}>C</a>")]
    // a brace before a percent escape is no tag: it does not pair with a later "%}" and hide the links between
    [InlineData("<a href=\"/s?f={%22k%22:1}\">{|LH010:Click here|}</a><style>.a{width:100%}</style>")]
    // {% comment %} blocks are not output (Liquid, Django)
    [InlineData("{% comment %}<a href=\"#\">Click here</a>{% endcomment %}<p>{%- comment \"old\" -%}<a href=\"#\">x</a>{%- endcomment -%}</p>")]
    // nor is the markup of a {% highlight %} block: it is output as escaped code, a sample (held-out: Bootstrap's docs);
    // an unclosed block hides nothing, and a tag that only starts with the word is no block
    [InlineData("<a href=\"/\">Home</a>\n{% highlight html %}\n<li><a href=\"#\">Home</a></li>\n<a href=\"javascript:void(0)\">Click here</a>\n{% endhighlight %}\n<a {|LH022:href=\"#\"|}>Top sellers</a>")]
    [InlineData("{%- highlight html linenos -%}<a href=\"#\">x</a>{%- endhighlight -%} {% highlight %}<a href=\"/x\">{|LH010:Click here|}</a>")]
    [InlineData("{% highlighted %}<a href=\"/x\">{|LH010:Click here|}</a>")]
    public void TemplateCodeIsMaskedBeforeTheHtmlIsRead(string markup) => EngineAssert.Findings("layouts/partials/x.html", markup);

    // Hugo's and Jekyll's URL filters return an absolute URL as it is: a literal one given to them leads to another site
    // (held-out review of static-site themes: no LH005 on a sponsored partner link, and LH020/LH021 where they apply)
    [Theory]
    [InlineData("<a href=\"{{ \"https://partner.example/\" | absURL }}\" rel=\"sponsored\">Our partner</a> <a href=\"{{ 'https://partner.example/' | relative_url }}\" rel=\"nofollow\">Partner</a>")]
    [InlineData("<a {|LH021:href=\"{{ \"http://example.org/\" | absURL }}\"|} {|LH020:target=\"_blank\"|}>Example site</a>")]
    [InlineData("<a href=\"{{ \"/about/\" | relURL }}\" rel=\"{|LH005:nofollow|}\">About us</a>")]
    public void ALiteralAbsoluteUrlThroughAUrlFilterLeavesTheSite(string markup) => EngineAssert.Findings("layouts/partials/footer.html", markup);

    // A control tag writes nothing: next to white space it ends a class name or an element's name in every rendering
    // (held-out: django-comments-xtd's class="comment{% if max_thread_level > 0 %} comment--in-thread{% endif %}" hid the
    // comment section; mezzanine's pager <a{% if current_page.has_previous %} href="..."{% endif %}> was no link).
    [Theory]
    [InlineData("<div class=\"comment{% if t %} comment--in-thread{% endif %}\"><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.name }}</a></div>")]
    [InlineData("<div class=\"{% if t %}media {% endif %}comment\"><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.name }}</a></div>")]
    [InlineData("<div id=\"c\" class = '{%- if t -%}comment{%- endif -%}'><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.name }}</a></div>")]
    [InlineData("<a{% if p %} {|LH022:href=\"#\"|}{% endif %} class=\"btn\">Next page</a>")]
    // where the tag may join two words, or the value is not a class list, nothing changes
    [InlineData("<div class=\"comment{% if t %}-active{% endif %}\"><a href=\"{{ c.url }}\">{{ c.name }}</a></div>")]
    [InlineData("<div data-class=\"comment{% if t %} x{% endif %}\" subclass=\"comment{% if t %} x{% endif %}\"><a href=\"{{ c.url }}\">{{ c.name }}</a></div>")]
    // (a URL: the case above, https://c.example/{% if a == "%}" %}x{% endif %}", where a space would be LH023)
    public void AControlTagEndsANameBesideWhiteSpace(string markup) => EngineAssert.Findings("templates/comments/comment.html", markup);

    // A tag that writes nothing, between a start tag's attributes, is no attribute: the attributes it chooses are read as
    // written, and nothing is supplied at run time (held-out review: Flex's icon-only sidebar links, with
    // {% if name in relme %}rel="me"{% endif %}, had no LH011; every theme's <a {% if active %}class="active"{% endif %}>
    // turned off LH001, LH003, LH010, LH011, LH012 and LH020).
    [Theory]
    [InlineData("<a {% if x %}class=\"active\"{% endif %} href=\"/posts/1\">{|LH010:Read more|}</a>")]
    [InlineData("<a {{ if .Active }}class=\"active\"{{ end }} href=\"/posts/1\">{|LH010:Read more|}</a>")]
    [InlineData("<a {{- if .Active }} class=\"active\" {{- end }} href=\"/posts/1\">{|LH010:Read more|}</a>")]
    [InlineData("<a {{#if active}}class=\"active\"{{/if}} href=\"/posts/1\">{|LH010:Read more|}</a>")]
    // Mustache's sections and inverted sections, and Handlebars' {{^}}, write nothing themselves (held-out review 166)
    [InlineData("<a {{#active}}class=\"active\"{{/active}}{{^active}}class=\"idle\"{{/active}} href=\"/posts/1\">{|LH010:Read more|}</a>")]
    [InlineData("{|LH011:<a href=\"/q\">|}{{#user}}<i class=\"icon\"></i>{{/user}}{{^user}}<i class=\"other\"></i>{{/user}}</a> <a href=\"/r\" {{#if a}}class=\"a\"{{^}}class=\"b\"{{/if}}>{|LH010:Click here|}</a>")]
    // ... and a conditional helper's block, the usual way to write an active class (code review 124); but a partial block or
    // an inline partial writes one, and so may a block with nothing in it, a helper's or a lambda's (code review 123)
    [InlineData("<a href=\"/about\" {{#ifEquals page \"about\"}}class=\"active\"{{/ifEquals}}>{|LH010:Click here|}</a> {|LH011:<a href=\"/a\">|}{{#ifEquals page \"home\"}}<i></i>{{/ifEquals}}</a> {|LH011:<a href=\"/b\">|}{{#user ~}}<i class=\"i\"></i>{{~/user}}</a>")]
    [InlineData("<a {{#> attrs}}{{/attrs}} href=\"/p\"></a> <a href=\"/q\">{{#*inline \"x\"}}{{/inline}}</a>")]
    [InlineData("<a href=\"/cart\">{{#cartIcon}}{{/cartIcon}}</a> <a href=\"/c\">{{#icon \"cart\"}}{{/icon}}</a> <a href=\"/d\">{{~#cartIcon~}} {{~/ cartIcon ~}}</a> {|LH011:<a href=\"/e\">|}{{#user}}<i></i>{{/user}}</a>")]
    [InlineData("{|LH011:<a href=\"/p\" {% if x %}class=\"a\"{% else %}class=\"b\"{% endif %}>|}</a>")]
    [InlineData("{|LH011:<a class=\"sc-{{ name }}\"\n   {% if name in relme %}rel=\"me\"{% endif %}\n   href=\"{{ link }}\"\n   target=\"_blank\">|}\n  <i class=\"fa-{{ name }}\"></i>\n</a>")]
    [InlineData("<a {% if x %}class=\"a\"{% endif %} href=\"https://example.org/\">{|LH012:https://example.org/|}</a>")]
    [InlineData("<a {# a comment #} href=\"https://example.org/\" {|LH020:target=\"_blank\"|}>Example</a>")]
    [InlineData("<div class=\"comment\"><a {% if c.is_staff %}class=\"staff\"{% endif %} {|LH001:href=\"{{ comment.url }}\"|}>{{ comment.name }}</a></div>")]
    // the attributes a template writes, or a tag inside a name or a value, are still the template's
    [InlineData("<a {{ attrs }} href=\"/p\"></a> <a {% include \"attrs.html\" %} href=\"/q\"></a> <a {% if x %}{{ more }}{% endif %} href=\"/r\"></a>")]
    [InlineData("<a href=\"/p\" aria-label=\"{% if x %}Read more{% endif %}\"></a> {|LH011:<a data-{% if x %}a{% endif %}=\"1\" href=\"/q\">|}</a>")]
    public void ATagThatWritesNothingBetweenAttributesIsNoAttribute(string markup) => EngineAssert.Findings("themes/flex/templates/partial/sidebar.html", markup);

    // Front matter is data the generator takes out (black-box probe): YAML and TOML, a trailing space after the fence.
    [Theory]
    [InlineData("---\ntitle: \"<!-- draft\"\nexcerpt: <a href=\"#\">Read more</a>\n---\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("--- \r\ntitle: \"<script>\"\r\n---\r\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("+++\ntitle = \"<!--\"\n+++\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("\uFEFF---\nlink: <a href=\"\\\"https://x.example/\\\"\">x</a>\n---\n<p>Text</p>")]
    // Statiq's and Wyam's, which has no opening line (held-out review 95); a page's first text with a colon and markup
    // after it is no front matter
    [InlineData("Title: About us\nDescription: Read <a href=\"#\">more</a> about us\n---\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("Note: read this first\n<a {|LH022:href=\"#\"|}>Menu</a>\n---\n<p>Text</p>")]
    // (code review) a line of text before "---" is the page's, and Wyam closes its front matter with any number of dashes
    [InlineData("Subject: Your order\nHi, to see it <a href=\"/o\">{|LH010:click here|}</a>.\n---\nThanks")]
    [InlineData("Title: About\nTags:\n  - a\n# draft\n-----\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("Title: About\nog:image: /a.png\n---\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    [InlineData("Warning: generated\n  <nav><a {|LH022:href=\"#\"|}>Menu</a></nav>\n---\n<p>Text</p>")]
    [InlineData("Title: About\nExcerpt: |\n  <p>Read <a href=\"#\">click here</a></p>\nTags: [a]\n---\n<a href=\"/b\">{|LH010:Click here|}</a>")]
    // never closed: not front matter
    [InlineData("---\n<a {|LH022:href=\"#\"|}>Menu</a>")]
    [InlineData("Title: About\n<a {|LH022:href=\"#\"|}>Menu</a>")]
    public void FrontMatterIsNotMarkup(string markup) => EngineAssert.Findings("about.html", markup);

    // A page with front matter is rendered in a layout: the ids of the layout are the page's too (held-out review 95: a
    // Statiq page's "#site-nav"); a whole page without it has every id
    [Theory]
    [InlineData("Title: About\n---\n<p><a href=\"#site-nav\">Skip to the navigation</a></p>")]
    [InlineData("---\ntitle: About\n---\n<p><a href=\"#site-nav\">Skip to the navigation</a></p>")]
    [InlineData("<!doctype html><html><body><p><a href=\"{|LH031:#site-nav|}\">Skip to the navigation</a></p></body></html>")]
    public void APageWithFrontMatterHasItsLayoutsIds(string markup) => EngineAssert.Findings("input/about.html", markup, only: new[] { "LH031" });

    [Theory]
    // AngularJS's ng-href is an href with {{ }} (held-out: the RealWorld app's comment authors, angular.js's docs): a
    // literal path stays internal, and the rules that read a written URL read it, as in a view of an MVC app
    [InlineData("<div class=\"comment\"><a ng-href=\"/users/{{c.id}}\">{{c.name}}</a> <a {|LH001:ng-href=\"{{c.url}}\"|}>{{c.name}}</a></div>")]
    [InlineData("<a {|LH021:ng-href=\"http://partner.example/{{id}}\"|} {|LH020:target=\"_blank\"|}>Partner</a>")]
    [InlineData("<a {|LH023:ng-href=\"www.example.org/{{id}}\"|}>Docs</a> <a {|LH022:ng-href=\"javascript:void(0)\"|} ng-click=\"go()\">Go</a>")]
    [InlineData("<a data-ng-href=\"{{ site.url }}\">{|LH012:{{ site.url }}|}</a>")]
    public void NgHrefIsAWrittenUrl(string markup)
    {
        EngineAssert.Findings("app/views/article.html", markup);
        EngineAssert.Findings("Views/Home/Index.cshtml", markup);
    }

    [Fact]
    public void APlaceholderNamesTheAttributeItIsIn()
    {
        var findings = EngineAssert.Findings("page.html", "<a {|LH022:ng-href=\"#\"|} ng-click=\"open()\">Open</a> <a {|LH022:href=\"#\"|} onclick=\"open()\">Open</a>");
        Assert.Equal(
            new[] { "ng-href=\"#\" is a placeholder, not a destination; use a <button> for actions, or give the link a real URL", "href=\"#\" is a placeholder, not a destination; use a <button> for actions, or give the link a real URL" },
            findings.Select(f => f.Message));
    }

    [Theory]
    // a client binding that starts with a string: the URL starts with it (held-out repros of Vue, Angular and Alpine
    // comment lists); a variable, a call or a condition stays unknown
    [InlineData("<div class=\"comment\"><a :href=\"'/users/' + c.id\">{{ c.name }}</a> <a :href=\"`/users/${c.id}`\">{{ c.name }}</a> <a [href]=\"'/users/' + c.id\">Profile</a> <a {|LH001::href=\"c.website\"|}>{{ c.name }}</a> <a {|LH001:x-bind:href=\"'https://' + c.site\"|}>Site</a></div>")]
    [InlineData("<a {|LH021:[href]=\"'http://partner.example/' + id\"|} {|LH020:target=\"_blank\"|}>Partner</a> <a :href=\"'/about'\" target=\"_blank\">About</a> <a :href=\"isA ? 'http://a.example' : '/b'\" target=\"_blank\">Either</a>")]
    public void AClientBindingThatStartsWithAStringStartsTheUrl(string markup) => EngineAssert.Findings("src/app/comments.html", markup);

    [Theory]
    [InlineData("'/users/' + id", "/users/", false)]
    [InlineData("`/users/${id}`", "/users/", false)]
    [InlineData(" \"/about\" ", "/about", true)]
    [InlineData("'it\\'s/' + x", "it", false)]
    [InlineData("'/a' === x ? 1 : 2", null, false)]
    [InlineData("url", null, false)]
    [InlineData("'' + url", null, false)]
    [InlineData("'/unclosed", null, false)]
    public void TheStringAnExpressionStartsWith(string expression, string? literal, bool whole) =>
        Assert.Equal(literal is null ? null : (literal, whole), LinkHygiene.Links.LinkExtractor.ExpressionStart(expression));

    [Fact]
    public void MessagesQuoteTheTemplateAsWritten()
    {
        var finding = Assert.Single(EngineAssert.Findings("x.html", "<a href=\"https://example.org/{{ .Get \"id\" }}\" {|LH020:target=\"_blank\"|}>Example</a>"));
        Assert.Equal("Link to 'https://example.org/{{ .Get \"id\" }}' opens a new window (target=\"_blank\") without rel=\"noopener\"; add noopener (or noreferrer)", finding.Message);
    }
}
