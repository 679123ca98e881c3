using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Site;

/// <summary>
/// The facts the site check reads of a page it is not checking (<see cref="LinkHygieneEngine.ReadFacts"/>, without the
/// rules) are those an analysis of the page gives, property by property, on every corpus template: no rule adds to them.
/// </summary>
public class ReadFactsTests
{
    [Fact]
    public void ReadingTheFactsAloneGivesAnAnalysisFactsOnEveryCorpusTemplate()
    {
        int compared = 0, withLinks = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var text = System.IO.File.ReadAllText(file);
            var analysed = LinkHygieneEngine.Analyze(file, text, DictionaryOptionSource.Empty).Facts;
            var read = LinkHygieneEngine.ReadFacts(file, text);
            Assert.Equal(Describe(analysed), Describe(read));
            compared += read is null ? 0 : 1;
            withLinks += read is { Links.Count: > 0 } ? 1 : 0;
        }

        Assert.True(compared > 5_000 && withLinks > 500, $"only {compared} templates' facts compared, {withLinks} with internal links");
    }

    [Fact]
    public void ReadingTheFactsGivesAPagesLinksAndIds()
    {
        // (a page whose rules would find something, LH010's "click here": only its facts are read)
        const string page = "<a href=\"/about#team\">click here</a><p id=\"x\">";
        var facts = LinkHygieneEngine.ReadFacts("Pages/Index.cshtml", page);
        Assert.NotNull(facts);
        Assert.Equal("/about#team", Assert.Single(facts!.Links).Href);
        Assert.Contains("x", facts.Ids);
    }

    /// <summary>Every public property, collections and link facts read through, as one string.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        LinkHygiene.Site.TemplateFacts or LinkHygiene.Site.InternalLinkFact => value.GetType().Name + " { " + string.Join("; ", value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.Name, System.StringComparer.Ordinal)
            .Select(p => p.Name + " = " + Describe(p.GetValue(value)))) + " }",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
