using System;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Site;

/// <summary>
/// LH030's "nearest" compares a broken link with every page, route and file of the site, so the distance stops once it
/// is over what could be suggested; below that bound it must be the exact distance.
/// </summary>
public class EditDistanceTests
{
    [Fact]
    public void TheBoundedDistanceIsExactUpToTheBoundAndOverItAfter()
    {
        var random = new Random(20261130);
        const string alphabet = "abc/.-";
        for (var n = 0; n < 20_000; n++)
        {
            var a = Random(random, alphabet, random.Next(0, 12));
            var b = random.Next(3) == 0 ? Mutate(random, a, alphabet) : Random(random, alphabet, random.Next(0, 12));
            var max = random.Next(0, 5);
            var exact = FullTable(a, b);
            Assert.True(exact == EditDistance.Levenshtein(a, b), $"'{a}' '{b}': exact {exact}");
            Assert.True(Math.Min(exact, max + 1) == EditDistance.Levenshtein(a, b, max), $"'{a}' '{b}' max {max}: exact {exact}");
        }
    }

    [Fact]
    public void LongNamesAreComparedInABandAroundTheDiagonal()
    {
        // 100,000 characters each, different only at the end: the full table has 10 billion cells.
        var a = new string('a', 100_000) + "x";
        Assert.Equal(1, EditDistance.Levenshtein(a, new string('a', 100_000) + "y", 3));
        Assert.Equal(2, EditDistance.Levenshtein(a, new string('a', 99_999) + "yz", 3));
        Assert.Equal(4, EditDistance.Levenshtein(a, new string('b', 3) + new string('a', 99_997) + "y", 3));
    }

    /// <summary>The whole table, as the textbook fills it.</summary>
    private static int FullTable(string a, string b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                table[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return table[a.Length, b.Length];
    }

    [Theory]
    [InlineData("/blog/psot", "/blog/post", 2)]
    [InlineData("/privacy", "/privacypolicy", 6)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void KnownDistances(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Levenshtein(a, b));
        Assert.Equal(distance, EditDistance.Levenshtein(a, b, distance));
        Assert.Equal(distance, EditDistance.Levenshtein(a, b, distance - 1)); // over the bound: bound + 1
    }

    private static string Random(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Mutate(Random random, string text, string alphabet)
    {
        var chars = new System.Text.StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Length + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1 when at < chars.Length: chars.Remove(at, 1); break;
                case 2 when at < chars.Length: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
        }

        return chars.ToString();
    }
}
