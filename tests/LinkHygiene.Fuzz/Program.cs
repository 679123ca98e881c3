using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.Options;
using LinkHygiene.Tests.Infrastructure;
using LinkHygiene.Tests.Robustness;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Fuzz;

/// <summary>
/// dotnet run -c Release --project tests/LinkHygiene.Fuzz -- [cases=1000000] [seed]
/// Each case is one of: a generated template, a mutated real template (samples, documented examples and the shared
/// corpus), or random bytes; it goes through the engine (three template languages), the fixer (twice: idempotent) and
/// the decoders of the front ends. A crash, a hang (over 20 s) or a broken invariant saves the case as a regression.
/// </summary>
public static class Program
{
    private static readonly string[] Paths = { "page.html", "Pages/Index.cshtml", "Components/Page.razor" };
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static int Main(string[] args)
    {
        var cases = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var seed = args.Length > 1 ? ulong.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : (ulong)DateTime.UtcNow.Ticks;
        var regressions = RepositoryFiles.PathOf("tests", "LinkHygiene.Core.Tests", "Robustness", "Regressions");
        var corpus = LoadCorpusSeeds();
        Console.WriteLine($"fuzzing {cases:N0} cases, seed {seed}, {TemplateGenerators.Seeds.Count + corpus.Count} real templates to mutate, {Environment.ProcessorCount} threads");

        var clock = Stopwatch.StartNew();
        long done = 0, failures = 0;
        var saved = new ConcurrentDictionary<string, bool>();
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var pcg = new PCG((uint)worker, seed);
            while (true)
            {
                var n = Interlocked.Increment(ref done);
                if (n > cases)
                {
                    break;
                }

                var (path, text, bytes) = NextCase(pcg, corpus);
                var failure = Run(path, text, bytes);
                if (failure is not null)
                {
                    Interlocked.Increment(ref failures);
                    var name = Save(regressions, path, text, bytes, failure);
                    if (saved.TryAdd(name, true))
                    {
                        Console.WriteLine($"FAILURE saved as {name}: {failure}");
                    }
                }

                if (n % 100_000 == 0)
                {
                    Console.WriteLine($"  {n:N0} cases, {failures} failures, {clock.Elapsed.TotalSeconds:F0} s ({n / clock.Elapsed.TotalSeconds:N0} cases/s)");
                }
            }
        });

        Console.WriteLine($"{Math.Min(done, cases):N0} cases in {clock.Elapsed.TotalSeconds:F1} s, {failures} failures ({Interlocked.Read(ref carriedEdits):N0} edits carried and compared with an analysis)");
        return failures == 0 ? 0 : 1;
    }

    private static (string Path, string Text, byte[]? Bytes) NextCase(PCG pcg, List<(string, string)> corpus)
    {
        switch (pcg.Next(10))
        {
            case 0:
            {
                var bytes = new byte[pcg.Next(600)];
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)pcg.Next(256);
                }

                return (Paths[pcg.Next(3)], string.Empty, bytes);
            }

            case 1:
            case 2:
            case 3:
                return (Paths[pcg.Next(3)], TemplateGenerators.Template.Generate(pcg, null, out _), null);
            case 4:
            case 5:
            {
                var (path, text) = corpus[(int)pcg.Next((uint)corpus.Count)];
                return (path, Mutate(pcg, text), null);
            }

            default:
            {
                var (path, text) = TemplateGenerators.Mutated.Generate(pcg, null, out _);
                return (path, text, null);
            }
        }
    }

    private static string Mutate(PCG pcg, string text)
    {
        var edits = 1 + (int)pcg.Next(5);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var a = (int)pcg.Next((uint)text.Length + 1);
            var b = (int)pcg.Next((uint)text.Length + 1);
            var (start, end) = (Math.Min(a, b), Math.Max(a, b));
            text = pcg.Next(4) switch
            {
                0 => text.Remove(start, end - start),
                1 => text.Insert(start, text.Substring(start, Math.Min(end - start, 4096))),
                2 => text.Substring(0, start),
                _ => text.Insert(start, ((char)pcg.Next(0x3000)).ToString()),
            };
        }

        return text;
    }

    /// <summary>Runs one case; returns what went wrong, or null.</summary>
    private static string? Run(string path, string text, byte[]? bytes)
    {
        var work = Task.Run(() => Check(path, text, bytes));
        try
        {
            if (!work.Wait(Deadline))
            {
                return $"no result after {Deadline.TotalSeconds} s";
            }

            return work.Result;
        }
        catch (AggregateException e)
        {
            return $"{e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
        }
    }

    private static string? Check(string path, string text, byte[]? bytes)
    {
        if (bytes is not null)
        {
            // The decoders of the task and tool (as the compiler decodes, and straight into a string where that gives the
            // same), and of the fixer (exact round trip).
            string? decoded;
            try
            {
                text = TemplateFile.Decode(bytes).ToString();
            }
            catch (InvalidDataException)
            {
                text = string.Empty;
            }

            try
            {
                decoded = TemplateFile.DecodeText(bytes);
            }
            catch (InvalidDataException)
            {
                decoded = string.Empty;
            }

            if (decoded != text)
            {
                return "DecodeText read other text than the compiler's decoding";
            }

            var (fixedBytes, applied) = TemplateFixer.FixBytes(path, bytes, DictionaryOptionSource.Empty);
            if (applied == 0 && !ReferenceEquals(fixedBytes, bytes))
            {
                return "FixBytes changed bytes it did not fix";
            }
        }

        var result = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty);
        if (ReadingEquivalence.AnyDifference(path, text) is { } difference)
        {
            return "reading without the DOM changed something: " + difference;
        }

        foreach (var finding in result.Findings)
        {
            if (finding.Span.Start < 0 || finding.Span.End > text.Length || finding.Span.Start > finding.Span.End)
            {
                return $"{finding.Id} span {finding.Span.Start}..{finding.Span.End} outside 0..{text.Length}";
            }

            // (an engine failure, LH901's "... failed (...); please report this"; not a page's own words quoted in a message:
            // an href reading "https://dplease report them on our ..." was taken for one)
            if (finding.Id == RuleIds.UnanalyzableTemplate && finding.Message.EndsWith("please report this", StringComparison.Ordinal))
            {
                return finding.Message;
            }
        }

        if (CarriedEdits.AnyDifference(path, text, result, out var carried) is { } carriedDifference)
        {
            return carriedDifference;
        }

        if (carried > 0)
        {
            Interlocked.Add(ref carriedEdits, carried);
        }

        var once = TemplateFixer.Fix(path, text, DictionaryOptionSource.Empty);
        var twice = TemplateFixer.Fix(path, once.Text, DictionaryOptionSource.Empty);
        return once.Text == twice.Text ? null : "fixing twice changed the text again";
    }

    private static long carriedEdits;

    private static string Save(string folder, string path, string text, byte[]? bytes, string failure)
    {
        Directory.CreateDirectory(folder);
        var content = bytes ?? new UTF8Encoding(false).GetBytes(text);
        var hash = Convert.ToHexString(SHA256.HashData(content)).Substring(0, 12).ToLowerInvariant();
        var extension = Path.GetExtension(path);
        var name = $"{(bytes is null ? "text" : "bytes")}-{hash}{extension}";
        File.WriteAllBytes(Path.Combine(folder, name), content);
        File.WriteAllText(Path.Combine(folder, name + ".why.txt"), failure + Environment.NewLine);
        return name;
    }

    private static List<(string, string)> LoadCorpusSeeds()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "corpus"));
        var seeds = new List<(string, string)>(TemplateGenerators.Seeds);
        if (Directory.Exists(corpus))
        {
            foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(LinkHygieneEngine.IsTemplate))
            {
                var text = File.ReadAllText(file);
                if (text.Length < 64 * 1024)
                {
                    seeds.Add((file, text));
                }
            }
        }

        return seeds;
    }
}
