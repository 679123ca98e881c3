using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LinkHygiene.Build.Tests;

/// <summary>What the targets hand the analyzer: only static pages the compiler can read, none from copied packages, and excluded templates marked.</summary>
public class PrepareAnalysisTests
{
    private static TaskItem StaticPage(string path) => new(path, new System.Collections.Generic.Dictionary<string, string> { ["LinkHygieneStaticPage"] = "true" });

    [Fact]
    public void UnreadableAndCopiedStaticPagesAreTakenOut_ExcludedTemplatesAreMarked()
    {
        using var scratch = new Scratch();
        scratch.Write("wwwroot/ok.html", "<a href=\"/\">Home page</a>");
        File.WriteAllBytes(Path.Combine(scratch.Path, "wwwroot", "binary.html"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0xFF });
        // Unreadable: tests may run as root, whom permissions do not stop, so a link to something every read of fails
        // (the process's own memory at address 0) stands in for a file another process has locked.
        File.CreateSymbolicLink(Path.Combine(scratch.Path, "wwwroot", "locked.html"), "/proc/self/mem");
        scratch.Write("wwwroot/vendor/editor/LICENSE.md", "MIT");
        scratch.Write("wwwroot/vendor/editor/demo/index.html", "<a href=\"/\">Demo</a>");
        scratch.Write("wwwroot/node_modules/pkg/index.html", "<a href=\"/\">Demo</a>");
        scratch.Write("Areas/Legacy/Old.cshtml", "<a href=\"/\">Old</a>");
        scratch.Write("Pages/Index.cshtml", "<a href=\"/\">Home page</a>");
        scratch.Write("wwwroot/docs/skip.html", "<a href=\"/\">Skip</a>");

        var task = new PrepareAnalysis
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = scratch.Path,
            AdditionalFiles = new ITaskItem[]
            {
                StaticPage("wwwroot/ok.html"), StaticPage("wwwroot/binary.html"), StaticPage("wwwroot/locked.html"),
                StaticPage("wwwroot/vendor/editor/demo/index.html"), StaticPage("wwwroot/node_modules/pkg/index.html"),
                StaticPage("wwwroot/docs/skip.html"), new TaskItem("Areas/Legacy/Old.cshtml"), new TaskItem("Pages/Index.cshtml"),
            },
            Exclude = new ITaskItem[] { new TaskItem("Areas/Legacy/Old.cshtml"), new TaskItem("wwwroot/docs/skip.html") },
        };

        Assert.True(task.Execute());
        Assert.Equal(
            new[] { "wwwroot/binary.html", "wwwroot/docs/skip.html", "wwwroot/locked.html", "wwwroot/node_modules/pkg/index.html", "wwwroot/vendor/editor/demo/index.html" },
            task.RemovedFiles.Select(i => i.ItemSpec).OrderBy(s => s, System.StringComparer.Ordinal));
        var excluded = Assert.Single(task.ExcludedFiles);
        Assert.Equal("Areas/Legacy/Old.cshtml", excluded.ItemSpec);
        Assert.Equal("true", excluded.GetMetadata("LinkHygieneExcluded"));
        Assert.Equal(
            new[]
            {
                ("binary.html", "the file could not be read as text (it is not UTF-8 and looks binary); it is not given to the compiler"),
                ("locked.html", "the file could not be read (Input/output error : '" + Path.Combine(scratch.Path, "wwwroot", "locked.html") + "'); it is not given to the compiler"),
            },
            task.UnreadableFiles.Select(i => (Path.GetFileName(i.ItemSpec), i.GetMetadata("Reason"))).OrderBy(x => x.Item1, System.StringComparer.Ordinal));
        Assert.Empty(((FakeBuildEngine)task.BuildEngine).Warnings);
    }
}
