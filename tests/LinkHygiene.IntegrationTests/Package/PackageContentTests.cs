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
    public void ToolPackagesAreADotnetToolWithItsOwnReadme_NativeOnLinuxX64()
    {
        string frameworkDependent;
        if (PackageFeed.HasNativeTool)
        {
            // Packed on linux-x64: LinkHygiene.Tool names one package a platform, and holds no tool itself.
            using (var pointer = ZipFile.OpenRead(_feed.ToolPackage))
            {
                AssertReadme(pointer);
                Assert.DoesNotContain(pointer.Entries, e => e.FullName.EndsWith(".dll", System.StringComparison.Ordinal));
                var packages = Settings(pointer, "tools/any/any/DotnetToolSettings.xml").Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
                    .Select(e => (e.Attribute("RuntimeIdentifier")!.Value, e.Attribute("Id")!.Value)).ToList();
                Assert.Equal(new[] { ("linux-x64", "LinkHygiene.Tool.linux-x64"), ("linux-musl-x64", "LinkHygiene.Tool.linux-musl-x64"), ("any", "LinkHygiene.Tool.any") }, packages);
            }

            // The native one: the executable alone (its debug symbols stay out), no assembly.
            using (var native = ZipFile.OpenRead(System.IO.Path.Combine(_feed.Feed, $"LinkHygiene.Tool.linux-x64.{_feed.Version}.nupkg")))
            {
                AssertReadme(native);
                var files = native.Entries.Select(e => e.FullName).ToHashSet();
                Assert.Contains("tools/any/linux-x64/linkhygiene", files);
                Assert.DoesNotContain(files, f => f.EndsWith(".dbg", System.StringComparison.Ordinal) || f.EndsWith(".dll", System.StringComparison.Ordinal));
                Assert.Equal("linkhygiene", Command(Settings(native, "tools/any/linux-x64/DotnetToolSettings.xml")));

                // The C library it needs, as docs/cli.md states it (glibc 2.34: Ubuntu 22.04, Debian 12, RHEL 9): a
                // build on a newer system that raised it would leave older ones with a tool that cannot start.
                using var executable = native.GetEntry("tools/any/linux-x64/linkhygiene")!.Open();
                using var bytes = new System.IO.MemoryStream();
                executable.CopyTo(bytes);
                var versions = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(bytes.ToArray()), @"GLIBC_2\.(\d+)")
                    .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                Assert.NotEmpty(versions);
                Assert.True(versions.Max() <= 34, $"the native tool needs glibc 2.{versions.Max()}; docs/cli.md says 2.34");
            }

            frameworkDependent = System.IO.Path.Combine(_feed.Feed, $"LinkHygiene.Tool.any.{_feed.Version}.nupkg");

            // Alpine's package (linux-musl-x64) is the framework-dependent tool under its own name: the same files.
            using var any = ZipFile.OpenRead(frameworkDependent);
            using var musl = ZipFile.OpenRead(System.IO.Path.Combine(_feed.Feed, $"LinkHygiene.Tool.linux-musl-x64.{_feed.Version}.nupkg"));
            static string[] Tool(ZipArchive zip) => zip.Entries.Where(e => e.FullName.StartsWith("tools/", System.StringComparison.Ordinal))
                .Select(e => $"{e.FullName} {e.Length}").Order(System.StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(Tool(musl));
            Assert.Equal(Tool(any), Tool(musl));
            AssertReadme(musl);
        }
        else
        {
            frameworkDependent = _feed.ToolPackage;
        }

        using var zip = ZipFile.OpenRead(frameworkDependent);
        AssertReadme(zip);
        Assert.Contains("tools/net8.0/any/linkhygiene.dll", zip.Entries.Select(e => e.FullName));
        Assert.Equal("linkhygiene", Command(Settings(zip, "tools/net8.0/any/DotnetToolSettings.xml")));
    }

    private static XDocument Settings(ZipArchive zip, string path)
    {
        using var settings = (zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package: {string.Join(", ", zip.Entries.Select(e => e.FullName))}")).Open();
        return XDocument.Load(settings);
    }

    private static string Command(XDocument settings) => settings.Descendants().Single(e => e.Name.LocalName == "Command").Attribute("Name")!.Value;

    private static void AssertReadme(ZipArchive zip)
    {
        using var readme = new System.IO.StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", readme.ReadToEnd());
    }
}
