using System.IO;
using System.Linq;
using LinkHygiene.IntegrationTests.Infrastructure;

namespace LinkHygiene.IntegrationTests;

/// <summary>
/// Builds the repository's samples with `dotnet build`, exactly as a contributor would (ProjectReference to the
/// analyzer project with OutputItemType="Analyzer"), and checks every diagnostic line.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class SampleBuildTests
{
    private static readonly string[] RazorPagesFindings =
    {
        "Pages/Blog/Post.cshtml(25,16): warning LH001",
        "Pages/Blog/Post.cshtml(32,42): warning LH001",
        "Pages/Blog/Post.cshtml(38,8): warning LH002",
        "Pages/Blog/Post.cshtml(40,45): warning LH006",
        "Pages/Blog/Post.cshtml(44,37): warning LH010",
        "Pages/Blog/Post.cshtml(47,44): warning LH030",
        "Pages/Blog/Post.cshtml(47,57): warning LH010",
        "Pages/Blog/Post.cshtml(49,4): warning LH011",
        "Pages/Shared/_GuestBook.cshtml(6,16): warning LH001",
        "wwwroot/partners.html(10,12): warning LH002",
        "wwwroot/partners.html(12,99): warning LH010",
    };

    private static readonly string[] BlazorFindings =
    {
        "Components/Pages/Reviews.razor(12,12): warning LH001",
        "Components/Pages/Reviews.razor(18,8): warning LH002",
        "Components/Pages/Reviews.razor(23,49): warning LH010",
        "Components/Pages/Reviews.razor(26,5): warning LH011",
        "Components/Pages/Reviews.razor(27,29): warning LH006",
    };

    [Fact]
    public void RazorPagesSampleShowsEveryIntendedFindingAndNothingElse()
    {
        using var temp = new TempDirectory("lh-sample");
        var project = CopySample(temp, "RazorPagesSample");
        var result = DotNet.Build(project, project, $"-p:LinkHygieneRoot={Repository.Root}/");
        result.AssertAnalyzerHealthy();
        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(RazorPagesFindings, result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(
            "Link to '@comment.AuthorUrl' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\" (https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH001.md)",
            result.Diagnostics.Select(d => d.Message));

        // The README shows what this command prints: keep it true.
        var readme = File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("<!-- sample-output:start -->\n```\n", System.StringComparison.Ordinal);
        var end = readme.IndexOf("```\n<!-- sample-output:end -->", System.StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no sample-output block");
        var documented = readme.Substring(start, end - start).Split('\n').Skip(2).Where(l => l.Length > 0);
        Assert.Equal(documented, result.Diagnostics.Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}: {d.Message}"));
    }

    [Fact]
    public void BlazorSampleShowsEveryIntendedFindingAndNothingElse()
    {
        using var temp = new TempDirectory("lh-sample");
        var project = CopySample(temp, "BlazorSample");
        var result = DotNet.Build(project, project, $"-p:LinkHygieneRoot={Repository.Root}/");
        result.AssertAnalyzerHealthy();
        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(BlazorFindings, result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void SeverityErrorInAnEditorConfigSectionFailsTheBuild()
    {
        using var temp = new TempDirectory("lh-sample");
        var project = CopySample(temp, "RazorPagesSample");
        File.AppendAllText(Path.Combine(project, ".editorconfig"), "\n[Pages/**.cshtml]\nlink_hygiene.LH001.severity = error\n");
        var result = DotNet.Build(project, project, $"-p:LinkHygieneRoot={Repository.Root}/");
        result.AssertAnalyzerHealthy();
        Assert.Equal(1, result.ExitCode);
        var expected = RazorPagesFindings.Select(f => f.StartsWith("Pages/", System.StringComparison.Ordinal) && f.EndsWith("LH001", System.StringComparison.Ordinal)
            ? f.Replace("warning", "error", System.StringComparison.Ordinal)
            : f);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
    }

    private static string CopySample(TempDirectory temp, string name)
    {
        var samples = Repository.PathOf("samples");
        foreach (var file in Directory.GetFiles(samples, "Directory.*.props"))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        var target = Path.Combine(temp.Path, name);
        Repository.CopyTree(Path.Combine(samples, name), target);
        return target;
    }
}
