using System;
using System.Linq;
using System.Text;
using LinkHygiene.Documents;
using LinkHygiene.Razor;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// Client interpolations in a value (<c>{{ }}</c>, <c>{% %}</c>) are masked as before, without looking for a closer
/// again after one was not found: an href of a million <c>{{</c> looked for <c>}}</c> from each.
/// </summary>
public class ClientInterpolationTests
{
    [Fact]
    public void MaskedAsBeforeOnGeneratedValues()
    {
        string[] pieces = { "{{", "}}", "{%", "%}", "{", "}", "%", "a", " ", "-", "2", "/x?q=1", "{{ a }}", "%%" };
        var random = new Random(20261202);
        int masked = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var value = new StringBuilder();
            for (var k = random.Next(0, 10); k > 0; k--)
            {
                value.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = value.ToString();
            var expected = SearchingFromEachOpener(text);
            Assert.True(expected == Dynamic.MaskClientInterpolations(text), $"{text} => {Escape(expected)} / {Escape(Dynamic.MaskClientInterpolations(text))}");
            masked += expected == text ? 0 : 1;
        }

        Assert.True(masked > 10_000, $"only {masked} values had an interpolation");
    }

    [Fact]
    public void OpenersNeverClosedAreReadOnce()
    {
        // "{%" before a digit is no template code cut short (a percent escape after a brace), so each is left as it is.
        var opened = new StringBuilder().Insert(0, "{%2", 500_000).ToString();
        var masked = Dynamic.MaskClientInterpolations(opened + "{{ x }}");
        Assert.Equal(opened + new string(MaskChars.Dynamic, 7), masked);
    }

    private static string Escape(string s) => s.Replace(MaskChars.Dynamic, '#');

    /// <summary>
    /// The masking written plainly: each opener looks for its closer; then merge tags found in the value as written
    /// ({a}, not a brace of {{a}}; %%a%%) are masked too.
    /// </summary>
    private static string SearchingFromEachOpener(string value)
    {
        var chars = value.ToCharArray();
        var merge = new System.Collections.Generic.List<int>();
        foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(value, @"(?<!\{)\{[A-Za-z_][A-Za-z0-9_.:\-]*\}(?!\})|%%[A-Za-z0-9_=\-().\[\]]+%%"))
        {
            merge.AddRange(Enumerable.Range(tag.Index, tag.Length));
        }

        var i = 0;
        while (i + 1 < chars.Length)
        {
            if (chars[i] == '{' && (chars[i + 1] == '{' || chars[i + 1] == '%'))
            {
                var end = value.IndexOf(chars[i + 1] == '{' ? "}}" : "%}", i + 2, StringComparison.Ordinal);
                if (end > 0)
                {
                    for (var k = i; k < end + 2; k++)
                    {
                        chars[k] = MaskChars.Dynamic;
                    }

                    i = end + 2;
                    continue;
                }

                // An opener a quote cut short ("{{", or "{%" before white space, '-' or the end): the rest is code.
                if (chars[i + 1] == '{' || i + 2 == chars.Length || chars[i + 2] == ' ' || chars[i + 2] == '-')
                {
                    for (var k = i; k < chars.Length; k++)
                    {
                        chars[k] = MaskChars.Dynamic;
                    }

                    break;
                }
            }

            i++;
        }

        foreach (var k in merge)
        {
            chars[k] = MaskChars.Dynamic;
        }

        return new string(chars);
    }
}
