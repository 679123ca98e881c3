using System.Linq;
using LinkHygiene.Documents;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// A list of attribute names (a binding's forms in every framework) answers with the attribute of its first name the
/// element has, whatever the order of the element's attributes, and with none when it has none of them.
/// </summary>
public class AttributeNameListTests
{
    private static readonly AttributeNameList Names = new(new[] { ":href", "v-bind:href", "[href]" });

    [Theory]
    [InlineData("<a class=\"x\" title=\"t\">", null)]
    [InlineData("<a>", null)]
    [InlineData("<a [href]=\"u\">", "[href]")]
    [InlineData("<a [href]=\"u\" :href=\"v\">", ":href")] // the first by preference, not the first written
    [InlineData("<a v-bind:href=\"v\" class=\"x\" [href]=\"u\">", "v-bind:href")]
    [InlineData("<a href=\"/x\" bind-href=\"u\">", null)] // names the list does not hold
    [InlineData("<a :HREF=\"v\">", ":href")] // (HTML reads names in lower case)
    public void TheFirstNameByPreferenceIsFound(string tag, string? expected)
    {
        var document = TemplateDocument.Parse("page.html", tag + "</a>", TemplateKind.Html);
        var attributes = document.StartTagAt(0)!.GetAttributes(document);
        var found = Names.FirstIn(attributes);
        Assert.Equal(expected, found?.Name);
        Assert.Equal(expected is not null, attributes.Any(a => Names.Contains(a.Name)));
        if (found is not null)
        {
            Assert.Same(attributes.First(a => a.Name == expected), found);
        }
    }
}
