using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests;

/// <summary>
/// <c>--fix</c> as a user runs it: every fixable finding is gone afterwards, no other byte changes (BOM, CRLF, tabs,
/// encodings), a second run changes nothing, and <c>--dry-run</c> prints a diff and touches nothing.
/// </summary>
public sealed class FixTests
{
    private const string Page =
        "<!DOCTYPE html>\r\n<html lang=\"de\">\r\n<body>\r\n"
        + "\t<p>Größe und Gewicht — «Zitat»</p>\r\n"
        + "\t<div class=\"comment\">\r\n\t\t<a href=\"https://spam.example/\">Spam shop</a>\n\t</div>\r\n"
        + "\t<aside class=\"sponsored\"><a href=\"https://ads.example/x\" target=\"_blank\">Cheap hosting</a></aside>\r\n"
        + "\t<a href=\"https://docs.example/\" rel=\"noopener,noopener\">Docs</a>\r\n"
        + "\t<a href=\"/impressum\">Hier klicken</a>\r\n"
        + "</body>\r\n</html>\r\n";

    private const string Fixed =
        "<!DOCTYPE html>\r\n<html lang=\"de\">\r\n<body>\r\n"
        + "\t<p>Größe und Gewicht — «Zitat»</p>\r\n"
        + "\t<div class=\"comment\">\r\n\t\t<a href=\"https://spam.example/\" rel=\"ugc\">Spam shop</a>\n\t</div>\r\n"
        + "\t<aside class=\"sponsored\"><a href=\"https://ads.example/x\" rel=\"sponsored noopener\" target=\"_blank\">Cheap hosting</a></aside>\r\n"
        + "\t<a href=\"https://docs.example/\" rel=\"noopener\">Docs</a>\r\n"
        + "\t<a href=\"/impressum\">Hier klicken</a>\r\n"
        + "</body>\r\n</html>\r\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16-bom", "windows-1252" };

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(false),
        "utf-8-bom" => new UTF8Encoding(true),
        "utf-16-bom" => new UnicodeEncoding(false, true),
        _ => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Fix_RemovesEveryFixableFinding_AndChangesNoOtherByte(string encodingName)
    {
        using var folder = new TempFolder();
        var encoding = EncodingOf(encodingName);
        folder.Write("site/page.html", Page, encoding);

        var run = Tool.Run(folder.Path, "--fix", "--format", "json");

        // Findings after the fix: only LH010, which has no fix, and for the Windows-1252 file, which is read as the compiler
        // reads it (UTF-8 off Windows, its umlauts U+FFFD), LH901 saying so.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Fixed 4 in site/page.html (LH001, LH002, LH006, LH020)", run.Error);
        Assert.Equal(encoding.GetPreamble().Concat(encoding.GetBytes(Fixed)).ToArray(), folder.Read("site/page.html"));
        using var json = JsonDocument.Parse(run.Output);
        var remaining = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Equal(encodingName == "windows-1252" && !System.OperatingSystem.IsWindows() ? new[] { "LH901", "LH010" } : new[] { "LH010" }, remaining);
        Assert.Empty(Directory.GetFiles(folder.Full("site"), "*.tmp", SearchOption.AllDirectories));

        // Idempotent: nothing left to fix, not a byte changes.
        var again = Tool.Run(folder.Path, "--fix");
        Assert.Contains("Nothing to fix.", again.Output);
        Assert.Equal(encoding.GetPreamble().Concat(encoding.GetBytes(Fixed)).ToArray(), folder.Read("site/page.html"));
    }

    [Fact]
    public void DryRun_PrintsAUnifiedDiff_AndChangesNothing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", Page);
        var before = File.ReadAllBytes(path);

        var run = Tool.Run(folder.Path, "--fix", "--dry-run");

        Assert.Equal(before, File.ReadAllBytes(path));
        var output = run.Output.Replace("\r\n", "\n");
        Assert.Contains("--- a/page.html\n+++ b/page.html\n", output);
        Assert.Contains("-\t\t<a href=\"https://spam.example/\">Spam shop</a>\n+\t\t<a href=\"https://spam.example/\" rel=\"ugc\">Spam shop</a>\n", output);
        Assert.Contains("Would fix 4 finding(s) in 1 file(s); nothing was changed (--dry-run), and the report is what the fixes would leave.", output);

        // The report shows what would remain after the fixes.
        Assert.Contains("page.html(10,23): warning LH010", output);
        Assert.DoesNotContain("warning LH001", output);
        Assert.Equal(1, run.ExitCode);
    }

    // Held-out review 56: what a dry run reports is where it is in the file as it is, not in the fixed text the run did
    // not write (a bare-URL link text after the rel="ugc" a fix would insert was reported ten columns on), in every
    // format; with --fix-only, findings of other rules remain.
    [Fact]
    public void DryRun_ReportsWhatRemainsWhereItIsInTheFileAsItIs()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.cshtml]\nlink_hygiene.zone = ugc\n");
        folder.Write("ViewProfile.cshtml", "<div class=\"col-10\"><a href=\"@Model.Web\" target=\"_blank\">@Model.Web</a> <a href=\"https://x.example/\">X</a></div>\n");

        var plain = Tool.Run(folder.Path, "--fail-on", "none", "--no-progress");
        Assert.Contains("ViewProfile.cshtml(1,58): suggestion LH012", plain.Output);
        var dryRun = Tool.Run(folder.Path, "--fix", "--dry-run", "--fail-on", "none", "--no-progress", "--format", "github");
        Assert.Contains("file=ViewProfile.cshtml,line=1,endLine=1,col=58,", dryRun.Output);
        Assert.Single(dryRun.Output.Split('\n'), l => l.StartsWith("::", System.StringComparison.Ordinal)); // LH012; not the two LH001 it fixes
        var only = Tool.Run(folder.Path, "--fix", "--dry-run", "--fix-only", "LH020", "--fail-on", "none", "--no-progress");
        Assert.Contains("ViewProfile.cshtml(1,24): warning LH001", only.Output);
        Assert.Contains("ViewProfile.cshtml(1,58): suggestion LH012", only.Output);
    }

    [Fact]
    public void FixOnly_LimitsTheRules()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", Page);

        var run = Tool.Run(folder.Path, "--fix", "--fix-only", "LH020");

        Assert.Contains("Fixed 1 in page.html (LH020)", run.Output);
        var text = File.ReadAllText(path);
        Assert.Contains("href=\"https://ads.example/x\" rel=\"noopener\" target=\"_blank\"", text);
        Assert.Contains("<a href=\"https://spam.example/\">Spam shop</a>", text);
        Assert.Contains("warning LH001", run.Output);
    }

    [Fact]
    public void Fix_LeavesFilesWithoutFixesAndUnreadableFilesUntouched()
    {
        using var folder = new TempFolder();
        var clean = folder.Write("clean.cshtml", "@page\n<a href=\"/privacy\">Privacy policy</a>\n");
        var binary = folder.WriteBytes("binary.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE, 0 });
        var cleanBefore = File.ReadAllBytes(clean);
        var binaryBefore = File.ReadAllBytes(binary);
        var stamp = File.GetLastWriteTimeUtc(clean);

        var run = Tool.Run(folder.Path, "--fix");

        Assert.Equal(cleanBefore, File.ReadAllBytes(clean));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(clean));
        Assert.Equal(binaryBefore, File.ReadAllBytes(binary));
        Assert.Contains("binary.html(1,1): warning LH901", run.Output);
        Assert.Contains("Nothing to fix.", run.Output);
    }
}
