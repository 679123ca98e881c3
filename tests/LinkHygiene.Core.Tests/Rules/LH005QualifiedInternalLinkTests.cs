using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH005QualifiedInternalLinkTests
{
    private static readonly string[] Only = { "LH005" };

    [Theory]
    [InlineData("<a href=\"/login\" rel=\"{|LH005:nofollow|}\">Sign in</a>")]
    [InlineData("<a href=\"cart.html\" rel=\"noopener {|LH005:nofollow|}\">Your cart</a>")]
    [InlineData("<a href=\"#reviews\" rel=\"{|LH005:ugc|}\">Reviews</a>")]
    [InlineData("<a href=\"https://www.example.com/about\" rel=\"{|LH005:sponsored|}\">About us</a>", "link_hygiene.site_hosts = example.com, *.example.com")]
    [InlineData("<a href=\"/login\" rel=\"{|LH005:nofollow,noopener|}\">Sign in</a>")]
    [InlineData("<a href=\"https://other.example/\" rel=\"nofollow\">Other site</a>")]
    [InlineData("<a href=\"/about\" rel=\"noopener\">About us</a>")]
    [InlineData("<a href=\"mailto:a@b.example\" rel=\"nofollow\">Mail us</a>")]
    [InlineData("<a href=\"#\" rel=\"nofollow\" role=\"button\">Menu</a>")]
    public void Html(string markup, params string[] options) => EngineAssert.Findings("page.html", markup, options, Only);

    [Theory]
    [InlineData("<a asp-page=\"/Account/Login\" rel=\"{|LH005:nofollow|}\">Sign in</a>")]
    [InlineData("<a href=\"@Url.Action(\"Login\")\" rel=\"{|LH005:nofollow|}\">Sign in</a>")]
    [InlineData("<a href=\"@Model.Url\" rel=\"nofollow\">Somewhere</a>")]
    [InlineData("<a href=\"/login\" rel=\"@rel\">Sign in</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);
}
