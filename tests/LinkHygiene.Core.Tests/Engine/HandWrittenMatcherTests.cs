using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LinkHygiene.Links;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// Hot paths that replaced a general tool with a hand-written equivalent (for speed on link-dense pages) must give
/// the general tool's answer: the scheme scanner against the regex it replaced, the one-pass attribute read of a
/// scope declaration against AngleSharp's GetAttribute, and the facts' element walk against QuerySelectorAll("*"),
/// on real templates and on the edge cases.
/// </summary>
public class HandWrittenMatcherTests
{
    private static readonly Regex SchemePattern = new("^([a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant);

    private static readonly string[] ScopeNames = { "data-link-zone", "itemtype", "itemprop", "class", "lang", "xml:lang", "data-linkhygiene-ignore" };

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("a:")]
    [InlineData("https://example.com")]
    [InlineData("HTTP://X")]
    [InlineData("mailto:a@b.c")]
    [InlineData("a1+.-:rest")]
    [InlineData("1a:")]
    [InlineData("+a:")]
    [InlineData("a b:")]
    [InlineData("ht_tp:")]
    [InlineData("http")]
    [InlineData("/path:with:colons")]
    [InlineData("C:\\path")]
    [InlineData("\u212Aelvin:")] // the Kelvin sign is not an ASCII letter
    [InlineData("caf\u00e9:")]
    [InlineData("x\u0131:")]
    public void SchemeLengthIsWhatThePatternMatched(string url) => AssertSameScheme(url);

    [Fact]
    public void ScopeAttributesAreWhatGetAttributeReturnsInTheEdgeCases()
    {
        var document = new HtmlParser().ParseDocument(
            "<div CLASS=\"first\" class=\"second\" Lang=\"de\" XML:LANG=\"fr\" data-link-zone=\"ugc\" data-LINK-zone=\"none\">"
            + "<svg xml:lang=\"en\" class=\"icon\"><a xml:lang=\"nl\" itemprop=\"comment\"></a></svg>"
            + "<math lang=\"it\"></math><p itemtype=\"https://schema.org/Review\" data-linkhygiene-ignore=\"LH010\"></p></div>");
        var compared = 0;
        foreach (var element in document.QuerySelectorAll("*"))
        {
            compared += AssertSameScopeAttributes(element, "edge cases");
        }

        Assert.True(compared >= 10, $"only {compared} attributes present");
    }

    [Fact]
    public void AllAgreeOnEveryCorpusElementAndAttributeValue()
    {
        int elements = 0, present = 0, values = 0, schemes = 0;
        foreach (var (file, dom) in CorpusDocuments.Doms())
        {
            var all = dom.QuerySelectorAll("*");
            Assert.True(all.SequenceEqual(LinkHygiene.Site.TemplateFacts.Elements(dom)), $"{file}: the facts' walk is not QuerySelectorAll(\"*\")");
            foreach (var element in all)
            {
                elements++;
                present += AssertSameScopeAttributes(element, file);
                foreach (var attribute in element.Attributes)
                {
                    values++;
                    schemes += AssertSameScheme(attribute.Value.Trim()) ? 1 : 0;
                }
            }
        }

        Assert.True(elements > 50_000 && present > 10_000, $"only {elements} elements and {present} scope attributes compared");
        Assert.True(values > 50_000 && schemes > 1_000, $"only {values} attribute values, {schemes} with a scheme");
    }

    /// <returns>Whether the URL has a scheme.</returns>
    private static bool AssertSameScheme(string url)
    {
        var match = SchemePattern.Match(url);
        Assert.True((match.Success ? match.Groups[1].Length : -1) == UrlParts.SchemeLength(url), $"scheme of \"{url}\"");
        return match.Success;
    }

    /// <returns>How many of the names the element has.</returns>
    private static int AssertSameScopeAttributes(IElement element, string where)
    {
        var read = LinkExtractor.ScopeAttributes.Of(element);
        var found = new[] { read.LinkZone, read.ItemType, read.ItemProp, read.Class, read.Lang, read.XmlLang, read.Ignore };
        var present = 0;
        for (var i = 0; i < ScopeNames.Length; i++)
        {
            var expected = element.GetAttribute(ScopeNames[i]);
            present += expected is null ? 0 : 1;
            Assert.True(expected == found[i], $"{where}: <{element.LocalName}> {ScopeNames[i]}: GetAttribute \"{expected}\", one pass \"{found[i]}\"");
        }

        return present;
    }
}
