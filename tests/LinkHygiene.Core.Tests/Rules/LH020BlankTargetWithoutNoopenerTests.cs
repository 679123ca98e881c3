using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH020BlankTargetWithoutNoopenerTests
{
    private static readonly string[] Only = { "LH020" };

    [Theory]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"_blank\"|}>Example</a>")]
    [InlineData("<a href=\"https://example.org\" {|LH020:target=\"_BLANK\"|} rel=\"nofollow\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"noopener\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"noreferrer\">Example</a>")]
    [InlineData("<a href=\"/docs\" target=\"_blank\">Docs</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_self\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"help\">Example</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"@Model.Url\" {|LH020:target=\"_blank\"|}>@Model.Title</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"@Model.Target\">Example</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"@Model.Rel\">Example</a>")]
    [InlineData("<a asp-page=\"/Docs\" target=\"_blank\">Docs</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);
}
