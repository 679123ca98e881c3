using System;
using System.IO;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.IntegrationTests.Infrastructure;
using LinkHygiene.Options;

namespace LinkHygiene.IntegrationTests;

/// <summary>
/// The templates `dotnet new` generates on this machine are real Razor written by the ASP.NET team. They have no
/// link problems, so LinkHygiene must report nothing on them, and it must find their links.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class GeneratedTemplateTests
{
    [Theory]
    [InlineData("webapp", 5)]
    [InlineData("mvc", 5)]
    [InlineData("blazor", 4)]
    public void StockTemplatesHaveNoFindings(string template, int minimumLinks)
    {
        using var temp = new TempDirectory("lh-new");
        var output = Path.Combine(temp.Path, "App");
        Assert.Equal(0, DotNet.Run(temp.Path, TimeSpan.FromMinutes(2), "new", template, "-o", output, "--no-restore"));
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Where(LinkHygieneEngine.IsTemplate)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "lib" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var links = 0;
        foreach (var file in files)
        {
            var result = LinkHygieneEngine.Analyze(file, File.ReadAllText(file), DictionaryOptionSource.Empty);
            Assert.True(result.Findings.Count == 0, $"{Path.GetRelativePath(output, file)}: {string.Join("; ", result.Findings)}");
            links += result.Links.Count;
        }

        Assert.True(links >= minimumLinks, $"only {links} links found in {files.Count} templates");
    }
}
