using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinkHygiene.Diagnostics;

namespace LinkHygiene.Cli.Output;

/// <summary>
/// <c>--format json</c>: one object per finding, in the stable shape documented in docs/cli.md (version 1). Positions
/// are 1-based; columns count UTF-16 code units, as in dotnet build and SARIF; the end is exclusive.
/// </summary>
internal static class JsonReport
{
    public const int FormatVersion = 1;

    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "linkhygiene");
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var (file, reported) in report.All)
        {
            var f = reported.Finding;
            json.WriteStartObject();
            json.WriteString("path", report.DisplayPath(file.Path));
            json.WriteNumber("line", f.Start.Line + 1);
            json.WriteNumber("column", f.Start.Character + 1);
            json.WriteNumber("endLine", f.End.Line + 1);
            json.WriteNumber("endColumn", f.End.Character + 1);
            json.WriteString("id", f.Id);
            json.WriteString("severity", SeverityWords.Word(f.Severity));
            json.WriteString("message", f.Message);
            json.WriteString("title", f.Rule.Title);
            json.WriteString("helpUri", f.Rule.HelpLink);
            if (f.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("title", fix.Title);
                json.WriteStartArray("edits");
                foreach (var edit in reported.FixEdits)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", edit.Start.Line + 1);
                    json.WriteNumber("column", edit.Start.Character + 1);
                    json.WriteNumber("endLine", edit.End.Line + 1);
                    json.WriteNumber("endColumn", edit.End.Character + 1);
                    json.WriteString("newText", edit.Edit.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("fix");
            }

            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("filesChecked", report.FilesChecked);
        json.WriteNumber("configurationFiles", report.ConfigurationFiles);
        json.WriteNumber("filesWithFindings", report.Files.Count);
        json.WriteNumber("findings", report.All.Count);
        json.WriteNumber("errors", report.Count(RuleSeverity.Error));
        json.WriteNumber("warnings", report.Count(RuleSeverity.Warning));
        json.WriteNumber("suggestions", report.Count(RuleSeverity.Suggestion));
        json.WriteStartObject("rules");
        foreach (var (rule, count, _) in report.ByRule())
        {
            json.WriteNumber(rule.Id, count);
        }

        json.WriteEndObject();
        json.WriteStartObject("internalLinks");
        json.WriteNumber("checked", report.InternalLinks.Checked);
        json.WriteNumber("resolved", report.InternalLinks.Resolved);
        json.WriteNumber("broken", report.InternalLinks.Broken);
        json.WriteStartObject("undecidable");
        foreach (var reason in report.UndecidableReasons())
        {
            json.WriteNumber(reason, report.InternalLinks.Undecidable[reason]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("unreadable");
        foreach (var unreadable in report.Unreadable)
        {
            json.WriteStartObject();
            json.WriteString("path", unreadable.Path);
            json.WriteString("reason", unreadable.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("elapsedMs", (long)report.Elapsed.TotalMilliseconds);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
