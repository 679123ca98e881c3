using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

public class SuppressionTests
{
    [Theory]
    [InlineData("<!-- linkhygiene-disable-next-line LH010 -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable-next-line -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable-next-line LH011, LH010 -- legacy footer -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable-next-line LH010 -->\n<a href=\"/x\">\n  Click here\n</a>")]
    [InlineData("<!-- linkhygiene-disable LH010 -->\n<a href=\"/x\">Click here</a>\n<a href=\"/y\">Read more</a>")]
    [InlineData("<div data-linkhygiene-ignore><a href=\"/x\">Click here</a></div>")]
    [InlineData("<div data-linkhygiene-ignore=\"LH010 LH020\"><p><a href=\"/x\">Click here</a></p></div>")]
    [InlineData("<a href=\"/x\" data-linkhygiene-ignore=\"LH010\">Click here</a>")]
    // an enable ends only the ranges it names: not one for every rule, not another rule's
    [InlineData("<!-- linkhygiene-disable -->\n<!-- linkhygiene-enable LH010 -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable LH010 LH020 -->\n<!-- linkhygiene-enable LH020 -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable lh010 -->\n<!-- linkhygiene-enable LH020 -->\n<a href=\"/x\">Click here</a>")]
    public void Suppressed(string markup) => EngineAssert.Findings("page.html", markup);

    [Theory]
    // another rule named: not suppressed
    [InlineData("<!-- linkhygiene-disable-next-line LH011 -->\n<a href=\"/x\">{|LH010:Click here|}</a>")]
    // only the next line
    [InlineData("<!-- linkhygiene-disable-next-line LH010 -->\n\n<a href=\"/x\">{|LH010:Click here|}</a>")]
    // a range ends at enable
    [InlineData("<!-- linkhygiene-disable LH010 -->\n<a href=\"/x\">Click here</a>\n<!-- linkhygiene-enable LH010 -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    [InlineData("<!-- linkhygiene-disable -->\n<a href=\"/x\">Click here</a>\n<!-- linkhygiene-enable -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    // every open range of the rule ends, whatever the case of its ID; an enable for every rule ends each rule's
    [InlineData("<!-- linkhygiene-disable LH010 -->\n<!-- linkhygiene-disable LH010 -->\n<!-- linkhygiene-enable lh010 -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    [InlineData("<!-- linkhygiene-disable LH010 -->\n<!-- linkhygiene-enable LH020, LH010 -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    [InlineData("<!-- linkhygiene-disable LH010 LH020 -->\n<!-- linkhygiene-disable -->\n<!-- linkhygiene-enable -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    [InlineData("<!-- linkhygiene-disable LH010 -->\n<!-- linkhygiene-enable -->\n<!-- linkhygiene-disable LH010 -->\n<!-- linkhygiene-enable LH010 -->\n<a href=\"/y\">{|LH010:Read more|}</a>")]
    // ignore on an unrelated rule
    [InlineData("<div data-linkhygiene-ignore=\"LH020\"><a href=\"/x\">{|LH010:Click here|}</a></div>")]
    // an ordinary comment
    [InlineData("<!-- linkhygiene is great -->\n<a href=\"/x\">{|LH010:Click here|}</a>")]
    public void NotSuppressed(string markup) => EngineAssert.Findings("page.html", markup);

    [Theory]
    [InlineData("@* linkhygiene-disable-next-line LH010 *@\n<a href=\"/x\">Click here</a>")]
    [InlineData("<!-- linkhygiene-disable-next-line LH010 -->\n<a href=\"/x\">Click here</a>")]
    [InlineData("@* linkhygiene-disable LH001 *@\n<div class=\"comment\"><a href=\"@c.Url\">@c.Name</a></div>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup);
}

/// <summary>
/// A directive's IDs are read by hand since a lazy regex that read them took minutes on a comment with a long run of
/// spaces; on everything else they are what that regex read.
/// </summary>
public class SuppressionDirectiveTests
{
    private static readonly System.Text.RegularExpressions.Regex Replaced = new(
        @"^\s*linkhygiene-(?<kind>disable-next-line|disable|enable)(?:\s+(?<ids>.*?))?\s*(?:--.*)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);

    private static readonly System.Text.RegularExpressions.Regex Name = new(
        @"^\s*linkhygiene-(?<kind>disable-next-line|disable|enable)(?<rest>.*)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);

    [Fact]
    public void IdsAreWhatTheReplacedRegexRead()
    {
        string[] pieces = { "linkhygiene-", "disable", "-next-line", "enable", " ", "  ", "\t", "\n", "\u00a0", "--", "-", "LH010", "LH020", ",", "x", "reason" };
        var random = new System.Random(20261201);
        var texts = new System.Collections.Generic.List<string> { " linkhygiene-disable", "linkhygiene-enable LH010 -- why", "linkhygiene-disable-next-line\n", "linkhygiene-disable--x", "linkhygiene-disable-x" };
        for (var n = 0; n < 50_000; n++)
        {
            var text = new System.Text.StringBuilder(random.Next(3) == 0 ? string.Empty : "linkhygiene-" + (random.Next(2) == 0 ? "disable" : "enable"));
            for (var k = random.Next(0, 8); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            texts.Add(text.ToString());
        }

        foreach (var text in texts)
        {
            var expected = Replaced.Match(text);
            var name = Name.Match(text);
            var ids = name.Success ? LinkHygiene.Suppressions.SuppressionIndex.ReadIds(name.Groups["rest"].Value) : null;
            Assert.True(expected.Success == (ids is not null), $"'{text}': matched {expected.Success}");
            if (expected.Success)
            {
                Assert.Equal(expected.Groups["kind"].Value, name.Groups["kind"].Value);
                Assert.Equal(expected.Groups["ids"].Success ? expected.Groups["ids"].Value : string.Empty, ids);
            }
        }
    }
}
