using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Razor;

/// <summary>Characters the Razor scanner writes over C# so the HTML parser sees plain markup of the same length.</summary>
internal static class MaskChars
{
    /// <summary>A value computed at run time (a Razor expression, a directive attribute's C# value).</summary>
    public const char Dynamic = '\uE000';

    /// <summary>Source that renders nothing inside an attribute value or text (a Razor comment, the escape in <c>@@</c>).</summary>
    public const char Elided = '\uE001';

    /// <summary>Whether the text contains a run-time value marker.</summary>
    public static bool HasDynamic(string? text) => text is not null && text.IndexOf(Dynamic) >= 0;

    /// <summary>Removes <see cref="Elided"/> characters.</summary>
    public static string RemoveElided(string text) =>
        text.IndexOf(Elided) < 0 ? text : text.Replace(Elided.ToString(), string.Empty);
}

/// <summary>Where a Razor expression sits.</summary>
public enum RazorExpressionContext
{
    /// <summary>In element content (renders text or HTML).</summary>
    Text,

    /// <summary>Inside an attribute value.</summary>
    AttributeValue,

    /// <summary>In a start tag where an attribute would be (renders attributes).</summary>
    Tag,
}

/// <summary>A Razor expression (<c>@x</c>, <c>@(x)</c>) that renders a value.</summary>
/// <param name="Span">The whole expression including <c>@</c>.</param>
/// <param name="Code">The C# code, without <c>@</c> and, for explicit expressions, without the outer parentheses.</param>
/// <param name="Context">Where it sits.</param>
public sealed record RazorExpression(SourceSpan Span, string Code, RazorExpressionContext Context);

/// <summary>A comment in a template: an HTML comment or a Razor comment.</summary>
/// <param name="Span">The whole comment including delimiters.</param>
/// <param name="Text">The comment's inner text.</param>
/// <param name="IsRazor">Whether it is a Razor comment (<c>@* *@</c>).</param>
public sealed record TemplateComment(SourceSpan Span, string Text, bool IsRazor);

/// <summary>Something the reader could not make sense of.</summary>
/// <param name="Span">Where it starts.</param>
/// <param name="Reason">What went wrong, in words for the user.</param>
/// <param name="IsFatal">Whether the whole template must be treated as unanalysable.</param>
public sealed record ParseProblem(SourceSpan Span, string Reason, bool IsFatal);

/// <summary>A Razor directive such as <c>@page "/x"</c>.</summary>
/// <param name="Span">The whole directive.</param>
/// <param name="Name">The directive name.</param>
/// <param name="Argument">The rest of the line.</param>
public sealed record RazorDirective(SourceSpan Span, string Name, string Argument);

/// <summary>The scanner's result: the masked text and what was found in the C# parts.</summary>
internal sealed class MaskedTemplate
{
    public MaskedTemplate(
        string masked,
        IReadOnlyList<TemplateComment> razorComments,
        IReadOnlyList<RazorExpression> expressions,
        IReadOnlyList<SourceSpan> codeBlocks,
        IReadOnlyList<RazorDirective> directives,
        IReadOnlyList<ParseProblem> problems,
        IReadOnlyList<IReadOnlyList<SourceSpan>> exclusiveBranches,
        IReadOnlyList<SourceSpan> repeatedText,
        IReadOnlyList<SourceSpan> formText)
    {
        FormText = formText;
        ExclusiveBranches = exclusiveBranches;
        RepeatedText = repeatedText;
        Masked = masked;
        RazorComments = razorComments;
        Expressions = expressions;
        CodeBlocks = codeBlocks;
        Directives = directives;
        Problems = problems;
    }

    /// <summary>The template with C# replaced; same length and line breaks as the source.</summary>
    public string Masked { get; }

    /// <summary>Razor comments, in source order.</summary>
    public IReadOnlyList<TemplateComment> RazorComments { get; }

    /// <summary>Expressions that render values, in source order.</summary>
    public IReadOnlyList<RazorExpression> Expressions { get; }

    /// <summary>Code blocks and control statements in element content (their markup may or may not render), in source order.</summary>
    public IReadOnlyList<SourceSpan> CodeBlocks { get; }

    /// <summary>Line directives.</summary>
    public IReadOnlyList<RazorDirective> Directives { get; }

    /// <summary>
    /// Groups of branches of which at most one renders: the blocks of one <c>@if ... else if ... else</c> chain, the case
    /// sections of one <c>@switch</c>, and the same of an <c>if</c> or <c>switch</c> statement inside a code block.
    /// Markup in two branches of a group never shares a page.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SourceSpan>> ExclusiveBranches { get; }

    /// <summary>
    /// Where markup may render many times, outermost first and in source order: a loop's body, a template delegate, a
    /// lambda or a local function, the members of <c>@code</c>. Branches there do not exclude one another.
    /// </summary>
    public IReadOnlyList<SourceSpan> RepeatedText { get; }

    /// <summary>
    /// The bodies of the using statements that write a form around them (<c>@using (Html.BeginForm()) { }</c> and its kin, in
    /// markup and in code blocks), in the order they close, nested ones too: what they hold is in a <c>&lt;form&gt;</c> on
    /// the page.
    /// </summary>
    public IReadOnlyList<SourceSpan> FormText { get; }

    /// <summary>Problems (unterminated constructs and the like).</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }
}
