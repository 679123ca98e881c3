using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using LinkHygiene.Workspace.Files;
using LinkHygiene.Tests.Robustness;

namespace LinkHygiene.Build.Tests;

/// <summary>
/// The front ends' entry points fed random and broken files (random bytes, invalid UTF-8, NUL bytes, encoded lone
/// surrogates, byte-order marks, mixed line endings): the task never fails the build with an internal error, the
/// analyzer never throws (no AD0001), both report the same findings, and every position is inside the file.
/// </summary>
public class FrontEndRobustnessTests
{
    private static readonly byte[][] Oddities =
    {
        new byte[] { 0xEF, 0xBB, 0xBF },        // UTF-8 BOM (in the middle of a file too)
        new byte[] { 0xFF, 0xFE },              // UTF-16 LE BOM
        new byte[] { 0xC3 },                    // a truncated two-byte sequence
        new byte[] { 0xE9, 0x80 },              // a truncated three-byte sequence
        new byte[] { 0xED, 0xA0, 0x80 },        // a lone high surrogate, CESU-style (invalid UTF-8)
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },  // above U+10FFFF
        new byte[] { 0xC0, 0xAF },              // an overlong '/'
        new byte[] { 0x00 },                    // NUL
        new byte[] { 0xE1 },                    // 'á' in Windows-1252
        new byte[] { 0x0D },                    // lone CR
        new byte[] { 0x0D, 0x0A },              // CRLF
        new byte[] { 0x0A },                    // LF
        new byte[] { 0xE2, 0x80, 0xA8 },        // U+2028 LINE SEPARATOR
        new byte[] { 0xC2, 0x85 },              // U+0085 NEXT LINE
    };

    /// <summary>A real template's bytes with odd bytes spliced in at random places, or plain random bytes.</summary>
    private static readonly Gen<(string Path, byte[] Bytes)> BrokenFiles = Gen.OneOf(
        TemplateGenerators.Mutated.SelectMany(
            _ => Gen.Int[0, int.MaxValue].Array[0, 8],
            (seed, cuts) => (Path.GetFileName(seed.Path), Splice(Encoding.UTF8.GetBytes(seed.Text), cuts))),
        Gen.Byte.Array[0, 600].SelectMany(_ => Gen.Int[0, 2], (bytes, kind) => (new[] { "page.html", "Index.cshtml", "Page.razor" }[kind], bytes)));

    [Fact]
    public void BrokenFilesNeverCrashEitherFrontEndAndGiveTheSameResults() =>
        BrokenFiles.Sample(BothFrontEndsAgree, iter: 250, threads: 1);

    /// <summary>A case the sampling found (seed 1UKzzQje4SM1): an .editorconfig that is not text is LH901 in every front end.</summary>
    [Fact]
    public void AConfigurationFileThatIsNotTextIsLH901InBothFrontEnds() =>
        BothFrontEndsAgree((".editorconfig", new byte[] { 234, 0, 0, 225, 10, 136, 148, 255, 254 }));

    private static void BothFrontEndsAgree((string Path, byte[] Bytes) file)
    {
        using var scratch = new Scratch();
        var full = Path.Combine(scratch.Path, file.Path);
        File.WriteAllBytes(full, file.Bytes);

        // A configuration file is checked where it configures a template: the task and the command line check
        // the configuration of the templates they are given (alone, it configures nothing), the analyzer every
        // configuration file the package hands it. So a broken one comes with a page it applies to.
        var files = new List<string> { file.Path };
        if (LinkHygiene.Options.ConfigurationValidator.IsConfigurationFile(file.Path))
        {
            File.WriteAllText(Path.Combine(scratch.Path, "Configured.cshtml"), "<p><a href=\"https://example.com/\">Click here</a></p>\n");
            files.Add("Configured.cshtml");
        }

        var (success, all, engine) = FrontEnds.RunTask(scratch.Path, files, task => task.ValidateConfiguration = true);
        Assert.DoesNotContain(engine.Errors, e => e.Message!.StartsWith("LinkHygiene failed", StringComparison.Ordinal));
        Assert.Equal(success, engine.Errors.Count == 0);
        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, files); // throws on any analyzer exception
        Assert.Equal(FrontEnds.WithoutInternalLinks(analyzer), FrontEnds.WithoutInternalLinks(all));
        var task = all.Where(line => line.StartsWith(file.Path + "(", StringComparison.Ordinal)).ToList();

        string text;
        try
        {
            text = TemplateFile.Read(full).ToString();
        }
        catch (InvalidDataException)
        {
            // Binary: one LH901 at the start of the file says so.
            Assert.Equal($"{file.Path}(1,1): warning LH901: Template could not be fully analysed: {Engine.EngineDescriptors.NotTextReason}", Assert.Single(task));
            return;
        }

        // The engine's own line map agrees with Roslyn's on every kind of line break.
        var source = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        foreach (var finding in Engine.LinkHygieneEngine.Analyze(file.Path, text, Options.DictionaryOptionSource.Empty).Findings)
        {
            var roslyn = source.Lines.GetLinePosition(finding.Span.Start);
            Assert.Equal((roslyn.Line, roslyn.Character), (finding.Start.Line, finding.Start.Character));
        }

        var lineCount = LinkHygiene.Text.LineMap.Create(text).LineCount; // checked against Roslyn's lines just above
        foreach (var line in task)
        {
            var position = Regex.Match(line, @"^[^(]*\((\d+),(\d+)\)");
            Assert.True(position.Success, line);
            var (row, column) = (int.Parse(position.Groups[1].Value), int.Parse(position.Groups[2].Value));
            Assert.InRange(row, 1, lineCount);
            Assert.InRange(column, 1, text.Length + 1);
        }
    }

    [Theory]
    [InlineData("single line", 10 * 1024 * 1024)]
    [InlineData("100k-style nesting", 500 * 1024)]
    [InlineData("tag soup", 2 * 1024 * 1024)]
    public void ExtremeFilesGiveTheSameResultsThroughBothFrontEnds(string shape, int size)
    {
        using var scratch = new Scratch();
        var (path, text) = LinkHygiene.Testing.SyntheticTemplates.Shapes.Single(s => s.Name == shape).Make(size);
        var file = scratch.Write(Path.GetFileName(path), text);
        scratch.Write(".editorconfig", "root = true\n\n[*]\nlink_hygiene.max_file_size_kb = 20480\n");

        var (success, task, _) = FrontEnds.RunTask(scratch.Path, new[] { file });
        Assert.True(success);
        Assert.NotEmpty(task);
        Assert.Equal(FrontEnds.WithoutInternalLinks(FrontEnds.RunAnalyzer(scratch.Path, new[] { file })), FrontEnds.WithoutInternalLinks(task));
    }

    private static byte[] Splice(byte[] bytes, int[] cuts)
    {
        var result = bytes.ToList();
        foreach (var cut in cuts)
        {
            var odd = Oddities[cut % Oddities.Length];
            result.InsertRange(cut % (result.Count + 1), odd);
        }

        return result.ToArray();
    }
}
