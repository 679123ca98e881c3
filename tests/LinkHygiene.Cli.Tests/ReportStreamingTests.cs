using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using LinkHygiene.Cli.Output;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;

namespace LinkHygiene.Cli.Tests;

/// <summary>The JSON and SARIF reports reach the stream as they are written, not held whole in memory first.</summary>
public sealed class ReportStreamingTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void AReportOfManyFindingsIsWrittenInPieces(string format)
    {
        using var temp = new TempFolder();
        var page = temp.Write("page.html", string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<a href=\"https://x{i}.example\" target=\"_blank\">Docs {i}</a>\n")));
        var configuration = TemplateConfiguration.Load(new[] { page }, new[] { temp.Path }, Array.Empty<string>());
        var file = TemplateChecker.Check(page, configuration);
        Assert.Equal(5_000, file.Findings.Count);
        var report = new CheckReport(new[] { file }, 1, 0, temp.Path, temp.Path, TimeSpan.Zero);

        var stream = new RecordingStream();
        if (format == "json")
        {
            JsonReport.Write(report, stream);
        }
        else
        {
            SarifReport.Write(report, stream);
        }

        // Megabytes in all, none of it in a write much over the threshold (one finding's worth more at most).
        Assert.True(stream.Length > 20 * JsonWriting.FlushThreshold, $"{stream.Length} bytes");
        Assert.True(stream.LargestWrite < 2 * JsonWriting.FlushThreshold, $"a write of {stream.LargestWrite} bytes");
        stream.Position = 0;
        using var json = JsonDocument.Parse(stream);
        var results = format == "json" ? json.RootElement.GetProperty("findings") : json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(5_000, results.GetArrayLength());
    }

    private sealed class RecordingStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }
}
