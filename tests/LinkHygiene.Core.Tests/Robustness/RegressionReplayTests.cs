using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Robustness;

/// <summary>
/// Every case the fuzzer (build/fuzz.sh) or a property ever broke on, saved in Robustness/Regressions with a note of
/// what went wrong, is replayed here: the engine and the fixer finish, stay in bounds and never ask to be reported, and
/// the engine reads each the same with and without the DOM.
/// </summary>
public class RegressionReplayTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(RepositoryFiles.PathOf("tests", "LinkHygiene.Core.Tests", "Robustness", "Regressions"))
            .Where(f => !f.EndsWith(".why.txt", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SavedCaseRunsCleanly(string name)
    {
        var file = RepositoryFiles.PathOf("tests", "LinkHygiene.Core.Tests", "Robustness", "Regressions", name);
        Assert.True(File.Exists(file + ".why.txt"), $"{name} has no note saying what went wrong");
        var bytes = File.ReadAllBytes(file);
        var text = name.StartsWith("bytes-", StringComparison.Ordinal) ? (TemplateEncoding.Decode(bytes)?.Text ?? string.Empty) : File.ReadAllText(file);
        var run = Task.Run(() =>
        {
            EnginePropertyTests.Check(name, text);
            Assert.Null(ReadingEquivalence.AnyDifference(name, text));
            Assert.Null(CarriedEdits.AnyDifference(name, text, LinkHygieneEngine.Analyze(name, text, DictionaryOptionSource.Empty), out _));
            TemplateFixer.FixBytes(name, bytes, DictionaryOptionSource.Empty);
            var once = TemplateFixer.Fix(name, text, DictionaryOptionSource.Empty);
            Assert.Equal(once.Text, TemplateFixer.Fix(name, once.Text, DictionaryOptionSource.Empty).Text);
        });
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == run, $"{name}: no result after 30 s");
        await run;
    }
}
