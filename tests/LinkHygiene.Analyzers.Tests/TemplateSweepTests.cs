using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>
/// The compiler asks for additional files one after another on one thread; in a build sweep the files ahead are
/// analysed on other threads. Every file is analysed exactly once, outcomes are the file's own, an editor's single
/// request analyses nothing else, and a failure ahead surfaces for its own file.
/// </summary>
public class TemplateSweepTests
{
    private static ImmutableArray<AdditionalText> Files(int count) =>
        Enumerable.Range(0, count).Select(i => (AdditionalText)new Text($"/site/Pages/P{i}.cshtml")).ToImmutableArray();

    [Fact]
    public void ASweepAnalysesEveryFileOnceAheadOnOtherThreadsWithItsOwnOutcome()
    {
        var files = Files(200);
        var calls = new ConcurrentDictionary<string, int>();
        var threads = new ConcurrentDictionary<int, bool>();
        var sweep = new TemplateSweep<string>(files, _ => true, file =>
        {
            calls.AddOrUpdate(file.Path, 1, (_, n) => n + 1);
            threads[Environment.CurrentManagedThreadId] = true;
            Thread.Sleep(2);
            return "outcome of " + file.Path;
        }, workers: 2, CancellationToken.None);

        foreach (var file in files)
        {
            Assert.Equal("outcome of " + file.Path, sweep.Get(file));
        }

        Assert.Equal(files.Length, calls.Count);
        Assert.All(calls, c => Assert.Equal(1, c.Value));
        Assert.True(sweep.AnalysedAhead > 0, "nothing was analysed ahead");
        Assert.True(threads.Count > 1, "everything ran on one thread");
    }

    [Fact]
    public void AnEditorAskingForOneFileAnalysesOnlyThatFile()
    {
        var files = Files(50);
        var calls = 0;
        var sweep = new TemplateSweep<string>(files, _ => true, file =>
        {
            Interlocked.Increment(ref calls);
            return file.Path;
        }, workers: 2, CancellationToken.None);

        Assert.Equal(files[17].Path, sweep.Get(files[17]));
        Thread.Sleep(50);
        Assert.Equal(1, calls);
        Assert.Equal(0, sweep.AnalysedAhead);
    }

    [Fact]
    public void FilesNotWantedAheadAreAnalysedWhenAskedFor()
    {
        var files = Files(40);
        var sweep = new TemplateSweep<string>(files, file => !file.Path.EndsWith("7.cshtml", StringComparison.Ordinal), file => file.Path, workers: 2, CancellationToken.None);
        foreach (var file in files)
        {
            Assert.Equal(file.Path, sweep.Get(file));
        }
    }

    [Fact]
    public void AFailureAheadSurfacesForItsOwnFile()
    {
        var files = Files(60);
        var sweep = new TemplateSweep<string>(files, _ => true, file =>
        {
            Thread.Sleep(1);
            return file.Path.EndsWith("P40.cshtml", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : file.Path;
        }, workers: 2, CancellationToken.None);

        for (var i = 0; i < files.Length; i++)
        {
            if (i == 40)
            {
                Assert.Throws<InvalidOperationException>(() => sweep.Get(files[i]));
            }
            else
            {
                Assert.Equal(files[i].Path, sweep.Get(files[i]));
            }
        }
    }

    [Fact]
    public void AnUnknownFileIsAnalysedOnTheSpot()
    {
        var sweep = new TemplateSweep<string>(Files(3), _ => true, file => "here " + file.Path, workers: 2, CancellationToken.None);
        Assert.Equal("here /elsewhere.cshtml", sweep.Get(new Text("/elsewhere.cshtml")));
    }

    private sealed class Text : AdditionalText
    {
        public Text(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(string.Empty);
    }
}
