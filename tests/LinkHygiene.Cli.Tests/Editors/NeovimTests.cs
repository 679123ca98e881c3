using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LinkHygiene.Cli.Tests.Infrastructure;

namespace LinkHygiene.Cli.Tests.Editors;

/// <summary>
/// The Neovim snippet of docs/editors.md, run as written: a headless Neovim whose whole configuration is that block,
/// with `linkhygiene` on PATH as `dotnet tool install -g` would put it, opens the sample's blog post and must show the
/// tool's findings, and a quick fix asked for through Neovim's LSP client must edit the file as the tool's fix does.
/// Needs `nvim` (Debian's neovim, 0.7.2; .ci/run installs it).
/// </summary>
public sealed class NeovimTests
{
    private const string Page = "Pages/Blog/Post.cshtml";

    [Fact]
    public async System.Threading.Tasks.Task TheDocumentedSnippetShowsTheToolsFindingsAndAppliesItsFixes()
    {
        var nvim = FindOnPath("nvim") ?? InstallNeovim()
            ?? throw new InvalidOperationException("nvim is not on PATH and could not be installed: install Debian's neovim (apt-get install neovim), as .ci/run does");
        using var site = new TempFolder();
        site.CopyFrom(RepositoryFiles.PathOf("samples", "RazorPagesSample"));
        var bin = Directory.CreateDirectory(site.Full(".bin")).FullName;
        var shim = Path.Combine(bin, "linkhygiene");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Tool.Assembly}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var init = site.Write(".nvim/init.lua", DocumentedSnippet());

        var expected = Findings(Tool.Run(site.Path, Page, "--format", "json", "--fail-on", "none"));
        Assert.Contains(expected, f => f.Id == "LH030"); // the site index is part of what the editor must show
        var fixable = expected.First(f => f.Id == "LH001");

        var output = site.Full(".nvim/out.json");
        var start = new ProcessStartInfo(nvim)
        {
            WorkingDirectory = site.Path,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless", "-n", "-i", "NONE", "-u", init, Page, "-c", "luafile " + RepositoryFiles.PathOf("tests", "LinkHygiene.Cli.Tests", "Editors", "neovim-probe.lua") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["XDG_CONFIG_HOME"] = site.Full(".nvim");
        start.Environment["XDG_DATA_HOME"] = site.Full(".nvim");
        start.Environment["XDG_STATE_HOME"] = site.Full(".nvim");
        start.Environment["LH_OUT"] = output;
        start.Environment["LH_EXPECTED"] = expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["LH_FIX"] = "LH001";
        using (var process = Process.Start(start)!)
        {
            var log = process.StandardError.ReadToEndAsync();
            var screen = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(90_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("headless Neovim did not finish in 90 s");
            }

            await System.Threading.Tasks.Task.WhenAll(log, screen);
            Assert.True(File.Exists(output), $"Neovim wrote no result (exit {process.ExitCode}): {await log}");
        }

        var result = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.True(result["settled"]!.GetValue<bool>(), "Neovim did not get as many diagnostics as the tool reports within 30 s");
        var shown = result["diagnostics"]!.AsArray()
            .Select(d => new Finding(
                d!["code"]!.GetValue<string>(),
                d["range"]!["start"]!["line"]!.GetValue<int>() + 1,
                d["range"]!["start"]!["character"]!.GetValue<int>() + 1,
                d["severity"]!.GetValue<int>() switch { 1 => "error", 2 => "warning", 3 => "suggestion", _ => "hint" },
                d["message"]!.GetValue<string>()))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, shown);

        // The quick fix: the file Neovim saved is the original with exactly the tool's fix for that one finding.
        Assert.NotNull(result["fixed"]);
        var after = Findings(Tool.Run(site.Path, Page, "--format", "json", "--fail-on", "none"));
        Assert.Equal(expected.Where(f => f != fixable), after);
        var original = File.ReadAllLines(RepositoryFiles.PathOf("samples", "RazorPagesSample", Page));
        var saved = File.ReadAllLines(site.Full(Page));
        Assert.Equal(original.Length, saved.Length);
        var changed = Enumerable.Range(0, original.Length).Where(i => original[i] != saved[i]).ToList();
        Assert.Equal(new[] { fixable.Line - 1 }, changed);
        Assert.Contains("rel=\"ugc\"", saved[fixable.Line - 1], StringComparison.Ordinal);
    }

    /// <summary>The Lua block that docs/editors.md marks as tested.</summary>
    private static string DocumentedSnippet()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "editors.md"));
        var match = Regex.Match(doc, @"<!-- tested: NeovimTests[^>]*-->\s*```lua\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/editors.md has no Lua block marked '<!-- tested: NeovimTests ... -->'");
        return match.Groups["code"].Value;
    }

    private static System.Collections.Generic.List<Finding> Findings(ToolRun run)
    {
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        return JsonNode.Parse(run.Output)!["findings"]!.AsArray()
            .Select(f => new Finding(
                f!["id"]!.GetValue<string>(),
                f["line"]!.GetValue<int>(),
                f["column"]!.GetValue<int>(),
                f["severity"]!.GetValue<string>(),
                f["message"]!.GetValue<string>()))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Installs Debian's neovim when it is missing, as the VS Code test installs Chromium, so that `dotnet test` alone runs
    /// every test on a fresh Debian machine (as root, or with sudo that needs no password). Null when that is not possible.
    /// </summary>
    private static string? InstallNeovim()
    {
        if (FindOnPath("apt-get") is null)
        {
            return null;
        }

        var root = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var command = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim";
        var start = new ProcessStartInfo(root ? "bash" : "sudo") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in root ? new[] { "-c", command } : new[] { "-n", "bash", "-c", command })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(600_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no sudo
        }

        return FindOnPath("nvim");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private sealed record Finding(string Id, int Line, int Column, string Severity, string Message);
}
