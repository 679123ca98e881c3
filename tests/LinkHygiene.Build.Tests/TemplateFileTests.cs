using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using LinkHygiene.Tests.Infrastructure;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Build.Tests;

/// <summary>
/// The task, the tool and the language server read a template's text straight into a string where it is UTF-8
/// (<see cref="TemplateFile.ReadText"/>), and as the compiler reads an AdditionalFile otherwise
/// (<see cref="TemplateFile.Read"/>, Roslyn's SourceText): the text must be the compiler's, or refused as the compiler's
/// reading refuses it, for every byte sequence. Roslyn decodes a file of more than about 40,000 characters another
/// way (in pieces, through a StreamReader that knows UTF-32's marks too), so large files are read here as well.
/// </summary>
public class TemplateFileTests
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    public static TheoryData<string, byte[]> Files()
    {
        var ascii = Encoding.UTF8.GetBytes("<p><a href=\"/x\">Read more</a></p>\n");
        var accented = Encoding.UTF8.GetBytes("<p><a href=\"/é\">Lire la suite – 続きを読む 😀</a></p>\r\n");
        var large = Repeat(accented, 3000); // about 180,000 characters
        byte[] Cat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
        return new TheoryData<string, byte[]>
        {
            { "empty", Array.Empty<byte>() },
            { "only a UTF-8 mark", Utf8Bom },
            { "ASCII", ascii },
            { "UTF-8", accented },
            { "UTF-8 with its mark", Cat(Utf8Bom, accented) },
            { "a UTF-8 mark inside", Cat(ascii, Utf8Bom, ascii) },
            { "two UTF-8 marks", Cat(Utf8Bom, Utf8Bom, ascii) },
            { "a NUL in UTF-8", Cat(ascii, new byte[] { 0, 0 }, ascii) },
            { "Windows-1252", Cat(ascii, new byte[] { 0xE9, 0x20, 0x96 }, ascii) },
            { "binary", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0, 0 } },
            { "invalid after a UTF-8 mark", Cat(Utf8Bom, ascii, new byte[] { 0xC3 }, ascii) },
            { "a truncated sequence at the end", Cat(ascii, new byte[] { 0xE2, 0x80 }) },
            { "a lone surrogate, CESU-style", Cat(ascii, new byte[] { 0xED, 0xA0, 0x80 }) },
            { "UTF-16 LE with its mark", Cat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("<a href=\"/x\">é</a>")) },
            { "UTF-16 BE with its mark", Cat(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes("<a href=\"/x\">é</a>")) },
            { "UTF-32 LE with its mark", Cat(new byte[] { 0xFF, 0xFE, 0, 0 }, Encoding.UTF32.GetBytes("<a href=\"/x\">é</a>")) },
            { "large UTF-8", large },
            { "large UTF-8 with its mark", Cat(Utf8Bom, large) },
            { "large, invalid after a UTF-8 mark", Cat(Utf8Bom, large, new byte[] { 0xC3 }, ascii) },
            { "large Windows-1252", Cat(large.Select(b => b < 0x80 ? b : (byte)0xE9).ToArray()) },
            { "large UTF-16 LE with its mark", Cat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(large))) },
            { "large UTF-32 LE with its mark", Cat(new byte[] { 0xFF, 0xFE, 0, 0 }, Encoding.UTF32.GetBytes(Encoding.UTF8.GetString(large))) },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TheTextIsTheCompilersOrRefusedAsItIs(string name, byte[] bytes) =>
        Assert.True(ReadsAsTheCompiler(bytes), name);

    [Fact]
    public void RandomAndSplicedBytesReadAsTheCompilerReadsThem()
    {
        var pieces = new[] { Utf8Bom, new byte[] { 0xFF, 0xFE }, new byte[] { 0xC3 }, new byte[] { 0xE9 }, new byte[] { 0 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, Encoding.UTF8.GetBytes("<a href=\"/x\">é</a>\r\n") };
        Gen.OneOf(
                Gen.Byte.Array[0, 300],
                Gen.Int[0, pieces.Length - 1].Array[0, 40].Select(picks => picks.SelectMany(p => pieces[p]).ToArray()))
            .Sample(ReadsAsTheCompiler, iter: 5000);
    }

    [Fact]
    public void EveryCorpusTemplateReadsAsTheCompilerReadsIt()
    {
        var files = RepositoryFiles.CorpusTemplates();
        Assert.True(files.Count > 6000, $"only {files.Count} templates");
        foreach (var file in files)
        {
            Assert.True(TemplateFile.ReadText(file) == TemplateFile.Read(file).ToString(), file);
        }
    }

    private static bool ReadsAsTheCompiler(byte[] bytes)
    {
        string? compiler, read;
        try
        {
            compiler = TemplateFile.Decode(bytes).ToString();
        }
        catch (InvalidDataException)
        {
            compiler = null;
        }

        try
        {
            read = TemplateFile.DecodeText(bytes);
        }
        catch (InvalidDataException)
        {
            read = null;
        }

        return compiler == read;
    }

    private static byte[] Repeat(byte[] bytes, int times) => Enumerable.Repeat(bytes, times).SelectMany(b => b).ToArray();
}
