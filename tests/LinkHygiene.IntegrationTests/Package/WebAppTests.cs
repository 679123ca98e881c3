using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests.Package;

/// <summary>
/// A fresh `dotnet new webapp` that consumes the package from a local feed, with templates that have known problems
/// (a Razor page with BOM and CRLF, a partial in a template-only folder, static HTML in wwwroot, which the project
/// does not list as AdditionalFiles itself), built under each configuration a user would try.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class WebAppTests
{
    private static readonly object Gate = new();
    private static string? _project;

    private static readonly string[] Defaults =
    {
        "Pages/Links.cshtml(2,23): warning LH010",
        "Pages/Shared/_Comments.cshtml(2,8): warning LH001",
        "wwwroot/promo.html(4,13): warning LH010",
        "wwwroot/promo.html(5,1): warning LH011",
    };

    private readonly string _dir;

    public WebAppTests(PackageFeed feed)
    {
        lock (Gate)
        {
            _project ??= Create(feed);
        }

        _dir = _project;
        Reset();
    }

    [Fact]
    public void DefaultsAreWarningsAndTheBuildSucceeds()
    {
        var result = Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Defaults, Lines(result));
        Assert.Contains(
            "Link to 'https://spam.example/' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\" (https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH001.md)",
            result.LinkHygiene.Select(d => d.Message));
    }

    [Fact]
    public void SeverityErrorInAnEditorConfigSectionFailsTheBuild()
    {
        Write(".editorconfig", "root = true\n\n[*.cshtml]\nlink_hygiene.LH001.severity = error\n");
        var result = Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Defaults.Select(Error("LH001")), Lines(result));
    }

    [Fact]
    public void SeverityInANestedEditorConfigOfATemplateOnlyFolder()
    {
        // Pages/Shared holds no .cs file: the SDK alone would never read this file.
        Write("Pages/Shared/.editorconfig", "[*.cshtml]\nlink_hygiene.LH001.severity = error\nlink_hygiene.LH010.severity = none\n");
        var result = Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Defaults.Select(Error("LH001")), Lines(result));
    }

    [Fact]
    public void DotnetDiagnosticSeverityInAGlobalConfig()
    {
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LH001.severity = error\ndotnet_diagnostic.LH011.severity = none\n");
        var result = Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Defaults.Where(l => !l.EndsWith("LH011", StringComparison.Ordinal)).Select(Error("LH001")), Lines(result));
    }

    [Fact]
    public void TreatWarningsAsErrorsFailsTheBuild()
    {
        var result = Build("-p:TreatWarningsAsErrors=true");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Defaults.Select(l => l.Replace("warning", "error", StringComparison.Ordinal)), Lines(result));
    }

    [Fact]
    public void WarningsAsErrorsForOneRule()
    {
        var result = Build("-p:WarningsAsErrors=LH011");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Defaults.Select(Error("LH011")), Lines(result));
    }

    [Fact]
    public void NoWarnSilencesARule()
    {
        var result = Build("-p:NoWarn=LH010");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Defaults.Where(l => !l.EndsWith("LH010", StringComparison.Ordinal)), Lines(result));
    }

    [Fact]
    public void LinkHygieneEnabledFalseTurnsEverythingOff()
    {
        var result = Build("-p:LinkHygieneEnabled=false");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.LinkHygiene);
    }

    [Fact]
    public void ErrorLogHoldsTheResults()
    {
        var sarif = Path.Combine(_dir, "out.sarif");
        File.Delete(sarif);
        var result = Build("-p:ErrorLog=out.sarif");
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var found = new List<string>();
        Collect(document.RootElement, found);
        Assert.Equal(
            Defaults.Select(l => l.Replace(": warning ", " ", StringComparison.Ordinal)).OrderBy(s => s, StringComparer.Ordinal),
            found.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void TaskChecksGeneratedHtmlButNotWhatTheAnalyzerAlreadyChecks()
    {
        // A generator's output (not a compiler input) and, by mistake, the wwwroot pages the analyzer already sees.
        Directory.CreateDirectory(Path.Combine(_dir, "generated"));
        File.WriteAllText(Path.Combine(_dir, "generated", "out.html"), "<p><a href=\"/#\">Read more</a></p>\n");
        var project = Directory.GetFiles(_dir, "*.csproj").Single();
        var original = File.ReadAllText(project);
        try
        {
            File.WriteAllText(project, original.Replace(
                "</Project>",
                "  <ItemGroup>\n    <LinkHygieneFile Include=\"generated/*.html;wwwroot/*.html\" />\n  </ItemGroup>\n</Project>",
                StringComparison.Ordinal));
            var result = Build();
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                Defaults.Append("generated/out.html(1,17,1,26): warning LH010").OrderBy(s => s, StringComparer.Ordinal),
                Lines(result).OrderBy(s => s, StringComparer.Ordinal));
        }
        finally
        {
            File.WriteAllText(project, original);
            Directory.Delete(Path.Combine(_dir, "generated"), recursive: true);
        }
    }

    [Fact]
    public void NoOpRebuildStaysIncremental()
    {
        Assert.Equal(Defaults, Lines(Build()));
        var again = DotNet.BuildVerbose(_dir, _dir);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", again.Log, StringComparison.Ordinal);
        again.AssertAnalyzerHealthy();
    }

    private static string Create(PackageFeed feed)
    {
        var dir = feed.NewProject("webapp", "WebApp");
        var utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        File.WriteAllText(Path.Combine(dir, "Pages", "Links.cshtml"), "@page\r\n<p><a href=\"/privacy\">Click here</a></p>\r\n", utf8Bom);
        File.WriteAllText(Path.Combine(dir, "Pages", "Shared", "_Comments.cshtml"), "<div class=\"comments\">\n    <a href=\"https://spam.example/\">Spam shop</a>\n</div>\n");
        File.WriteAllText(Path.Combine(dir, "wwwroot", "promo.html"), "<!DOCTYPE html>\n<html lang=\"de\">\n<body>\n<a href=\"/\">Hier klicken</a>\n<a href=\"/#\"><img src=\"a.png\"></a>\n</body>\n</html>\n");
        return dir;
    }

    private void Reset()
    {
        foreach (var file in new[] { ".editorconfig", ".globalconfig", "Pages/Shared/.editorconfig" })
        {
            File.Delete(Path.Combine(_dir, file));
        }
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_dir, relative), text);

    /// <summary>A full build: diagnostics only appear when the compiler runs, and earlier tests left the project built.</summary>
    private BuildResult Build(params string[] arguments)
    {
        var result = DotNet.Build(_dir, _dir, arguments.Append("--no-incremental").ToArray());
        result.AssertAnalyzerHealthy();
        return result;
    }

    private static IEnumerable<string> Lines(BuildResult result) => result.LinkHygiene.Select(d => d.ToString());

    private static Func<string, string> Error(string id) =>
        line => line.EndsWith(id, StringComparison.Ordinal) ? line.Replace("warning", "error", StringComparison.Ordinal) : line;

    /// <summary>Finds every LinkHygiene result in a SARIF log (1.0 or 2.1) as "file(line,col) ID".</summary>
    private void Collect(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("ruleId", out var rule) && rule.GetString() is { } id && id.StartsWith("LH", StringComparison.Ordinal))
            {
                var uri = FindString(element, "uri") ?? string.Empty;
                var region = FindObject(element, "region")!.Value;
                var path = Path.GetRelativePath(_dir, new Uri(uri).LocalPath).Replace('\\', '/');
                found.Add($"{path}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}) {id}");
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found);
            }
        }
    }

    private static string? FindString(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }

                var inner = FindString(property.Value, name);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                var inner = FindString(item, name);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    private static JsonElement? FindObject(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.Object)
                {
                    return property.Value;
                }

                var inner = FindObject(property.Value, name);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                var inner = FindObject(item, name);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }
}
