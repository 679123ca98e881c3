using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using LinkHygiene.Engine;

namespace LinkHygiene.Benchmarks;

/// <summary>The templates benchmarked: the samples, what `dotnet new webapp|mvc|blazor` generates, and a synthetic large page.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Path, string Text)>> Files = new(Load);

    public static string RepositoryRoot { get; } = Path.GetFullPath(typeof(Corpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    public static IReadOnlyList<(string Name, string Path, string Text)> All => Files.Value;

    /// <summary>A realistic Razor page of about <paramref name="kilobytes"/> KB: cards, a comment thread, a sponsored block.</summary>
    public static string LargePage(int kilobytes)
    {
        var builder = new StringBuilder("@page\n@model BlogModel\n@{ ViewData[\"Title\"] = \"Archive\"; }\n<html lang=\"en\"><body>\n");
        var i = 0;
        while (builder.Length < kilobytes * 1024)
        {
            builder.Append("<article class=\"card\">\n  <h2><a href=\"/posts/").Append(i).Append("\">Post number ").Append(i).Append("</a></h2>\n")
                .Append("  <p>Lorem ipsum dolor sit amet, <strong>consectetur</strong> adipiscing elit. @Model.Summaries[").Append(i).Append("]</p>\n")
                .Append("  <a href=\"/posts/").Append(i).Append("\">Read more</a>\n")
                .Append("  <div class=\"comments\">@foreach (var c in Model.Comments[").Append(i).Append("]) { <p class=\"comment\"><a href=\"@c.Url\" rel=\"ugc\">@c.Name</a> @c.Text</p> }</div>\n")
                .Append("  <aside class=\"sponsored\"><a href=\"https://partner.example/?p=").Append(i).Append("\" rel=\"sponsored\">Partner offer</a></aside>\n")
                .Append("</article>\n");
            i++;
        }

        return builder.Append("</body></html>\n").ToString();
    }

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
