using System.IO;
using System.Reflection;

namespace LinkHygiene.Cli;

/// <summary>The rule documentation pages (docs/rules/LHxxx.md), embedded in the tool so help works offline.</summary>
internal static class RuleDocs
{
    /// <summary>The Markdown page of a rule, or null when there is none.</summary>
    public static string? Get(string id)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("docs/rules/" + id.ToUpperInvariant() + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
