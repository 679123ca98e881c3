using LinkHygiene.Site;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Text;

/// <summary>
/// The one scanner of C# code at its top level, under a call's arguments, a constant's terms and a URL's terms.
/// </summary>
public class CSharpTopLevelTests
{
    [Theory]
    [InlineData("a + b", "+", 2)]
    [InlineData("f(a + b) + c", "+", 9)]
    [InlineData("x[1 + 2] + c", "+", 9)]
    [InlineData("\"a+b\" + c", "+", 6)]
    [InlineData("@\"a\"\"+\" + c", "+", 8)]
    [InlineData("$@\"{a}+\" + c", "+", 9)]
    [InlineData("'+' + c", "+", 4)]
    [InlineData("'\\'' + c", "+", 5)]
    [InlineData("abc", "+", 3)]
    // a closer is a stop only when it closes what was opened before the start
    [InlineData("a, b)", ",)", 1)]
    [InlineData("f(a, b))", ",)", 7)]
    // (and one that closes nothing opened leaves the rest inside it)
    [InlineData("a] + b", "+", 6)]
    // a string or character literal not closed before the end
    [InlineData("\"open + b", "+", -1)]
    [InlineData("'", "+", -1)]
    [InlineData("'a", "+", -1)]
    public void FindsTheFirstStopAtTheTopLevel(string code, string stops, int expected) =>
        Assert.Equal(expected, CSharpTopLevel.Find(code, 0, code.Length, stops));

    [Fact]
    public void LooksNoFurtherThanTheEndItIsGiven()
    {
        const string code = "a'b' + c";
        Assert.Equal(1, CSharpTopLevel.Find(code, 0, 1, "+"));
        Assert.Equal(-1, CSharpTopLevel.Find(code, 0, 3, "+"));
        Assert.Equal(5, CSharpTopLevel.Find(code, 0, code.Length, "+"));
    }

    [Theory]
    [InlineData("Url.Action(\"Index\", \"Home\")", 11, 2)]
    [InlineData("Html.ActionLink($@\"a, {b}\", \"Index\")", 16, 2)]
    [InlineData("Html.ActionLink(\"a\", 'x' == ',' ? \"A\" : \"B\")", 16, 2)]
    public void ACallsArgumentsAreSplitAtItsTopLevelCommas(string code, int open, int count) =>
        Assert.Equal(count, CSharpArguments.Split(code, open, code.Length)!.Count);

    [Theory]
    [InlineData("Url.Action(\"Index\") + \"#x\"", 11)]
    [InlineData("Url.Action(\"Index\"", 11)]
    public void ACallNotClosedAtTheEndHasNoArguments(string code, int open) =>
        Assert.Null(CSharpArguments.Split(code, open, code.Length));

    [Theory]
    [InlineData("\"/a\" + (\"/b\" + \"/c\")", "/a/b/c")]
    [InlineData("\"/a+\" + nameof(HxButton)", "/a+HxButton")]
    public void AConstantIsReadTermByTerm(string code, string expected) =>
        Assert.Equal(expected, ConstantExpression.Read(code, (_, _) => null));
}
