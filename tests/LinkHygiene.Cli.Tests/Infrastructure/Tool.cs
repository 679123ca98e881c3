using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace LinkHygiene.Cli.Tests.Infrastructure;

/// <summary>What a run of the tool printed and returned.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the built command-line tool as a separate process, as a shell would.</summary>
public static class Tool
{
    /// <summary>The tool's entry assembly, built beside the tests.</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "linkhygiene.dll");

    public static ToolRun Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    public static ToolRun Run(string workingDirectory, IDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("NO_COLOR");
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"linkhygiene {string.Join(' ', arguments)} did not finish in 2 minutes");
        }

        Task.WaitAll(output, error);
        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A temporary folder of files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lh-cli-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    public string Write(string relative, string text, Encoding? encoding = null) =>
        WriteBytes(relative, (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(text)).ToArray());

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Full(string relative) => System.IO.Path.Combine(Path, relative);

    public byte[] Read(string relative) => File.ReadAllBytes(Full(relative));

    /// <summary>Copies a folder tree into this folder.</summary>
    public void CopyFrom(string source, string relative = "")
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, relative, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Files of the repository the tests were built from (docs, samples) and the shared test corpus beside it.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = System.IO.Path.GetFullPath(typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!);

    public static string PathOf(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    /// <summary>The real-template corpus (../shared/corpus from the repository root).</summary>
    public static string Corpus => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "corpus"));
}
