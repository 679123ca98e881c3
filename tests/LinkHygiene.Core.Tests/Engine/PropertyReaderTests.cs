using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// A configuration line's key and value are read as Roslyn's AnalyzerConfig reads them, without its lazy regex, which
/// took the square of a line's length (18 s for a value with 20 KB of spaces inside, 87 s for 40 KB).
/// </summary>
public class PropertyReaderTests
{
    // Roslyn's AnalyzerConfig property pattern, as ConfigurationValidator used it.
    private static readonly Regex Replaced = new(
        @"^(?<lead>\s*)(?<key>[\w\.\-_]+)\s*[=:]\s*(?<value>.*?)\s*([#;].*)?$",
        RegexOptions.CultureInvariant);

    [Fact]
    public void KeysAndValuesAreWhatTheReplacedRegexRead()
    {
        string[] pieces = { "link_hygiene", ".", "LH010", "severity", "key-2", "_", " ", "  ", "\t", "\u00a0", "\u2003", "\v", "=", ":", "#", ";", "\\#", "warning", "a b", "ü", "[x]", "\r", "\u0085", "\u2028" };
        var random = new System.Random(20261202);
        var lines = new List<string> { "key=", "key =  ", " key : v ; c", "key = v#c", "=v", "key", "key = ;", "k.e-y_1 =\u00a0v\u00a0", "key = a   b   # c" };
        for (var n = 0; n < 50_000; n++)
        {
            var line = new StringBuilder(random.Next(4) == 0 ? string.Empty : "link_hygiene.LH010.severity" + (random.Next(2) == 0 ? " = " : ":"));
            for (var k = random.Next(0, 9); k > 0; k--)
            {
                line.Append(pieces[random.Next(pieces.Length)]);
            }

            lines.Add(line.ToString());
        }

        int properties = 0, comments = 0;
        foreach (var line in lines)
        {
            var expected = Replaced.Match(line);
            var read = ConfigurationValidator.TryReadProperty(line, out var key, out var value);
            Assert.True(expected.Success == read, $"'{line}': property {expected.Success} by the regex, {read} read");
            if (!read)
            {
                continue;
            }

            properties++;
            comments += expected.Groups[1].Success ? 1 : 0;
            Assert.Equal((expected.Groups["key"].Index, expected.Groups["key"].Length), (key.Start, key.Length));
            Assert.True(
                expected.Groups["value"].Value == line.Substring(value.Start, value.Length) && expected.Groups["value"].Index == value.Start,
                $"'{line}': value '{expected.Groups["value"].Value}' at {expected.Groups["value"].Index} by the regex, '{line.Substring(value.Start, value.Length)}' at {value.Start} read");
        }

        Assert.True(properties > 20_000 && comments > 5_000, $"only {properties} properties, {comments} with a comment");
    }

    [Fact]
    public void ALongValueIsReadInOnePass()
    {
        // The replaced regex took minutes for this one line; the reader reads it once.
        var spaces = new string(' ', 1_000_000);
        var text = "root = true\n[*.html]\nlink_hygiene.LH010.extra_phrases = a" + spaces + "b ; why\nlink_hygiene.zone = " + spaces + "nowhere" + spaces + "\n";
        var result = LinkHygieneEngine.AnalyzeConfiguration("/site/.editorconfig", text, EngineAssert.Options());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("LH900", finding.Rule.Id);
        Assert.Equal(text.IndexOf("nowhere", StringComparison.Ordinal), finding.Span.Start);
        Assert.Equal("nowhere".Length, finding.Span.Length);
    }
}
