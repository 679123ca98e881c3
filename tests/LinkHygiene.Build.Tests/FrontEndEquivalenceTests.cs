using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Rules;
using LinkHygiene.Tests.Docs;

namespace LinkHygiene.Build.Tests;

/// <summary>The analyzer and the MSBuild task report the same IDs, positions, severities and messages for every documented example.</summary>
public class FrontEndEquivalenceTests
{
    public static IEnumerable<object[]> Examples() =>
        RuleCatalog.Descriptors.SelectMany(d => DocExample.Read(d.Id)).Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void DocExampleGivesTheSameResultsThroughBothFrontEnds(DocExample example)
    {
        using var scratch = new Scratch();
        var file = scratch.Write(example.File, example.Code);
        scratch.Write(".editorconfig", "root = true\n\n[*]\n" + string.Join("\n", example.Options.Select(o => o.Replace("=", " = ", System.StringComparison.Ordinal))) + "\n");

        var analyzer = FrontEnds.RunAnalyzer(scratch.Path, new[] { file });
        var (_, task, _) = FrontEnds.RunTask(scratch.Path, new[] { file });
        Assert.Equal(analyzer, task);
        Assert.Equal(example.Compliant, analyzer.Count == 0);
    }
}
