using System.Linq;
using LinkHygiene.Fixes;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

/// <summary>
/// The rules on the link components of Blazor component libraries (MudBlazor, Fluent UI, Radzen, Blazorise, Ant Design): what they render is
/// an <c>&lt;a href&gt;</c> from their parameters, so the rules read them as links, with what each one does to
/// <c>rel</c> and <c>target</c> kept in mind.
/// </summary>
public class LinkComponentRuleTests
{
    private const string Page = "Components/Pages/Home.razor";

    [Theory]
    // the text: the content, or the text parameter where there is none, and the finding on what says it; the destination
    // parameter is the href
    [InlineData("<MudButton Href=\"/mud/introduction\" Color=\"Color.Inherit\">{|LH010:Learn More|}</MudButton>")]
    [InlineData("<RadzenLink Path=\"https://radzen.com/themes\" {|LH010:Text=\"Read more ...\"|} target=\"_blank\" />")]
    [InlineData("<MudLink Href=\"/products\">{|LH010:Click here|}</MudLink> <FluentAnchor Href=\"/docs\">{|LH010:hier klicken|}</FluentAnchor>")]
    [InlineData("<MudLink Href=\"/products\">Our products</MudLink> <RadzenLink Path=\"orders\" Text=\"Your orders\" />")]
    // empty: an icon alone (the libraries hide their icons from assistive technology), or nothing at all; not when a
    // parameter that may render text (Title, Tooltip, Image) or an aria-label is there
    [InlineData("{|LH011:<MudLink Href=\"/about\">|}</MudLink>")]
    [InlineData("{|LH011:<MudIconButton Icon=\"@Icons.Custom.Brands.GitHub\" Color=\"Color.Inherit\" Href=\"https://github.com/acme\" Target=\"_blank\" />|}")]
    [InlineData("{|LH011:<MudFab Color=\"Color.Secondary\" StartIcon=\"@Icons.Material.Filled.ArrowBack\" Href=\"/back\" />|}")]
    [InlineData("{|LH011:<RadzenLink Path=\"https://developers.google.com/maps\" />|}")]
    [InlineData("<MudIconButton Icon=\"@Icons.Custom.Brands.GitHub\" Href=\"https://github.com/acme\" aria-label=\"GitHub\" />")]
    [InlineData("<MudFab StartIcon=\"@Icons.Material.Filled.ArrowBack\" Label=\"Back\" Href=\"/back\" />")]
    [InlineData("<FluentNavLink Href=\"/\" Icon=\"@(new Icons.Regular.Size24.Home())\" Tooltip=\"Home\"></FluentNavLink>")]
    [InlineData("<RadzenLink Path=\"/team\" Image=\"team.png\" ImageAlternateText=\"Our team\" />")]
    [InlineData("<MudLink Href=\"/about\" aria-label=\"About us\"></MudLink>")]
    // a menu item without its Text: unknown (a template may give it), never empty
    [InlineData("<RadzenPanelMenuItem Path=\"reports\" />")]
    // an app bar item's content replaces its icons and its Text, which is then only a tooltip (held-out review 66)
    [InlineData("<FluentAppBarItem Href=\"/about\" Text=\"Click here\">About the team</FluentAppBarItem> <FluentAppBarItem Href=\"/team\" Text=\"Our team\">{|LH010:Read more|}</FluentAppBarItem> <FluentAppBarItem Href=\"/\" IconRest=\"@HomeIcon\" {|LH010:Text=\"Click here\"|} />")]
    // a bare URL as the text, a placeholder, http:
    [InlineData("<RadzenLink Path=\"https://www.radzen.com\" {|LH012:Text=\"www.radzen.com\"|} />")]
    // the text parameter read as content is (held-out review 65): the href's own expression, a localizer lookup, and
    // an empty one written out
    [InlineData("<RadzenLink Path=\"@site.Url\" {|LH012:Text=\"@site.Url\"|} /> <RadzenLink Path=\"@site.Url\">{|LH012:@site.Url|}</RadzenLink> <RadzenLink Path=\"@site.Url\" Text=\"@site.Name\" />")]
    [InlineData("<RadzenLink Path=\"/orders\" {|LH010:Text=\"@Localizer[\"Read more\"]\"|} /> <RadzenPanelMenuItem Path=\"/help\" {|LH010:Text=\"@Localizer[\"Click here\"]\"|} /> <RadzenPanelMenuItem Path=\"/orders\" Text=\"@Localizer[\"Orders\"]\" />")]
    [InlineData("{|LH011:<RadzenLink Path=\"/orders\" Text=\"\" />|}")]
    [InlineData("<MudLink {|LH022:Href=\"#\"|}>Watches</MudLink> <FluentAnchor {|LH022:Href=\"#\"|} OnClick=\"Dismiss\">Dismiss</FluentAnchor>")]
    [InlineData("<MudLink {|LH021:Href=\"http://tools.google.com/dlpage/gaoptout\"|}>the opt-out add-on</MudLink>")]
    // Blazorise: the content (an icon component may render text); Ant Design's breadcrumb item
    [InlineData("<BarLink To=\"/\">{|LH010:Click here|}</BarLink> <Anchor To=\"/docs\">{|LH010:Read more|}</Anchor> <BarLink To=\"/orders\"><BarIcon IconName=\"IconName.Home\" /></BarLink>")]
    [InlineData("<Blazorise.Link To=\"@project.Url\">{|LH010:more|}</Blazorise.Link> <BreadcrumbItem {|LH022:Href=\"#\"|}>Home</BreadcrumbItem>")]
    // Blazorise's link button renders role="button": "#" is an action's (held-out review 67); its breadcrumb link in
    // the active item renders no link
    [InlineData("<Button Type=\"ButtonType.Link\" To=\"#\" Stretched>Go somewhere</Button> <BreadcrumbItem><BreadcrumbLink {|LH022:To=\"#\"|}>Home</BreadcrumbLink></BreadcrumbItem><BreadcrumbItem Active><BreadcrumbLink To=\"#\">Data</BreadcrumbLink></BreadcrumbItem>")]
    // Havit (held-out review 71: its documentation site's demos): HxNavLink's Text and content both render; an OnClick
    // renders role="button"; a sidebar item is named by its Text, its content being the items under it
    [InlineData("<HxNavLink {|LH022:Href=\"#\"|}>{|LH010:Link|}</HxNavLink> <HxNavLink Href=\"/orders\" {|LH010:Text=\"Link\"|} /> <HxDropdownItemNavLink {|LH022:Href=\"#\"|}>Action</HxDropdownItemNavLink>")]
    // ... and its menu's and list group's (held-out review 101)
    [InlineData("<HxMenuItemNavLink {|LH022:Href=\"#\"|}>Menu placeholder</HxMenuItemNavLink> <HxListGroupItemNavLink Href=\"/\">{|LH010:click here|}</HxListGroupItemNavLink> {|LH011:<HxMenuItemNavLink Href=\"/a\" Icon=\"BootstrapIcon.House\">|}</HxMenuItemNavLink> <HxListGroupItemNavLink Href=\"#\" OnClick=\"Select\">Select</HxListGroupItemNavLink>")]
    [InlineData("<HxNavLink Href=\"/orders\" Text=\"Orders\">Link</HxNavLink> <HxNavLink Href=\"#\" OnClick=\"HandleClick\">Refresh</HxNavLink> <HxNavLink Href=\"#\" @onclick=\"Refresh\">Refresh</HxNavLink> <HxSidebarItem Href=\"/help\" {|LH010:Text=\"Click here\"|} Icon=\"BootstrapIcon.Question\"><HxSidebarItem Href=\"/faq\" Text=\"FAQ\" /></HxSidebarItem>")]
    [InlineData("{|LH011:<HxNavLink Href=\"/\" CssClass=\"brand\">|}<i class=\"bi bi-house\" aria-hidden=\"true\"></i></HxNavLink>")]
    // a sidebar item renders role="button" given an OnClick, or items to expand (code review)
    [InlineData("<HxSidebarItem Href=\"#\" Text=\"Log out\" OnClick=\"LogOut\" /> <HxSidebarItem Href=\"#\" Text=\"Admin\"><HxSidebarItem Href=\"/users\" Text=\"Users\" /></HxSidebarItem> <HxSidebarItem {|LH022:Href=\"#\"|} Text=\"Reports\" />")]
    public void TextAndDestination(string markup) => EngineAssert.Findings(Page, markup, only: new[] { "LH010", "LH011", "LH012", "LH021", "LH022" });

    [Theory]
    // MudBlazor's buttons and chips render rel="noopener" for Target="_blank" (exactly so) when given no Rel; MudLink and
    // RadzenLink render the rel they are given, and none of their own
    [InlineData("<MudButton Href=\"https://github.com/acme\" Target=\"_blank\">Source</MudButton> <MudIconButton Icon=\"@Icons.Custom.Brands.GitHub\" Href=\"https://github.com/acme\" Target=\"_blank\" />")]
    [InlineData("<MudButton Href=\"https://github.com/acme\" {|LH020:Target=\"_new\"|}>Source</MudButton>")]
    // given a rel, they render it alone (held-out review 64)
    [InlineData("<MudButton Href=\"https://partner.example/\" {|LH020:Target=\"_blank\"|} Rel=\"sponsored\">Partner</MudButton>")]
    [InlineData("<MudButton Href=\"https://partner.example/\" Target=\"_blank\" Rel=\"sponsored noopener\">Partner</MudButton>")]
    [InlineData("<MudLink Href=\"https://github.com/acme\" {|LH020:Target=\"_blank\"|}>Source</MudLink> <RadzenLink Path=\"https://radzen.com\" Text=\"Radzen\" {|LH020:Target=\"_blank\"|} />")]
    [InlineData("<MudLink Href=\"https://github.com/acme\" Target=\"_blank\" rel=\"noopener\">Source</MudLink>")]
    // a nav link or menu item: the rel it is given goes on the element around its link
    [InlineData("<MudNavLink Href=\"https://github.com/acme\" Target=\"_blank\">Source</MudNavLink> <RadzenMenuItem Text=\"Blog\" Path=\"https://radzen.com/blog\" Target=\"_blank\" />")]
    // Blazorise renders rel="noopener noreferrer" for Target.Blank (1.6) given no rel, but not on a button; Target is a
    // value there, Target.Self opens no window
    [InlineData("<BarLink To=\"https://github.com/acme\" Target=\"Target.Blank\">Source</BarLink> <Anchor To=\"https://github.com/acme\" Target=\"Target.Self\">Self</Anchor>")]
    [InlineData("<BarLink To=\"https://partner.example/\" {|LH020:Target=\"Target.Blank\"|} rel=\"sponsored\">Partner</BarLink>")]
    [InlineData("<Button Type=\"ButtonType.Link\" To=\"https://github.com/acme\" {|LH020:Target=\"Target.Blank\"|}>Source</Button> <Button Type=\"ButtonType.Link\" To=\"https://github.com/acme\" Target=\"@target\">Source</Button>")]
    // the same value written as C#, as ABP writes its enums (held-out review 69); a variable is known at run time
    [InlineData("<Button Type=\"@ButtonType.Link\" To=\"https://abp.io/docs\" {|LH020:Target=\"@Target.Blank\"|}>Docs</Button> <Button Type=\"ButtonType.Link\" To=\"https://abp.io/docs\" {|LH020:Target=\"@(Target.Blank)\"|}>Docs</Button> <Anchor To=\"https://abp.io\" Target=\"@Target.Self\">ABP</Anchor> <Button Type=\"ButtonType.Link\" To=\"https://abp.io\" Target=\"@item.Target\">ABP</Button>")]
    // Havit's nav links pass target and rel to their <a>, and render no rel of their own
    [InlineData("<HxNavLink Href=\"https://blocks.havit.blazor.eu\" {|LH020:target=\"_blank\"|}>Blocks</HxNavLink> <HxNavLink Href=\"https://havit.eu\" target=\"_blank\" rel=\"noopener\">HAVIT</HxNavLink>")]
    public void BlankTarget(string markup) => EngineAssert.Findings(Page, markup, only: new[] { "LH020" });

    [Fact]
    public void ABlankTargetWrittenAsAValueIsSaidAsWhatItRenders()
    {
        // held-out review 101: the message said target="Target.Blank", an attribute no page has
        var findings = EngineAssert.Analyze(Page, "<BarLink To=\"https://partner.example/\" Target=\"@Target.Blank\" rel=\"sponsored\">Partner</BarLink> <MudLink Href=\"https://github.com/acme\" Target=\"preview\">Source</MudLink>").Findings;
        Assert.Equal(
            new[]
            {
                "Link to 'https://partner.example/' opens a new window (target=\"_blank\") without rel=\"noopener\"; add noopener (or noreferrer)",
                "Link to 'https://github.com/acme' opens a new window (target=\"preview\") without rel=\"noopener\"; add noopener (or noreferrer)",
            },
            findings.Where(f => f.Id == "LH020").Select(f => f.Message));
    }

    [Fact]
    public void AFixThatGivesAMudButtonARelKeepsTheNoopenerItWouldRender()
    {
        // MudBlazor renders Rel ?? (Target == "_blank" ? "noopener" : null): a rel="ugc" alone would drop its noopener
        const string before = "<div class=\"comments\"><MudButton Href=\"@c.AuthorUrl\" Target=\"_blank\">@c.Author</MudButton><MudButton Href=\"@c.Site\">Site</MudButton></div>";
        var result = TemplateFixer.Fix(Page, before, EngineAssert.Options(), new[] { "LH001" });
        Assert.Equal("<div class=\"comments\"><MudButton Href=\"@c.AuthorUrl\" rel=\"ugc noopener\" Target=\"_blank\">@c.Author</MudButton><MudButton Href=\"@c.Site\" rel=\"ugc\">Site</MudButton></div>", result.Text);
        Assert.DoesNotContain(EngineAssert.Analyze(Page, result.Text).Findings, f => f.Id is "LH001" or "LH020");
    }

    [Fact]
    public void AFixThatGivesABlazoriseLinkARelKeepsTheRelItWouldRender()
    {
        // Blazorise renders rel="noopener noreferrer" for Target.Blank unless given a rel (held-out review 69)
        const string before = "<div class=\"comments\"><BarLink To=\"@c.AuthorUrl\" Target=\"Target.Blank\">@c.Author</BarLink></div>";
        var result = TemplateFixer.Fix(Page, before, EngineAssert.Options(), new[] { "LH001" });
        Assert.Equal("<div class=\"comments\"><BarLink To=\"@c.AuthorUrl\" rel=\"ugc noopener noreferrer\" Target=\"Target.Blank\">@c.Author</BarLink></div>", result.Text);
    }

    [Fact]
    public void TheNoopenerFixGoesWhereTheComponentPassesItOn()
    {
        const string before = "<MudLink Href=\"https://github.com/acme\" Target=\"_blank\">Source</MudLink>";
        var result = TemplateFixer.Fix(Page, before, EngineAssert.Options(), new[] { "LH020" });
        Assert.Equal("<MudLink Href=\"https://github.com/acme\" rel=\"noopener\" Target=\"_blank\">Source</MudLink>", result.Text);
    }

    [Theory]
    // rel reaches the <a> of MudLink, MudButton, FluentAnchor and RadzenLink; a nav link or menu item puts it on the
    // element around its link, so what it renders is unknown there
    [InlineData("<div class=\"comment\"><MudLink {|LH001:Href=\"@comment.Website\"|}>@comment.Author</MudLink></div>")]
    [InlineData("<div class=\"comment\"><MudLink Href=\"@comment.Website\" rel=\"ugc\">@comment.Author</MudLink></div>")]
    [InlineData("<div class=\"comment\"><RadzenLink {|LH001:Path=\"@comment.Website\"|} Text=\"@comment.Author\" /></div>")]
    [InlineData("<div class=\"comment\"><MudNavLink Href=\"@comment.Website\">@comment.Author</MudNavLink><RadzenPanelMenuItem Path=\"@comment.Website\" Text=\"@comment.Author\" /></div>")]
    [InlineData("<MudLink Href=\"https://example.org\" rel=\"{|LH006:nofolow|}\">Example</MudLink>")]
    [InlineData("<div class=\"comment\"><BarLink {|LH001:To=\"@comment.Website\"|}>@comment.Author</BarLink><BreadcrumbItem Href=\"@comment.Website\">@comment.Author</BreadcrumbItem></div>")]
    public void Rel(string markup) => EngineAssert.Findings(Page, markup, only: new[] { "LH001", "LH006" });

    [Theory]
    // Blazorise's button is an <a> only of Type="ButtonType.Link" (or a Type known at run time); a component written in
    // lower case, or an HTML <button>, is an element
    [InlineData("<Button Type=\"ButtonType.Link\" To=\"/a\">A</Button><Button Type=\"@type\" To=\"/b\">B</Button><Button Type=\"ButtonType.Submit\" To=\"/c\">C</Button><Button To=\"/d\">D</Button><button to=\"/e\">E</button>", "/a /b")]
    // a disabled Blazorise Anchor renders no href, a disabled BarLink keeps its own
    [InlineData("<Anchor To=\"/a\" Disabled=\"true\">A</Anchor><BarLink To=\"/b\" Disabled=\"true\">B</BarLink>", "/b")]
    [InlineData("<BreadcrumbItem><BreadcrumbLink To=\"/a\">Home</BreadcrumbLink></BreadcrumbItem><BreadcrumbItem Active><BreadcrumbLink To=\"/b\">Data</BreadcrumbLink></BreadcrumbItem>", "/a")]
    // the item it is in, the nearest around it, and not only its parent (code review)
    [InlineData("<BreadcrumbItem Active><span><BreadcrumbLink To=\"/a\">Data</BreadcrumbLink></span></BreadcrumbItem>", "")]
    // written with white space around the '=' (code review: the quick scan missed it in a template without other links)
    [InlineData("<Anchor To = \"/a\">A</Anchor>", "/a")]
    // qualified by their namespace, as apps that use two libraries write them (held-out review 69)
    [InlineData("<Blazorise.Anchor To=\"/a\">A</Blazorise.Anchor><Blazorise.BarLink To=\"/b\">B</Blazorise.BarLink><Blazorise.Button Type=\"ButtonType.Link\" To=\"/c\">C</Blazorise.Button>", "/a /b /c")]
    // Havit's nav links keep their href when not Enabled; a sidebar item without one is a group
    [InlineData("<HxNavLink Href=\"/a\" Enabled=\"false\">A</HxNavLink><HxSidebarItem Text=\"Group\"><HxSidebarItem Href=\"/b\" Text=\"B\" /></HxSidebarItem>", "/a /b")]
    public void WhichComponentsAreLinks(string markup, string hrefs) =>
        Assert.Equal(hrefs, string.Join(" ", EngineAssert.Analyze(Page, markup).Links.Select(l => l.Href.Value)));

    [Fact]
    public void APlaceholderIsToldWithTheParameterAsWritten()
    {
        // (code review: it said path="#")
        var finding = Assert.Single(EngineAssert.Analyze(Page, "<RadzenLink Path=\"#\" Text=\"Orders\" />").Findings, f => f.Id == "LH022");
        Assert.StartsWith("Path=\"#\" is a placeholder", finding.Message, System.StringComparison.Ordinal);
    }

    public static TheoryData<string> ComponentNames() => new(Links.LinkComponents.ByName.Keys);

    [Theory]
    [MemberData(nameof(ComponentNames))]
    public void EveryLinkComponentAloneInATemplateIsALink(string name)
    {
        // TemplateDocument.NeedsTree looks for each library's prefix once, and for the components without one by their
        // destination parameter: a component it missed would not be read in a template without other links.
        var component = Links.LinkComponents.ByName[name];
        var tag = char.ToUpperInvariant(name[0]) + name.Substring(1);
        var type = component.LinkType is null ? "" : " Type=\"ButtonType." + component.LinkType + "\"";
        var markup = "<" + tag + type + " " + component.Href + "=\"/orders\">" + "Click here" + "</" + tag + ">";
        var result = EngineAssert.Analyze(Page, markup);
        Assert.Single(result.Links);
        Assert.Equal("/orders", result.Links[0].Href.Value);
    }

    public static TheoryData<string, string> WebComponentsInEachKindOfTemplate()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Links.LinkComponents.ByName.Keys.Where(Links.LinkComponents.IsWebComponent))
        {
            foreach (var path in new[] { "wwwroot/index.html", "Pages/Index.cshtml", Page })
            {
                data.Add(name, path);
            }
        }

        return data;
    }

    // Web components that render an <a href> are links in any template, a page's, a view's or a component's, alone in it
    // too (TemplateDocument.NeedsTree looks for them by name; held-out review 166)
    [Theory]
    [MemberData(nameof(WebComponentsInEachKindOfTemplate))]
    public void AWebComponentThatRendersALinkIsOneInEveryTemplate(string name, string path)
    {
        var result = EngineAssert.Analyze(path, "<" + name + " href=\"/orders\">Orders</" + name + ">");
        Assert.Equal("/orders", Assert.Single(result.Links).Href.Value);
    }

    [Theory]
    // the rel they render: Shoelace's button and breadcrumb item "noreferrer noopener" unless given another, its icon
    // button with any target; Ionic, Material Web, FAST and Fluent UI (2) the rel they are given
    [InlineData("<ion-button href=\"https://example.org/a\" {|LH020:target=\"_blank\"|}>Docs</ion-button> <ion-item href=\"https://example.org/b\" {|LH020:target=\"_blank\"|}>Blog</ion-item> <md-text-button href=\"https://example.org/c\" {|LH020:target=\"_blank\"|}>News</md-text-button> <fluent-anchor href=\"https://example.org/d\" {|LH020:target=\"_blank\"|}>Wiki</fluent-anchor> <wa-button href=\"https://example.org/e\" {|LH020:target=\"_blank\"|}>Shop</wa-button>")]
    [InlineData("<sl-button href=\"https://example.org/a\" target=\"_blank\">Docs</sl-button> <sl-icon-button label=\"Settings\" href=\"https://example.org/b\" target=\"_blank\"></sl-icon-button> <sl-breadcrumb-item href=\"https://example.org/c\" target=\"_blank\">Home</sl-breadcrumb-item> <ion-button href=\"https://example.org/d\" target=\"_blank\" rel=\"noopener\">Docs</ion-button>")]
    [InlineData("<sl-button href=\"https://example.org/a\" {|LH020:target=\"_blank\"|} rel=\"me\">Profile</sl-button>")]
    public void WebComponentsBlankTarget(string markup) => EngineAssert.Findings("wwwroot/index.html", markup, only: new[] { "LH020" });

    [Theory]
    // their text is their content (an icon button's its label), Ionic's text elements' too; content in another custom
    // element is not known
    [InlineData("<sl-button href=\"/news/4\">{|LH010:Learn more|}</sl-button> <fluent-anchor href=\"/news/5\">{|LH010:here|}</fluent-anchor> <md-filled-button href=\"/news/6\">{|LH010:Read more|}</md-filled-button> <ion-item href=\"/news/7\"><sl-tag>Click here</sl-tag></ion-item>")]
    [InlineData("<ion-item href=\"/news/3\"><ion-label>{|LH010:Click here|}</ion-label></ion-item> <ion-item href=\"/news/8\"><ion-icon name=\"newspaper\" slot=\"start\" aria-hidden=\"true\"></ion-icon><ion-label>{|LH010:Read more|}</ion-label></ion-item> <ion-item href=\"/news/9\"><ion-label><ion-note>{|LH010:more|}</ion-note></ion-label></ion-item> <ion-item href=\"/news/13\"><ion-label><h2>March news</h2><ion-note>more</ion-note></ion-label></ion-item> <ion-item href=\"/news/14\"><ion-icon name=\"newspaper\"></ion-icon><ion-label>Read more</ion-label></ion-item> <a href=\"/news/10\"><ion-text color=\"primary\">{|LH010:here|}</ion-text></a>")]
    [InlineData("{|LH011:<ion-item href=\"/news/11\">|}<ion-label></ion-label></ion-item> <ion-item href=\"/news/12\"><ion-label>{{ item.title }}</ion-label></ion-item>")]
    [InlineData("{|LH011:<ion-button href=\"/cart\">|}<ion-icon slot=\"icon-only\" name=\"cart\" aria-hidden=\"true\"></ion-icon></ion-button> <sl-icon-button label=\"Cart\" href=\"/cart\"></sl-icon-button> <md-icon-button href=\"/cart\" aria-label=\"Cart\"><md-icon>shopping_cart</md-icon></md-icon-button>")]
    public void WebComponentsText(string markup) => EngineAssert.Findings("wwwroot/index.html", markup, only: new[] { "LH010", "LH011" });

    // a declarative shadow root (Lit's and WebC's server-rendered output) renders its links where its host stands, as a
    // <template>'s content does when a script stamps it
    [Fact]
    public void LinksInADeclarativeShadowRootAreChecked() =>
        EngineAssert.Findings(
            "wwwroot/index.html",
            "<x-card><template shadowrootmode=\"open\"><a {|LH022:href=\"#\"|}>More</a> <a href=\"https://example.org/\" {|LH020:target=\"_blank\"|}>Example</a> {|LH011:<a href=\"/x\">|}</a><slot></slot></template><p>Card</p></x-card> <template>{|LH011:<a href=\"/y\">|}</a></template>",
            only: new[] { "LH011", "LH020", "LH022" });

    [Theory]
    // without an href, or disabled where that takes it away (Shoelace's button, Ionic's breadcrumb), they are buttons and
    // spans; Fluent UI's web components 3 click an inert <a> of their own and render none; Ionic's tab buttons are tabs
    [InlineData("<sl-button>Save</sl-button><sl-button href=\"/a\" disabled>A</sl-button><ion-breadcrumb href=\"/b\" disabled>B</ion-breadcrumb><ion-button href=\"/c\" disabled>C</ion-button><fluent-link href=\"/d\">D</fluent-link><fluent-anchor-button href=\"/e\">E</fluent-anchor-button><ion-tab-button href=\"/f\" tab=\"f\">F</ion-tab-button><ion-item button>G</ion-item>", "/c")]
    public void WhichWebComponentsAreLinks(string markup, string hrefs) =>
        Assert.Equal(hrefs, string.Join(" ", EngineAssert.Analyze("wwwroot/index.html", markup).Links.Select(l => l.Href.Value)));

    [Fact]
    public void TheRelFixGoesOnTheComponentsStartTag()
    {
        const string before = "<div class=\"comment\"><MudLink Href=\"@c.Website\" Typo=\"Typo.body2\">@c.Author</MudLink></div>";
        var result = TemplateFixer.Fix(Page, before, EngineAssert.Options(), new[] { "LH001" });
        Assert.Equal("<div class=\"comment\"><MudLink Href=\"@c.Website\" rel=\"ugc\" Typo=\"Typo.body2\">@c.Author</MudLink></div>", result.Text);
        Assert.DoesNotContain(EngineAssert.Analyze(Page, result.Text).Findings, f => f.Id == "LH001");
    }
}
