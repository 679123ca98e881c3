using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// The loops that read a template character by character are compiled optimized at their first call, since a cold
/// compiler server runs them unoptimized for most of a build otherwise (docs/performance.md, the sixty-fifth stop:
/// the server's CPU in a cold build of the corpus 6.1-6.4 s to 5.2-5.8 s). Nothing else shows it: the findings are the same
/// either way, and speed is measured in the bench, not here; so these hold only that the methods carry the marks (that the
/// JIT honours them was read in its disassembly, DOTNET_JitDisasm).
/// </summary>
public class JitTests
{
    [Fact]
    public void OptimizedIsTheRuntimesAggressiveOptimization()
    {
        // netstandard2.0 does not name the flag, so Core spells its value
        Assert.Equal(MethodImplOptions.AggressiveOptimization, Jit.Optimized);
    }

    [Theory]
    [InlineData(typeof(RazorScanner), "ScanMarkup(")]
    [InlineData(typeof(RazorScanner), "ScanCode(")]
    [InlineData(typeof(RazorScanner), "ScanTag(")]
    [InlineData(typeof(RazorScanner), "ScanAttributeValue(")]
    [InlineData(typeof(RazorScanner), "Transition(")]
    [InlineData(typeof(RazorScanner), "IdentifierEnd(")]
    [InlineData(typeof(RazorScanner), "Mask(")]
    [InlineData(typeof(TemplateDocument), "HasStartTag(System.String, System.String[])")]
    [InlineData(typeof(TemplateDocument), "MayHoldWhatRulesRead(")]
    [InlineData(typeof(TemplateDocument), "HasLinkComponent(")]
    [InlineData(typeof(TemplateDocument), "WithoutSelfClosedRawText(")]
    [InlineData(typeof(TemplateDocument), "Record(", "TokenSink")]
    [InlineData(typeof(LineMap), "LineStarts(")]
    [InlineData(typeof(TagNames), "Get(")]
    [InlineData(typeof(LinkExtractor), "IsSegment(")]
    [InlineData(typeof(HtmlChars), "IsSpace(System.String, Int32, Int32)")]
    public void TheCharacterLoopsAreMarkedToBeOptimizedAtTheirFirstCall(Type type, string signature, string? nested = null)
    {
        var owner = nested is null ? type : type.GetNestedType(nested, BindingFlags.NonPublic)!;
        var loops = owner.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ToString()!.Contains(" " + signature, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(loops);
        Assert.All(loops, m => Assert.True(m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization), $"{owner.Name}.{m}"));
    }

    [Theory]
    [InlineData(typeof(HtmlChars), "IsSpace")]
    [InlineData(typeof(HtmlChars), "IsAsciiLetter")]
    [InlineData(typeof(LineMap), "IsLineBreak")]
    public void TheCharacterTestsAreMarkedToBeInlined(Type type, string name)
    {
        // (the JIT does not inline a pattern over several characters by itself, even into optimized code)
        var test = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, new[] { typeof(char) }, null);
        Assert.NotNull(test);
        Assert.True(test!.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining));
    }
}
