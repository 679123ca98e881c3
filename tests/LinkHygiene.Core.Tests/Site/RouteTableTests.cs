using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Site;

namespace LinkHygiene.Tests.Site;

/// <summary>
/// The route table tries only the templates that can match a path's first segment; the template it finds must be the
/// first, in the order added, that a search of every template finds.
/// </summary>
public class RouteTableTests
{
    [Fact]
    public void TheFirstMatchIsTheFirstOfEveryTemplateInOrder()
    {
        string[] segments = { "blog", "Blog", "BLOG", "posts", "{id}", "{id:int}", "{id?}", "{slug=home}", "{*rest}", "{**all}", "p{n}", "admin", "Äbout", "äBOUT", "42", "x.html" };
        string[] parts = { "blog", "BLOG", "posts", "admin", "äbout", "ÄBOUT", "42", "7", "x.html", "home", "", "anything" };
        var random = new Random(20261202);
        int paths = 0, matched = 0, byLiteral = 0;
        for (var round = 0; round < 300; round++)
        {
            var templates = new List<RouteTemplate>();
            for (var n = random.Next(1, 40); n > 0; n--)
            {
                var text = string.Join("/", Enumerable.Range(0, random.Next(0, 4)).Select(_ => segments[random.Next(segments.Length)]));
                if (RouteTemplate.Parse(text) is { } route)
                {
                    templates.Add(route);
                }
            }

            var table = new RouteTable<int>();
            for (var i = 0; i < templates.Count; i++)
            {
                table.Add(templates[i], i);
            }

            for (var k = 0; k < 200; k++)
            {
                var path = Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)]).ToArray();
                var expected = templates.FindIndex(t => t.Matches(path));
                var found = table.TryMatch(path, out var index) ? index : -1;
                paths++;
                matched += expected >= 0 ? 1 : 0;
                byLiteral += expected >= 0 && templates[expected].FirstLiteral is not null ? 1 : 0;
                Assert.True(expected == found, $"/{string.Join("/", path)} among [{string.Join(", ", templates.Select(t => t.Display))}]: template {expected} by a search of each, {found} in the table");
            }
        }

        Assert.True(matched > paths / 4 && byLiteral > paths / 20, $"{matched} of {paths} paths matched, {byLiteral} by a template starting with a literal");
    }
}
