using System;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// The values of attributes read again from a tag's text are the characters written, whatever the thread read before,
/// and a short value read again is the string made the first time (what the table is for).
/// </summary>
public class AttributeValuesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("pre")]
    [InlineData("xref py py-func docutils literal notranslate")]
    [InlineData("a value of exactly sixty-four characters, written out to be so..")]
    [InlineData("a value of sixty-five characters, one more than the table keeps..")]
    public void AValueIsItsCharacters(string value)
    {
        var source = "<span class=\"" + value + "\">";
        var read = AttributeValues.Get(source, 13, value.Length);
        Assert.Equal(value, read);
        Assert.Equal(value, AttributeValues.Get(source, 13, value.Length));
    }

    [Fact]
    public void AShortValueReadAgainIsTheSameString()
    {
        var first = AttributeValues.Get("<code class=\"pre\">", 13, 3);
        Assert.Same(first, AttributeValues.Get("<span class=\"pre\">", 13, 3));
        var longValue = "\"" + new string('x', 65) + "\"";
        Assert.NotSame(AttributeValues.Get(longValue, 1, 65), AttributeValues.Get(longValue, 1, 65)); // (not kept)
    }

    [Fact]
    public void ValuesThatShareASlotTakeTurnsAndStayThemselves()
    {
        // (the same length, first, middle, last and third from last characters: one slot)
        var a = "ab-cd-ef";
        var b = "ax-cd-ef";
        Assert.Equal(HtmlChars.SlotHash(a.AsSpan()), HtmlChars.SlotHash(b.AsSpan()));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(a, AttributeValues.Get(a, 0, a.Length));
            Assert.Equal(b, AttributeValues.Get(b, 0, b.Length));
        }
    }

    [Fact]
    public void TagsReadAgainHoldTheirOwnValuesAfterManyOthers()
    {
        // Five thousand distinct values through the table, then each tag's attributes as a tokenizer reads them.
        var tags = Enumerable.Range(0, 5_000).Select(i => $"<span class=\"c{i % 97} x{i}\" title=\"t{i % 13}\">").ToArray();
        foreach (var tag in tags)
        {
            var read = StartTag.ReadPlain(tag, 0, tag.Length)!;
            Assert.Equal(string.Join(", ", StartTag.ReadWithTokenizer(tag, 0, tag.Length)), string.Join(", ", read));
        }
    }
}
