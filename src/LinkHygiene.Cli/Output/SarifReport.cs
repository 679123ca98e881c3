using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinkHygiene.Diagnostics;
using LinkHygiene.Rules;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; every rule with its
/// descriptions, help page and default level; results with repository-relative URIs under the SRCROOT base id,
/// 1-based regions in UTF-16 columns, fingerprints that do not depend on line numbers, and the engine's fixes.
/// </summary>
internal static class SarifReport
{
    public const string SourceRoot = "SRCROOT";
    private const string FingerprintKey = "linkHygiene/v1";

    public static void Write(CheckReport report, Stream output)
    {
        var rules = RuleCatalog.Descriptors;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "LinkHygiene");
        json.WriteString("fullName", "LinkHygiene link checker for Razor, Blazor and HTML templates");
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
            json.FlushWhenFull(); // each with its help page: more than 100 KB in all
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Unreadable.Count == 0);
        if (report.Unreadable.Count > 0)
        {
            // (a folder that could not be read: the run failed, code review 119)
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var unreadable in report.Unreadable)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", $"'{unreadable.Path}' cannot be read, so its templates were not checked: {unreadable.Reason}");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("workingDirectory");
        json.WriteString("uri", DirectoryUri(report.CurrentDirectory));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", DirectoryUri(report.RepositoryRoot));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            var uri = RelativeUri(report.RepositoryPath(file.Path));
            var lineHashes = LineHashes(file.Path);
            var fingerprints = new Fingerprints(uri);
            foreach (var reported in file.Findings)
            {
                WriteResult(json, reported, uri, ruleIndex[reported.Finding.Id], lineHashes, fingerprints);
                json.FlushWhenFull();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleIds.NameOf(rule.Id));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description} See {rule.HelpLink}");
        var page = RuleDocs.Get(rule.Id);
        if (page is not null)
        {
            json.WriteString("markdown", page);
        }

        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SeverityWords.SarifLevel(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("links");
        json.WriteStringValue(rule.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedFinding reported, string uri, int ruleIndex, IReadOnlyList<string>? lineHashes, Fingerprints fingerprints)
    {
        var f = reported.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", f.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SeverityWords.SarifLevel(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", f.Start.Line + 1);
        json.WriteNumber("startColumn", f.Start.Character + 1);
        json.WriteNumber("endLine", f.End.Line + 1);
        json.WriteNumber("endColumn", f.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        if (lineHashes is not null && f.Start.Line < lineHashes.Count && lineHashes[f.Start.Line].Length > 0)
        {
            json.WriteString("primaryLocationLineHash", lineHashes[f.Start.Line]);
        }

        json.WriteString(FingerprintKey, fingerprints.Next(reported));
        json.WriteEndObject();

        if (f.Fix is { } fix && reported.FixEdits.Count > 0)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, uri);
            json.WriteStartArray("replacements");
            foreach (var edit in reported.FixEdits)
            {
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("startLine", edit.Start.Line + 1);
                json.WriteNumber("startColumn", edit.Start.Character + 1);
                json.WriteNumber("endLine", edit.End.Line + 1);
                json.WriteNumber("endColumn", edit.End.Character + 1);
                json.WriteEndObject();
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.Edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
    }

    /// <summary>
    /// Identifies each finding of a file without its line number: rule, file, the finding's source line with white space
    /// removed, its message, and how many identical ones came before it in the file. Moving lines keeps it; editing the
    /// line changes it. Each line is compacted, and each distinct identity hashed, once: a minified page's findings all
    /// share one long line, which was compacted and hashed again for each.
    /// </summary>
    private sealed class Fingerprints
    {
        private readonly string _uri;
        private readonly Dictionary<string, string> _compactByLine = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> _compactLines = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Id, string Line, string Message), (string Hash, int Count)> _seen = new(new IdentityComparer());

        public Fingerprints(string uri) => _uri = uri;

        public string Next(ReportedFinding reported)
        {
            var identity = (reported.Finding.Id, Line: Compact(reported.LineText), reported.Finding.Message);
            if (!_seen.TryGetValue(identity, out var seen))
            {
                using var sha = SHA256.Create();
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(string.Join("\u0000", identity.Id, _uri, identity.Line, identity.Message)));
                seen = (Convert.ToHexString(hash, 0, 16).ToLowerInvariant(), 0);
            }

            _seen[identity] = seen = (seen.Hash, seen.Count + 1);
            return seen.Hash + ":" + seen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The line without white space: one string for all equal lines, so identities compare it by reference.</summary>
        private string Compact(string line)
        {
            if (!_compactByLine.TryGetValue(line, out var compact))
            {
                var kept = new StringBuilder(line.Length);
                foreach (var c in line)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        kept.Append(c);
                    }
                }

                compact = kept.ToString();
                if (!_compactLines.TryGetValue(compact, out var shared))
                {
                    _compactLines.Add(compact, shared = compact);
                }

                _compactByLine.Add(line, compact = shared);
            }

            return compact;
        }

        private sealed class IdentityComparer : IEqualityComparer<(string Id, string Line, string Message)>
        {
            public bool Equals((string Id, string Line, string Message) x, (string Id, string Line, string Message) y) =>
                ReferenceEquals(x.Line, y.Line) && string.Equals(x.Id, y.Id, StringComparison.Ordinal) && string.Equals(x.Message, y.Message, StringComparison.Ordinal);

            public int GetHashCode((string Id, string Line, string Message) identity) =>
                HashCode.Combine(StringComparer.Ordinal.GetHashCode(identity.Id), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(identity.Line), StringComparer.Ordinal.GetHashCode(identity.Message));
        }
    }

    private static IReadOnlyList<string>? LineHashes(string path)
    {
        try
        {
            return LineHash.Compute(TemplateFile.ReadText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null; // the finding is LH901 for an unreadable file; code scanning computes no hash either
        }
    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded, '/' kept.</summary>
    internal static string RelativeUri(string relativePath) =>
        string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri;
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }
}
