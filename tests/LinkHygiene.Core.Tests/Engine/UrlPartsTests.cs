using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LinkHygiene.Links;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// UrlParts.Parse reads a URL by position, cutting each part out once: its parts are what cutting the rest after each
/// part gave (the reading before, kept here as the reference), on crafted URLs, every href and src of the corpus, and
/// random strings of the characters that delimit a URL's parts.
/// </summary>
public class UrlPartsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("https://Example.COM:8080/a/b?x=1#top")]
    [InlineData(" HTTP://user@host.example/p ")]
    [InlineData("HtTpS://[::1]:443/x")]
    [InlineData("//cdn.example/lib.js")]
    [InlineData("//")]
    [InlineData("///x")]
    [InlineData("http:")]
    [InlineData("http://")]
    [InlineData("http://a@")]
    [InlineData("http://@/")]
    [InlineData("mailto:Someone@Example.com?subject=Hi")]
    [InlineData("Tel:+1-555")]
    [InlineData("/posts/1?p=2#c")]
    [InlineData("#/route/")]
    [InlineData("?only=query")]
    [InlineData("a#b?c")]
    [InlineData("ftp://h:21#f?q")]
    [InlineData("x:y://z")]
    [InlineData("h://a:b:c@d:e/f")]
    public void CraftedUrls(string url) => Assert.Equal(Reference(url), UrlParts.Parse(url));

    [Fact]
    public void CorpusHrefsAndSources()
    {
        var value = new Regex("(?:href|src|action)\\s*=\\s*[\"']([^\"']*)[\"']", RegexOptions.IgnoreCase);
        var compared = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            foreach (Match match in value.Matches(File.ReadAllText(file)))
            {
                var url = match.Groups[1].Value;
                Assert.True(Reference(url) == UrlParts.Parse(url), url);
                compared++;
            }
        }

        Assert.True(compared > 3_000, $"{compared} values"); // (4,361 when written)
    }

    [Fact]
    public void RandomStrings()
    {
        var random = new Random(7502);
        const string alphabet = "hHtTpPsS:/?#@[]. aZ09-";
        var builder = new StringBuilder();
        for (var n = 0; n < 50_000; n++)
        {
            builder.Clear();
            var length = random.Next(0, 24);
            if (random.Next(3) == 0)
            {
                builder.Append(random.Next(2) == 0 ? "https://" : "HTTP:");
            }

            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var url = builder.ToString();
            Assert.True(Reference(url) == UrlParts.Parse(url), url);
        }
    }

    // The reading before: the rest cut after each part.
    private static UrlParts Reference(string value)
    {
        var rest = value.Trim();
        string? scheme = null;
        string? host = null;
        var schemeLength = UrlParts.SchemeLength(rest);
        if (schemeLength > 0)
        {
            scheme = rest.Substring(0, schemeLength).ToLowerInvariant();
            rest = rest.Substring(schemeLength + 1);
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest.Substring(2);
            var end = rest.IndexOfAny(AuthorityEnds);
            var authority = end < 0 ? rest : rest.Substring(0, end);
            rest = end < 0 ? string.Empty : rest.Substring(end);
            var at = authority.LastIndexOf('@');
            host = (at >= 0 ? authority.Substring(at + 1) : authority).ToLowerInvariant();
            var colon = host.LastIndexOf(':');
            if (colon > 0 && host.IndexOf(']') < colon)
            {
                host = host.Substring(0, colon);
            }
        }

        var fragment = string.Empty;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest.Substring(hash + 1);
            rest = rest.Substring(0, hash);
        }

        var query = string.Empty;
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest.Substring(question + 1);
            rest = rest.Substring(0, question);
        }

        return new UrlParts(scheme, host, rest, query, fragment);
    }

    private static readonly char[] AuthorityEnds = { '/', '?', '#' };
}
