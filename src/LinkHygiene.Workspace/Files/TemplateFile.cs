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

    /// <summary>
    /// The file's text, as <see cref="Read"/> decodes it: decoded straight into a string where the file is UTF-8 (with or
    /// without its byte-order mark), as nearly every template is, and by <see cref="Read"/> otherwise. A SourceText's
    /// string is a copy of the characters it decoded (in pieces, for a large file): over python's documentation the two
    /// steps cost about a twelfth of the command line's processor time.
    /// </summary>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="InvalidDataException">The file is not UTF-8 and looks binary.</exception>
    public static string ReadText(string path) => DecodeText(File.ReadAllBytes(path));

    /// <summary>Bytes already in memory decoded as <see cref="ReadText"/> decodes a file's.</summary>
    /// <exception cref="InvalidDataException">The bytes are not UTF-8 and look binary.</exception>
    public static string DecodeText(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        // Any other byte-order mark (UTF-16's FF FE and FE FF, UTF-32's) is not UTF-8, and is left to the compiler's reading.
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            // (after a UTF-8 byte-order mark the compiler replaces what is not UTF-8; without one it tries the ANSI code page)
            return Decode(bytes).ToString();
        }
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
