using System;
using System.IO;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// <see cref="TemplateDocument.AreExclusive"/> asks only the branch groups around an offset (an index of their extents)
/// where it asked every group of the template: it must answer what asking every group answers, for every pair of
/// start tags of every corpus Razor template with branches and of nested and neighbouring statements.
/// </summary>
public class ExclusiveBranchTests
{
    [Theory]
    [InlineData("@if (a) { <a href=\"/x\">A</a> } else { <a href=\"/y\">B</a> }\n<a href=\"/z\">C</a>")]
    [InlineData("@if (a) { <p>@if (b) { <a>1</a> } else { <a>2</a> }</p> } else { <a>3</a> @switch (c) { case 1: <a>4</a> break; default: <a>5</a> break; } }")]
    [InlineData("@if (a) { <a>1</a> } else { <a>2</a> }@if (b) { <a>3</a> } else { <a>4</a> }")]
    [InlineData("@if (a) { <a>1</a> } else if (b) { <a>2</a> } else { @if (c) { <a>3</a> } else { <a>4</a> } }<a>5</a>")]
    // a long else-if chain (its branches found by a binary search) and a switch whose sections are written out of order
    [InlineData("@if (x == 0) { <a>0</a> }\nelse if (x == 1) { <a>1</a> }\nelse if (x == 2) { <a>2</a> }\nelse if (x == 3) { <a>3</a> }\nelse if (x == 4) { <p><a>4</a></p> }\nelse { <a>5</a> }\n<a>6</a>")]
    [InlineData("@switch (c) { case 1: <a>1</a> break; case 2: { <a>2</a> } break; case 3: case 4: <a>3</a> break; default: <a>4</a> break; }<a>5</a>")]
    public void TheIndexAnswersWhatEveryGroupAnswers(string template)
    {
        var document = TemplateDocument.Parse("Pages/Index.cshtml", template, TemplateKind.RazorView);
        Assert.NotEmpty(document.ExclusiveBranches);
        Assert.True(Compare(document) > 0);
    }

    [Fact]
    public void TheIndexAnswersWhatEveryGroupAnswersOnEveryCorpusTemplate()
    {
        int templates = 0, pairs = 0;
        foreach (var file in RepositoryFiles.CorpusTemplates())
        {
            var kind = TemplateKinds.FromPath(file)!.Value;
            var text = File.ReadAllText(file);
            if (kind == TemplateKind.Html || (text.IndexOf("else", StringComparison.Ordinal) < 0 && text.IndexOf("switch", StringComparison.Ordinal) < 0))
            {
                continue;
            }

            var document = TemplateDocument.Parse(file, text, kind);
            if (document.ExclusiveBranches.Count > 0)
            {
                templates++;
                pairs += Compare(document);
            }
        }

        Assert.True(templates > 200 && pairs > 100_000, $"only {templates} templates with branches, {pairs} pairs compared");
    }

    /// <returns>How many pairs were compared.</returns>
    private static int Compare(TemplateDocument document)
    {
        var offsets = document.Tokens.Where(t => t.Kind == TokenKind.StartTag).Select(t => t.Start).Take(120).ToArray();
        var groups = document.ExclusiveBranches;

        // Asking every group, as AreExclusive did: the branch of each group that holds each offset.
        var branch = new int[groups.Count, offsets.Length];
        for (var g = 0; g < groups.Count; g++)
        {
            for (var i = 0; i < offsets.Length; i++)
            {
                branch[g, i] = -1;
                for (var k = 0; k < groups[g].Count; k++)
                {
                    if (groups[g][k].Contains(offsets[i]))
                    {
                        branch[g, i] = k;
                    }
                }
            }
        }

        for (var i = 0; i < offsets.Length; i++)
        {
            for (var j = 0; j < offsets.Length; j++)
            {
                var expected = false;
                for (var g = 0; g < groups.Count && !expected; g++)
                {
                    expected = branch[g, i] >= 0 && branch[g, j] >= 0 && branch[g, i] != branch[g, j];
                }

                Assert.True(expected == document.AreExclusive(offsets[i], offsets[j]), $"{document.Path}: offsets {offsets[i]} and {offsets[j]}: every group says {expected}");
            }
        }

        return offsets.Length * offsets.Length;
    }
}
