using System;
using System.IO;
using System.Linq;

namespace LinkHygiene.IntegrationTests.Infrastructure;

/// <summary>
/// Packs the repository's NuGet package once into a local folder feed and gives consumer projects a nuget.config that
/// uses it (plus nuget.org for everything else) with a private global-packages folder, so a re-packed 0.1.0 is never
/// served from a stale cache.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly TempDirectory _root = new("lh-e2e");

    public PackageFeed()
    {
        Feed = Path.Combine(_root.Path, "feed");
        Directory.CreateDirectory(Feed);
        var exit = DotNet.Run(_root.Path, TimeSpan.FromMinutes(10), "pack", Repository.PathOf("LinkHygiene.sln"), "-o", Feed, "-nologo", "-nodeReuse:false");
        // LinkHygiene.<version>.nupkg (the analyzer package) beside LinkHygiene.Tool.<version>.nupkg (the command-line tool).
        Package = Directory.GetFiles(Feed, "LinkHygiene.*.nupkg").SingleOrDefault(p => char.IsDigit(Path.GetFileName(p)["LinkHygiene.".Length]))
            ?? throw new InvalidOperationException($"dotnet pack exited with {exit} and produced no LinkHygiene package in {Feed}");
        Version = Path.GetFileNameWithoutExtension(Package).Substring("LinkHygiene.".Length);
        ToolPackage = Path.Combine(Feed, $"LinkHygiene.Tool.{Version}.nupkg");
        if (!File.Exists(ToolPackage))
        {
            throw new InvalidOperationException($"dotnet pack exited with {exit} and produced no LinkHygiene.Tool package in {Feed}");
        }
        File.WriteAllText(Path.Combine(_root.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_root.Path, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    public string Feed { get; }

    /// <summary>
    /// Whether the tool is packed as a native executable here (LinkHygiene.Tool.linux-x64 beside LinkHygiene.Tool.any):
    /// the tool's project does so on a linux-x64 host.
    /// </summary>
    public static bool HasNativeTool { get; } =
        OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;

    public string Package { get; }

    public string Version { get; }

    /// <summary>The command-line tool's package (LinkHygiene.Tool).</summary>
    public string ToolPackage { get; }

    /// <summary>The folder under which consumer projects are created (its nuget.config applies to them).</summary>
    public string Root => _root.Path;

    /// <summary>
    /// Creates a project from a `dotnet new` template and adds the package, as `dotnet add package LinkHygiene` would: to
    /// the project in the folder, or, for a solution of projects (a Blazor Web App with WebAssembly interactivity: the
    /// server in <c>name/</c> beside <c>name.Client/</c>), to the one named as the folder.
    /// </summary>
    public string NewProject(string template, string name, params string[] options)
    {
        var directory = Path.Combine(Root, name);
        var arguments = new[] { "new", template, "-o", directory, "--no-restore" }.Concat(options).ToArray();
        Assert.Equal(0, DotNet.Run(Root, TimeSpan.FromMinutes(2), arguments));
        var project = Directory.GetFiles(directory, "*.csproj").SingleOrDefault() ?? Path.Combine(directory, name, name + ".csproj");
        AddPackageReference(project);
        return directory;
    }

    /// <summary>Adds the same PackageReference `dotnet add package` writes for a development dependency.</summary>
    public void AddPackageReference(string projectFile)
    {
        var text = File.ReadAllText(projectFile);
        var reference = $"""
              <ItemGroup>
                <PackageReference Include="LinkHygiene" Version="{Version}">
                  <PrivateAssets>all</PrivateAssets>
                  <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
                </PackageReference>
              </ItemGroup>
            </Project>
            """;
        var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(projectFile, text.Remove(end) + reference + Environment.NewLine);
    }

    public void Dispose() => _root.Dispose();
}
