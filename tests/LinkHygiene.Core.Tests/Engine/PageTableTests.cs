using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Documents;
using Xunit;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// The tables a template's reading keeps in small pieces (<see cref="TokenList"/>, <see cref="OffsetMap{T}"/>) answer as
/// the list and the dictionary they replace did.
/// </summary>
public class PageTableTests
{
    [Fact]
    public void TokenListHoldsWhatAListHolds()
    {
        var tokens = new TokenList();
        var expected = new List<Token>();
        for (var i = 0; i < 10_000; i++)
        {
            var token = new Token((TokenKind)(i % 6), i * 3, i * 3 + 2, i % 7 == 0 ? "a" : string.Empty);
            tokens.Add(token);
            expected.Add(token);
        }

        Assert.Equal(expected.Count, tokens.Count);
        Assert.Equal(expected[2047], tokens[2047]);
        Assert.Equal(expected[2048], tokens[2048]);
        Assert.Equal(expected, tokens.ToList());
        Assert.Equal(expected, Enumerate(tokens));
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[10_000]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[-1]);

        tokens.Clear();
        Assert.Empty(tokens);
        tokens.Add(expected[5]);
        tokens.Add(new Token(TokenKind.EndTag, 7, 11, "b")); // (the names read before are gone with their tokens)
        tokens.Add(expected[7]);
        Assert.Equal(new[] { expected[5], new Token(TokenKind.EndTag, 7, 11, "b"), expected[7] }, tokens.ToList());
    }

    [Fact]
    public void TokenListSortsAsAListSorts()
    {
        // Ties (the same start and end) keep the order List.Sort leaves them in: the same algorithm over the same input.
        var random = new Random(7);
        var tokens = new TokenList();
        var expected = new List<Token>();
        for (var i = 0; i < 5_000; i++)
        {
            var start = random.Next(0, 300);
            var token = new Token((TokenKind)random.Next(0, 6), start, start + random.Next(0, 3), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            tokens.Add(token);
            expected.Add(token);
        }

        Comparison<Token> byPlace = (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);
        tokens.Sort(byPlace);
        expected.Sort(byPlace);
        Assert.Equal(expected, tokens.ToList());
    }

    [Fact]
    public void OffsetMapAnswersAsADictionary()
    {
        var map = new OffsetMap<string>(expected: 3, length: 100_000);
        map[90_000] = "c";
        map[10] = "a";
        map.Add(5_000, "b");
        map[10] = "a2"; // replaced, not added
        map[300] = "a4"; // two more in the first 4,096 characters, out of order
        map[200] = "a3";
        Assert.Equal(5, map.Count);
        Assert.Equal(new[] { "a2", "a3", "a4", "b", "c" }, map.Values.ToArray()); // in order of offset
        Assert.Equal(new[] { "a3", "a4", "c" }, map.FindAll(value => value is "c" or "a4" or "a3")); // (added c, a4, a3)
        Assert.Empty(map.FindAll(value => value == "none"));
        Assert.True(map.Remove(300) && map.Remove(200));
        Assert.Equal(3, map.Count);
        Assert.True(map.TryGetValue(10, out var a));
        Assert.Equal("a2", a);
        Assert.Equal("b", map[5_000]);
        Assert.True(map.ContainsKey(90_000));
        Assert.False(map.TryGetValue(11, out _));
        Assert.False(map.TryGetValue(-1, out _)); // what AngleSharp gives an implied element
        Assert.False(map.TryGetValue(1_000_000, out _));
        Assert.Equal(new[] { "a2", "b", "c" }, map.Values.ToArray()); // in order of offset
        Assert.Throws<ArgumentException>(() => map.Add(5_000, "again"));
        Assert.True(map.Remove(5_000));
        Assert.False(map.Remove(5_000));
        Assert.Equal(2, map.Count);
        Assert.Throws<KeyNotFoundException>(() => map[5_000]);
        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.Empty(map.Values);
    }

    [Fact]
    public void OffsetMapAnswersAsASortedDictionaryWhateverTheOrderOfItsChanges()
    {
        // Mostly in order, as the tokenizer records tags, with entries put in before others, replaced and removed as
        // script templates' tags are; parts filled past the size they were given, and offsets 4,096 apart.
        var random = new Random(20261207);
        var map = new OffsetMap<string>(expected: 50, length: 60_000);
        var expected = new SortedDictionary<int, string>();
        var next = 0;
        for (var step = 0; step < 40_000; step++)
        {
            var choice = random.Next(10);
            var offset = choice < 6 ? (next += random.Next(1, 40)) % 60_000 : random.Next(0, 60_000);
            if (choice < 8)
            {
                var value = step.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (choice == 7 && !expected.ContainsKey(offset))
                {
                    map.Add(offset, value);
                }
                else
                {
                    map[offset] = value;
                }

                expected[offset] = value;
            }
            else
            {
                Assert.Equal(expected.Remove(offset), map.Remove(offset));
            }

            var probe = random.Next(-1, 61_000);
            Assert.Equal(expected.TryGetValue(probe, out var want), map.TryGetValue(probe, out var got));
            Assert.Equal(want, got);
        }

        Assert.Equal(expected.Count, map.Count);
        Assert.Equal(expected.Values, map.Values);
        Assert.Equal(expected.Values.Where(v => v.EndsWith('7')), map.FindAll(v => v.EndsWith('7')));
    }

    private static IEnumerable<Token> Enumerate(TokenList tokens)
    {
        foreach (var token in tokens)
        {
            yield return token;
        }
    }
}
