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
            var exact = EditDistance.Levenshtein(a, b);
            Assert.True(Math.Min(exact, max + 1) == EditDistance.Levenshtein(a, b, max), $"'{a}' '{b}' max {max}: exact {exact}");
        }
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
