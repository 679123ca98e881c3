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
    // ASP.NET Core's inline constraints as its routing reads them (held-out review 161: {*path:nonfile} took a file's name,
    // {id:int} a number over int's range); a project's own constraint, or regex, accepts any value
    [Theory]
    [InlineData("files/{*path:nonfile}", "files/readme", true)]
    [InlineData("files/{*path:nonfile}", "files/a/b", true)]
    [InlineData("files/{*path:nonfile}", "files", true)]
    [InlineData("files/{*path:nonfile}", "files/report.pdf", false)]
    [InlineData("files/{*path:nonfile}", "files/a/.gitignore", false)]
    [InlineData("files/{*path:nonfile}", "files/hello.", true)]
    [InlineData("files/{*path:nonfile}", "files/a/...", true)]
    [InlineData("files/{*path:nonfile}", "files/x.y.", false)]
    [InlineData("files/{*path:nonfile}", "files/.a", false)]
    [InlineData("download/{name:file}", "download/report.pdf", true)]
    [InlineData("download/{name:file}", "download/report", false)]
    [InlineData("orders/{id:int?}", "orders/2147483647", true)]
    [InlineData("orders/{id:int?}", "orders/99999999999", false)]
    [InlineData("orders/{id:long}", "orders/99999999999", true)]
    [InlineData("pages/{n:range(1,10)}", "pages/10", true)]
    [InlineData("pages/{n:range(1,10)}", "pages/11", false)]
    [InlineData("pages/{n:min(1)}", "pages/0", false)]
    [InlineData("pages/{n:max(9)}", "pages/9", true)]
    [InlineData("codes/{c:length(3)}", "codes/abc", true)]
    [InlineData("codes/{c:length(3)}", "codes/abcd", false)]
    [InlineData("codes/{c:length(2,4)}", "codes/abcd", true)]
    [InlineData("codes/{c:minlength(2)}", "codes/a", false)]
    [InlineData("codes/{c:maxlength(2)}", "codes/abc", false)]
    [InlineData("codes/{c:regex(^\\d+$)}", "codes/abc", true)]
    [InlineData("codes/{c:slug}", "codes/abc", true)]
    public void InlineConstraintsAcceptWhatRoutingAccepts(string template, string path, bool matches) =>
        Assert.Equal(matches, RouteTemplate.Parse(template)!.Matches(path.Split('/')));

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
