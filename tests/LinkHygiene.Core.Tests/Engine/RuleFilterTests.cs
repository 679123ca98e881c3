using System.Linq;
using LinkHygiene.Links;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// data-linkhygiene-ignore filters nest: an element's filter is its own IDs over its ancestors'. A union keeps only what
/// it adds (each element inside one that ignored 100,000 IDs copied them all) and answers what a copy of both would.
/// </summary>
public class RuleFilterTests
{
    [Fact]
    public void AUnionAnswersWhatACopyOfBothWould()
    {
        var outer = RuleFilter.Parse("LH010, LH011");
        var middle = outer.Union(RuleFilter.Parse("lh020 LH010"));
        var inner = middle.Union(RuleFilter.Parse("LH030"));

        foreach (var id in new[] { "LH010", "lh011", "LH020", "LH030", "LH001", "LH031" })
        {
            var added = id.ToUpperInvariant();
            Assert.Equal(outer.Contains(id) || added is "LH020" or "LH030", inner.Contains(id));
            Assert.Equal(outer.Contains(id) || added is "LH020", middle.Contains(id));
        }

        Assert.Equal(new[] { "LH010", "LH011", "LH020", "LH030" }, inner.Ids.Select(i => i.ToUpperInvariant()).OrderBy(i => i));
        Assert.True(outer.Union(RuleFilter.Parse("")).All);
        Assert.Same(inner, inner.Union(RuleFilter.Nothing));
    }

    [Fact]
    public void AUnionThatAddsNothingIsTheFilterItself()
    {
        var many = RuleFilter.Parse(string.Join(" ", Enumerable.Range(0, 100_000).Select(i => "X" + i)));
        Assert.Same(many, many.Union(RuleFilter.Parse("X1 x2")));
        Assert.True(many.Union(RuleFilter.Parse("LH010")).Contains("X99999"));
    }

    [Theory]
    [InlineData("<div data-linkhygiene-ignore=\"LH010\"><p data-linkhygiene-ignore=\"LH011\"><a href=\"/x\">Click here</a><a href=\"/y\"></a></p></div>")]
    [InlineData("<div data-linkhygiene-ignore=\"LH011\"><p data-linkhygiene-ignore=\"LH010 LH011\"><span data-linkhygiene-ignore=\"LH011\"><a href=\"/x\">Click here</a><a href=\"/y\"></a></span></p></div>")]
    public void NestedIgnoresSuppressEveryRuleNamedAround(string markup) => EngineAssert.Findings("page.html", markup);

    [Theory]
    // an ID written with a character reference is not where it is read, and the IDs after it still are
    [InlineData("<div data-linkhygiene-ignore=\"LH0&#49;0 {|LH900:LH9|}\"><a href=\"/x\">Click here</a></div>")]
    [InlineData("<div data-linkhygiene-ignore=\"LH010,{|LH900:LH01|},\u00a0{|LH900:LH01|}\"><a href=\"/x\">Click here</a></div>")]
    [InlineData("<div data-linkhygiene-ignore=\"LH010&#32;{|LH900:LH999|}\"><a href=\"/x\">Click here</a></div>")]
    public void UnknownIdsAreReportedWhereTheyAreWritten(string markup) => EngineAssert.Findings("page.html", markup);

    [Theory]
    [InlineData("<div data-linkhygiene-ignore=\"@* why *@ {|LH900:LH999|}\"><a href=\"/x\">Docs</a></div>")]
    [InlineData("<div data-linkhygiene-ignore=\"@(strict ? a : b) {|LH900:LH999|}\"><a href=\"/x\">Docs</a></div>")]
    public void UnknownIdsAfterRazorAreReportedWhereTheyAreWritten(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup);

    [Fact]
    public void ARazorCommentInAnIgnoreValueRendersNothing() =>
        EngineAssert.Findings("Pages/Index.cshtml", "<div data-linkhygiene-ignore=\"LH010@* until the redesign *@\"><a href=\"/x\">Click here</a></div>");

    [Fact]
    public void DirectivesForOneLineSuppressEveryRuleAnyOfThemNames() =>
        EngineAssert.Findings(
            "page.html",
            "<!-- linkhygiene-disable-next-line LH011 --><!-- linkhygiene-disable-next-line LH010 -->\n<a href=\"/x\">Click here</a><a href=\"/y\"></a><a {|LH022:href=\"#\"|}>Back</a>");
}
