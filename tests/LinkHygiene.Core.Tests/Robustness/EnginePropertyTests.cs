using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.Options;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Robustness;

/// <summary>
/// Whatever the input: no exception, every position inside the file and consistent with its line and column,
/// fixes that stay idempotent. (Hangs are caught by running each case under a generous deadline.)
/// </summary>
public class EnginePropertyTests
{
    private static readonly string[] Paths = { "page.html", "Pages/Index.cshtml", "Components/Page.razor" };

    // A component's <span ... /> is closed where it stands (its content moved out after it); a broken <html ... /> or a
    // self-closed element at the top of a document keeps what the parser put in it (the fuzz run found the DOM refusing).
    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\" />\n<head><base href=\"/\" /></head>\n<body><a href=\"/x\">Go</a><Routes /></body>\n</html>")]
    [InlineData("<html lainitial-scale=1.0\" />\n    <base href=\"/\" />\n    <link rel=\"stylesheet\" href=\"app.css\" />\n<body><a href=\"/x\"><span /> Go</a></body>")]
    [InlineData("<head /><body /><a href=\"/x\"><b><i /> Go</b></a>")]
    [InlineData("<svg /><a href=\"/x\">Go</a><template /><p /><a href=\"/y\">Read more</a>")]
    public void SelfClosedElementsOfAComponentNeverThrow(string text) => Check("Components/App.razor", text);

    [Fact]
    public void RandomTemplatesNeverThrowAndStayInBounds() =>
        TemplateGenerators.Template.SelectMany(_ => Gen.Int[0, 2], (text, kind) => (text, kind))
            .Sample(t => Check(Paths[t.kind], t.text), iter: 3000, threads: 1);

    [Fact]
    public void MutatedRealTemplatesNeverThrowAndStayInBounds() =>
        TemplateGenerators.Mutated.Sample(t => Check(t.Path, t.Text), iter: 1500, threads: 1);

    [Fact]
    public void FixingRandomTemplatesIsSafeAndIdempotent() =>
        TemplateGenerators.Mutated.Sample(
            t =>
            {
                var once = TemplateFixer.Fix(t.Path, t.Text, DictionaryOptionSource.Empty);
                var twice = TemplateFixer.Fix(t.Path, once.Text, DictionaryOptionSource.Empty);
                Assert.Equal(once.Text, twice.Text);
            },
            iter: 300,
            threads: 1);

    [Fact]
    public void RandomBytesNeverBreakTheByteLevelFixer() =>
        Gen.Byte.Array[0, 300].Sample(
            bytes =>
            {
                var (result, applied) = TemplateFixer.FixBytes("page.html", bytes, DictionaryOptionSource.Empty);
                if (applied == 0)
                {
                    Assert.Same(bytes, result);
                }
            },
            iter: 1000,
            threads: 1);

    internal static void Check(string path, string text)
    {
        var run = Task.Run(() => LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty));
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), $"no result after 30 s for {Escape(text)}");
        var result = run.Result;
        var lines = LineMap.Create(text);
        foreach (var finding in result.Findings)
        {
            Assert.True(finding.Span.Start >= 0 && finding.Span.End <= text.Length, $"{finding} outside the file: {Escape(text)}");
            Assert.Equal(lines.GetPosition(finding.Span.Start), finding.Start);
            Assert.Equal(lines.GetPosition(finding.Span.End), finding.End);
            Assert.False(string.IsNullOrEmpty(finding.Message));
            Assert.NotNull(LinkHygiene.Rules.RuleCatalog.Find(finding.Id));
            // a bug in reading it is caught and reported as LH901, "please report this": never one here (build/fuzz.sh
            // checks it, and this replay of its saved cases did not: seed 5151's)
            Assert.False(finding.Message.Contains("please report this", StringComparison.Ordinal), $"{finding.Message}: {Escape(text)}");
        }

        foreach (var link in result.Links)
        {
            Assert.True(link.Span.Start >= 0 && link.Span.End <= text.Length);
            Assert.True(link.Name.Span.End <= text.Length);
        }
    }

    private static string Escape(string text)
    {
        var shown = text.Length > 300 ? text.Substring(0, 300) + "..." : text;
        var builder = new StringBuilder();
        foreach (var c in shown)
        {
            builder.Append(c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }
}
