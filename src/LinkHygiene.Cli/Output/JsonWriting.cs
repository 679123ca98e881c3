using System.Text.Json;

namespace LinkHygiene.Cli.Output;

/// <summary>What the JSON reports share about writing.</summary>
internal static class JsonWriting
{
    /// <summary>How much a report's writer holds before it hands it to the stream.</summary>
    internal const int FlushThreshold = 1 << 16;

    /// <summary>
    /// Hands what the writer holds to the stream once it is over <see cref="FlushThreshold"/>. A
    /// <see cref="Utf8JsonWriter"/> keeps everything written until it is flushed, so a report written in one go was
    /// held whole in memory, in a buffer that doubles as it grows: 200 MB more for a template of 150,000 findings.
    /// </summary>
    public static void FlushWhenFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }
}
