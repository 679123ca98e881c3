using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace LinkHygiene.IntegrationTests.Infrastructure;

/// <summary>A diagnostic line from a build log: file(line,col): severity ID: message.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string? End = null)
{
    public override string ToString() => $"{File}({Line},{Column}{(End is null ? string.Empty : "," + End)}): {Severity} {Id}";
}

public sealed record BuildResult(int ExitCode, string Log, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>Diagnostics of LinkHygiene rules only.</summary>
    public IReadOnlyList<BuildDiagnostic> LinkHygiene => Diagnostics.Where(d => d.Id.StartsWith("LH", StringComparison.Ordinal)).ToList();

    /// <summary>Fails when the analyzer was not loaded or crashed: these only warn, they never fail a build.</summary>
    public void AssertAnalyzerHealthy()
    {
        foreach (var id in new[] { "AD0001", "CS9057", "CS8032", "CS8784", "CS8785" })
        {
            Assert.False(Log.Contains(id, StringComparison.Ordinal), $"{id} in build output:\n{Log}");
        }
    }
}

/// <summary>Runs the dotnet CLI. Output goes to a log file, not a pipe, so a lingering compiler server cannot hold the test up.</summary>
public static class DotNet
{
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?<file>[^\s(][^(\r\n]*?)\((?<line>\d+),(?<col>\d+)(?:,(?<end>\d+,\d+))?\): (?<sev>warning|error|info) (?<id>[A-Z]+[0-9]+): (?<msg>.*?)(?: \[[^\]]+\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static BuildResult Build(string projectOrDirectory, string workingDirectory, params string[] arguments) =>
        Build(projectOrDirectory, workingDirectory, "minimal", arguments);

    /// <summary>Builds with a normal-verbosity log (to see which targets ran or were skipped).</summary>
    public static BuildResult BuildVerbose(string projectOrDirectory, string workingDirectory, params string[] arguments) =>
        Build(projectOrDirectory, workingDirectory, "normal", arguments);

    private static BuildResult Build(string projectOrDirectory, string workingDirectory, string verbosity, string[] arguments)
    {
        var log = Path.Combine(Path.GetTempPath(), $"lh-build-{Guid.NewGuid():N}.log");
        var all = new List<string> { "build", projectOrDirectory, "-nologo", "-nodeReuse:false", "-noConsoleLogger", $"-flp:logfile={log};verbosity={verbosity}" };
        all.AddRange(arguments);
        var exit = Run(workingDirectory, TimeSpan.FromMinutes(5), all.ToArray());
        var text = File.Exists(log) ? File.ReadAllText(log) : string.Empty;
        File.Delete(log);
        return new BuildResult(exit, text, ParseDiagnostics(text, workingDirectory));
    }

    public static int Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(workingDirectory, timeout, new Dictionary<string, string>(), arguments);

    /// <summary>A dotnet command with these variables added to its environment.</summary>
    public static int Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {timeout}");
        }

        return process.ExitCode;
    }

    /// <summary>The environment of a nested dotnet command (or a script that runs one): quiet, no lingering build nodes.</summary>
    public static void PrepareEnvironment(ProcessStartInfo start)
    {
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // The test host's own MSBuild settings must not leak into the nested build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
    }

    public static IReadOnlyList<BuildDiagnostic> ParseDiagnostics(string log, string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<BuildDiagnostic>();
        foreach (Match match in DiagnosticLine.Matches(log))
        {
            var file = match.Groups["file"].Value.Trim();
            if (Path.IsPathRooted(file))
            {
                file = Path.GetRelativePath(root, file);
            }

            var diagnostic = new BuildDiagnostic(
                file.Replace('\\', '/'),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["sev"].Value,
                match.Groups["id"].Value,
                match.Groups["msg"].Value,
                match.Groups["end"].Success ? match.Groups["end"].Value : null);
            if (seen.Add(diagnostic.ToString() + diagnostic.Message))
            {
                result.Add(diagnostic);
            }
        }

        return result.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
    }
}

/// <summary>Real builds run one at a time; the package is packed once for all of them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "dotnet build";
}
