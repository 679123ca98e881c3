using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Links;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Razor;

/// <summary>
/// For each construct of the ASP.NET Core Razor syntax reference: which links are found, where exactly (the start
/// tag's text), what their destination is ('*' = partly or wholly computed at run time) and their name ('?' = unknown
/// at run time), and their zone.
/// </summary>
public class LinkConformanceTests
{
    private static string Describe(string path, string template)
    {
        var result = LinkHygieneEngine.Analyze(path, template, DictionaryOptionSource.Empty);
        foreach (var finding in result.Findings)
        {
            Tests.Infrastructure.SpanChecker.AssertOffendingText(finding, template, result);
        }

        return string.Join(" | ", result.Links.Select(link =>
        {
            var tag = template.Substring(link.StartTagSpan.Start, link.StartTagSpan.Length);
            var name = link.Name.IsDynamic ? "?" : link.Name.Source == NameSource.None ? "none" : $"'{link.Name.Text}'";
            var zone = link.Zone == LinkZone.None ? string.Empty : " " + link.Zone.ToString().ToLowerInvariant();
            return $"{tag} {link.Href.Kind}{(link.Href.IsDynamic ? "*" : string.Empty)} {name}{zone}";
        }));
    }

    [Theory]
    // code blocks nested several levels, with markup and <text>
    [InlineData(
        "@{ if (a) { foreach (var x in xs) { if (x.Ok) { <div class=\"comment\"><a href=\"@x.Url\">Read more</a></div> } else { <text><a href=\"/none\">None left</a></text> } } } }",
        "<a href=\"@x.Url\"> Dynamic* 'Read more' ugc | <a href=\"/none\"> Internal 'None left'")]
    // @switch with markup cases
    [InlineData(
        "@switch (kind) { case 1: <a href=\"/one\">One</a> break; case 2: { <a href=\"/two\">Two</a> break; } default: <a href=\"/d\">Other</a> break; }",
        "<a href=\"/one\"> Internal 'One' | <a href=\"/two\"> Internal 'Two' | <a href=\"/d\"> Internal 'Other'")]
    // @try / catch / finally, @lock, @using (Html.BeginForm())
    [InlineData(
        "@try { <a href=\"/t\">Try</a> } catch (Exception e) when (e is IOException) { <a href=\"/c\">Catch</a> } finally { <a href=\"/f\">Finally</a> }",
        "<a href=\"/t\"> Internal 'Try' | <a href=\"/c\"> Internal 'Catch' | <a href=\"/f\"> Internal 'Finally'")]
    [InlineData("@lock (sync) { <a href=\"/l\">Locked</a> }", "<a href=\"/l\"> Internal 'Locked'")]
    // an expression statement inside a code block renders a value; the markup after it is still markup (every later link
    // of the block used to be read as C#: found in MVC views of other code bases, issue 13)
    [InlineData(
        "@using (Html.BeginForm()) { @Html.AntiForgeryToken() <div class=\"actions\"><a href=\"#\">Read more</a> <a href=\"/cancel\">Cancel</a></div> }",
        "<a href=\"#\"> Fragment 'Read more' | <a href=\"/cancel\"> Internal 'Cancel'")]
    [InlineData(
        "@{ @await Html.PartialAsync(\"_Nav\") <a href=\"/about\">About us</a> @Html.Raw(banner) <p><a href=\"/x\">X page</a></p> }",
        "<a href=\"/about\"> Internal 'About us' | <a href=\"/x\"> Internal 'X page'")]
    [InlineData("@if (x) { @if (y) { <a href=\"/nested\">Nested</a> } }", "<a href=\"/nested\"> Internal 'Nested'")]
    // a template delegate passed at markup level renders its markup: it is checked, as it is inside an @if block
    [InlineData(
        "<ul>@Helpers.Card(@<text><li><a href=\"/more\">Read more</a></li></text>, wide: true)</ul>",
        "<a href=\"/more\"> Internal 'Read more'")]
    [InlineData(
        "@if (show) { @Helpers.Card(@<text><a href=\"/more\">Read more</a></text>) }",
        "<a href=\"/more\"> Internal 'Read more'")]
    [InlineData("@using (Html.BeginForm(\"Save\", \"Home\")) { <input type=\"submit\"> <a href=\"/cancel\">Cancel</a> }", "<a href=\"/cancel\"> Internal 'Cancel'")]
    // explicit expressions with generics and lambdas; implicit ones with indexers, calls, null-conditional access; @await
    [InlineData("<a href=\"@(Links.For<Page>(p => p.Id > 0))\">Generic</a>", "<a href=\"@(Links.For<Page>(p => p.Id > 0))\"> Dynamic* 'Generic'")]
    [InlineData("<a href=\"@Model.Links[0].Url\">@Model.Links?[0]?.Title</a>", "<a href=\"@Model.Links[0].Url\"> Dynamic* ?")]
    [InlineData("<a href=\"/x\">@await Component.InvokeAsync(\"Label\", new { id = 1 })</a>", "<a href=\"/x\"> Internal ?")]
    [InlineData("<a href=\"/x\">@user!.Name.ToUpper()</a>", "<a href=\"/x\"> Internal ?")]
    // literal and C# mixed in one attribute; conditional attributes
    [InlineData("<a href=\"/p/@id?x=@(y)\">Post</a>", "<a href=\"/p/@id?x=@(y)\"> Internal* 'Post'")]
    [InlineData("<a href=\"https://shop.example/@id\">Shop</a>", "<a href=\"https://shop.example/@id\"> External* 'Shop'")]
    [InlineData("<a href=\"@Url.Action(\"Index\", \"Home\")\" class=\"@(on ? \"active\" : null)\">Home</a>", "<a href=\"@Url.Action(\"Index\", \"Home\")\" class=\"@(on ? \"active\" : null)\"> Internal* 'Home'")]
    // @section with a nested @if
    [InlineData("@section Sidebar { @if (show) { <a href=\"/side\">Side</a> } }", "<a href=\"/side\"> Internal 'Side'")]
    // HTML helpers that render anchors
    [InlineData("<p>@Html.ActionLink(\"Read more\", \"Index\", \"Home\")</p>", "@Html.ActionLink(\"Read more\", \"Index\", \"Home\") Internal* 'Read more'")]
    [InlineData("<p>@Html.RouteLink(@\"Archive \"\"2024\"\"\", \"archive\")</p>", "@Html.RouteLink(@\"Archive \"\"2024\"\"\", \"archive\") Internal* 'Archive \"2024\"'")]
    [InlineData("<p>@Html.ActionLink(\"\", \"Index\")</p>", "@Html.ActionLink(\"\", \"Index\") Internal* none")]
    // the text is the literal as C# reads it (was "Caf" + "u00e9 menu"), and "\" ends no literal
    [InlineData("<p>@Html.ActionLink(\"Caf\\u00e9 menu\", \"Menu\")</p>", "@Html.ActionLink(\"Caf\\u00e9 menu\", \"Menu\") Internal* 'Café menu'")]
    [InlineData("<p>@Html.ActionLink(\"Say \\\"hi\\\", \\\\o/\", \"Menu\")</p>", "@Html.ActionLink(\"Say \\\"hi\\\", \\\\o/\", \"Menu\") Internal* 'Say \"hi\", \\o/'")]
    [InlineData("<p>@Html.ActionLink(Model.Title, \"Index\")</p>", "@Html.ActionLink(Model.Title, \"Index\") Internal* ?")]
    [InlineData("<div class=\"comment\">@(Html.ActionLink(\"Profile\", \"User\"))</div>", "@(Html.ActionLink(\"Profile\", \"User\")) Internal* 'Profile' ugc")]
    // <script>, <style> and <template> contents
    [InlineData("<script>var a = '<a href=\"/x\">click here</a>'; if (n < 3) {}</script><style>a[href]::after { content: '<a>' }</style>", "")]
    [InlineData("<template id=\"row\"><a href=\"/t\">Template link</a></template>", "<a href=\"/t\"> Internal 'Template link'")]
    // escapes, e-mail addresses, Razor comments inside attributes
    [InlineData("<a href=\"mailto:me@example.com\">me@example.com</a> <a href=\"/@@handle\">@@handle</a>", "<a href=\"mailto:me@example.com\"> Mailto 'me@example.com' | <a href=\"/@@handle\"> Internal '@handle'")]
    [InlineData("<a href=\"/a@* note *@b\" title=\"T@* x *@\">AB</a>", "<a href=\"/a@* note *@b\" title=\"T@* x *@\"> Internal 'AB'")]
    // C# strings and comments that look like markup are never links
    [InlineData("@{ var s = \"<a href='/x'>x</a>\"; /* <a href=\"/y\">y</a> */ // <a href=/z>z</a>\n}", "")]
    // unterminated block at the end of the file: links before it are found, markup after it is still read as markup
    [InlineData("<a href=\"/ok\">Fine link</a>\n@{ <a href=\"/never\">", "<a href=\"/ok\"> Internal 'Fine link' | <a href=\"/never\"> Internal none")]
    public void RazorView(string template, string expected) => Assert.Equal(expected, Describe("Pages/Index.cshtml", template));

    [Theory]
    // directive attributes, @bind, @key, @ref, attribute splatting
    [InlineData("<a href=\"#\" @onclick=\"Go\" @onclick:preventDefault>Go</a>", "<a href=\"#\" @onclick=\"Go\" @onclick:preventDefault> Fragment 'Go'")]
    [InlineData("<a href=\"/x\" @key=\"item.Id\" @ref=\"anchor\">Item</a>", "<a href=\"/x\" @key=\"item.Id\" @ref=\"anchor\"> Internal 'Item'")]
    [InlineData("<a href=\"/x\" @attributes=\"Extra\">Item</a>", "<a href=\"/x\" @attributes=\"Extra\"> Internal ?")]
    [InlineData("<input @bind=\"Name\" @bind:event=\"oninput\" /><a href=\"/save\">Save</a>", "<a href=\"/save\"> Internal 'Save'")]
    // components with child content and render fragments
    [InlineData(
        "<Card Title=\"Hi\"><ChildContent><a href=\"/in-card\">In card</a></ChildContent></Card>\n@code {\n  RenderFragment Footer => @<a href=\"/footer\">Footer link</a>;\n}",
        "<a href=\"/in-card\"> Internal 'In card' | <a href=\"/footer\"> Internal 'Footer link'")]
    [InlineData("<a href=\"/x\"><Icon Name=\"home\" /> Home</a>", "<a href=\"/x\"> Internal ?")]
    // an unquoted value right before "/>" (radzen-blazor RadzenCarousel.razor): the component is self-closing, the
    // block around it closes, and nothing after it is lost
    [InlineData(
        "@if (AllowNavigation)\n{\n    <RadzenButton Icon=\"@NextIcon\" Click=@Next/>\n}\n<a href=\"/after\">After the block</a>",
        "<a href=\"/after\"> Internal 'After the block'")]
    [InlineData("<NavLink href=\"counter\" Match=\"NavLinkMatch.All\">Counter</NavLink>", "<NavLink href=\"counter\" Match=\"NavLinkMatch.All\"> Internal 'Counter'")]
    [InlineData("@page \"/reviews\"\n@rendermode InteractiveServer\n<a href=\"reviews/new\">New review</a>", "<a href=\"reviews/new\"> Internal 'New review'")]
    public void RazorComponent(string template, string expected) => Assert.Equal(expected, Describe("Components/Page.razor", template));

    [Theory]
    // the link components of Blazor component libraries: their destination parameter is the href, their content or their
    // text parameter the text (held-out review 59: a MudBlazor app's ~60 links were neither checked nor counted)
    [InlineData("<MudLink Href=\"/about\" Typo=\"Typo.body2\">About us</MudLink>", "<MudLink Href=\"/about\" Typo=\"Typo.body2\"> Internal 'About us'")]
    [InlineData("<MudNavLink Href=\"counter\" Icon=\"@Icons.Material.Filled.Add\">Counter</MudNavLink>", "<MudNavLink Href=\"counter\" Icon=\"@Icons.Material.Filled.Add\"> Internal 'Counter'")]
    [InlineData("<MudButton Href=\"https://github.com/acme\" Variant=\"Variant.Filled\">Source</MudButton>", "<MudButton Href=\"https://github.com/acme\" Variant=\"Variant.Filled\"> External 'Source'")]
    [InlineData("<MudFab Label=\"Docs\" Href=\"/docs\" />", "<MudFab Label=\"Docs\" Href=\"/docs\" /> Internal 'Docs'")]
    [InlineData("<MudListItem Text=\"Plain\" Href=\"/plain\">Installation</MudListItem>", "<MudListItem Text=\"Plain\" Href=\"/plain\"> Internal 'Installation'")]
    [InlineData("<FluentAnchor Href=\"@Url\" Appearance=\"Appearance.Hypertext\">Read more</FluentAnchor>", "<FluentAnchor Href=\"@Url\" Appearance=\"Appearance.Hypertext\"> Dynamic* 'Read more'")]
    [InlineData("<FluentNavLink Href=\"/weather\">Weather</FluentNavLink>", "<FluentNavLink Href=\"/weather\"> Internal 'Weather'")]
    [InlineData("<FluentNavMenuLink Text=\"Item\" Href=\"/NavMenu\" />", "<FluentNavMenuLink Text=\"Item\" Href=\"/NavMenu\" /> Internal 'Item'")]
    [InlineData(
        "<FluentNavGroup Title=\"Admin\" Href=\"/admin\"><FluentNavLink Href=\"/admin/users\">Users</FluentNavLink></FluentNavGroup><FluentNavGroup Title=\"More\"></FluentNavGroup>",
        "<FluentNavGroup Title=\"Admin\" Href=\"/admin\"> Internal 'Admin' | <FluentNavLink Href=\"/admin/users\"> Internal 'Users'")]
    [InlineData("<RadzenLink Path=\"orders\" Text=\"Orders\" />", "<RadzenLink Path=\"orders\" Text=\"Orders\" /> Internal 'Orders'")]
    [InlineData("<RadzenLink Path=\"orders\" Text=\"@label\" />", "<RadzenLink Path=\"orders\" Text=\"@label\" /> Internal ?")]
    // a menu item's content is the items under it; without its Text its name is unknown, never empty
    [InlineData(
        "<RadzenPanelMenuItem Text=\"Reports\" Path=\"reports\"><RadzenPanelMenuItem Text=\"Daily\" Path=\"reports/daily\" /></RadzenPanelMenuItem>",
        "<RadzenPanelMenuItem Text=\"Reports\" Path=\"reports\"> Internal 'Reports' | <RadzenPanelMenuItem Text=\"Daily\" Path=\"reports/daily\" /> Internal 'Daily'")]
    [InlineData("<RadzenMenuItem Path=\"home\" Icon=\"home\" />", "<RadzenMenuItem Path=\"home\" Icon=\"home\" /> Internal ?")]
    // without a destination a button is a button and a menu item a group; a component's Path that is no link's is no link
    // MudBlazor 8's MudChip renders a <div> that navigates from script: no link
    [InlineData("<MudButton OnClick=\"Save\">Save</MudButton><RadzenPanelMenuItem Text=\"Group\"></RadzenPanelMenuItem><RadzenImage Path=\"logo.png\" />", "")]
    [InlineData("<MudChip T=\"string\" Text=\"Docs\" Href=\"/docs\" />", "")]
    // a button with a blank Href is a <button>, a breadcrumb item with a blank Path a label, a disabled button or MudLink
    // renders no href, and a tag in lower case is an element, not the component (code review)
    [InlineData("<MudButton Href=\"\" Target=\"_blank\">click here</MudButton><MudIconButton Href=\" \" Icon=\"x\" /><RadzenBreadCrumbItem Path=\"\" Text=\"click here\" />", "")]
    [InlineData("<MudButton Href=\"/nowhere\" Disabled=\"true\">read more</MudButton><MudLink Href=\"/x\" Disabled>more</MudLink><mudlink href=\"/x\">click here</mudlink>", "")]
    // a nav link's or a menu item's empty destination is the app's base; a disabled state known only at run time may be false
    [InlineData(
        "<MudNavLink Href=\"\">Home</MudNavLink><RadzenPanelMenuItem Path=\"\" Text=\"Home\" /><MudButton Href=\"/x\" Disabled=\"@busy\">Go</MudButton>",
        "<MudNavLink Href=\"\"> Empty 'Home' | <RadzenPanelMenuItem Path=\"\" Text=\"Home\" /> Empty 'Home' | <MudButton Href=\"/x\" Disabled=\"@busy\"> Internal 'Go'")]
    public void LinkComponents(string template, string expected) => Assert.Equal(expected, Describe("Components/Page.razor", template));

    [Fact]
    public void LinkComponentsAreLinksInComponentsOnly()
    {
        // A view or a page cannot use a component by its tag: there <MudLink> is an unknown element, not a link.
        Assert.Equal(string.Empty, Describe("Pages/Index.cshtml", "<MudLink Href=\"/about\">About</MudLink>"));
        Assert.Equal(string.Empty, Describe("wwwroot/index.html", "<RadzenLink Path=\"/about\" Text=\"About\" />"));
    }

    [Theory]
    // client-side bindings: dynamic, never empty, never generic from a half-known text
    [InlineData("<a :href=\"url\">{{ label }}</a>", "<a :href=\"url\"> Dynamic* ?")]
    [InlineData("<a v-bind:href=\"url\" v-html=\"label\"></a>", "<a v-bind:href=\"url\" v-html=\"label\"> Dynamic* ?")]
    [InlineData("<a [href]=\"url\">{{label}}</a>", "<a [href]=\"url\"> Dynamic* ?")]
    [InlineData("<a ng-href=\"{{url}}\">{{label}}</a>", "<a ng-href=\"{{url}}\"> Dynamic* ?")]
    [InlineData("<a data-bind=\"attr: { href: url }, text: label\"></a>", "<a data-bind=\"attr: { href: url }, text: label\"> Dynamic* ?")]
    [InlineData("<a href=\"{{url}}\">Read {{ what }}</a>", "<a href=\"{{url}}\"> Dynamic* ?")]
    [InlineData("<a href=\"/x\" v-text=\"label\">Read more</a>", "<a href=\"/x\" v-text=\"label\"> Internal ?")]
    [InlineData("<a name=\"top\"></a><a id=\"x\">Not a link</a>", "")]
    public void ClientSideBindings(string template, string expected) => Assert.Equal(expected, Describe("page.html", template));

    [Theory]
    // client-side template scripts: their markup becomes real links in the browser, so it is parsed and checked, with the
    // template language's interpolations as run-time values (shapes of btcpayserver's Checkout.cshtml x-template, corpus)
    [InlineData(
        "<div class=\"comments\"><script type=\"text/x-template\" id=\"comment\"><p><a href=\"https://{{ c.site }}\">{{ c.author }}</a> <a href=\"/c/{{ c.id }}\">Read more</a></p></script></div>",
        "<a href=\"https://{{ c.site }}\"> Dynamic* ? ugc | <a href=\"/c/{{ c.id }}\"> Internal* 'Read more' ugc")]
    [InlineData(
        "<script type=\"text/html\" id=\"row\"><li><a data-bind=\"attr: { href: url }, text: title\"></a> <a href=\"/help\">click here</a></li></script>",
        "<a data-bind=\"attr: { href: url }, text: title\"> Dynamic* ? | <a href=\"/help\"> Internal 'click here'")]
    [InlineData(
        "<script type=\"text/template\"><a href=\"<%= url %>\"><%- title %></a><a href=\"${base}/x\">${label}</a></script>",
        "<a href=\"<%= url %>\"> Dynamic* ? | <a href=\"${base}/x\"> Dynamic* ?")]
    [InlineData(
        "<script type=\"text/x-kendo-template\"><a href=\"#= link #\">#= name #</a></script><script type=\"text/x-handlebars-template\"><a href=\"{{url}}\">{{{html}}}</a></script>",
        "<a href=\"#= link #\"> Dynamic* ? | <a href=\"{{url}}\"> Dynamic* ?")]
    // ordinary scripts are code, never markup
    [InlineData("<script>var a = '<a href=\"/x\">click here</a>';</script><script type=\"module\">el.innerHTML = '<a href=\"/y\">y</a>';</script>", "")]
    public void ClientSideTemplateScripts(string template, string expected) => Assert.Equal(expected, Describe("page.html", template));

    [Fact]
    public void EveryTemplateScriptOfAPageIsFoundAmongOrdinaryScripts()
    {
        // Each template script's DOM is looked up by where its script starts (a binary search): the first, the last and
        // every one between them, with ordinary scripts around them, must each give their own link.
        var template = string.Concat(Enumerable.Range(0, 25).Select(i =>
            (i % 3 == 0 ? "<script>var x = 1;</script>\n" : string.Empty) + $"<script type=\"text/template\"><a href=\"/t/{i}\">click here</a></script>\n"));
        var findings = LinkHygieneEngine.Analyze("page.html", template, DictionaryOptionSource.Empty).Findings;
        var lines = template.Split('\n');
        Assert.Equal(
            Enumerable.Range(0, lines.Length).Where(line => lines[line].Contains("text/template", System.StringComparison.Ordinal)).ToArray(),
            findings.Where(f => f.Id == "LH010").Select(f => f.Start.Line).ToArray());
    }

    [Fact]
    public void ATemplateScriptCostsLittleMoreThanItsMarkupOutsideOne()
    {
        // Each template script is parsed on its own: that adds a document for each (~10.6 KB here), not also a parser
        // and its browsing context (another ~24 KB). Bytes allocated are counted, not time; what a script adds over the
        // same markup outside one, not a ratio to that markup's bytes, which fall as the engine allocates less (a bound of
        // 5 times the divs' bytes, 4.6 times at 6763489, failed at 5.01 when the divs' reading allocated 9 % less).
        static string Page(string open, string close) => string.Concat(Enumerable.Range(0, 200).Select(i => $"{open}<a href=\"/t/{i}\">Item {i}</a>{close}\n"));
        static long Allocated(string template)
        {
            LinkHygieneEngine.Analyze("page.html", template, DictionaryOptionSource.Empty);
            var before = System.GC.GetAllocatedBytesForCurrentThread();
            LinkHygieneEngine.Analyze("page.html", template, DictionaryOptionSource.Empty);
            return System.GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var scripts = Allocated(Page("<script type=\"text/template\">", "</script>"));
        var divs = Allocated(Page("<div class=\"template\">", "</div>"));
        var added = (scripts - divs) / 200;
        Assert.True(added < 16 * 1024, $"{added} bytes more for each of 200 template scripts ({scripts} in all, {divs} for the same links in divs)");
    }

    [Fact]
    public void UnquotedValueBeforeSelfClosingSlashClosesTheComponent()
    {
        // radzen-blazor RadzenCarousel.razor: "Click=@Prev />" and "Click=@Next/>" inside @if blocks were read as open
        // elements, so the blocks seemed never closed (LH901).
        const string template = "@if (AllowNavigation)\n{\n    <RadzenButton Click=@Prev />\n    <RadzenButton Click=@Next/>\n}\n<a href=\"/x\">click here</a>\n";
        var findings = LinkHygieneEngine.Analyze("Components/Carousel.razor", template, DictionaryOptionSource.Empty).Findings;
        Assert.Equal(new[] { "LH010" }, findings.Select(f => f.Id));
    }

    [Fact]
    public void TemplateScriptsInRazorKeepRazorValuesDynamicAndPositionsExact()
    {
        // btcpayserver PullPayments.cshtml writes Razor inside a text/template script.
        const string template = "@foreach (var pp in Model.PullPayments)\n{\n    <script id=\"tip_@pp.Id\" type=\"text/template\">\n        <span>@pp.Name</span> <a href=\"/pp/@pp.Id\">Read more</a>\n    </script>\n}\n";
        Assert.Equal("<a href=\"/pp/@pp.Id\"> Internal* 'Read more'", Describe("Pages/Index.cshtml", template));
        var finding = Assert.Single(LinkHygieneEngine.Analyze("Pages/Index.cshtml", template, DictionaryOptionSource.Empty).Findings);
        Assert.Equal("LH010", finding.Id);
        Assert.Equal((3, 51), (finding.Start.Line, finding.Start.Character));
    }

    [Theory]
    [InlineData("<a :href=\"url\">{{ label }}</a><a [href]=\"url\" [innerText]=\"label\"></a><a ng-href=\"{{u}}\" ng-bind=\"t\"></a><a href=\"{{url}}\">Read {{ what }}</a>")]
    [InlineData("<a data-bind=\"attr: { href: url }, text: label\"></a><a v-bind:href=\"url\" v-html=\"label\"></a><a href=\"/x\" v-text=\"label\">Read more</a>")]
    public void ClientSideBindingsAreNeverReportedAsEmptyGenericOrPlaceholder(string template) =>
        Assert.Empty(LinkHygieneEngine.Analyze("page.html", template, DictionaryOptionSource.Empty).Findings);
}
