using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>What `dotnet pack LinkHygiene.sln` produces.</summary>
[Collection(BuildCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackageFeed _feed;

    public PackageContentTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void PackageHasTheAnalyzerBothTaskFoldersAndBuildFilesAndNoLib()
    {
        using var zip = ZipFile.OpenRead(_feed.Package);
        var files = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Subset(files, new[]
        {
            "analyzers/dotnet/cs/LinkHygiene.Analyzers.dll",
            "analyzers/dotnet/cs/LinkHygiene.Core.dll",
            "analyzers/dotnet/cs/AngleSharp.dll",
            "analyzers/dotnet/cs/System.Text.Encoding.CodePages.dll",
            "tasks/net8.0/LinkHygiene.Build.dll",
            "tasks/net8.0/LinkHygiene.Core.dll",
            "tasks/net8.0/AngleSharp.dll",
            "tasks/net8.0/Microsoft.CodeAnalysis.dll",
            "tasks/net472/LinkHygiene.Build.dll",
            "tasks/net472/LinkHygiene.Core.dll",
            "tasks/net472/AngleSharp.dll",
            "tasks/net472/Microsoft.CodeAnalysis.dll",
            "tasks/net472/System.Collections.Immutable.dll",
            "tasks/net472/System.Memory.dll",
            "build/LinkHygiene.props",
            "build/LinkHygiene.targets",
            "buildTransitive/LinkHygiene.props",
            "buildTransitive/LinkHygiene.targets",
            "README.md",
            "docs/configuration.md",
            "build/LinkHygiene.CommandLineWarnings.proj",
            "tasks/net8.0/LinkHygiene.Workspace.dll",
            "tasks/net472/LinkHygiene.Workspace.dll",
        }.ToHashSet());
        foreach (var rule in LinkHygiene.Rules.RuleCatalog.Descriptors)
        {
            Assert.Contains($"docs/rules/{rule.Id}.md", files);
        }

        // nuget.org renders the README without the repository: every link must be absolute.
        using (var readme = new System.IO.StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            var text = readme.ReadToEnd();
            Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", text);
        }
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("Microsoft.Build.", System.StringComparison.Ordinal)); // MSBuild comes from the running MSBuild

        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("LinkHygiene", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.HasElements);
    }

    [Fact]
    public void ToolPackageIsADotnetToolWithItsOwnReadme()
    {
        using var zip = ZipFile.OpenRead(_feed.ToolPackage);
        var files = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", files);
        Assert.Contains("tools/net8.0/any/linkhygiene.dll", files);
        Assert.Contains("README.md", files);
        using var settings = zip.GetEntry("tools/net8.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants().Single(e => e.Name.LocalName == "Command");
        Assert.Equal("linkhygiene", command.Attribute("Name")!.Value);
        using var readme = new System.IO.StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", readme.ReadToEnd());
    }
}
