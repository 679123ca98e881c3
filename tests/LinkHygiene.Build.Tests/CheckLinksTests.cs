using System.IO;
using System.Linq;
using System.Text;

namespace LinkHygiene.Build.Tests;

public class CheckLinksTests
{
    private const string Page = "<div class=\"comment\"><a href=\"https://spam.example\">Spam shop</a></div>\n<p><a href=\"/x\">Read more</a></p>\n";

    [Fact]
    public void LogsWarningsWithExactRangesHelpLinksAndWritesNoStamp()
    {
        using var scratch = new Scratch();
        var file = scratch.Write("index.html", Page);
        var stamp = Path.Combine(scratch.Path, "obj", "stamp");
        var (success, findings, engine) = FrontEnds.RunTask(scratch.Path, new[] { file }, t => t.StampFile = stamp);
        Assert.True(success);
        Assert.Equal(
            new[]
            {
                "index.html(1,25): warning LH001: Link to 'https://spam.example' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\"",
                "index.html(2,17): warning LH010: Anchor text 'Read more' does not describe the link's destination; use words that say where it goes",
            },
            findings);
        var warning = engine.Warnings[0];
        Assert.Equal((1, 25, 1, 52), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.Equal("https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/LH001.md", warning.HelpLink);
        Assert.False(File.Exists(stamp));
    }

    [Fact]
    public void CleanRunWritesTheStamp()
    {
        using var scratch = new Scratch();
        var file = scratch.Write("index.html", "<a href=\"/about\">About us</a>");
        var stamp = Path.Combine(scratch.Path, "obj", "stamp");
        var (success, findings, _) = FrontEnds.RunTask(scratch.Path, new[] { file }, t => t.StampFile = stamp);
        Assert.True(success);
        Assert.Empty(findings);
        Assert.True(File.Exists(stamp));
    }

    [Theory]
    [InlineData("TreatWarningsAsErrors", "error LH001", "error LH010", false)]
    [InlineData("WarningsAsErrors=LH010", "warning LH001", "error LH010", false)]
    [InlineData("TreatWarningsAsErrors;WarningsNotAsErrors=LH001", "warning LH001", "error LH010", false)]
    [InlineData("NoWarn=LH001", null, "warning LH010", true)]
    [InlineData("NoWarn=LH001,LH010", null, null, true)]
    [InlineData("warnaserror", "error LH001", "error LH010", false)]
    public void WarningSettings(string settings, string? lh001, string? lh010, bool succeeds)
    {
        using var scratch = new Scratch();
        var file = scratch.Write("index.html", Page);
        var engine = new FakeBuildEngine(settings == "warnaserror" ? _ => true : null);
        var (success, findings, _) = FrontEnds.RunTask(scratch.Path, new[] { file }, task =>
        {
            foreach (var setting in settings.Split(';'))
            {
                var parts = setting.Split('=');
                switch (parts[0])
                {
                    case "TreatWarningsAsErrors": task.TreatWarningsAsErrors = true; break;
                    case "WarningsAsErrors": task.WarningsAsErrors = parts[1]; break;
                    case "WarningsNotAsErrors": task.WarningsNotAsErrors = parts[1]; break;
                    case "NoWarn": task.NoWarn = parts[1]; break;
                }
            }
        }, engine);
        Assert.Equal(succeeds, success);
        Assert.Equal(new[] { lh001, lh010 }.Where(x => x is not null), findings.Select(f => f.Split(": ")[1]));
    }

    [Fact]
    public void OptionsComeFromEditorConfigAndGlobalConfigLikeTheCompiler()
    {
        using var scratch = new Scratch();
        var comments = scratch.Write("partials/comments.html", "<a href=\"https://x.example\">X shop</a>\n<a href=\"/y\">Click here</a>\n");
        var page = scratch.Write("index.html", "<a href=\"/y\">Click here</a>\n<a href=\"/z\"></a>\n");
        scratch.Write(".editorconfig", "root = true\n\n[*.html]\nlink_hygiene.LH011.severity = error\ndotnet_diagnostic.LH010.severity = suggestion\n");
        scratch.Write("partials/.editorconfig", "[comments.html]\nlink_hygiene.zone = ugc\nlink_hygiene.LH010.severity = none\n");
        scratch.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LH011.severity = warning\n");
        var (_, findings, _) = FrontEnds.RunTask(scratch.Path, new[] { comments, page }, t => t.ValidateConfiguration = true);

        // As in the compiler: dotnet_diagnostic in an .editorconfig section does not reach templates (LH010 stays a
        // warning) and says so where it is written; the .globalconfig's dotnet_diagnostic wins over link_hygiene.LH011.
        Assert.Equal(
            new[]
            {
                ".editorconfig(5,1): warning LH900: 'dotnet_diagnostic.LH010.severity' in an .editorconfig file has no effect on templates: the compiler applies dotnet_diagnostic severities in .editorconfig sections only to C# files; write 'link_hygiene.LH010.severity = suggestion' here instead, or move the line to a .globalconfig",
                "index.html(1,14): warning LH010: Anchor text 'Click here' does not describe the link's destination; use words that say where it goes",
                "index.html(2,1): warning LH011: Link to '/z' has no text or accessible name; add link text, an image alt, or aria-label",
                "partials/comments.html(1,4): warning LH001: Link to 'https://x.example' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\"",
            },
            findings);
    }

    [Fact]
    public void ConfigurationMistakesAreReportedOnceWhereTheyAre()
    {
        // One bad line reaches every template below it; it is reported once, at the line, naming the key and the remedy.
        using var scratch = new Scratch();
        var pages = Enumerable.Range(1, 9).Select(i => scratch.Write($"p{i}.html", "<p>No links</p>\n")).ToArray();
        scratch.Write(".editorconfig", "root = true\n[*]\nlink_hygiene.zone = comments\nlink_hygiene.ugc_selector = .review\nlink_hygiene.LH999.severity = none\n");
        var (success, findings, _) = FrontEnds.RunTask(scratch.Path, pages, t => t.ValidateConfiguration = true);
        Assert.True(success);
        Assert.Equal(
            new[]
            {
                ".editorconfig(3,21): warning LH900: Option 'link_hygiene.zone' has an invalid value 'comments': expected ugc, sponsored, none; the default 'none' is used",
                ".editorconfig(4,1): warning LH900: Unknown option 'link_hygiene.ugc_selector'; did you mean 'link_hygiene.ugc_selectors'? It has no effect as written",
                ".editorconfig(5,1): warning LH900: Unknown rule 'LH999' in 'link_hygiene.LH999.severity': no LinkHygiene rule has this ID, so it has no effect",
            },
            findings);
    }

    [Fact]
    public void FilesTheCompilerAnalysesAreSkipped()
    {
        using var scratch = new Scratch();
        var analysed = scratch.Write("wwwroot/a.html", "<a href=\"/x\">Click here</a>");
        var generated = scratch.Write("out/b.html", "<a href=\"/x\">Click here</a>");
        var (_, findings, _) = FrontEnds.RunTask(scratch.Path, new[] { analysed, generated }, t =>
            t.AnalyzedByCompiler = new Microsoft.Build.Framework.ITaskItem[] { new Microsoft.Build.Utilities.TaskItem(Path.Combine(scratch.Path, analysed)) });
        Assert.Equal("out/b.html", Assert.Single(findings).Split('(')[0]);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("windows-1252")]
    public void EncodingsAndLineEndingsGiveTheSamePositions(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(false, true),
            _ => Encoding.Latin1,
        };
        using var scratch = new Scratch();
        var file = scratch.Write("page.html", "<p>Café</p>\r\n\t<p>\t<a href=\"/x\">Click here</a></p>\r\n", encoding);
        var (_, findings, engine) = FrontEnds.RunTask(scratch.Path, new[] { file });
        Assert.Equal(FrontEnds.RunAnalyzer(scratch.Path, new[] { file }), findings);
        // (Latin-1 is read as the compiler reads it, as UTF-8 off Windows: its 'é' became U+FFFD, which LH901 says)
        Assert.Equal(encodingName == "windows-1252" && !System.OperatingSystem.IsWindows(), findings.Remove("page.html(1,7): warning LH901: Template could not be fully analysed: it holds U+FFFD, the character that stands for bytes that could not be read, and declares no encoding: it is likely not UTF-8 (as the compiler does, a file without a byte-order mark is read as UTF-8, else in the system's code page), so link text with it is misread; save the file as UTF-8 (or write &#xFFFD; where the character is meant)"));
        Assert.Equal("page.html(2,19): warning LH010: Anchor text 'Click here' does not describe the link's destination; use words that say where it goes", Assert.Single(findings));
        var warning = engine.Warnings.Single(w => w.Code == "LH010");
        Assert.Equal((2, 29), (warning.EndLineNumber, warning.EndColumnNumber));
    }

    [Fact]
    public void UnreadableAndBinaryFilesAreReportedNotThrown()
    {
        using var scratch = new Scratch();
        var binary = Path.Combine(scratch.Path, "logo.html");
        File.WriteAllBytes(binary, new byte[] { 0x47, 0x49, 0x46, 0x38, 0x00, 0x00, 0xFF });
        scratch.Write("nul.html", "<p>x</p>\0\0<a href=\"/x\">Read more</a>");
        scratch.Write("stray.html", "<p>x</p>\0<a href=\"/x\">Read more</a>");
        var (success, findings, _) = FrontEnds.RunTask(scratch.Path, new[] { "logo.html", "nul.html", "stray.html", "missing.html" });
        Assert.True(success);
        Assert.Equal(4, findings.Count);
        // Not UTF-8 and binary-looking: the compiler refuses such a file too.
        Assert.Contains("logo.html(1,1): warning LH901: Template could not be fully analysed: the file could not be read as text (it is not UTF-8 and looks binary)", findings);
        // Valid UTF-8 with two NULs in a row (the compiler's own test for binary text): the engine says where.
        Assert.Contains("nul.html(1,9): warning LH901: Template could not be fully analysed: it contains NUL characters, so it looks like a binary file", findings);
        // ... one NUL here and there is read, as the compiler reads it (held-out review 157)
        Assert.Contains("stray.html(1,23): warning LH010: Anchor text 'Read more' does not describe the link's destination; use words that say where it goes", findings);
        Assert.Contains(findings, f => f.StartsWith("missing.html(1,1): warning LH901: Template could not be fully analysed: the file could not be read (", System.StringComparison.Ordinal));
    }
}
