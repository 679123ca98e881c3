using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Benchmarks;

/// <summary>
/// `lsp-latency`: the language server's edit path, end to end as an editor sees it: the real `linkhygiene lsp`
/// process over stdio, one character typed into a realistic page, until that version's diagnostics arrive.
/// Edits are spaced so that each is analysed on its own (what a pause in typing costs, not a coalesced burst).
/// Each page is typed into in two places: page text between two elements (line 4, column 0), which no rule reads and
/// the server carries its findings through (EditedAnalysis), and a link's text, which LH010 and LH013 read and the
/// server analyses again whole.
/// </summary>
public static class LspLatency
{
    /// <param name="edits">Edits timed on each page.</param>
    /// <param name="sizes">The pages' sizes in KB (10, 100 and 500 unless given).</param>
    /// <param name="server">The server's executable (the native tool); the framework-dependent tool built beside this program unless given.</param>
    public static void Run(int edits, int[]? sizes = null, string? server = null)
    {
        foreach (var kilobytes in sizes ?? new[] { 10, 100, 500 })
        {
            foreach (var where in new[] { "page text", "a link's text" })
            {
                Run(edits, kilobytes, where, server);
            }
        }
    }

    private static void Run(int edits, int kilobytes, string where, string? server)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lh-lsp-latency-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "Pages"));
        var path = Path.Combine(folder, "Pages", "Page.cshtml");
        var text = Testing.SyntheticTemplates.Page(kilobytes * 1024);
        File.WriteAllText(path, text);
        using (var client = LspClient.Initialized(folder, executable: server))
        {
            client.KeepsLatestPublicationsOnly = true;
            client.Open(path, text);
            client.WaitForDiagnostics(path, 1, 120_000);
            // Line 4 starts the first <article>; line 5 is its heading's link, "Post number 0".
            var (line, character) = where == "page text" ? (4, 0) : (5, text.Split('\n')[5].IndexOf("Post number", StringComparison.Ordinal) + 4);
            // The first edits run while the server's and this client's code is still being compiled to its
            // final tier: an editor session is past that after a minute of typing. They are not counted.
            var warmUp = Math.Min(100, edits);
            var latencies = new double[edits];
            for (var i = 0; i < warmUp + edits; i++)
            {
                var version = i + 2;
                var watch = Stopwatch.StartNew();
                client.Change(path, version, line, character, line, character, i % 2 == 0 ? " " : "x");
                client.WaitForDiagnostics(path, version, 120_000);
                if (i >= warmUp)
                {
                    latencies[i - warmUp] = watch.Elapsed.TotalMilliseconds;
                }

                System.Threading.Thread.Sleep(5);
            }

            Array.Sort(latencies);
            var diagnostics = client.Publications(path)[^1].Diagnostics.Count;
            Console.WriteLine($"lsp edit -> diagnostics, {kilobytes,3} KB page ({diagnostics} diagnostics), {edits} edits in {where}: p50 {latencies[edits / 2]:F1} ms, p95 {latencies[(int)(edits * 0.95)]:F1} ms, max {latencies[^1]:F1} ms");
            client.ShutDown();
        }

        Directory.Delete(folder, recursive: true);
    }
}
