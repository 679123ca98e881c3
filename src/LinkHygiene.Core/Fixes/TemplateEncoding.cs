using System;
using System.Text;

namespace LinkHygiene.Fixes;

/// <summary>
/// Decodes template bytes and encodes them back exactly: the same encoding, the same byte-order mark. Used where a
/// front end rewrites a file (fixes), so every byte the fix does not touch stays as it was.
/// </summary>
public sealed class TemplateEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private TemplateEncoding(Encoding encoding, int preambleLength)
    {
        Encoding = encoding;
        PreambleLength = preambleLength;
    }

    /// <summary>The encoding.</summary>
    public Encoding Encoding { get; }

    /// <summary>How many bytes of byte-order mark the file starts with (0 when none).</summary>
    public int PreambleLength { get; }

    /// <summary>
    /// Decodes bytes: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise, for bytes with no NUL,
    /// Windows-1252 (the legacy encoding of Western pages). Returns null when the bytes are none of these, or when
    /// encoding the text again would not give back exactly the same bytes.
    /// </summary>
    public static (string Text, TemplateEncoding Encoding)? Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        var (encoding, preamble) = Detect(bytes);
        var decoded = TryDecode(bytes, encoding, preamble);
        if (decoded is null && preamble == 0 && Array.IndexOf(bytes, (byte)0) < 0 && WindowsLatin1 is { } legacy)
        {
            decoded = TryDecode(bytes, legacy, 0);
        }

        return decoded;
    }

    /// <summary>Windows-1252 that throws instead of guessing (null where the code-pages provider is missing).</summary>
    private static Encoding? WindowsLatin1 { get; } = CreateWindowsLatin1();

    private static Encoding? CreateWindowsLatin1()
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static (string Text, TemplateEncoding Encoding)? TryDecode(byte[] bytes, Encoding encoding, int preamble)
    {
        try
        {
            var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
            var result = new TemplateEncoding(encoding, preamble);
            return Same(result.Encode(text), bytes) ? (text, result) : null;
        }
        catch (Exception e) when (e is DecoderFallbackException or EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Encodes text with this encoding and byte-order mark.</summary>
    public byte[] Encode(string text)
    {
        var preamble = PreambleLength > 0 ? Encoding.GetPreamble() : Array.Empty<byte>();
        var body = Encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
        Buffer.BlockCopy(body, 0, bytes, preamble.Length, body.Length);
        return bytes;
    }

    private static (Encoding Encoding, int Preamble) Detect(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
