using System.Linq;
using LinkHygiene.Tests.Infrastructure;
using Xunit;

namespace LinkHygiene.Tests.Rules;

/// <summary>
/// An inline SVG's &lt;a&gt; is a link a browser follows, by its href or SVG 1.1's xlink:href (href first, as SVG 2
/// reads them), named by its text, its &lt;title&gt; or aria-label (held-out review 171: no rule read one).
/// </summary>
public class SvgLinkTests
{
    [Theory]
    [InlineData("<svg><a href=\"/guide\"><text x=\"10\">{|LH010:Click here|}</text></a></svg>")]
    [InlineData("<svg>{|LH011:<a href=\"/guide\">|}<rect width=\"5\" height=\"5\"/></a> <a href=\"/guide\"><title>Guide</title><rect width=\"5\" height=\"5\"/></a> <a href=\"/faq\" aria-label=\"FAQ\"><circle r=\"2\"/></a></svg>")]
    // ... then by its xlink:title, before its content (code review 128)
    [InlineData("<svg><a xlink:href=\"/plans\" xlink:title=\"Pricing plans\"><rect/></a> <a href=\"/x\" xlink:title=\"Installing the tool\"><text>Read more</text></a> <a href=\"/y\" xlink:title=\"Y\"><title>{|LH010:Read more|}</title><rect/></a></svg>")]
    [InlineData("<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"https://x.example/\" {|LH020:target=\"_blank\"|}><text>X</text></a> <a href=\"https://y.example/\" target=\"_blank\" rel=\"noopener\"><text>Y</text></a></svg>")]
    [InlineData("<svg><a {|LH022:href=\"#\"|}><text>Menu</text></a> <a {|LH022:xlink:href=\"javascript:void(0)\"|}><text>Open</text></a></svg>")]
    [InlineData("<svg><a {|LH021:href=\"http://plain.example/\"|}><text>Plain</text></a></svg>")]
    // (an <a> in an HTML <foreignObject> is HTML's, as before; <use> and an <a> without a destination are no links)
    [InlineData("<svg><foreignObject><a href=\"/x\">{|LH010:Read more|}</a></foreignObject><use href=\"#icon\"/><a><text>Nothing</text></a></svg>")]
    public void AnInlineSvgsLinksAreRead(string markup) => EngineAssert.Findings("page.html", markup);

    // A title read inside a link's text, and what aria-labelledby names there, are read on their own (each in its own
    // builder): the text on both sides of them stays the link's, and the label's name (made once for a page) is the
    // label's alone
    [Fact]
    public void WhatALinksTextReadsOnItsOwnLeavesTheRestOfItsText()
    {
        var result = EngineAssert.Analyze(
            "page.html",
            "<span id=\"g\">the <b>guide</b></span><p><a href=\"/map\">Open <svg><title>the <!-- a note -->map</title><path d=\"M0 0\"/></svg> <i>now</i></a>"
            + " <a href=\"/guide\">Read <span aria-labelledby=\"g\"></span> <i>today</i></a> <a href=\"/guide/2\">See <span aria-labelledby=\"g\"></span></a></p>");
        Assert.Equal(new[] { "Open the map now", "Read the guide today", "See the guide" }, result.Links.Select(l => l.Name.Text));
    }

    // In a Razor view the anchor tag helper binds an SVG <a> too, by its name: it renders an href (held-out review 172)
    [Fact]
    public void ATagHelperLinkInAnSvgIsRead() =>
        EngineAssert.Findings("Pages/Index.cshtml", "@page\n<svg><a asp-page=\"/Privacy\"><text>{|LH010:Click here|}</text></a></svg>");
}
