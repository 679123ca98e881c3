using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH005QualifiedInternalLinkTests
{
    private static readonly string[] Only = { "LH005" };

    [Theory]
    [InlineData("<a href=\"/pricing\" rel=\"{|LH005:nofollow|}\">Pricing</a>")]
    [InlineData("<a href=\"blog.html\" rel=\"noopener {|LH005:nofollow|}\">Our blog</a>")]
    [InlineData("<a href=\"#reviews\" rel=\"{|LH005:ugc|}\">Reviews</a>")]
    [InlineData("<a href=\"https://www.example.com/about\" rel=\"{|LH005:sponsored|}\">About us</a>", "link_hygiene.site_hosts = example.com, *.example.com")]
    [InlineData("<a href=\"/team\" rel=\"{|LH005:nofollow,noopener|}\">Our team</a>")]
    [InlineData("<a href=\"https://other.example/\" rel=\"nofollow\">Other site</a>")]
    [InlineData("<a href=\"/about\" rel=\"noopener\">About us</a>")]
    [InlineData("<a href=\"mailto:a@b.example\" rel=\"nofollow\">Mail us</a>")]
    [InlineData("<a href=\"#\" rel=\"nofollow\" role=\"button\">Menu</a>")]
    // per-user pages no crawler reaches: nofollow there is harmless (Blogifier's admin links, btcpayserver's account pages)
    [InlineData("<a href=\"/login\" rel=\"nofollow\">Sign in</a><a href=\"/Account/Logout\" rel=\"nofollow\">Sign out</a>")]
    [InlineData("<a href=\"cart.html\" rel=\"nofollow\">Your cart</a><a href=\"/shop/checkout?step=1\" rel=\"nofollow\">Checkout</a>")]
    [InlineData("<a href=\"/admin/posts\" rel=\"nofollow\">Posts</a><a href=\"/files/download/setup.exe\" rel=\"nofollow\">Setup</a>")]
    // Sphinx's "Show Source" link to the page's source text (held-out review 90)
    [InlineData("<a href=\"_sources/index.rst.txt\" rel=\"nofollow\">Show Source</a><a href=\"../_sources/api/x.rst.txt\" rel=\"nofollow\">View page source</a>")]
    // ... and written by its theme's template, a path given to pathto() (held-out review 140: Sphinx's basic/sourcelink.html)
    [InlineData("<a href=\"{{ pathto('_sources/' + sourcename, true)|e }}\" rel=\"nofollow\">Show Source</a><a href=\"{{ pathto('search') }}\" rel=\"nofollow\">Search</a><a href=\"{{ pathto('genindex') }}\" rel=\"{|LH005:nofollow|}\">Index</a>")]
    // a forum's moderator and member actions (held-out review 88)
    [InlineData("<a href=\"/post/edit/42\" rel=\"nofollow\">Edit</a><a asp-action=\"Delete\" asp-route-id=\"42\" rel=\"nofollow\">Delete</a><a href=\"/topic/move/7\" rel=\"nofollow\">Move</a><a href=\"/forum/reply?to=42\" rel=\"nofollow\">Reply</a><a asp-action=\"VoteUp\" rel=\"nofollow\">+1</a><a href=\"/post/42/flag\" rel=\"nofollow\">Report</a>")]
    // a template language's URL helpers are internal (Pyramid's route_path: held-out review of PyPI's warehouse), and the
    // words of the route they name count as an asp-route's do
    [InlineData("<a href=\"{{ request.route_path('help') }}\" rel=\"{|LH005:nofollow|}\">Help page</a><a href=\"{{ url_for('help') }}\" rel=\"{|LH005:nofollow|}\">Help</a>")]
    [InlineData("<a href=\"{% url 'account_login' %}\" rel=\"nofollow\">Log in</a><a href=\"{{ url_for('auth.login') }}\" rel=\"nofollow\">Log in</a><a href=\"{% url \"basket:summary\" %}\" rel=\"nofollow\">Basket</a><a href=\"{{ path('app_login') }}\" rel=\"nofollow\">Log in</a><a href=\"{% url 'account-settings' %}\" rel=\"nofollow\">Settings</a>")]
    [InlineData("<a href=\"{{ h.url_for('dataset.read', id=pkg.name) }}\" rel=\"{|LH005:nofollow|}\">Dataset</a>")]
    [InlineData("<a href=\"{{ post.get_absolute_url }}\" rel=\"{|LH005:nofollow|}\">Post</a><a href=\"{{ post.get_absolute_url() }}\" rel=\"{|LH005:nofollow|}\">Post</a>")]
    [InlineData("<a href=\"{% url 'blog:post' p.pk %}\" rel=\"{|LH005:nofollow|}\">Post</a><a href=\"{{ url_for('catalog.item', id=1) }}\" rel=\"{|LH005:nofollow|}\">Item</a>")]
    // an affiliate site's cloaked redirects lead to a paid destination, and a link in a paid or user-generated section
    // has the qualifier LH002 and LH001 ask for (held-out review 54)
    [InlineData("<a href=\"/go/semrush\" rel=\"sponsored nofollow\">SEMrush</a><a href=\"/recommends/digitalocean\" rel=\"sponsored\">DigitalOcean</a><a href=\"/out/bluehost\" rel=\"nofollow\">Bluehost</a>")]
    // (held-out review 103: a Flask affiliate site's route, and other sites' redirect folders)
    [InlineData("<a href=\"{{ url_for('affiliate_redirect', product_id=p.id) }}\" rel=\"noopener sponsored\">Buy</a><a href=\"/affiliate/tent\" rel=\"sponsored\">Tent</a><a href=\"/goto/stove\" rel=\"sponsored\">Stove</a><a href=\"/redirect/lamp\" rel=\"nofollow\">Lamp</a><a href=\"/affiliates\" rel=\"{|LH005:nofollow|}\">Become an affiliate</a>")]
    [InlineData("<aside class=\"affiliate\"><a href=\"/pricing\" rel=\"sponsored\">Our plans</a></aside><div class=\"comments\"><a href=\"/blog/post-2\" rel=\"ugc\">my other post</a></div><a href=\"/pricing\" rel=\"{|LH005:sponsored|}\">Our plans</a>")]
    // the list is an option; "none" exempts nothing
    [InlineData("<a href=\"/login\" rel=\"{|LH005:nofollow|}\">Sign in</a>", "link_hygiene.LH005.exempt_paths = none")]
    [InlineData("<a href=\"/my-orders\" rel=\"nofollow\">Orders</a><a href=\"/login\" rel=\"{|LH005:nofollow|}\">Sign in</a>", "link_hygiene.LH005.exempt_paths = my-orders")]
    public void Html(string markup, params string[] options) => EngineAssert.Findings("page.html", markup, options, Only);

    [Theory]
    [InlineData("<a asp-page=\"/Blog/Index\" rel=\"{|LH005:nofollow|}\">Blog</a>")]
    [InlineData("<a asp-area=\"Identity\" asp-page=\"/Account/Login\" rel=\"nofollow\">Sign in</a>")]
    [InlineData("<a asp-controller=\"Admin\" asp-action=\"Index\" rel=\"nofollow\">Admin</a>")]
    [InlineData("<a href=\"@Url.Action(\"About\")\" rel=\"{|LH005:nofollow|}\">About us</a>")]
    [InlineData("<a href=\"@Model.Url\" rel=\"nofollow\">Somewhere</a>")]
    [InlineData("<a href=\"/pricing\" rel=\"@rel\">Pricing</a>")]
    // the words of a page, action or route name count (Smartstore's review author link); a URL's path is left whole
    [InlineData("<a asp-route=\"CustomerProfile\" asp-route-id=\"@Model.Id\" rel=\"nofollow\">Author</a>")]
    [InlineData("<a asp-action=\"ExternalLogin\" rel=\"nofollow\">Sign in</a><a asp-page=\"/Users/manageAccount\" rel=\"nofollow\">Account</a>")]
    // private messages are per-user pages too (held-out: Smartstore's forum post and PM view)
    [InlineData("<a asp-action=\"Send\" asp-controller=\"PrivateMessages\" rel=\"nofollow\">Message</a><a href=\"/messages/inbox\" rel=\"nofollow\">Inbox</a>")]
    [InlineData("<a asp-action=\"ProductDetails\" rel=\"{|LH005:nofollow|}\">Details</a><a asp-route=\"BlogPost\" rel=\"{|LH005:nofollow|}\">Post</a>")]
    [InlineData("<a href=\"/blog/SearchTips\" rel=\"{|LH005:nofollow|}\">Search tips</a>")]
    // a URL helper's names and path count as the tag helpers' do, and a word in a hyphenated route name (held-out review 60:
    // shops write their sign-in and cart links with Url.Action and Url.RouteUrl; nopCommerce names routes AddToCart-Catalog)
    [InlineData("<a href=\"@Url.Action(\"Login\", \"Customer\")\" rel=\"nofollow\">Log in</a><a href=\"@Url.RouteUrl(\"ShoppingCart\")\" rel=\"nofollow\">Cart</a><a href=\"@Url.Content(\"~/Account/Login\")\" rel=\"nofollow\">Sign in</a><a href=\"@(Url.Page(\"/Account/Login\"))\" rel=\"nofollow\">Sign in</a>")]
    [InlineData("<a asp-route=\"AddToCart-Catalog\" rel=\"nofollow\">Add to cart</a><a href=\"@Url.RouteUrl(\"Product\", new { SeName = p.SeName })\" rel=\"{|LH005:nofollow|}\">Product</a>")]
    // (third code review) in a comment form inside a section the selectors find, the site's routes are still the site's
    [InlineData("<section class=\"comments\"><form><a asp-page=\"/Privacy\" rel=\"{|LH005:nofollow|}\">Privacy</a> <a href=\"@Url.Page(\"/Terms\")\" rel=\"{|LH005:nofollow|}\">Terms</a></form></section>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    // The message names a controller's action by area, controller and action, not by whichever comes first (held-out:
    // POPForums' "internal link to 'Forum'" for asp-controller="Forum" asp-action="PostLink").
    [Theory]
    [InlineData("<a asp-controller=\"Forum\" asp-action=\"PostLink\" asp-route-id=\"@id\" rel=\"{|LH005:nofollow|}\">Link</a>", "Forum/PostLink")]
    [InlineData("<a asp-area=\"Forums\" asp-controller=\"Forum\" asp-action=\"PostLink\" rel=\"{|LH005:nofollow|}\">Link</a>", "Forums/Forum/PostLink")]
    [InlineData("<a asp-action=\"PostLink\" rel=\"{|LH005:nofollow|}\">Link</a>", "PostLink")]
    [InlineData("<a asp-page=\"/Blog/Post\" rel=\"{|LH005:nofollow|}\">Post</a>", "/Blog/Post")]
    // a route value alone (the current page in another language) is named by its attribute (held-out review 94: "internal
    // link to ''" for asp-route-language="")
    [InlineData("<a asp-route-language=\"\" rel=\"{|LH005:nofollow|}\">Deutsch</a>", "asp-route-language=\"\"")]
    [InlineData("<a asp-route-language=\"@lang\" rel=\"{|LH005:nofollow|}\">@lang</a>", "asp-route-language=\"@lang\"")]
    public void TheMessageNamesTheRoute(string markup, string named) =>
        Assert.Contains($"on the internal link to '{named}'", Assert.Single(EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only), f => f.Id == "LH005").Message, System.StringComparison.Ordinal);
}
