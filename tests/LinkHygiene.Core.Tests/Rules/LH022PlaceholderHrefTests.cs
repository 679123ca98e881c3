using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH022PlaceholderHrefTests
{
    private static readonly string[] Only = { "LH022" };

    [Theory]
    [InlineData("<a {|LH022:href=\"#\"|} onclick=\"open()\">Menu</a>")]
    [InlineData("<a {|LH022:href=\"\"|}>Reload</a>")]
    [InlineData("<a {|LH022:href=\"javascript:void(0)\"|}>Menu</a>")]
    [InlineData("<a {|LH022:href=\"JavaScript:;\"|}>Menu</a>")]
    // a scheme wrapped across lines is still one: browsers remove the line break (held-out review 78, code review)
    [InlineData("<a {|LH022:href=\"java\nscript:void(0)\"|}>Menu</a>")]
    [InlineData("<a {|LH022:href=\" # \"|}>Menu</a>")]
    // Start Bootstrap's placeholder (held-out review 42), which does not scroll to the top whatever its text says
    [InlineData("<a {|LH022:href=\"#!\"|}>Contact</a> <a {|LH022:href=\"#!\"|}>Back to top</a>")]
    [InlineData("<a href=\"#!/home\">Home</a>")]
    // ... but in an AngularJS app routed by hashbang URLs, #! is its root route (code review)
    [InlineData("<div ng-app=\"shop\"><a href=\"#!\">Home</a> <a href=\"#!/products\">Products</a><div ng-view></div></div>")]
    [InlineData("<a href=\"#\" role=\"button\" data-bs-toggle=\"dropdown\">Menu</a>")]
    [InlineData("<a href=\"#top\">Back to top</a>")]
    [InlineData("<a href=\"#!/route\">Route</a>")]
    [InlineData("<a name=\"anchor\">Anchor</a>")]
    // href="" is the base address when the page sets one (static Blazor host pages, SPA shells)
    [InlineData("<head><base href=\"/app/\"></head><body><a href=\"\">Home</a></body>")]
    // ... and an empty <base /> that a script gives its href (the GitHub Pages recipe for Blazor: held-out review 111);
    // a base that sets only a target leaves href="" the page itself
    [InlineData("<head><base /><script>document.querySelector('base').setAttribute('href', location.pathname)</script></head><body><a href=\"\" class=\"reload\">Reload</a></body>")]
    [InlineData("<head><base target=\"_top\"></head><body><a {|LH022:href=\"\"|}>Home</a></body>")]
    // "#" goes to the top of the page: a link that says so is no placeholder (held-out: Bootstrap's examples, furo)
    [InlineData("<a href=\"#\">Back to top</a>")]
    [InlineData("<a href=\"#\">顶部</a> <a href=\"#\">回到頂部</a>")]
    [InlineData("<a href=\"#\">↑ Top</a>")]
    [InlineData("<a href=\"#\">Zurück nach oben</a>")]
    // on a page Sphinx wrote, "#" is the page itself: its root page's theme menus (held-out review 118)
    [InlineData("<head><meta name=\"generator\" content=\"Docutils 0.19: https://docutils.sourceforge.io/\" /></head><body><h3><a href=\"#\">Table of Contents</a></h3><a href=\"#\" class=\"icon icon-home\" aria-label=\"Home\"></a></body>")]
    [InlineData("<head><meta content=\"Docutils 0.18\" name=\"generator\"></head><body><a href=\"#\">Enlighten</a></body>")]
    // ... its relation bar's entry for the page, and the general index, which has no Docutils meta (held-out review 122)
    [InlineData("<head><meta name=\"generator\" content=\"Docutils 0.17.1: http://docutils.sourceforge.net/\" /></head><body><ul><li class=\"nav-item nav-item-this\"><a href=\"\">2. The Debian Archive</a></li></ul></body>")]
    [InlineData("<head><script src=\"_static/documentation_options.js\"></script><script src=\"_static/doctools.js\"></script></head><body><a href=\"#\" title=\"General Index\" accesskey=\"I\">index</a> <a href=\"\">Index</a></body>")]
    // held-out review 112: Romanian, Hebrew, Indonesian, Ukrainian, and the languages LH010 gained then
    // held-out review 149: Arabic's and Persian's other wordings of "back to top", and Urdu's
    [InlineData("<a href=\"#\">العودة للأعلى</a> <a href=\"#\">أعلى الصفحة</a> <a href=\"#\">الرجوع للأعلى</a> <a href=\"#\">برو بالا</a> <a href=\"#\">بالای صفحه</a> <a href=\"#\">بازگشت به بالای صفحه</a> <a href=\"#\">اوپر جائیں</a>")]
    // (held-out review 165: "back to the top of the page" in Arabic, Hebrew and Urdu, Persian's other "back")
    [InlineData("<a href=\"#\">العودة إلى أعلى الصفحة</a> <a href=\"#\">برگشت به بالا</a> <a href=\"#\">חזרה לראש הדף</a> <a href=\"#\">صفحے کے اوپر جائیں</a> <a href=\"#\">العوده إلى الأعلى</a> <a href=\"#\">أعلى الصفحه</a>")]
    [InlineData("<a href=\"#\">Sus</a> <a href=\"#\">Înapoi sus</a> <a href=\"#\">למעלה</a> <a href=\"#\">Kembali ke atas</a> <a href=\"#\">Догори</a> <a href=\"#\">Vissza a tetejére</a> <a href=\"#\">Til toppen</a> <a href=\"#\">Ylös</a> <a href=\"#\">Επάνω</a> <a href=\"#\">กลับด้านบน</a> <a href=\"#\">ऊपर जाएं</a> <a href=\"#\">Rudi juu</a>")]
    [InlineData("<a href=\"#\">Вверх</a> <a href=\"#\">Нагору</a> <a href=\"#\">Zpět nahoru</a> <a href=\"#\">Başa dön</a>")]
    [InlineData("<a href=\"#\" class=\"back-to-top muted-link\"><svg></svg><span>{% trans %}Back to top{% endtrans %}</span></a>")]
    [InlineData("<a href=\"#\" id=\"scroll_top\">↑</a>")]
    // prefixes and suffixes on scroll-top and go-top as on back-to-top (held-out review of .NET apps: ABP's cms-kit)
    [InlineData("<a href=\"#\" class=\"scroll-top-btn\">@L[\"GoToTop\"]</a><a href=\"#\" class=\"js-scroll-top\">↑</a><a href=\"#\" id=\"gotop-link\">↑</a><a href=\"#\" class=\"page-top\">↑</a>")]
    [InlineData("<a {|LH022:href=\"#\"|} class=\"desktop-nav\">Menu</a><a {|LH022:href=\"#\"|} class=\"stop\">Stop</a>")]
    // the jQuery scrollUp plugin's and templates' names, and xml2rfc's toplink (held-out reviews 122 and 124); "##" is a
    // placeholder (held-out review 120: Chinese shop templates), not a link to an id "#"
    [InlineData("<a href=\"#\" class=\"scrollup\"><i class=\"fa fa-angle-up\"></i></a><a href=\"#\" id=\"scrollUp\">↑</a><a href=\"#\" class=\"move-top\">↑</a><a href=\"#\" class=\"top-link\">↑</a><a href=\"#\" class=\"top-btn\">↑</a><a href=\"#\" onclick=\"scroll(0,0)\" class=\"toplink\">▲</a>")]
    [InlineData("<a {|LH022:href=\"#\"|} class=\"topics\">Topics</a><a {|LH022:href=\"##\"|}>Cart</a> <a {|LH022:href=\"##\"|} class=\"move-top\">Top</a>")]
    [InlineData("<a {|LH022:href=\"#\"|}>Top sellers</a>")]
    // UIkit's to-top link, and "totop" or "to-top" between dashes (held-out review 137); not inside a word
    [InlineData("<a href=\"#\" uk-totop uk-scroll></a><a href=\"#\" class=\"btn-totop\">↑</a><a href=\"#\" class=\"js-totop\">↑</a><a href=\"#\" id=\"totop-btn\">↑</a><a href=\"#\" class=\"btn-to-top\">↑</a><a {|LH022:href=\"#\"|} class=\"photo-top\">Photos</a>")]
    [InlineData("<a href=\"#\" data-uk-totop></a><a href=\"#\" class=\"to-top-btn\">↑</a><a {|LH022:href=\"#\"|} class=\"btn how-to-top-up\">Top up</a><a {|LH022:href=\"#\"|} id=\"add-to-top-picks\">Add</a>")]
    [InlineData("<a href=\"#\" class=\"js-back-to-top {{ extra }}\">↑</a><a href=\"#\" class=\"back-to-top-link\">↑</a><a href=\"#\" id=\"back-to-top-{{ .ID }}\">↑</a>")]
    // a router directive replaces the written href (held-out probe)
    [InlineData("<a ui-sref=\"about\" href=\"#\">About</a><a href=\"#\" routerLink=\"/x\">X</a><a href=\"\" [routerLink]=\"['/y']\">Y</a>")]
    [InlineData("<a href=\"#\" route-href=\"route: contacts\">Contacts</a><a href=\"#\" href.bind=\"url\">Bound</a>")]
    [InlineData("<a href=\"#\" data-bind=\"attr: { href: url }\">Bound</a><a href=\"#\" data-bind=\"attr: { 'href': url }\">Quoted</a>")]
    // ... after a value holding commas, braces or strings, and a custom href binding (code review)
    [InlineData("<a href=\"#\" data-bind=\"attr: { title: fmt(a, b), href: url }\">A</a><a href=\"#\" data-bind=\"attr: { 'data-x': {a: 1}, href: url }\">B</a><a href=\"#\" data-bind=\"attr: { 'aria-label': x + ', opens in new tab', href: url }\">C</a><a href=\"#\" data-bind=\"href: url\">D</a>")]
    // ... but a Knockout binding that only names an href leaves the written one (held-out review 82)
    [InlineData("<a {|LH022:href=\"#\"|} data-bind=\"click: function() { open({ id: id, href: url }) }\">Open</a><a {|LH022:href=\"#\"|} data-bind=\"event: { click: go }, attr: { title: t }\">Go</a>")]
    [InlineData("<a {|LH022:href=\"#\"|} data-bind=\"click: copyHref\">Copy link</a><a {|LH022:href=\"#\"|} data-bind=\"attr: { 'data-href': downloadUrl }, click: download\">Download</a>")]
    [InlineData("<a {|LH022:href=\"#\"|} class=\"top-nav\">Menu</a>")]
    [InlineData("<a {|LH022:href=\"javascript:void(0)\"|}>Back to top</a>")]
    // a run-time part after "javascript:" is still a script (held-out: Django's admin bookmarklets)
    [InlineData("<a {|LH022:href=\"javascript:history.back({{ n }})\"|}>Go back one page</a>")]
    // Thymeleaf replaces an element with th:replace and its content with th:insert: the markup there is for opening the
    // file in a browser, never rendered (held-out: thymeleafexamples-layouts' "Static header")
    [InlineData("<div th:replace=\"fragments/header :: header\"><a href=\"#\">Static header</a><ul><li><a href=\"#\">Home</a></li></ul></div>")]
    [InlineData("<nav th:insert=\"~{fragments/nav}\"><a href=\"#\">Home</a></nav><ol data-th-replace=\"${breadcrumb}\"><li><a href=\"#\">Fake</a></li></ol><a href=\"#\" th:replace=\"x :: y\">Y</a>")]
    // a link whose content alone is replaced is still a link
    [InlineData("<a {|LH022:href=\"#\"|} th:insert=\"icons :: menu\"><svg><use href=\"#i\"/></svg></a>")]
    [InlineData("<div th:remove=\"all\"><a href=\"#\">Example row</a></div><div th:remove=\"body\"><a href=\"#\">Example row</a></div>")]
    [InlineData("<div th:remove=\"tag\"><a {|LH022:href=\"#\"|}>Kept</a></div><nav th:insert=\"x\"></nav><a {|LH022:href=\"#\"|}>After</a>")]
    // th:remove="all-but-first" keeps the first child alone, and data-th-* is th:*'s HTML5 form (held-out review 120)
    [InlineData("<table><tbody th:remove=\"all-but-first\"><tr><td><a {|LH022:href=\"#\"|}>First</a></td></tr><tr><td><a href=\"#\">click here</a></td></tr></tbody></table>")]
    [InlineData("<a href=\"#\" data-th-href=\"@{/}\">Home</a><table><tr data-th-remove=\"all\"><td><a href=\"#\">Dummy</a></td></tr></table><nav data-th-replace=\"~{x}\"><a href=\"#\">Y</a></nav>")]
    [InlineData("<div th:fragment=\"header\"><a {|LH022:href=\"#\"|} th:text=\"${title}\">Header</a></div>")]
    // ... unless the inserted template is handed this markup: ~{::main}, ~{ :: .breadcrumb} (held-out: both render)
    [InlineData("<html th:replace=\"~{layout :: layout(~{::title}, ~{::main})}\"><main><a {|LH022:href=\"#\"|}>2</a></main></html>")]
    [InlineData("<header th:insert=\"task/layout :: header(~{ :: .breadcrumb})\"><ol class=\"breadcrumb\"><li><a {|LH022:href=\"#\"|}>Home</a></li></ol></header>")]
    // Thymeleaf's parser closes an element at "/>", as a Razor component's does: what follows is the page's, not markup
    // the directive throws away (held-out review 25: RuoYi starts its pages with <th:block th:include="..." />)
    [InlineData("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n\t<th:block th:include=\"include :: header('x')\" />\n</head>\n<body>\n    <a {|LH022:href=\"#\"|}>选项1</a>\n</body>\n</html>")]
    [InlineData("<body>\n    <div th:replace=\"~{fragments/header :: header}\" />\n    <a {|LH022:href=\"#\"|}>Options</a>\n    <nav th:insert=\"~{fragments/nav}\"/><a {|LH022:href=\"#\"|}>After</a>\n</body>")]
    // ... and a self-closed textarea or script, whose text an HTML parser would read to the end of the file (code review)
    [InlineData("<form th:object=\"${owner}\">\n<textarea th:field=\"*{notes}\"/>\n<script th:src=\"@{/js/app.js}\" /><a {|LH022:href=\"#\"|}>Help</a>\n<TEXTAREA th:field=\"*{x}\" title='a>b'/><a {|LH022:href=\"#\"|}>More</a></form>")]
    // ... and a Genshi template's, XML too (held-out review 140: lazygal's <title py:content="album_name" />)
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:py=\"http://genshi.edgewall.org/\">\n<head><title py:content=\"album_name\" /></head>\n<body><a {|LH022:href=\"#\"|} onclick=\"toggle()\">Toggle</a></body></html>")]
    // in plain HTML "/>" closes nothing: the markup after <div ... /> is its content
    [InlineData("<body><div class=\"x\" /><a {|LH022:href=\"#\"|}>In the div</a><div data-replace=\"y\" /><a {|LH022:href=\"#\"|}>Too</a></body>")]
    [InlineData("<navlink href=\"#\">Account</navlink>")]
    // a role bound on the client may be a widget's, as role="{{ r }}" (held-out review 91)
    [InlineData("<a href=\"#\" [attr.role]=\"'button'\" (click)=\"save()\">Save</a><a href=\"#\" :role=\"r\">A</a><a href=\"#\" ng-attr-role=\"{{ r }}\">B</a><a href=\"#\" data-bind=\"attr: { role: r }\">C</a><a href=\"#\" role.bind=\"r\">D</a><a {|LH022:href=\"#\"|} [attr.title]=\"t\">E</a>")]
    // a link to the page itself, as generators write the current page (held-out review 90: TypeDoc, Sphinx)
    // in an HTML file; not Bootstrap's navbar placeholder, aria-current="page" href="#" (code review)
    [InlineData("<a href=\"\" aria-current=\"page\">parse</a><a class=\"current reference internal\" href=\"#\">Solid</a><a {|LH022:href=\"#\"|} aria-current=\"true\">2</a><a {|LH022:href=\"\"|} aria-current=\"false\">3</a><a {|LH022:href=\"\"|} aria-current=\"\">3</a><a {|LH022:href=\"#\"|} class=\"reference\">4</a><a class=\"nav-link active\" aria-current=\"page\" {|LH022:href=\"#\"|}>Home</a>")]
    // ... and any href="" on a page a documentation generator wrote: Scribble's, RDoc's, YARD's (held-out review 139)
    [InlineData("<script type=\"text/javascript\" src=\"../scribble-common.js\"></script><a href=\"\" class=\"tocviewselflink\" data-pltdoc=\"x\">Creating Units</a><a href=\"\" class=\"RktValDef RktValLink\" data-pltdoc=\"x\">link</a><a {|LH022:href=\"#\"|}>Menu</a>")]
    [InlineData("<a href=\"\" title=\"Mocha (module)\">Mocha</a> <a href=\"https://yardoc.org\" title=\"Yay! A Ruby Documentation Tool\" target=\"_parent\">yard</a>")]
    [InlineData("<a {|LH022:href=\"\"|} title=\"Mocha (module)\">Mocha</a> <a href=\"https://yardoc.org\">yard</a>")]
    // (not on another generator's page, which writes none, nor where a page shows RDoc's script as text: code review)
    [InlineData("<meta name=\"generator\" content=\"mkdocs-1.5.3\"><a {|LH022:href=\"\"|}>Home</a>")]
    [InlineData("<pre>&lt;script&gt;\n  var rdoc_rel_prefix = \"./\";</pre><a {|LH022:href=\"\"|}>Home</a>")]
    // ... Documenter's (its breadcrumb's <a href>), and "#" on odoc's, in its signatures (held-out review 145); not an
    // action's "#" on Documenter's, nor "#" on another generator's
    [InlineData("<script>documenterBaseURL=\".\"</script><a href>Overview</a> <a class=\"tocitem\" href>Overview</a> <a class=\"docs-settings-button\" {|LH022:href=\"#\"|} title=\"Settings\"></a>")]
    [InlineData("<meta name=\"generator\" content=\"odoc 2.1.0\"/><code><a href=\"#\">blob</a></code> <a {|LH022:href=\"\"|}>x</a>")]
    [InlineData("<meta name=\"generator\" content=\"Doxygen 1.9.4\"/><a {|LH022:href=\"#\"|}>blob</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a {|LH022:href=\"#\"|} @onclick=\"Toggle\">Menu</a>")]
    [InlineData("<a class=\"navbar-brand\" href=\"\">BlazorApp</a>")]
    [InlineData("<NavLink class=\"nav-link\" href=\"\" Match=\"NavLinkMatch.All\">Home</NavLink>")]
    // Blazor's NavLink renders an <a> with its href as written: "#" goes nowhere there too, as on a library's nav link
    [InlineData("<NavLink class=\"nav-link dropdown-toggle\" {|LH022:href=\"#\"|} @onclick=\"ToggleMenu\">Account</NavLink> <MudNavLink {|LH022:Href=\"#\"|}>Later</MudNavLink>")]
    [InlineData("<a href=\"@Model.Url\">Somewhere</a>")]
    // written in lower case, Razor reads it as an element of that name, no link
    [InlineData("<navlink href=\"#\">Account</navlink>")]
    public void RazorComponent(string markup) => EngineAssert.Findings("Components/Nav.razor", markup, only: Only);

    [Theory]
    [InlineData("<a {|LH022:href=\"#\"|}>Menu</a>")]
    [InlineData("<a href=\"#@Model.Anchor\">Section</a>")]
    // a role computed at run time may be "button" (btcpayserver-style shared partials)
    [InlineData("<a href=\"#\" role=\"@Model.Role\">Section</a>")]
    [InlineData("<a {|LH022:href=\"\"|}>Reload</a>")]
    [InlineData("<a {|LH022:href=\"javascript:removeThanks(@Model.Id)\"|}>Remove thanks</a>")]
    [InlineData("<a {|LH022:href=\"@($\"javascript:addThanks({Model.Id});\")\"|}>Thank</a>")]
    // a view's NavLink is an unknown element, no Blazor link (code review)
    [InlineData("<NavLink href=\"#\">Account</NavLink>")]
    // a generator's link to the page itself is an HTML file's (code review)
    [InlineData("<a {|LH022:href=\"\"|} aria-current=\"page\">Home</a><a class=\"reference internal\" {|LH022:href=\"#\"|}>Docs</a>")]
    public void RazorView(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);
}
