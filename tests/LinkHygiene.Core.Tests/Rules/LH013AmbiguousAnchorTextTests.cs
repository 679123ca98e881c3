using System.Linq;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH013AmbiguousAnchorTextTests
{
    private static readonly string[] Only = { "LH013" };

    [Theory]
    [InlineData("<a href=\"/pricing\">Pricing</a> <a href=\"/plans\">{|LH013:Pricing|}</a>")]
    [InlineData("<a href=\"/pricing\">Pricing</a> <a href=\"/pricing/\">Pricing</a> <a href=\"/pricing/index.html\">Pricing</a> <a href=\"/pricing#teams\">pricing</a>")]
    [InlineData("<a href=\"https://Example.org/docs/\">Docs</a> <a href=\"http://example.org/docs\">Docs</a>")]
    // "~/" is no app root in an HTML page (it is in a view): a folder named "~"
    [InlineData("<a href=\"~/docs\">Docs</a> <a href=\"/docs/\">{|LH013:Docs|}</a>")]
    [InlineData("<a href=\"/a\">Pricing</a> <a href=\"/b\">Plans</a>")]
    [InlineData("<a href=\"/pricing\">Pricing</a> <a href=\"/plans\">{|LH013:Pricing|}</a> <a href=\"/offers\">{|LH013:PRICING!|}</a>")]
    [InlineData("<a href=\"/pricing?plan=team\">Pricing</a> <a href=\"/pricing?plan=solo\">{|LH013:Pricing|}</a>")]
    // Turkish capitals are the same text (held-out review 39)
    [InlineData("<p lang=\"tr\"><a href=\"/hakkimizda\">Hakkımızda</a> <a href=\"/kurumsal\">{|LH013:HAKKIMIZDA|}</a> <a href=\"/iletisim\">İletişim</a> <a href=\"/bize-ulasin\">{|LH013:İLETİŞİM|}</a></p>")]
    // a path percent-encoded, or with its escapes in lower case, is the same path (held-out review 39: rustycrate's
    // header, Hugo's encoded taxonomy links beside hand-written ones)
    [InlineData("<a href=\"/руководства/contributing.html\">Руководство</a> <a href=\"/%D1%80%D1%83%D0%BA%D0%BE%D0%B2%D0%BE%D0%B4%D1%81%D1%82%D0%B2%D0%B0/contributing.html\">Руководство</a>")]
    [InlineData("<a href=\"/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/\">日本語</a> <a href=\"/tags/%e6%97%a5%e6%9c%ac%e8%aa%9e/\">日本語</a> <a href=\"/tags/%E6%97%A5/\">{|LH013:日本語|}</a>")]
    // an escaped '/' or '?' is not the character itself (code review): two destinations, the third link (%2f is %2F)
    // the first's, so it differs from the second
    [InlineData("<a href=\"/repo/group%2Fproject\">Project</a> <a href=\"/repo/group/project\">{|LH013:Project|}</a> <a href=\"/repo/group%2fproject\">{|LH013:Project|}</a>")]
    // a bare "#" is a placeholder (LH022's finding) or the top of the page, not another destination (held-out:
    // SimplCommerce's mobile menu repeats "Help & FAQs" with href="#"); "#faq" is a destination
    [InlineData("<a href=\"~/help-center\">Help &amp; FAQs</a> <a href=\"#\">Help &amp; FAQs</a>")]
    [InlineData("<a href=\"#\">Help &amp; FAQs</a> <a href=\"~/help-center\">Help &amp; FAQs</a>")]
    [InlineData("<a href=\"#!\">Contact</a> <a href=\"contact.html\">Contact</a>")]
    [InlineData("<a href=\"~/help-center\">Help &amp; FAQs</a> <a href=\"#faq\">{|LH013:Help &amp; FAQs|}</a>")]
    // generic text is LH010's business
    [InlineData("<a href=\"/a\">Read more</a> <a href=\"/b\">Read more</a>")]
    // ... with a notice that it opens a new tab too (held-out review 96); a notice makes another text, localized too
    [InlineData("<a href=\"/a\" target=\"_blank\">Annual report (opens in new tab)</a> <a href=\"/b\">Annual report</a>")]
    [InlineData("<a href=\"/a\" target=\"_blank\">here (opens in new tab)</a> <a href=\"/b\" target=\"_blank\">here (opens in new tab)</a>")]
    // a link hidden from assistive technology is no link a reader meets (held-out review 109: a sponsor's aria-hidden
    // logo link beside its text link)
    [InlineData("<a href=\"https://www.acme.example/?utm_source=conf\" aria-hidden=\"true\" tabindex=\"-1\">acme.example</a> <a href=\"https://acme.example\">acme.example</a> <div hidden><a href=\"/x\">acme.example</a></div>")]
    [InlineData("<a href=\"/a\">Acme</a> <a href=\"/b\">{|LH013:Acme|}</a> <a href=\"/c\" aria-hidden=\"true\">Acme</a>")]
    [InlineData("<a href=\"/c\" aria-hidden=\"true\">Acme</a> <a href=\"/a\">Acme</a> <a href=\"/a\">Acme</a> <a href=\"/b\">{|LH013:Acme|}</a>")]
    // a quoted symbol that is a word of its own names an operator: not decoration (held-out review 119: LibreOffice's help's
    // "-" Operator and "*" Operator were one text); a quote around words, and an arrow, still are
    [InlineData("<a href=\"/minus\">\"-\" Operator</a> <a href=\"/times\">\"*\" Operator</a> <a href=\"/pow\">Operator \"^\"</a> <a href=\"/div\">„/” operátor</a> <a href=\"/a\">\"Guide\"</a> <a href=\"/b\">{|LH013:Guide|}</a> <a href=\"/c\">« Back</a> <a href=\"/d\">{|LH013:Back|}</a>")]
    // ... joined to its word, with spaces inside French quotes, of four symbols (code review)
    // '+' and '#' written onto a word name something else (held-out review 159: DSFR's FranceConnect and FranceConnect+);
    // with a space before them, or '*' (a footnote's mark), they are decoration
    [InlineData("<a href=\"/c\">C</a> <a href=\"/cpp\">C++</a> <a href=\"/cs\">C#</a> <a href=\"/fc\">Qu’est-ce que FranceConnect ?</a> <a href=\"/fcp\">Qu’est-ce que FranceConnect+ ?</a> <a href=\"/a\">Plan A</a> <a href=\"/a-plus\">Plan A+</a>")]
    // ... and so does a C++ operator's every symbol (the held-out run of Boost's and libstdc++'s references: operator+=
    // and operator+ had become one text)
    [InlineData("<a href=\"/add\">operator+</a> <a href=\"/add-assign\">operator+=</a> <a href=\"/call\">operator()</a> <a href=\"/eq\">operator==</a> <a href=\"/shift\">operator&lt;&lt;</a> <a href=\"/conv\">operator</a> <a href=\"/x\">Go</a> <a href=\"/y\">{|LH013:Go!|}</a>")]
    // ... but what follows a name's '+' is trimmed, and prose ending in "operator" is prose (code review 122)
    [InlineData("<a href=\"/a\">Notepad++</a> <a href=\"/b\">{|LH013:Notepad++!|}</a> <a href=\"/c\">C++</a> <a href=\"/d\">{|LH013:(C++)|}</a> <a href=\"/e\">Call the operator</a> <a href=\"/f\">{|LH013:Call the operator!|}</a>")]
    [InlineData("<a href=\"/a\">Terms</a> <a href=\"/b\">{|LH013:Terms*|}</a> <a href=\"/c\">Pricing</a> <a href=\"/d\">{|LH013:Pricing +|}</a> <a href=\"/e\">Docs</a> <a href=\"/f\">{|LH013:#Docs|}</a>")]
    [InlineData("<a href=\"/a\">\"-\"-operator</a> <a href=\"/b\">\"*\"-operator</a> <a href=\"/c\">Opérateur « * »</a> <a href=\"/d\">Opérateur « / »</a> <a href=\"/e\">\">>>=\" Operator</a> <a href=\"/f\">\"<<=\" Operator</a> <a href=\"/g\">\"*\"演算子</a> <a href=\"/h\">\"+\"演算子</a>")]
    // underscores written onto an identifier are its own (held-out review 168: Python's __str__() and str(), __next__() and
    // the navigation's "next"); markdown's emphasis around words and a lone run of underscores are decoration
    [InlineData("<a href=\"/dm#object.__str__\">__str__()</a> <a href=\"/stdtypes#str\">str()</a> <a href=\"/exc\">next</a> <a href=\"/it#__next__\">__next__()</a> <a href=\"/thread\">_thread</a> <a href=\"/threading\">thread</a> <a href=\"/a\">User guide</a> <a href=\"/b\">{|LH013:_User guide_|}</a> <a href=\"/c\">len</a> <a href=\"/d\">{|LH013:(len)|}</a> <a href=\"/e\">{|LH013:len()|}</a> <a href=\"/g\">_here_</a> <a href=\"/h\">_here_.</a>")]
    // a vowel or tone mark at the end of a word is the word's, not decoration (held-out review 112: Thai's ดู "see" and ดี
    // "good", Hindi's पढ़ें and पढ़ were one text); an accent on a trimmed arrow still is
    [InlineData("<a href=\"/view/\">ดู</a> <a href=\"/good/\">ดี</a> <a href=\"/a/\">पढ़ें</a> <a href=\"/b/\">पढ़</a> <a href=\"/c/\">Next →\u0301</a> <a href=\"/d/\">{|LH013:Next|}</a>")]
    // text the decoder could not read is not compared: two Korean names of a page saved as EUC-KR read alike (held-out
    // review 136)
    [InlineData("<a href=\"/a\">\uFFFD\uFFFD\u00FE\uFFFD \uFFFD\uFFFD</a> <a href=\"/b\">\uFFFD\uFFFD\u00FE\uFFFD \uFFFD\uFFFD</a> <a href=\"/c\">Docs</a> <a href=\"/d\">{|LH013:Docs|}</a>")]
    // a client route is part of the destination; another fragment is not (held-out review 147: axe's #/bar and #/)
    [InlineData("<a href=\"#/bar\">Page</a> <a href=\"#/\">{|LH013:Page|}</a> <a href=\"#!/foo\">Item</a> <a href=\"#!/foo/\">Item</a> <a href=\"/x#a\">Docs</a> <a href=\"/x#b\">Docs</a> <a href=\"/app/#/\">App</a> <a href=\"/app/\">App</a> <a href=\"/app/#!\">App</a>")]
    // names aria-labelledby gives from an image's alt and a name's text are different (held-out review 147: "Red Enamel mug"
    // and "Blue Enamel mug" were both "Enamel mug")
    [InlineData("<img id=\"i1\" src=\"r.jpg\" alt=\"Red\"><span id=\"n1\">Enamel mug</span><a href=\"/products/mug-red\" aria-labelledby=\"i1 n1\">Buy</a> <img id=\"i2\" src=\"b.jpg\" alt=\"Blue\"><span id=\"n2\">Enamel mug</span><a href=\"/products/mug-blue\" aria-labelledby=\"i2 n2\">Buy</a>")]
    // Arabic's teh marbuta and heh tell words apart (مدرسة, a school; مدرسه, his teacher: code review 123); Urdu's heh goal
    // typed as heh and Persian's heh with yeh written as heh and yeh are one word each (held-out review 165)
    [InlineData("<p lang=\"ar\"><a href=\"/school\">مدرسة</a> <a href=\"/teacher/profile\">مدرسه</a></p><p lang=\"ur\"><a href=\"/a\">شہر</a> <a href=\"/b\">{|LH013:شهر|}</a></p>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Fact]
    public void AHiddenAttributeRazorWritesMayBeLeftOut() =>
        // Second code review: Razor leaves hidden="@(!Model.Show)" out when it is false, so the link may be shown
        EngineAssert.Findings("Pages/Index.cshtml", "<div hidden=\"@(!Model.ShowWarranty)\"><a href=\"/terms/warranty\">Terms</a></div> <a href=\"/terms/privacy\">{|LH013:Terms|}</a>", only: Only);

    [Fact]
    public void AHiddenAttributeAServerTemplateWritesIsWritten() =>
        // Third code review: Hugo writes hidden="{{ .Params.hide }}" whatever its value
        EngineAssert.Findings("layouts/partials/faq.html", "<div hidden=\"{{ .Params.hide }}\"><a href=\"/faq/a\">FAQ</a></div> <a href=\"/faq/b\">FAQ</a>", only: Only);

    // relative links resolve where the page is served before they are compared (held-out review of ASP.NET apps): among
    // themselves where the current URL is not known, against the app's base in a component, against a page's folder;
    // routes ignore case, files do not
    [Theory]
    [InlineData("docs/page.html", "<a href=\"guide.html\">Guide</a> <a href=\"./guide.html\">Guide</a> <a href=\"./\">Docs</a> <a href=\"index.html\">Docs</a> <a href=\"../docs/\">Docs</a>")]
    // a fragment of the page is the page (held-out review 90: MkDocs' menu entry for the current page and its title's entry in the contents)
    [InlineData("docs/releases/index.html", "<a href=\"./\">Release notes</a> <a href=\"#release-notes\">Release notes</a> <a href=\"index.html\">Overview</a> <a href=\"#overview\">Overview</a> <a href=\"\">Other</a> <a href=\"#other\">Other</a> <a href=\"../releases/#x\">Other</a> <a href=\"../#top\">{|LH013:Other|}</a>")]
    [InlineData("docs/utils.html", "<a href=\"utils.html\">utils</a> <a href=\"#project.utils\">utils</a> <a href=\"other.html\">{|LH013:utils|}</a>")]
    [InlineData("docs/page.html", "<a href=\"a.html\">Part A</a> <a href=\"../a.html\">{|LH013:Part A|}</a> <a href=\"/a.html\">{|LH013:Part A|}</a>")]
    [InlineData("Components/Pages/Shop.razor", "<a href=\"cart\">Cart</a> <NavLink href=\"/cart\">Cart</NavLink> <a href=\"./Cart\">Cart</a> <a href=\"/orders\">{|LH013:Cart|}</a>")]
    [InlineData("Pages/Blog/List.cshtml", "@page\n<a href=\"Post\">Latest post</a> <a href=\"./Post\">Latest post</a> <a href=\"/Blog/Post\">Latest post</a> <a href=\"~/blog/post\">Latest post</a> <a href=\"../Post\">{|LH013:Latest post|}</a>")]
    [InlineData("Areas/Admin/Pages/Users/List.cshtml", "@page\n<a href=\"Edit\">Edit users</a> <a href=\"/Admin/Users/Edit\">Edit users</a>")]
    [InlineData("Pages/Blog/Index.cshtml", "@page\n<a href=\"Post\">Latest post</a> <a href=\"/Blog/Post\">{|LH013:Latest post|}</a>")]
    [InlineData("Pages/Blog/Post.cshtml", "@page \"{slug}\"\n<a href=\"Edit\">Edit post</a> <a href=\"/Blog/Edit\">{|LH013:Edit post|}</a>")]
    [InlineData("Views/Home/Index.cshtml", "<a href=\"Post\">Latest post</a> <a href=\"/Home/Post\">{|LH013:Latest post|}</a>")]
    [InlineData("Views/Home/Index.cshtml", "<a href=\"/privacy\">Privacy</a> <a href=\"~/Privacy\">Privacy</a> <a href=\"/docs/guide.pdf\">Guide</a> <a href=\"/Docs/Guide.pdf\">{|LH013:Guide|}</a>")]
    [InlineData("page.html", "<a href=\"/privacy\">Privacy</a> <a href=\"/Privacy\">{|LH013:Privacy|}</a>")]
    // however many "../" a relative link climbs where the current URL is not known, it is not a root-relative path
    [InlineData("docs/page.html", "<a href=\"../../../../../../../../../../../x.html\">Part X</a> <a href=\"/x.html\">{|LH013:Part X|}</a>")]
    // ... and each "../" above the unknown folder is one more level up (code review 133: "../../../x.html" was "../x.html")
    [InlineData("docs/page.html", "<a href=\"../x.html\">Part X</a> <a href=\"../../../x.html\">{|LH013:Part X|}</a> <a href=\"../../x.html\">{|LH013:Part X|}</a> <a href=\"../../x.html\">Part Y</a> <a href=\"../../y/../x.html\">Part Y</a>")]
    // href="" in an HTML file is that file (held-out review 61: Sphinx's crumb to the page itself)
    [InlineData("tutorials/index.html", "<a href=\"\">Python tutorial</a> <a href=\"index.html\">Python tutorial</a> <a href=\"./\">Python tutorial</a> <a href=\"../tutorials/\">Python tutorial</a> <a href=\"../index.html\">{|LH013:Python tutorial|}</a>")]
    // ... from the page's <base href>, as a browser resolves them (held-out review 171): a folder, resolved from the page's
    // own; a root-relative one; another host's, where its root-relative links lead too; a fragment base changes nothing
    [InlineData("docs/page.html", "<base href=\"sub/\"><a href=\"page.html\">The sub page</a> <a href=\"../sub/page.html\">The sub page</a> <a href=\"/sub/page.html\">{|LH013:The sub page|}</a>")]
    [InlineData("docs/page.html", "<base href=\"../\"><a href=\"guide.html\">Guide</a> <a href=\"docs/../guide.html\">Guide</a> <a href=\"../docs/guide.html\">{|LH013:Guide|}</a>")]
    [InlineData("page.html", "<base href=\"/app/index.html\"><a href=\"cart.html\">Cart</a> <a href=\"/app/cart.html\">Cart</a> <a href=\"/cart.html\">{|LH013:Cart|}</a>")]
    [InlineData("reference.html", "<head><base href=\"http://snapsvg.io/docs/\"></head><a href=\"#Element\">Element</a> <a href=\"index.html\">Docs</a> <a href=\"https://snapsvg.io/docs/\">Docs</a> <a href=\"/docs/\">Docs</a> <a href=\"http://example.org/docs/\">{|LH013:Docs|}</a>")]
    [InlineData("docs/page.html", "<base href=\"#top\"><a href=\"guide.html\">Guide</a> <a href=\"../docs/guide.html\">Guide</a>")]
    public void RelativeLinksResolveBeforeTheyAreCompared(string path, string markup) => EngineAssert.Findings(path, markup, only: Only);

    // an absolute URL to one of the site's hosts goes where its root-relative path goes (held-out review 116); another
    // host's does not
    [Theory]
    [InlineData("<a href=\"/about\">About</a> <a href=\"https://me.github.io/about/\">About</a> <a href=\"https://other.example/about\">{|LH013:About|}</a>", "link_hygiene.site_hosts = me.github.io")]
    [InlineData("<a href=\"/about\">About</a> <a href=\"https://me.github.io/about/\">{|LH013:About|}</a>", "link_hygiene.site_hosts = example.org")]
    // the site's one host, with or without www; a wildcard's subdomains and a second host are other sites (code review)
    [InlineData("<a href=\"https://www.example.com/\">Home</a> <a href=\"/\">Home</a> <a href=\"https://docs.example.com/\">{|LH013:Home|}</a>", "link_hygiene.site_hosts = example.com, *.example.com")]
    [InlineData("<a href=\"https://blog.example.com/about\">About</a> <a href=\"https://shop.example.com/about\">{|LH013:About|}</a> <a href=\"/about\">{|LH013:About|}</a>", "link_hygiene.site_hosts = blog.example.com, shop.example.com")]
    public void TheSitesOwnHostIsItsRoot(string markup, string option) => EngineAssert.Findings("page.html", markup, new[] { option }, Only);

    // ... and in a Razor page, where a route's path compares ignoring case (code review)
    [Fact]
    public void TheSitesOwnHostIsItsRootInARazorPage() =>
        EngineAssert.Findings("Pages/Index.cshtml", "@page\n<a href=\"https://example.com/Privacy\">Privacy</a> <a href=\"/privacy\">Privacy</a>", new[] { "link_hygiene.site_hosts = example.com" }, Only);

    // what LH010 reports under the template's options is its business too: extra phrases and the strict tier (held-out:
    // multilingual sites), and a localizer lookup in the neutral language whatever lang is around it
    [Theory]
    [InlineData("<a href=\"/artikel/1\">Zum Artikel springen</a> <a href=\"/artikel/2\">Zum Artikel springen</a>", "link_hygiene.LH010.extra_phrases = zum artikel springen")]
    [InlineData("<a href=\"/a\">Details</a> <a href=\"/b\">Details</a>", "link_hygiene.LH010.strict = true")]
    [InlineData("<a href=\"/a\">Details</a> <a href=\"/b\">{|LH013:Details|}</a>", "link_hygiene.LH010.strict = false")]
    [InlineData("<section lang=\"de\"><a href=\"/news/1\">@Localizer[\"Read more\"]</a> <a href=\"/news/2\">@Localizer[\"Read more\"]</a></section>", "link_hygiene.LH010.strict = false")]
    public void LeavesWhatLH010ReportsToIt(string markup, string option) =>
        EngineAssert.Findings(markup.Contains('@') ? "Pages/Index.cshtml" : "page.html", markup, new[] { option }, Only);

    // a localizer lookup beside an icon is its neutral text too (held-out review 83: mail-archiver's menus)
    [Fact]
    public void LocalizedTextBesideAnIconIsCompared() =>
        EngineAssert.Findings("Views/Shared/_Menu.cshtml", "<a href=\"/emails\"><i class=\"bi bi-envelope\"></i> @Localizer[\"Emails\"]</a> <a href=\"/archive\"><i class=\"bi bi-archive\"></i> {|LH013:@Localizer[\"Emails\"]|}</a>", only: Only);

    [Theory]
    // the branches of a static-site template's if/else never render together: Liquid, Jinja, Django, Go, Handlebars
    [InlineData("{% if page.lang == 'de' %}<a href=\"/de/\">Home</a>{% elsif page.lang == 'fr' %}<a href=\"/fr/\">Home</a>{% else %}<a href=\"/en/\">Home</a>{% endif %}")]
    [InlineData("{% if user.is_authenticated %}<a href=\"/account/\">Account</a>{% else %}<a href=\"/login/\">Account</a>{% endif %} <a href=\"/settings/\">{|LH013:Account|}</a>")]
    // with white-space control on either side (Jinja's {%- and {%+: held-out review 140; Handlebars' {{~: the last note)
    [InlineData("{%+ if user %}<a href=\"/account/\">Your account</a>{%+ else +%}<a href=\"/login/\">Your account</a>{%+ endif %} {%- if a -%}<a href=\"/x/\">Reports</a>{%- elif b -%}<a href=\"/y/\">Reports</a>{%- endif -%}")]
    [InlineData("{{~#if user~}}<a href=\"/account/\">Your account</a>{{~else~}}<a href=\"/login/\">Your account</a>{{~/if~}}")]
    [InlineData("{% case site.theme %}{% when 'dark' %}<a href=\"/d\">Theme</a>{% when 'light' %}<a href=\"/l\">Theme</a>{% endcase %}")]
    [InlineData("{% for p in posts %}<a href=\"{{ p.url }}\">Posts</a>{% empty %}<a href=\"/archive/\">Posts</a>{% endfor %}")]
    [InlineData("{{ if .IsHome }}<a href=\"/\">Blog</a>{{ else if .IsPage }}<a href=\"/posts/\">Blog</a>{{ else }}<a href=\"/blog/\">Blog</a>{{ end }}")]
    [InlineData("{{#if user}}<a href=\"/me\">Profile</a>{{else}}<a href=\"/login\">Profile</a>{{/if}}")]
    // nested chains, and a link outside them still conflicts
    [InlineData("{% if a %}{% if b %}<a href=\"/1\">Go on</a>{% else %}<a href=\"/2\">Go on</a>{% endif %}{% endif %} {% if c %}<a href=\"/3\">{|LH013:Go on|}</a>{% endif %}")]
    [InlineData("{{ with .Params.author }}<a href=\"/a\">Author</a>{{ end }} {{ if .Draft }}<a href=\"/b\">{|LH013:Author|}</a>{{ end }}")]
    // a chain in a loop's body renders each branch for some item (Liquid, Jinja, Go, Handlebars), even in a nested
    // loop's; one in the loop's else or empty renders once
    [InlineData("{% for i in items %}{% if i.new %}<a href=\"/new\">Details</a>{% else %}<a href=\"/old\">{|LH013:Details|}</a>{% endif %}{% endfor %}")]
    [InlineData("{% for g in groups %}{% for i in g %}{% endfor %}{% if g.a %}<a href=\"/a\">Group</a>{% else %}<a href=\"/b\">{|LH013:Group|}</a>{% endif %}{% endfor %}")]
    [InlineData("{{ range .Pages }}{{ if .Draft }}<a href=\"/drafts\">Open</a>{{ else }}<a href=\"/posts\">{|LH013:Open|}</a>{{ end }}{{ end }}")]
    [InlineData("{{#each items}}{{#if new}}<a href=\"/new\">Details</a>{{else}}<a href=\"/old\">{|LH013:Details|}</a>{{/if}}{{/each}}")]
    [InlineData("{% for i in items %}<a href=\"{{ i.url }}\">x</a>{% else %}{% if q %}<a href=\"/a\">None</a>{% else %}<a href=\"/b\">None</a>{% endif %}{% endfor %}")]
    // a Mustache section and the inverted section of the same name after it (either way round), and Handlebars' {{^}}
    // (held-out review 166: amp-mustache sign-in links); a section is a loop over a list, so a chain in it is not
    // exclusive, and sections of other names, or apart, are compared
    [InlineData("{{#signedIn}}\n  <a href=\"/account\">Your account</a>\n{{/signedIn}}\n{{^signedIn}}\n  <a href=\"/login\">Your account</a>\n{{/signedIn}}")]
    [InlineData("{{^cart}}<a href=\"/shop\">Cart</a>{{/cart}} {{#cart}}<a href=\"/cart\">Cart</a>{{/cart}}")]
    [InlineData("{{#if user}}<a href=\"/me\">Profile</a>{{^}}<a href=\"/login\">Profile</a>{{/if}}")]
    [InlineData("{{#items}}{{#new}}<a href=\"/new\">Details</a>{{/new}}{{^new}}<a href=\"/old\">{|LH013:Details|}</a>{{/new}}{{/items}}")]
    [InlineData("{{#a}}<a href=\"/a\">Cart</a>{{/a}}{{^b}}<a href=\"/b\">{|LH013:Cart|}</a>{{/b}}")]
    [InlineData("{{#a}}<a href=\"/a\">Cart</a>{{/a}}<hr>{{^a}}<a href=\"/b\">{|LH013:Cart|}</a>{{/a}}")]
    [InlineData("{{#a}}<a href=\"/a\">Cart</a>{{/a}}{{#a}}<a href=\"/b\">{|LH013:Cart|}</a>{{/a}}")]
    // a section's whole name, as written, is its name (code review 123: user.isAdmin and user.isGuest, step1 and step2)
    [InlineData("{{#user.isAdmin}}<a href=\"/admin/settings\">Settings</a>{{/user.isAdmin}}{{^user.isGuest}}<a href=\"/me/settings\">{|LH013:Settings|}</a>{{/user.isGuest}} {{#step1}}<a href=\"/one\">Help</a>{{/step1}}{{^step2}}<a href=\"/two\">{|LH013:Help|}</a>{{/step2}} {{#User}}<a href=\"/u\">Me</a>{{/User}}{{^user}}<a href=\"/v\">{|LH013:Me|}</a>{{/user}}")]
    [InlineData("{{#user.isAdmin}}<a href=\"/admin/settings\">Settings</a>{{/user.isAdmin}}{{^user.isAdmin}}<a href=\"/me/settings\">Settings</a>{{/user.isAdmin}}")]
    // ... and a conditional block helper's branches are exclusive too (Ghost's {{#is "home"}}: code review 124)
    [InlineData("{{#is \"home\"}}<a href=\"/\">Start page</a>{{else}}<a href=\"/home\">Start page</a>{{/is}}")]
    public void TemplateBranches(string markup) => EngineAssert.Findings("_layouts/default.html", markup, only: Only);

    // a name computed by a server-side template is not compared (held-out review 34: reddit's Mako bookmarklets)
    [Fact]
    public void ComputedNamesOfServerSideTemplatesAreNotCompared() =>
        EngineAssert.Findings("templates/list.html", "<a href=\"/a\">${name}</a> <a href=\"/b\">${name}</a> <a href=\"/c\">${ type.title() }</a> <a href=\"/d\">${ type.title() }</a>", only: Only);

    [Theory]
    // an e-mail service picks one branch of its conditional blocks when it sends a message (held-out review 31: a
    // localized footer's privacy link); Mailchimp's conditional merge tags and AMPscript's IF blocks
    [InlineData("*|IF:LANG=fr|*\n<p><a href=\"https://example.com/fr/preferences\">Manage preferences</a></p>\n*|ELSE:|*\n<p><a href=\"https://example.com/en/preferences\">Manage preferences</a></p>\n*|END:IF|*")]
    [InlineData("*|IF:LANG=fr|*<a href=\"/fr\">Home</a>*|ELSEIF:LANG=de|*<a href=\"/de\">Home</a>*|ELSE:|*<a href=\"/en\">Home</a>*|END:IF|* <a href=\"/all\">{|LH013:Home|}</a>")]
    [InlineData("*|IFNOT:ARCHIVE_PAGE|*<a href=\"*|ARCHIVE|*\">View online</a>*|ELSE:|*<a href=\"/list\">View online</a>*|END:IF|*")]
    [InlineData("%%[ IF @lang == \"nl\" THEN ]%%\n<p><a href=\"https://example.com/nl/privacy.pdf\">Privacy Policy</a></p>\n%%[ ELSE ]%%\n<p><a href=\"https://example.com/fr/privacy.pdf\">Privacy Policy</a></p>\n%%[ ENDIF ]%%")]
    [InlineData("%%[ if Empty(@x) then ]%%<a href=\"/a\">Shop</a>%%[ elseif @x == 'ELSE' then ]%%<a href=\"/b\">Shop</a>%%[ else /* fallback */ ]%%<a href=\"/c\">Shop</a>%%[ endif ]%%")]
    // still compared: a link outside the chain, an interest group's blocks, a loop, an AMPscript block with more
    // statements than its IF (and everything after either), a stray "*|" of CSS before a real chain is still read
    [InlineData("%%[ IF @a THEN ]%%<a href=\"/a\">Shop</a>%%[ ENDIF ]%% <a href=\"/b\">{|LH013:Shop|}</a>")]
    [InlineData("*|INTERESTED:Topics:Cats|*<a href=\"/cats\">News</a>*|ELSE:|*<a href=\"/dogs\">{|LH013:News|}</a>*|END:INTERESTED|*")]
    [InlineData("%%[ FOR @i = 1 TO 2 DO IF @i == 1 THEN ]%%<a href=\"/a\">Shop</a>%%[ ELSE ]%%<a href=\"/b\">{|LH013:Shop|}</a>%%[ ENDIF NEXT @i ]%%")]
    [InlineData("%%[ SET @a = 1 IF @a == 1 THEN ]%%<a href=\"/a\">Shop</a>%%[ ELSE ]%%<a href=\"/b\">{|LH013:Shop|}</a>%%[ ENDIF ]%%")]
    [InlineData("<style>*|* { margin: 0 }</style>*|IF:A|*<a href=\"/a\">Shop</a>*|ELSE:|*<a href=\"/b\">Shop</a>*|END:IF|*")]
    // a condition that compares is read (code review: its ELSE and END split and closed the outer chain)
    [InlineData("*|IF:LANG=fr|*<a href=\"/fr/offers\">Offers</a>*|IF:AGE > 18|*<a href=\"/a\">Deal</a>*|ELSE:|*<a href=\"/b\">Deal</a>*|END:IF|*<a href=\"/x\">{|LH013:Offers|}</a>*|ELSE:|*<a href=\"/en/offers\">Offers</a>*|END:IF|*")]
    public void EmailServiceBranches(string markup) => EngineAssert.Findings("emails/footer.html", markup, only: Only);

    [Theory]
    // Angular's control flow (held-out review of SPA templates): @if/@else if/@else, @switch/@case/@default, @for/@empty
    // and @defer/@placeholder branches never render together; a link outside them, or in the next chain, still conflicts
    [InlineData("@if (user) {\n  <a href=\"/account\">Your account</a>\n} @else if (guest) {\n  <a href=\"/guest\">Your account</a>\n} @else {\n  <a href=\"/login\">Your account</a>\n}\n<a href=\"/settings\">{|LH013:Your account|}</a>")]
    [InlineData("@switch (mode) {\n  @case ('a') { <a href=\"/mode-a\">Mode</a> }\n  @case ('b') { <a href=\"/mode-b\">Mode</a> }\n  @default { <a href=\"/mode\">Mode</a> }\n}")]
    [InlineData("@for (p of posts; track p.id) { <a [href]=\"p.url\">Posts</a> } @empty { <a href=\"/archive\">Posts</a> }\n@defer (on viewport) { <a href=\"/a\">More</a> } @placeholder { <a href=\"/b\">More</a> }")]
    [InlineData("@if (a) { <a href=\"/1\">Go on</a> } @else { <a href=\"/2\">Go on</a> }\n@if (b) { <a href=\"/3\">{|LH013:Go on|}</a> }")]
    // in an @for's body a chain, or an *ngIf and its else, render each for some item; in its @empty once
    [InlineData("@for (i of items; track i.id) {\n  @if (i.isNew) { <a href=\"/new\">Details</a> } @else { <a href=\"/old\">{|LH013:Details|}</a> }\n}")]
    [InlineData("@for (i of items; track i.id) {\n  <li *ngIf=\"i.isNew; else old\"><a href=\"/new\">Details</a></li>\n  <ng-template #old><li><a href=\"/old\">{|LH013:Details|}</a></li></ng-template>\n}")]
    [InlineData("@for (i of items; track i.id) { <a [href]=\"i.url\">x</a> } @empty { @if (q) { <a href=\"/a\">None</a> } @else { <a href=\"/b\">None</a> } }")]
    // braces in tags and interpolations are not blocks' ends
    [InlineData("@if (a) { <a href=\"/1\" [ngStyle]=\"{ color: c }\">Go on</a> {{ '}' }} } @else { <a href=\"/2\">Go on</a> }")]
    // (code review) a '<' or an escaped quote in a block's parameters, braces of an @let or an ICU message in its text,
    // a stray @else, and an unquoted attribute with an apostrophe before the blocks
    [InlineData("@if (user) { <a href=\"/p\">Details page</a>\n  @if (items.length < 5) { <span>few</span> } @else { <a href=\"/q\">{|LH013:Details page|}</a> } }")]
    [InlineData("@if (user) { <a href=\"/p\">Details page</a>\n  @if (a) { @let opts = {size: 1}; <span>x</span> } @else { <a href=\"/q\">{|LH013:Details page|}</a> } }")]
    [InlineData("@if (name === 'O\\'Brien' && n < 2) { <a href=\"/1\">Go on</a> } @else { <a href=\"/2\">Go on</a> }")]
    [InlineData("@if (many) { <span i18n>{count, plural, =1 {one item} other {many items}}</span> <a href=\"/1\">Go on</a> } @else { <a href=\"/2\">Go on</a> }")]
    [InlineData("@if (a) { <a href=\"/1\">Go on</a> @else { <i>x</i> } } @else { <a href=\"/2\">Go on</a> }")]
    [InlineData("@if (a) { <a href=\"/1\">Go on</a> @case (x) { <i>y</i> } <a href=\"/2\">{|LH013:Go on|}</a> }")]
    [InlineData("<img alt=Tom's src=\"t.png\">\n@if (a) { <a href=\"/1\">Go on</a> } @else { <a href=\"/2\">Go on</a> }")]
    public void AngularControlFlow(string markup) => EngineAssert.Findings("src/app/nav.html", markup, only: Only);

    [Theory]
    // Vue's v-if/v-else-if/v-else siblings: one of them renders (held-out review of SPA templates)
    [InlineData("<div id=\"app\">\n  <a href=\"/pricing\" v-if=\"plan\">Pricing</a>\n  <a href=\"/enterprise/pricing\" v-else>Pricing</a>\n</div>")]
    [InlineData("<nav><p v-if=\"a\"><a href=\"/1\">Plans</a></p><p v-else-if=\"b\"><a href=\"/2\">Plans</a></p><p v-else><a href=\"/3\">Plans</a></p></nav><a href=\"/4\">{|LH013:Plans|}</a>")]
    // two separate v-ifs may both render
    [InlineData("<a href=\"/1\" v-if=\"a\">Plans</a><a href=\"/2\" v-if=\"b\">{|LH013:Plans|}</a><a href=\"/3\" v-else>{|LH013:Plans|}</a>")]
    // inside a <template>'s content too (code review), but not in what repeats: each branch renders for some item, as
    // in a Razor @foreach (second code review of stop 49)
    [InlineData("<ul><template v-if=\"ready\"><li v-if=\"u.me\"><a href=\"/account\">Your account</a></li><li v-else><a href=\"/login\">Your account</a></li></template></ul>")]
    [InlineData("<ul><template v-for=\"u in users\"><li v-if=\"u.me\"><a href=\"/account\">Your account</a></li><li v-else><a href=\"/login\">{|LH013:Your account|}</a></li></template></ul>")]
    public void VueConditionalElements(string markup) => EngineAssert.Findings("index.html", markup, only: Only);


    [Theory]
    [InlineData("@foreach (var p in Model) { <a href=\"/posts/@p.Id\">@p.Title</a> }")]
    [InlineData("<a href=\"/posts/@a\">Post</a> <a href=\"/posts/@b\">Post</a>")]
    // branches that never render together (btcpayserver EnableAuthenticator.cshtml and the --auth templates: one link or
    // the other, by a flag)
    [InlineData("@if (Model.UseApp) { <a href=\"/2fa/app\">Set up</a> } else { <a href=\"/2fa/sms\">Set up</a> }")]
    [InlineData("@if (a) { <a href=\"/x\">Next step</a> } else if (b) { <a href=\"/y\">Next step</a> } else { <a href=\"/z\">Next step</a> }")]
    [InlineData("@switch (Model.Kind) { case 1: <a href=\"/one\">Details</a> break; case 2: { <a href=\"/two\">Details</a> break; } default: <a href=\"/d\">Details</a> break; }")]
    // ... but both branches still conflict with a link outside them, and links inside one branch with each other
    [InlineData("<a href=\"/x\">Set up</a> @if (a) { <a href=\"/y\">{|LH013:Set up|}</a> } else { <a href=\"/z\">{|LH013:Set up|}</a> }")]
    [InlineData("@if (a) { <a href=\"/y\">Set up</a> <a href=\"/w\">{|LH013:Set up|}</a> } else { <a href=\"/z\">Set up</a> }")]
    // the same C# statements inside a code block, without '@': @{ }, a using block, a branch of an @if
    [InlineData("@{\n    if (Model.SignedIn)\n    {\n        <a href=\"/account\">Your account</a>\n    }\n    else\n    {\n        <a href=\"/login\">Your account</a>\n    }\n}")]
    [InlineData("@{ using (Html.BeginForm()) { if (Model.IsNew) { <a href=\"/new\">Open</a> } else if (Model.IsOld) { <a href=\"/old\">Open</a> } else { <a href=\"/items\">Open</a> } } }")]
    [InlineData("@if (a) { if (b) { <a href=\"/x\">Next step</a> } else { <a href=\"/y\">Next step</a> } }")]
    [InlineData("@{ switch (Model.Kind) { case 1: <a href=\"/one\">Your invoice</a> break; default: <a href=\"/d\">Your invoice</a> break; } }")]
    [InlineData("@{ if (a) Log(); else { <div>@if (b) { <a href=\"/x\">Go there</a> } else { <a href=\"/y\">Go there</a> }</div> } }")]
    // ... but not in a loop's body, where each pass may take another branch, so both links render (with @if too)
    [InlineData("@foreach (var i in Model) { if (i.IsOld) { <a href=\"/old\">Open</a> } else { <a href=\"/items\">{|LH013:Open|}</a> } }")]
    [InlineData("@foreach (var i in Model) { <li>@if (i.IsOld) { <a href=\"/old\">Open</a> } else { <a href=\"/items\">{|LH013:Open|}</a> }</li> }")]
    [InlineData("@{ foreach (var i in Model) { <li>@if (i.IsOld) { <a href=\"/old\">Open</a> } else { <a href=\"/items\">{|LH013:Open|}</a> }</li> } }")]
    [InlineData("@await foreach (var i in Stream()) { <li>@if (i.IsOld) { <a href=\"/old\">Open</a> } else { <a href=\"/items\">{|LH013:Open|}</a> }</li> }")]
    // ... where two statements one after the other both render (and an if without braces, as before)
    [InlineData("@{ if (a) { <a href=\"/x\">Set up</a> } if (b) { <a href=\"/y\">{|LH013:Set up|}</a> } }")]
    [InlineData("@{ if (a) { <a href=\"/x\">Set up</a> } <a href=\"/y\">{|LH013:Set up|}</a> }")]
    [InlineData("@{ if (a) Log(); else Warn(); <a href=\"/x\">Set up</a> <a href=\"/y\">{|LH013:Set up|}</a> }")]
    // tabs are widgets, not navigation (btcpayserver WalletReceive.cshtml)
    [InlineData("<a data-bs-toggle=\"tab\" href=\"#address-tab\">Address</a><a data-bs-toggle=\"tab\" href=\"#other\">Address</a>")]
    [InlineData("<a href=\"~/docs\">Docs</a> <a href=\"/docs/\">Docs</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    /// <summary>
    /// The earlier link a finding names is the first to another destination, wherever the links that go where the first
    /// one goes stop: the search skips them without comparing them one by one.
    /// </summary>
    [Theory]
    [InlineData("/x /x /x /y", "-,-,-,/x (line 1)")]
    [InlineData("/x /y /x", "-,/x (line 1),/y (line 2)")]
    [InlineData("/x /x /y /x /x /z", "-,-,/x (line 1),/y (line 3),/y (line 3),/x (line 1)")]
    [InlineData("/x /x /x", "-,-,-")]
    public void MessagePointsAtTheFirstEarlierLinkElsewhere(string destinations, string expected)
    {
        var hrefs = destinations.Split(' ');
        var markup = string.Join("\n", System.Array.ConvertAll(hrefs, href => $"<a href=\"{href}\">Docs</a>"));
        var findings = EngineAssert.Analyze("page.html", markup).Findings;
        var named = new string[hrefs.Length];
        for (var i = 0; i < hrefs.Length; i++)
        {
            var finding = System.Linq.Enumerable.SingleOrDefault(findings, f => f.Start.Line == i);
            named[i] = finding is null ? "-" : System.Text.RegularExpressions.Regex.Match(finding.Message, @"also leads to '([^']*)' \((line \d+)\)").Result("$1 ($2)");
        }

        Assert.Equal(expected, string.Join(",", named));
    }

    // A link to the page itself is named so, not by its empty href (held-out review 158: "also leads to ''")
    [Fact]
    public void AnEmptyDestinationIsNamedAsThePageItself()
    {
        var result = EngineAssert.Analyze("about.html", "<a href=\"  \">About us</a>\n<a href=\"about-us.html\">About us</a>");
        Assert.Equal("Anchor text 'About us' also leads to '(this page itself)' (line 1); give different destinations different text", Assert.Single(result.Findings, f => f.Id == "LH013").Message);
    }

    [Fact]
    public void ALinkAfterBranchesConflictsWithTheBranchThatWentElsewhere()
    {
        var result = EngineAssert.Analyze("Pages/Index.cshtml", "@if (a) { <a href=\"/x\">Docs</a> } else { <a href=\"/y\">Docs</a> }\n<a href=\"/x\">Docs</a>");
        Assert.Equal("Anchor text 'Docs' also leads to '/y' (line 1); give different destinations different text", Assert.Single(result.Findings).Message);
        Assert.Equal(1, result.Findings[0].Start.Line);
    }

    // a tag helper's literal route is compared with another of the same attributes, as routing compares it (held-out
    // review 87: a menu's copy-paste slip sent one text to two controllers); not with a URL, a route of other attributes
    // (asp-action alone is the view's own controller's), or one computed at run time
    [Theory]
    [InlineData("<a asp-controller=\"Board\" asp-action=\"Index\">Board</a>\n<a asp-controller=\"Notice\" asp-action=\"Index\">{|LH013:Board|}</a>")]
    [InlineData("<a asp-page=\"/Index\">Home</a> <a asp-area=\"\" asp-page=\"/index\">Home</a> <a asp-page=\"/Home\">{|LH013:Home|}</a>")]
    [InlineData("<a asp-controller=\"Orders\" asp-action=\"Details\" asp-route-id=\"1\">First order</a> <a asp-controller=\"orders\" asp-action=\"details\" asp-route-id=\"2\">{|LH013:First order|}</a>")]
    [InlineData("<a asp-action=\"Privacy\">Privacy</a> <a asp-controller=\"Home\" asp-action=\"Privacy\">Privacy</a> <a href=\"/Home/Terms\">Privacy</a> <a asp-page=\"/Privacy\">Privacy</a>")]
    [InlineData("<a asp-action=\"Edit\" asp-route-id=\"@a.Id\">Edit</a> <a asp-action=\"Edit\" asp-route-id=\"@b.Id\">Edit</a> <a asp-page=\"/Item\" asp-all-route-data=\"@x\">Item</a> <a asp-page=\"/Other\" asp-all-route-data=\"@y\">Item</a>")]
    [InlineData("<a asp-controller=\"Docs\" asp-action=\"Index\" asp-host=\"docs.example.org\">Docs</a> <a asp-controller=\"Docs\" asp-action=\"Index\">Docs</a>")]
    // the fragment and the scheme are not the destination (code review)
    [InlineData("<a asp-controller=\"Account\" asp-action=\"Index\" asp-fragment=\"billing\">Account</a> <a asp-controller=\"Account\" asp-action=\"Index\" asp-fragment=\"profile\">Account</a> <a asp-page=\"/Shop\" asp-protocol=\"https\">Shop</a> <a asp-page=\"/Shop\" asp-protocol=\"http\">Shop</a> <a asp-page=\"Index\">Back</a> <a asp-page=\"/Other\">Back</a>")]
    public void TagHelperRoutes(string markup) => EngineAssert.Findings("Views/Shared/_Layout.cshtml", markup, only: Only);

    // a page's relative asp-page is in its folder (code review: ./Index, Index and /Blog/Index are one page); a
    // component runs no tag helper
    [Theory]
    [InlineData("Pages/Blog/Edit.cshtml", "@page\n<a asp-page=\"./Index\">Back to list</a> <a asp-page=\"Index\">Back to list</a> <a asp-page=\"/Blog/Index\">Back to list</a> <a asp-page=\"../Index\">{|LH013:Back to list|}</a>")]
    [InlineData("Components/Pages/Nav.razor", "<a asp-controller=\"Board\" asp-action=\"Index\">Board</a> <a asp-controller=\"Notice\" asp-action=\"Index\">Board</a>")]
    // an area's page's names are the area's; an Index page's and a templated page's are in their folder (second code review)
    [InlineData("Areas/Admin/Pages/Users/Edit.cshtml", "@page\n<a asp-page=\"./Index\">Back to list</a> <a asp-page=\"/Users/Index\">Back to list</a>")]
    [InlineData("Pages/Blog/Index.cshtml", "@page\n<a asp-page=\"./Archive\">Older posts</a> <a asp-page=\"./Drafts\">{|LH013:Older posts|}</a>")]
    [InlineData("Pages/Products/Details.cshtml", "@page \"{id:int}\"\n<a asp-page=\"./Index\">Products</a> <a asp-page=\"/Products/Index\">Products</a> <a asp-page=\"./Reviews\">{|LH013:Products|}</a>")]
    public void TagHelperRoutesWhereTheyRun(string path, string markup) => EngineAssert.Findings(path, markup, only: Only);

    // ASP.NET Core's <environment> and <feature> tag helpers whose conditions never hold together (held-out review 96)
    [Theory]
    [InlineData("<feature name=\"NewHelp\" negate=\"true\"><a href=\"mailto:help@x.gov.uk\">Report this problem</a></feature><feature name=\"NewHelp\"><a href=\"https://forms.example/abc\">Report this problem</a></feature>")]
    [InlineData("<environment include=\"Development\"><a href=\"https://dev.example/help\">Get help</a></environment><environment exclude=\"Development\"><a href=\"https://www.example/help\">Get help</a></environment>")]
    [InlineData("<environment names=\"Staging,Production\"><a href=\"/a\">Status</a></environment><environment names=\"Development\"><a href=\"/b\">Status</a></environment>")]
    [InlineData("<feature name=\"A\" requirement=\"Any\"><a href=\"/a\">Status</a></feature><feature name=\"A\" negate=\"true\"><a href=\"/b\">Status</a></feature>")]
    [InlineData("@foreach (var x in Model) { <environment include=\"Development\"><a href=\"/a\">Status</a></environment><environment exclude=\"Development\"><a href=\"/b\">Status</a></environment> }")]
    // ... but conditions that may both hold, one computed at run time, another kind of attribute, or not a view
    [InlineData("<environment include=\"Development,Staging\"><a href=\"/a\">Status</a></environment><environment exclude=\"Development\"><a href=\"/b\">{|LH013:Status|}</a></environment>")]
    [InlineData("<environment exclude=\"Development\"><a href=\"/a\">Status</a></environment><environment exclude=\"Production\"><a href=\"/b\">{|LH013:Status|}</a></environment>")]
    [InlineData("<feature name=\"A\"><a href=\"/a\">Status</a></feature><feature name=\"B\" negate=\"true\"><a href=\"/b\">{|LH013:Status|}</a></feature>")]
    [InlineData("<feature name=\"A, B\" requirement=\"Any\"><a href=\"/a\">Status</a></feature><feature name=\"A,B\" negate=\"true\"><a href=\"/b\">{|LH013:Status|}</a></feature>")]
    [InlineData("<environment include=\"Development\" names=\"Staging\"><a href=\"/a\">Status</a></environment><environment exclude=\"Development\"><a href=\"/b\">{|LH013:Status|}</a></environment>")]
    [InlineData("<feature name=\"@flag\"><a href=\"/a\">Status</a></feature><feature name=\"@flag\" negate=\"true\"><a href=\"/b\">{|LH013:Status|}</a></feature>")]
    [InlineData("<feature name=\"A\" variant=\"Beta\"><a href=\"/a\">Status</a></feature><feature name=\"A\" negate=\"true\"><a href=\"/b\">{|LH013:Status|}</a></feature>")]
    [InlineData("<environment include=\"Development\"><a href=\"/a\">Status</a></environment><feature name=\"A\" negate=\"true\"><a href=\"/b\">{|LH013:Status|}</a></feature>")]
    public void ConditionalTagHelpers(string markup) => EngineAssert.Findings("Views/Shared/Error.cshtml", markup, only: Only);

    [Fact]
    public void ConditionalTagHelpersRunInViewsOnly() => EngineAssert.Findings(
        "Components/Help.razor",
        "<environment include=\"Development\"><a href=\"/a\">Status</a></environment><environment exclude=\"Development\"><a href=\"/b\">{|LH013:Status|}</a></environment>",
        only: Only);

    [Fact]
    public void ATagHelperRouteIsNamedWithItsRouteValues()
    {
        var result = EngineAssert.Analyze("Views/Home/Index.cshtml", "<a asp-controller=\"Products\" asp-action=\"List\" asp-route-category=\"books\">Catalogue</a>\n<a asp-controller=\"Products\" asp-action=\"List\" asp-route-category=\"music\">Catalogue</a>");
        Assert.Equal("Anchor text 'Catalogue' also leads to 'Products/List?category=books' (line 1); give different destinations different text", Assert.Single(result.Findings, f => f.Id == "LH013").Message);
    }

    // a component's child contents of which one renders (held-out review 89: a LoginDisplay's "Home" to the dashboard when
    // signed in, to "/" when not); two views of one AuthorizeView, or links outside them, do render together
    [Theory]
    [InlineData("<AuthorizeView>\n  <Authorized><a href=\"dashboard\">Home</a> <a href=\"Account/Manage\">My account</a></Authorized>\n  <NotAuthorized><a href=\"/\">Home</a> <a href=\"Account/Login\">My account</a></NotAuthorized>\n</AuthorizeView>\n<a href=\"/about\">{|LH013:Home|}</a>")]
    [InlineData("<AuthorizeView Roles=\"Admin\"><Authorized><a href=\"admin\">Tools</a></Authorized></AuthorizeView><AuthorizeView><NotAuthorized><a href=\"tools\">{|LH013:Tools|}</a></NotAuthorized><Authorizing>Wait</Authorizing></AuthorizeView>")]
    [InlineData("<AuthorizeView>\n  <Authorized><div><AuthorizeView Roles=\"Admin\"><Authorized><a href=\"/admin\">Home</a></Authorized></AuthorizeView></div> <a href=\"/dashboard\">Start</a></Authorized>\n  <NotAuthorized><a href=\"/\">Start</a></NotAuthorized>\n</AuthorizeView>")]
    [InlineData("<ErrorBoundary><ChildContent><a href=\"orders\">Back</a></ChildContent><ErrorContent><a href=\"/\">Back</a></ErrorContent></ErrorBoundary>")]
    [InlineData("<Router AppAssembly=\"typeof(App).Assembly\"><Found Context=\"r\"><RouteView RouteData=\"r\" /><a href=\"help\">Help</a></Found><NotFound><a href=\"/\">Help</a></NotFound></Router>")]
    // in a loop each renders for some item when what the component is given is computed for it (stop 49's leftover); one
    // given the same for every item decides alike for all of them (code review)
    [InlineData("@foreach (var post in Posts)\n{\n    <AuthorizeView Resource=\"@post\" Policy=\"Edit\">\n        <Authorized><a href=\"/edit\">Open</a></Authorized>\n        <NotAuthorized><a href=\"/view\">{|LH013:Open|}</a></NotAuthorized>\n    </AuthorizeView>\n}")]
    [InlineData("@{ foreach (var item in Items) { <AuthorizeView Roles=\"@item.Role\"><Authorized><a href=\"/a\">Start</a></Authorized><NotAuthorized><a href=\"/b\">{|LH013:Start|}</a></NotAuthorized></AuthorizeView> } }")]
    [InlineData("@foreach (var item in Items)\n{\n    <AuthorizeView Roles=\"Admin\">\n        <Authorized><a href=\"/admin/posts\">Manage posts</a></Authorized>\n        <NotAuthorized><a href=\"/login\">Manage posts</a></NotAuthorized>\n    </AuthorizeView>\n}")]
    // (code review) a Resource is a C# value without '@' too; an ErrorBoundary may fail for one item and not another
    [InlineData("@foreach (var post in Posts) { <AuthorizeView Resource=\"post\" Policy=\"Edit\"><Authorized><a href=\"/edit\">Open</a></Authorized><NotAuthorized><a href=\"/view\">{|LH013:Open|}</a></NotAuthorized></AuthorizeView> }")]
    [InlineData("@foreach (var o in Orders) { <ErrorBoundary><ChildContent><a href=\"/orders\">Details</a></ChildContent><ErrorContent><a href=\"/support\">{|LH013:Details|}</a></ErrorContent></ErrorBoundary> }")]
    [InlineData("@if (ready)\n{\n    <AuthorizeView><Authorized><a href=\"/a\">Start</a></Authorized><NotAuthorized><a href=\"/b\">Start</a></NotAuthorized></AuthorizeView>\n}")]
    public void ComponentContentsOfWhichOneRenders(string markup) => EngineAssert.Findings("Components/Layout/LoginDisplay.razor", markup, only: Only);

    // Angular's *ngIf and the templates its then and else name, and the cases of Angular's and AngularJS's switches
    // (held-out review 91); an unnamed template, or links outside the switch, render with them
    [Theory]
    [InlineData("<a *ngIf=\"isAdmin; else userDocs\" href=\"/admin/docs\">Documentation</a>\n<ng-template #userDocs><a href=\"/docs\">Documentation</a></ng-template>\n<ng-template #other><a href=\"/help\">{|LH013:Documentation|}</a></ng-template>")]
    [InlineData("<div *ngIf=\"ready; then shown; else loading\"></div><ng-template #shown><a href=\"/a\">Open</a></ng-template><ng-template #loading><a href=\"/b\">Open</a></ng-template>")]
    [InlineData("<div [ngSwitch]=\"role\"><a *ngSwitchCase=\"'admin'\" href=\"/admin\">Home</a><a *ngSwitchCase=\"'user'\" href=\"/me\">Home</a><a *ngSwitchDefault href=\"/\">Home</a></div><a href=\"/start\">{|LH013:Home|}</a>")]
    [InlineData("<div ng-switch=\"vm.role\"><p ng-switch-when=\"admin\"><a href=\"/admin\">Home</a></p><p ng-switch-default><a href=\"/\">Home</a></p></div>")]
    // (code review) a branch holding an element of its own name, cases under another element of the switch, AngularJS's
    // <ng-switch> element; a condition in what repeats, or a template two conditions name, renders with the other branch
    [InlineData("<div class=\"card\" *ngIf=\"user; else guest\">\n  <div class=\"card-body\">text</div>\n  <a href=\"/dashboard\">Home</a>\n</div>\n<ng-template #guest><a href=\"/\">Home</a></ng-template>")]
    [InlineData("<div [ngSwitch]=\"role\"><section><a *ngSwitchCase=\"'a'\" href=\"/a\">Home</a></section><a *ngSwitchDefault href=\"/\">Home</a></div><ng-switch on=\"r\"><p ng-switch-when=\"x\"><a href=\"/x\">Go</a></p><p ng-switch-default><a href=\"/y\">Go</a></p></ng-switch>")]
    [InlineData("<li *ngFor=\"let u of users\"><a *ngIf=\"u.admin; else plain\" href=\"/admin\">Profile</a><ng-template #plain><a href=\"/me\">{|LH013:Profile|}</a></ng-template></li>")]
    [InlineData("<a *ngIf=\"a; else wait\" href=\"/a\">Open</a><a *ngIf=\"b; else wait\" href=\"/b\">{|LH013:Open|}</a><ng-template #wait><a href=\"/c\">{|LH013:Open|}</a></ng-template>")]
    // (held-out review 125: the Angular template's login menu) an *ngIf and another of its negation, and AngularJS's ng-if;
    // not in what repeats
    [InlineData("<a *ngIf=\"isLoggedIn\" href=\"/account\">My account</a>\n<a *ngIf=\"!isLoggedIn\" href=\"/login?returnUrl=/account\">My account</a>\n<li ng-if=\"vm.user\"><a href=\"/me\">Profile</a></li><li ng-if=\"!vm.user\"><a href=\"/login\">Profile</a></li>")]
    [InlineData("<li *ngFor=\"let u of users\"><a *ngIf=\"u.admin\" href=\"/admin\">Profile</a><a *ngIf=\"!u.admin\" href=\"/me\">{|LH013:Profile|}</a></li>")]
    // (code review) an alias and a negation in parentheses; in an @for, or a structural directive that declares an item, each
    // renders for some item; the pairs of one test are found past seventy other conditions
    [InlineData("<a *ngIf=\"user$ | async as user\" routerLink=\"/account\">My account</a>\n<a *ngIf=\"!(user$ | async)\" routerLink=\"/login\">My account</a>\n<a *ngIf=\"isAdmin\" href=\"/a\">Admin</a><a *ngIf=\"!(isAdmin)\" href=\"/b\">Admin</a>")]
    [InlineData("@for (item of items; track item.id) {\n<a *ngIf=\"item.done\" href=\"/done\">Details</a>\n<a *ngIf=\"!item.done\" href=\"/todo\">{|LH013:Details|}</a> }\n<table mat-table><tr mat-row *matRowDef=\"let row; columns: cols\"><td><a *ngIf=\"row.a\" href=\"/a\">Go</a><a *ngIf=\"!row.a\" href=\"/b\">{|LH013:Go|}</a></td></tr></table>")]
    public void AngularTemplatesOfWhichOneRenders(string markup) => EngineAssert.Findings("src/app/nav.component.html", markup, only: Only);

    [Fact]
    public void NegationsArePairedPastSeventyOtherConditions()
    {
        var markup = string.Concat(Enumerable.Range(0, 70).Select(i => $"<p *ngIf=\"form.f{i}.invalid\">Field {i} is required</p>\n"))
            + "<a *ngIf=\"isLoggedIn\" href=\"/account\">Account</a>\n<a *ngIf=\"!isLoggedIn\" href=\"/login\">Account</a>";
        Assert.DoesNotContain(EngineAssert.Analyze("src/app/app.component.html", markup).Findings, f => f.Id == "LH013");
    }

    // Angular's router links written literally are destinations to compare (held-out review 125: a vet app's "ITT" to two
    // pages); one path written two ways is one destination; a computed one, or one with query parameters, is not compared
    [Theory]
    [InlineData("<a routerLink=\"/appointment\">ITT</a>\n<a routerLink=\"/records/my-records\">{|LH013:ITT|}</a>")]
    [InlineData("<a routerLink=\"/orders\">Orders</a> <a [routerLink]=\"['/orders']\">Orders</a> <a [routerLink]=\"'/orders'\">Orders</a> <a [routerLink]=\"['/records', 'my-records']\">Records</a> <a routerLink=\"/records/my-records\">Records</a>")]
    [InlineData("<a routerLink=\"/a\">Open</a> <a [routerLink]=\"['/b', id]\">Open</a> <a routerLink=\"/c\" [queryParams]=\"{ page: 2 }\">Open</a> <a [routerLink]=\"['/d']\">{|LH013:Open|}</a>")]
    public void AngularRouterLinks(string markup) => EngineAssert.Findings("src/app/home.component.html", markup, only: Only);

    // Thymeleaf's th:if and th:unless of one expression, a negated th:if, Spring Security's isAuthenticated() and
    // isAnonymous(), and a th:switch's cases (held-out review 120); not two conditions of different expressions, nor a
    // condition in a th:each, which may hold for one item and not another
    [Theory]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><a th:if=\"${loggedIn}\" href=\"/account\">My account</a>\n<a th:unless=\"${loggedIn}\" href=\"/login\">My account</a></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><a th:if=\"${ user.admin }\" href=\"/admin\">Home</a>\n<a th:if=\"${!user.admin}\" href=\"/\">Home</a> <a data-th-if=\"${not user.admin}\" href=\"/\">Home</a></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\" xmlns:sec=\"http://www.thymeleaf.org/extras/spring-security\"><body><li sec:authorize=\"isAuthenticated()\"><a href=\"/logout\">Account</a></li>\n<li sec:authorize=\"isAnonymous()\"><a href=\"/login\">Account</a></li></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><div th:switch=\"${user.role}\"><p th:case=\"'admin'\"><a href=\"/admin\">Home</a></p><p th:case=\"*\"><a href=\"/\">Home</a></p></div></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><a th:if=\"${a}\" href=\"/a\">Open</a>\n<a th:unless=\"${b}\" href=\"/b\">{|LH013:Open|}</a></body></html>")]
    // (code review) a negation outside ${...} negates it; one before the first of two operands negates that operand only
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><a th:if=\"${#authorization.expression('isAuthenticated()')}\" th:href=\"@{/profile}\">Account</a>\n<a th:if=\"${!#authorization.expression('isAuthenticated()')}\" th:href=\"@{/login}\">Account</a>\n<a th:if=\"${user?.admin}\" href=\"/x\">X</a><a th:if=\"${!user?.admin}\" href=\"/y\">X</a><a th:if=\"${a == 1}\" href=\"/p\">P</a><a th:if=\"${!a == 1}\" href=\"/q\">{|LH013:P|}</a></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><a th:if=\"!${a}\" href=\"/a\">Open</a>\n<a th:if=\"${a}\" href=\"/b\">Open</a>\n<a th:if=\"${!a or b}\" href=\"/c\">Go</a>\n<a th:if=\"${a or b}\" href=\"/d\">{|LH013:Go|}</a></body></html>")]
    [InlineData("<html xmlns:th=\"http://www.thymeleaf.org\"><body><ul><li th:each=\"u : ${users}\"><a th:if=\"${u.admin}\" href=\"/admin\">Profile</a><a th:unless=\"${u.admin}\" href=\"/me\">{|LH013:Profile|}</a></li></ul></body></html>")]
    public void ThymeleafElementsOfWhichOneRenders(string markup) => EngineAssert.Findings("src/main/resources/templates/nav.html", markup, only: Only);

    // Genshi's py:if and py:if="not ..." (held-out review 140: Trac's and lazygal's templates); not in a Genshi-less page
    [Theory]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:py=\"http://genshi.edgewall.org/\"><body><a py:if=\"authname\" href=\"/prefs\">Account</a>\n<a py:if=\"not authname\" href=\"/login\">Account</a></body></html>")]
    [InlineData("<html><body><a py:if=\"authname\" href=\"/prefs\">Account</a>\n<a py:if=\"not authname\" href=\"/login\">{|LH013:Account|}</a></body></html>")]
    public void GenshiElementsOfWhichOneRenders(string markup) => EngineAssert.Findings("templates/theme.html", markup, only: Only);

    [Fact]
    public void ATagHelperRouteIsNamedByItsControllerAndAction()
    {
        var result = EngineAssert.Analyze("Views/Shared/_Layout.cshtml", "<a asp-controller=\"Board\" asp-action=\"Index\">Board</a>\n<a asp-controller=\"Notice\" asp-action=\"Index\">Board</a>");
        Assert.Equal("Anchor text 'Board' also leads to 'Board/Index' (line 1); give different destinations different text", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void MessagePointsAtTheEarlierLink()
    {
        var result = EngineAssert.Analyze("page.html", "<a href=\"/pricing\">Pricing</a>\n\n<a href=\"/plans\">Pricing</a>");
        Assert.Equal("Anchor text 'Pricing' also leads to '/pricing' (line 1); give different destinations different text", Assert.Single(result.Findings).Message);
    }

    /// <summary>
    /// The parser moves links that are in a table but in no cell before the table, so the links of a text do not come in
    /// the order of their offsets: the link in the else branch is still compared with the cell's link before the if,
    /// though two links of earlier branches (moved) come between them.
    /// </summary>
    [Fact]
    public void LinksMovedOutOfATableDoNotHideAnEarlierLink()
    {
        var result = EngineAssert.Analyze("Pages/Index.cshtml", "<table><tr><td><a href=\"/c\">Products</a></td></tr>\n@if (a) {\n<a href=\"/x\">Products</a>\n} else if (b) {\n<a href=\"/y\">Products</a>\n} else {\n<tr><td><a href=\"/l\">Products</a></td></tr>\n}\n</table>\n");
        Assert.Equal(
            new[] { "line 1: '/x'", "line 7: '/c'" },
            result.Findings.Where(f => f.Id == "LH013").Select(f => $"line {result.Document!.Lines.GetLine(f.Span.Start) + 1}: " + System.Text.RegularExpressions.Regex.Match(f.Message, "also leads to ('[^']*')").Groups[1].Value));
    }

    /// <summary>
    /// LH013 starts a link's search after the last link with its text, destination and branches (and takes that one's
    /// conflict): on generated templates of nested if/else and switch statements, each finding names the link a search
    /// of every earlier link names (the first with that text elsewhere that can render with it), and no other link has one.
    /// </summary>
    [Fact]
    public void EachLinkConflictsWithTheFirstEarlierLinkThatCanRenderWithIt()
    {
        string[] pieces =
        {
            "@if (a) {\n", "} else {\n", "} else if (b) {\n", "}\n", "@switch (x) { case 1:\n", "break; case 2:\n", "break; }\n",
            "<a href=\"/a\">Products</a>\n", "<a href=\"/b\">Products</a>\n", "<a href=\"/a/\">Products</a>\n", "<a href=\"/c\">Pricing</a>\n",
            "<a href=\"/d\">Pricing</a>\n", "<p>\n", "</p>\n",
            // Long else-if chains, whose links LH013 steps over a branch group at a time, and markup between two branches
            // (a templated delegate in a condition), where it must not.
            "} else if (c) {\n<a href=\"/e\">Products</a>\n", "} else if (c) {\n<a href=\"/f\">Products</a>\n", "} else if (c) {\n<a href=\"/g\">Products</a>\n",
            "} else if (Check(@<a href=\"/h\">Products</a>)) {\n",
            // Links in a table but in no cell: the parser moves them before the table, out of the order of their offsets.
            "<table><tr><td>\n", "</td></tr>\n", "</table>\n",
        };
        var random = new System.Random(20261201);
        var compared = 0;
        var betweenBranches = 0;
        for (var n = 0; n < 600; n++)
        {
            var text = string.Concat(System.Linq.Enumerable.Range(0, random.Next(5, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = EngineAssert.Analyze("Pages/Index.cshtml", text);
            var links = result.Links.Where(l => !l.Name.IsDynamic && l.Name.Normalized.Length > 0).ToList();
            betweenBranches += links.Count(l => result.Document!.GroupsBetweenBranches(l.StartTagSpan.Start).Any());
            var expected = new System.Collections.Generic.List<string>();
            var relativeBase = LinkHygiene.Rules.LH013AmbiguousAnchorText.RelativeBase(result.Document!);
            string Normalize(LinkHygiene.Links.Link link) => LinkHygiene.Rules.LH013AmbiguousAnchorText.NormalizeUrl(link.Href.Value, relativeBase, result.Document!.Kind);
            for (var i = 0; i < links.Count; i++)
            {
                var conflict = links.Take(i).FirstOrDefault(e => e.Name.Normalized == links[i].Name.Normalized
                    && Normalize(e) != Normalize(links[i])
                    && !result.Document!.AreExclusive(e.StartTagSpan.Start, links[i].StartTagSpan.Start));
                if (conflict is not null)
                {
                    expected.Add($"{links[i].Name.Span.Start}: {conflict.Href.Display} (line {result.Document!.Lines.GetLine(conflict.StartTagSpan.Start) + 1})");
                }
            }

            var actual = result.Findings.Where(f => f.Id == "LH013")
                .Select(f => $"{f.Span.Start}: " + System.Text.RegularExpressions.Regex.Match(f.Message, @"also leads to '([^']*)' \((line \d+)\)").Result("$1 ($2)"));
            // Findings come in the order of their offsets; links in the parser's order (see the table pieces above).
            Assert.Equal(expected.OrderBy(f => f, System.StringComparer.Ordinal), actual.OrderBy(f => f, System.StringComparer.Ordinal));
            compared += links.Count;
        }

        Assert.True(compared > 6000, $"only {compared} links compared");
        Assert.True(betweenBranches > 100, $"only {betweenBranches} links between two branches");
    }

    [Fact]
    public void RelativePathsResolveAsSplittingBothPathsIntoSegmentsWould()
    {
        // Every folder of up to four and every relative path of up to five characters of '/', '.', a letter and the unknown
        // folder's mark, against the lists of segments the rule once built for each link (the reference below; with each
        // ".." above the unknown folder one more level up since code review 133).
        var alphabet = new[] { '/', '.', 'a', '\u0001' };
        var folders = Strings(4).ToList();
        var compared = 0;
        foreach (var folder in folders)
        {
            foreach (var relative in Strings(5))
            {
                var expected = Reference(folder, relative);
                var actual = LinkHygiene.Rules.LH013AmbiguousAnchorText.Resolve(folder, relative);
                Assert.True(expected == actual, $"\"{Escape(folder)}\" + \"{Escape(relative)}\": \"{Escape(actual)}\", expected \"{Escape(expected)}\"");
                compared++;
            }
        }

        Assert.Equal(341 * 1365, compared);

        System.Collections.Generic.IEnumerable<string> Strings(int maxLength)
        {
            var level = new System.Collections.Generic.List<string> { string.Empty };
            for (var length = 0; length <= maxLength; length++)
            {
                foreach (var text in level)
                {
                    yield return text;
                }

                level = level.SelectMany(text => alphabet.Select(c => text + c)).ToList();
            }
        }

        static string Escape(string text) => text.Replace("\u0001", "\\u0001");

        static string Reference(string folder, string relative)
        {
            var segments = new System.Collections.Generic.List<string>(folder.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries));
            var parts = relative.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part == "..")
                {
                    if (segments.Count > 0 && segments[segments.Count - 1] != "\u0001" && segments[segments.Count - 1] != "..")
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }
                    else if (segments.Count > 0)
                    {
                        segments.Add("..");
                    }
                }
                else if (part != "." && (part.Length > 0 || i == parts.Length - 1))
                {
                    segments.Add(part);
                }
            }

            return "/" + string.Join("/", segments);
        }
    }
}
