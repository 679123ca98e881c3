using System.Linq;
using AngleSharp.Css.Parser;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// Zone selectors made only of class selectors are read without AngleSharp and matched by reading the class attribute
/// in place (a large page asks every element); what is read so must be what AngleSharp reads, and the answer must be
/// AngleSharp's, element for element, on real templates.
/// </summary>
public class ZoneSelectorTests
{
    [Theory]
    [InlineData(CommonOptions.DefaultUgcSelectors, true)]
    [InlineData(CommonOptions.DefaultSponsoredSelectors, true)]
    [InlineData(".card", true)]
    [InlineData(".nav-link, .btn , .-x, ._y", true)]
    [InlineData("div.comments", false)]
    [InlineData("[data-ugc]", false)]
    [InlineData(".comments a", false)]
    [InlineData(".a, #b", false)]
    [InlineData(@".a\:b", false)]
    [InlineData(".a\t,\n.b\f", true)]
    [InlineData(".a\u00a0", false)] // a no-break space is part of a CSS name, not white space
    [InlineData(".a /* c */", false)]
    public void ClassListsAreMatchedInPlaceAndOthersByAngleSharp(string selectors, bool inPlace)
    {
        var zone = ZoneSelector.Parse(selectors)!;
        Assert.Equal(inPlace, zone.IsClassList);
    }

    [Theory]
    [InlineData(CommonOptions.DefaultUgcSelectors)]
    [InlineData(CommonOptions.DefaultSponsoredSelectors)]
    [InlineData(".card")]
    [InlineData(" .nav-link ,\t.btn\r\n, .-x,._y ")]
    [InlineData(".a\u00a0")]
    [InlineData(".a\u2003, .b")]
    [InlineData(".1a")]
    [InlineData(".-1")]
    [InlineData(".--a")]
    [InlineData("..a")]
    [InlineData(". a")]
    [InlineData(".a,")]
    [InlineData(",.a")]
    [InlineData(".a,,.b")]
    [InlineData(".a .b")]
    [InlineData(".a.b")]
    [InlineData(".é")]
    [InlineData(".a\n")]
    [InlineData("\n")]
    [InlineData("[data-ugc")]
    public void WhatIsReadWithoutAngleSharpIsWhatAngleSharpReads(string selectors)
    {
        var angleSharp = new CssSelectorParser().ParseSelector(selectors);
        var zone = ZoneSelector.Parse(selectors);
        Assert.Equal(angleSharp is null, zone is null);
        if (zone is { IsClassList: true })
        {
            // AngleSharp writes a list of class selectors back as ".a, .b": the same names, in the same order.
            Assert.Equal(angleSharp!.Text, string.Join(", ", zone.ClassNames.Select(name => "." + name)));
        }
    }

    [Theory]
    [InlineData(CommonOptions.DefaultUgcSelectors, true)]
    [InlineData(CommonOptions.DefaultSponsoredSelectors, false)] // no sponsored section in the corpus
    [InlineData(".card, .nav-link, .btn, .active, .mud-button-root, .d-flex, .row", true)]
    public void InPlaceMatchingAgreesWithAngleSharpOnEveryCorpusElement(string selectors, bool someMatch)
    {
        var selector = new CssSelectorParser().ParseSelector(selectors)!;
        var zone = ZoneSelector.Parse(selectors)!;
        Assert.True(zone.IsClassList);
        int elements = 0, matched = 0;
        foreach (var (file, dom) in CorpusDocuments.Doms())
        {
            foreach (var element in dom.QuerySelectorAll("*"))
            {
                elements++;
                var expected = selector.Match(element, null);
                matched += expected ? 1 : 0;
                Assert.True(expected == zone.Matches(element, element.GetAttribute("class")), $"{file}: <{element.LocalName} class=\"{element.GetAttribute("class")}\"> AngleSharp says {expected}");
            }
        }

        Assert.True(elements > 50_000, $"only {elements} elements compared");
        Assert.True(!someMatch || matched > 0, "no element matched: the comparison proves nothing");
    }

    // The sponsored list is asked first and wins wherever in the class attribute its class stands; either list may be a
    // selector AngleSharp matches, and either may be missing.
    [Theory]
    [InlineData(".ad, .sponsored", ".comment", "<p class=\"comment sponsored\">", "first")]
    [InlineData(".ad, .sponsored", ".comment", "<p class=\"x comment\">", "second")]
    [InlineData(".ad, .sponsored", ".comment", "<p class=\"commentary ads advert\">", null)]
    [InlineData(".ad, .sponsored", ".comment", "<p>", null)]
    [InlineData(".ad", "[data-ugc]", "<p data-ugc class=\"ad\">", "first")]
    [InlineData(".ad", "[data-ugc]", "<p data-ugc class=\"comment\">", "second")]
    [InlineData("[data-ad]", ".comment", "<p class=\"comment\" data-ad>", "first")]
    [InlineData("[data-ad]", ".comment", "<p class=\"comment\">", "second")]
    [InlineData(null, ".comment", "<p class=\"comment\">", "second")]
    [InlineData(".ad", null, "<p class=\"comment\">", null)]
    // class names of 63 characters or more share a length bit: still compared whole
    [InlineData(".a123456789012345678901234567890123456789012345678901234567890123456789", ".comment", "<p class=\"a123456789012345678901234567890123456789012345678901234567890123456789\">", "first")]
    [InlineData(".a123456789012345678901234567890123456789012345678901234567890123456789", ".comment", "<p class=\"a12345678901234567890123456789012345678901234567890123456789012345678x comment\">", "second")]
    [InlineData(".a123456789012345678901234567890123456789012345678901234567890123456789", ".comment", "<p class=\"a1234567890123456789012345678901234567890123456789012345678901234\">", null)]
    public void TheFirstListThatMatchesIsTheZone(string? first, string? second, string markup, string? expected)
    {
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(markup).QuerySelector("p")!;
        var (a, b) = (first is null ? null : ZoneSelector.Parse(first)!, second is null ? null : ZoneSelector.Parse(second)!);
        var matched = ZoneSelector.FirstMatching(a, b, element, element.GetAttribute("class"));
        Assert.Equal(expected, matched is null ? null : ReferenceEquals(matched, a) ? "first" : "second");
    }
}
