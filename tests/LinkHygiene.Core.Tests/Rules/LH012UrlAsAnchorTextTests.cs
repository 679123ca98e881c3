using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH012UrlAsAnchorTextTests
{
    private static readonly string[] Only = { "LH012" };

    [Theory]
    [InlineData("<a href=\"https://example.org/docs\">{|LH012:https://example.org/docs|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:www.example.org|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:HTTP://EXAMPLE.ORG/|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:&lt;https://example.org/&gt;|}</a>")]
    [InlineData("<a href=\"https://example.org/\">The Example docs</a>")]
    [InlineData("<a href=\"https://example.org/\">example.org</a>")]
    [InlineData("<a href=\"https://example.org/\" aria-label=\"https://example.org\">Example</a>")]
    [InlineData("<a href=\"mailto:a@b.example\">a@b.example</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"@Model.Url\">@Model.Url</a>")]
    // the text is partly computed: unknown, not reported
    [InlineData("<a href=\"@Model.Url\">https://example.org/@Model.Path</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);
}
