using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Workspace.Files;

/// <summary>
/// Reads a template the way the C# compiler reads an AdditionalFile, so the task and the analyzer see the same text
/// (and report the same columns and quote the same link text): a byte-order mark decides; otherwise strict UTF-8;
/// when that fails, the system's ANSI code page (Windows-1252 on a Western Windows; UTF-8 with replacement
/// characters on Linux and macOS, where there is none), refusing binary content.
/// </summary>
public static class TemplateFile
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the file.</summary>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="InvalidDataException">The file is not UTF-8 and looks binary.</exception>
    public static SourceText Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Decode(stream);
    }

    /// <summary>Decodes bytes already in memory (a file about to be written, an editor's saved state).</summary>
    /// <exception cref="InvalidDataException">The bytes are not UTF-8 and look binary.</exception>
    public static SourceText Decode(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes ?? throw new ArgumentNullException(nameof(bytes)), writable: false);
        return Decode(stream);
    }

    private static SourceText Decode(Stream stream)
    {
        try
        {
            return SourceText.From(stream, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            stream.Position = 0;
            try
            {
                return SourceText.From(stream, FallbackEncoding(), throwIfBinaryDetected: true);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException(e.Message, e);
            }
        }
    }

    private static Encoding FallbackEncoding()
    {
#if NETFRAMEWORK
        return Encoding.Default; // the ANSI code page
#else
        // Without registering a provider process-wide: the provider answers 0 with the ANSI code page where the OS has one.
        return CodePagesEncodingProvider.Instance.GetEncoding(0) ?? Encoding.GetEncoding(0);
#endif
    }
}
