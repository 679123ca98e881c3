using System;
using System.Linq;
using LinkHygiene.Site;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Site;

/// <summary>
/// LH030 and LH031 suggest the nearest URL or id for each broken link. The names of a site or a page are prepared once
/// and each answer kept: a page of 10,000 broken fragments took 105 s through the CLI, a site of 2,000 pages whose links
/// all broke 14.9 s (3.3 s now).
/// </summary>
public class NearestNamesTests
{
    [Fact]
    public void PreparedNamesGiveWhatTheNamesGiveOnceAndSearchEachNameOnce()
    {
        var random = new Random(20261201);
        var names = Enumerable.Range(0, 300).Select(_ => Name(random)).Concat(new[] { "/Privacy", "/privacy", "/PrivacyPolicy", "ab", "a" }).ToList();
        var prepared = new NearestNames(names);
        var wanted = Enumerable.Range(0, 500).Select(i => i % 3 == 0 ? Mutate(random, names[random.Next(names.Count)]) : Name(random))
            .Concat(new[] { "/privcy", "/PRIVACY", "/Priv", "/PrivacyPolicyPage", "a", "abc", string.Empty }).ToList();
        foreach (var name in wanted)
        {
            Assert.Equal(NearestNames.Find(name, names), prepared.Find(name));
            Assert.Equal(NearestNames.Find(name, names), prepared.Find(name));
        }

        Assert.Equal(wanted.Distinct(StringComparer.Ordinal).Count(), prepared.Searches);
        Assert.Equal("nearest: '/Privacy'", prepared.Find("/privcy"));
        Assert.Equal("nearest: '/Privacy'", prepared.Find("/PRIVACY")); // '/Privacy' and '/privacy' are both 0 apart: the first in ordinal order
    }

    // The same file under another extension is near, however far apart the extensions (held-out review 171: a link to
    // ./annotated.php beside annotated.html had "nothing similar exists"); not in another folder, nor an id with a dot
    [Theory]
    [InlineData("/docs/annotated.php", "nearest: '/docs/annotated.html'")]
    [InlineData("/docs/Default.aspx", "nearest: '/docs/default.html'")]
    [InlineData("/annotated.php", "nothing similar exists")]
    [InlineData("/api/addons.json", "nearest: '/api/addons.json.gz'")] // (the file with an extension added is nearer: Node's docs in Debian)
    [InlineData("os.chdir", "nothing similar exists")]
    [InlineData("/docs/search.html", "nothing similar exists")] // (a page's name is no script's, backup's or data's: code review 129)
    [InlineData("/docs/report.html", "nothing similar exists")]
    public void TheSameFileUnderAnotherExtensionIsNear(string wanted, string answer)
    {
        var names = new[] { "/docs/annotated.html", "/docs/default.html", "/docs/index.html", "/other/annotated.html", "os.path", "os.chmod.x", "/api/addons.html", "/api/addons.json.gz", "/docs/search.js", "/docs/report.bak" };
        Assert.Equal(answer, new NearestNames(names).Find(wanted));
        Assert.Equal(answer, NearestNames.Find(wanted, names));
    }

    [Fact]
    public void TheIndexedSearchFindsWhatLookingAtEveryNameFinds()
    {
        // Names that share stems, are prefixes of one another, differ in case or by a few characters, one or two
        // characters long, or long; looked for: such names, their prefixes and extensions, and edits of them.
        var random = new Random(20261202);
        var stems = new[] { "/docs/", "/Docs/Guide", "#section-", "/p", "a", "ab", "/blog/2024/", new string('x', 150) };
        string Stemmed() => stems[random.Next(stems.Length)] + (random.Next(3) == 0 ? string.Empty : random.Next(200).ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var round = 0; round < 40; round++)
        {
            var names = Enumerable.Range(0, random.Next(1, 400)).Select(_ => random.Next(4) == 0 ? Name(random) : Stemmed()).Distinct(StringComparer.Ordinal).ToList();
            var prepared = new NearestNames(names);
            for (var w = 0; w < 200; w++)
            {
                var name = names[random.Next(names.Count)];
                var wanted = random.Next(6) switch
                {
                    0 => name.Substring(0, random.Next(name.Length + 1)),
                    1 => name + Name(random).Substring(1),
                    2 => Mutate(random, name),
                    3 => name.ToUpperInvariant(),
                    4 => Stemmed(),
                    _ => Name(random),
                };
                Assert.Equal(NearestNames.Find(wanted, names), prepared.Find(wanted));
            }
        }
    }

    [Fact]
    public void LongNamesAreComparedAsShortOnes()
    {
        // Names of 128 characters or more get their rows from the heap, shorter ones from the stack.
        var stem = new string('a', 140);
        Assert.Equal(1, EditDistance.Levenshtein(stem + "x", stem + "y", 3));
        Assert.Equal(2, EditDistance.Levenshtein(stem, stem + "bc", 3));
        Assert.Equal(4, EditDistance.Levenshtein("b" + stem + "bcd", stem + "xyz", 3)); // over the bound: bound + 1
    }

    private static string Name(Random random) =>
        "/" + new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => "abcdefghij/-."[random.Next(13)]).ToArray());

    private static string Mutate(Random random, string name)
    {
        var chars = name.ToList();
        for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, 'k'); break;
                default: chars[at] = char.ToUpperInvariant(chars[at]); break;
            }
        }

        return new string(chars.ToArray());
    }
}
