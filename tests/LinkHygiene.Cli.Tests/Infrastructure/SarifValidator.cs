using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Json.Schema;

namespace LinkHygiene.Cli.Tests.Infrastructure;

/// <summary>
/// Validates SARIF files the way the SARIF standard's owners do: against the official sarif-2.1.0.json schema, and with
/// Microsoft's SARIF Multitool (its SARIF rules and its GitHub code scanning ingestion rules). Both come from the npm
/// package @microsoft/sarif-multitool-linux, installed once per machine from the pinned package-lock.json.
/// </summary>
public sealed class SarifValidator
{
    private static readonly Lazy<SarifValidator> Shared = new(() => new SarifValidator(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly JsonSchema _schema;
    private readonly string _multitool;

    private SarifValidator()
    {
        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "linkhygiene-tests", "sarif-multitool-5.7.0");
        var package = Path.Combine(home, "node_modules", "@microsoft", "sarif-multitool-linux");
        _multitool = Path.Combine(package, "Sarif.Multitool");
        if (!File.Exists(_multitool))
        {
            Directory.CreateDirectory(home);
            foreach (var file in new[] { "package.json", "package-lock.json" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Sarif", file), Path.Combine(home, file), overwrite: true);
            }

            // Its install script only marks the validator executable; npm may skip it, so do that here.
            var (exit, output) = Run("npm", home, "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            if (exit != 0 || !File.Exists(_multitool))
            {
                throw new InvalidOperationException($"npm ci of @microsoft/sarif-multitool-linux failed ({exit}):\n{output}");
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_multitool, File.GetUnixFileMode(_multitool) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        _schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(package, "sarif-2.1.0.json")));
    }

    public static SarifValidator Instance => Shared.Value;

    /// <summary>Every problem found: schema violations, and the Multitool's errors and warnings.</summary>
    public IReadOnlyList<string> Validate(string sarifPath)
    {
        var problems = new List<string>();
        var evaluation = _schema.Evaluate(JsonNode.Parse(File.ReadAllText(sarifPath)), new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        if (!evaluation.IsValid)
        {
            problems.AddRange(evaluation.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"schema: {d.InstanceLocation}: {e.Key}: {e.Value}")));
        }

        var log = Path.Combine(Path.GetTempPath(), $"lh-sarif-validation-{Guid.NewGuid():N}.sarif");
        try
        {
            var (exit, output) = Run(_multitool, Path.GetDirectoryName(sarifPath)!, "validate", sarifPath, "--rule-kind", "Sarif;Gh", "--level", "Error;Warning", "--output", log, "--log", "ForceOverwrite");
            if (exit != 0 || !File.Exists(log))
            {
                problems.Add($"multitool: exit {exit}: {output}");
                return problems;
            }

            using var results = JsonDocument.Parse(File.ReadAllText(log));
            foreach (var run in results.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.TryGetProperty("results", out var found))
                {
                    foreach (var result in found.EnumerateArray())
                    {
                        var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                        if (level is "error" or "warning")
                        {
                            problems.Add($"multitool: {result.GetProperty("ruleId").GetString()}: {result.GetProperty("message").ToString()}");
                        }
                    }
                }

                foreach (var invocation in run.GetProperty("invocations").EnumerateArray())
                {
                    foreach (var kind in new[] { "toolExecutionNotifications", "toolConfigurationNotifications" })
                    {
                        if (invocation.TryGetProperty(kind, out var notifications))
                        {
                            problems.AddRange(notifications.EnumerateArray()
                                .Where(n => n.TryGetProperty("level", out var nl) && nl.GetString() == "error")
                                .Select(n => $"multitool {kind}: {n.GetProperty("message")}"));
                        }
                    }
                }
            }
        }
        finally
        {
            File.Delete(log);
        }

        return problems;
    }

    private static (int Exit, string Output) Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
