using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using LinkHygiene.IntegrationTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace LinkHygiene.IntegrationTests;

/// <summary>
/// The VS Code extension in a real VS Code: builds the .vsix from the current sources (build/vscode.sh) and runs
/// tests/e2e/vscode/run.sh, which installs code-server and Chromium on a new machine, installs the .vsix and checks
/// the Problems rows, hover, quick fixes, typing, closing and settings against the tool's own findings (see its
/// README). Screenshots, report.json and the logs are left in artifacts/e2e/vscode.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class EditorEndToEndTests
{
    private readonly ITestOutputHelper _output;

    public EditorEndToEndTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void VsCodeShowsAndFixesWhatTheToolReports()
    {
        var artifacts = Repository.PathOf("artifacts", "e2e", "vscode");
        Directory.CreateDirectory(artifacts);

        var package = RunScript(Repository.PathOf("build", "vscode.sh"), Repository.PathOf("artifacts", "e2e", "build-vscode.log"), TimeSpan.FromMinutes(15));
        Assert.True(package.Exit == 0, $"build/vscode.sh exited with {package.Exit}:\n{package.Tail}");
        Assert.True(File.Exists(Repository.PathOf("artifacts", "linkhygiene-vscode.vsix")), "build/vscode.sh made no artifacts/linkhygiene-vscode.vsix");

        var e2e = RunScript(Repository.PathOf("tests", "e2e", "vscode", "run.sh"), Repository.PathOf("artifacts", "e2e", "vscode-run.log"), TimeSpan.FromMinutes(30), artifacts);
        _output.WriteLine(e2e.Tail);
        Assert.True(e2e.Exit == 0, $"tests/e2e/vscode/run.sh exited with {e2e.Exit} (screenshots and logs in {artifacts}):\n{e2e.Tail}");
        Assert.Contains("VS Code end to end: passed", e2e.Tail, StringComparison.Ordinal);
        Assert.True(Directory.GetFiles(artifacts, "*.png").Length >= 10, $"expected the run's screenshots in {artifacts}");
    }

    private static (int Exit, string Tail) RunScript(string script, string log, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repository.Root,
            UseShellExecute = false,
        };
        // Output goes to a file, not a pipe: a lingering server process of the script cannot hold the test up.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$0\" \"$@\" >\"$LH_LOG\" 2>&1");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LH_LOG"] = log;
        DotNet.PrepareEnvironment(start); // the script runs dotnet publish
        using var process = Process.Start(start)!;
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in {timeout}; its output is in {log}");
        }

        var lines = File.Exists(log) ? File.ReadAllLines(log) : Array.Empty<string>();
        return (process.ExitCode, string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40))));
    }
}
