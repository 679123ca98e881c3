using System.Linq;
using AngleSharp.Html.Parser;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Text;

/// <summary>The HTML tokenizer's character classes, and token lists read in place.</summary>
public class HtmlCharsTests
{
    [Theory]
    [InlineData("label", "label", false, true)]
    [InlineData("icon fa-twitter", "icon", false, true)]
    [InlineData("icon fa-twitter", "fa-", true, true)]
    [InlineData("icon fa-twitter", "fa-", false, false)]
    [InlineData("icons", "icon", false, false)]
    [InlineData("my-icon", "icon", false, false)]
    [InlineData("my-icon icon", "icon", false, true)]
    [InlineData("a\ticon\nb", "icon", false, true)]
    [InlineData("\ficon\r", "icon", false, true)]
    [InlineData("material-icons-outlined", "material-icons", true, true)]
    [InlineData("x-material-icons", "material-icons", true, false)]
    [InlineData("", "icon", false, false)]
    [InlineData(null, "icon", false, false)]
    // (a no-break space is no HTML white space)
    [InlineData("a\u00a0icon", "icon", false, false)]
    public void ListHas_ReadsAListAsTheDomsTokenListDoes(string? list, string token, bool asPrefix, bool expected)
    {
        Assert.Equal(expected, HtmlChars.ListHas(list, token, asPrefix));
        if (list is not null)
        {
            // the DOM's own reading of the same class attribute
            var element = new HtmlParser().ParseDocument("<p>").CreateElement("span");
            element.SetAttribute("class", list);
            Assert.Equal(expected, asPrefix ? element.ClassList.Any(name => name.StartsWith(token, System.StringComparison.Ordinal)) : element.ClassList.Contains(token));
        }
    }
}
