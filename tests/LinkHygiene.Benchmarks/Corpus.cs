using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using LinkHygiene.Engine;

namespace LinkHygiene.Benchmarks;

/// <summary>The templates benchmarked: the samples, what `dotnet new webapp|mvc|blazor` generates, and synthetic pages (tests/Shared/SyntheticTemplates.cs).</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Path, string Text)>> Files = new(Load);

    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Corpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    public static IReadOnlyList<(string Name, string Path, string Text)> All => Files.Value;

    /// <summary>The real-template corpus, ../shared/corpus beside the repository (6,147 templates of seven public projects).</summary>
    public static IReadOnlyList<(string Name, string Path, string Text)> Shared => SharedFiles.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, string Path, string Text)>> SharedFiles =
        new(() => Templates(Path.Combine(RepositoryRoot, "..", "shared", "corpus")));

    /// <summary>Every template under a folder (any code base: `prof templates:<folder>`), named from the folder, in order.</summary>
    public static IReadOnlyList<(string Name, string Path, string Text)> Templates(string folder)
    {
        var root = Path.GetFullPath(folder);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(LinkHygieneEngine.IsTemplate)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), f, File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>A realistic Razor page of about <paramref name="kilobytes"/> KB.</summary>
    public static string LargePage(int kilobytes) => LinkHygiene.Testing.SyntheticTemplates.Page(kilobytes * 1024);

    private static IReadOnlyList<(string Name, string Path, string Text)> Load()
    {
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), "*", SearchOption.AllDirectories));
        var generated = Path.Combine(Path.GetTempPath(), "linkhygiene-bench-templates");
        foreach (var template in new[] { "webapp", "mvc", "blazor" })
        {
            var output = Path.Combine(generated, template);
            if (!Directory.Exists(output))
            {
                using var process = Process.Start(new ProcessStartInfo("dotnet", $"new {template} -o \"{output}\" --no-restore") { RedirectStandardOutput = true })!;
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            }

            files.AddRange(Directory.GetFiles(output, "*", SearchOption.AllDirectories));
        }

        return files
            .Where(LinkHygieneEngine.IsTemplate)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(f.StartsWith(generated, StringComparison.Ordinal) ? generated : RepositoryRoot, f), f, File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
