using LinkHygiene.Text;

namespace LinkHygiene.Tests.Text;

/// <summary>
/// The one reader of C# string literals in Razor code: what the compiler makes of a literal, and where one ends.
/// </summary>
public class CSharpStringTests
{
    [Theory]
    [InlineData(@"""Read more""", "Read more")]
    [InlineData(@"""""", "")]
    [InlineData(@"@""""", "")]
    // escapes as C# decodes them: the old helper-link reader turned \u00e9 into "u00e9"
    [InlineData(@"""Caf\u00e9""", "Café")]
    [InlineData(@"""Caf\u00E9 \x41\x042 \U0001F600""", "Café AB 😀")]
    [InlineData(@"""a\tb\\c\""d\'e\0""", "a\tb\\c\"d'e\0")]
    [InlineData(@"""\x4142""", "\u4142")]
    [InlineData(@"""\x41G""", "AG")]
    // a verbatim string keeps its backslashes and doubles its quotes
    [InlineData(@"@""C:\more""", @"C:\more")]
    [InlineData(@"@""Click """"here""""""", "Click \"here\"")]
    [InlineData("@\"two\nlines\"", "two\nlines")]
    public void DecodesALiteral(string code, string expected) => Assert.Equal(expected, CSharpString.Value(code));

    [Theory]
    [InlineData("Read more")]
    [InlineData(@"""open")]
    [InlineData(@"""")]
    [InlineData(@"$""{name}""")]
    [InlineData(@"""a"" + ""b""")]
    [InlineData(@"@""a"" ""b""")]
    [InlineData(@"""""""raw""""""")]
    [InlineData(@"""\q""")]
    [InlineData(@"""\u00e""")]
    [InlineData(@"""\x""")]
    [InlineData(@"""\U00110000""")]
    [InlineData(@"""ends with \""")]
    [InlineData("\"two\nlines\"")]
    [InlineData("\"two\u2028lines\"")]
    public void AnythingElseIsNoLiteral(string code) => Assert.Null(CSharpString.Value(code));

    [Theory]
    // where the literal that starts at the first character closes (-1 when it does not close before the end)
    [InlineData(@"""a, b"", c", 5)]
    [InlineData(@"""a\"", b"", c", 7)]
    [InlineData(@"@""a\"", b", 4)]
    [InlineData(@"@""a """" b"", c", 8)]
    [InlineData(@"$""{x}"", c", 5)]
    [InlineData(@"""open", -1)]
    [InlineData("\"line\nbreak\"", -1)]
    [InlineData("@\"line\nbreak\"", 12)]
    [InlineData("$\"{(a\n? 1 : 2)}\", c", 15)]
    public void FindsWhereALiteralEnds(string code, int end) => Assert.Equal(end, CSharpString.End(code, 0, code.Length));
}
