using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Benchmarks;

/// <summary>The language server's edit path: one character typed into an open page of the real server process, until that version's diagnostics arrive.</summary>
public class LspEditBenchmarks
{
    private string _folder = string.Empty;
    private string _path = string.Empty;
    private LspClient _client = null!;
    private int _version = 1;

    [Params(10, 500)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lh-lsp-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(_folder, "Pages"));
        _path = Path.Combine(_folder, "Pages", "Page.cshtml");
        var text = Testing.SyntheticTemplates.Page(Kilobytes * 1024);
        File.WriteAllText(_path, text);
        _client = LspClient.Initialized(_folder);
        _client.KeepsLatestPublicationsOnly = true;
        _client.Open(_path, text);
        _client.WaitForDiagnostics(_path, 1, 120_000);
    }

    [Benchmark]
    public int EditToDiagnostics()
    {
        _version++;
        _client.Change(_path, _version, 4, 0, 4, 0, _version % 2 == 0 ? " " : "x");
        return _client.WaitForDiagnostics(_path, _version, 120_000).Diagnostics.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.ShutDown();
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
