using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Text;

namespace LinkHygiene.Razor;

/// <summary>
/// Reads a Razor template (.cshtml or .razor) once, left to right, and writes a copy of the same length in
/// which every C# part is hidden from the HTML parser:
/// <list type="bullet">
/// <item>code that renders nothing (code blocks, control statements, directives, comments) becomes spaces;</item>
/// <item>code that renders a value (<c>@x</c>, <c>@(x)</c>, directive attribute values) becomes
/// <see cref="MaskChars.Dynamic"/>, so "dynamic" stays distinguishable from "empty";</item>
/// <item>inside attribute values, code that renders nothing becomes <see cref="MaskChars.Elided"/>.</item>
/// </list>
/// Line breaks are never overwritten, and markup inside C# (<c>@if (x) { &lt;a&gt;..&lt;/a&gt; }</c>) stays markup.
/// The scanner follows the Razor language's own transition rules (pinned construct by construct in RazorScannerTests); it
/// never throws.
/// </summary>
internal sealed partial class RazorScanner
{
    private const int MaxNesting = 200;
    private const int MaxTrackedElements = 4096;

    private static readonly HashSet<string> LineDirectives = new(StringComparer.Ordinal)
    {
        "page", "model", "using", "inject", "inherits", "implements", "layout", "namespace", "attribute",
        "typeparam", "rendermode", "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "command", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private readonly string _s;

    // The masked text being written: a rented copy of the text (longer than it), turned into a string once at the end.
    private readonly char[] _m;
    private readonly bool _isComponent;
    private readonly List<TemplateComment> _comments = new();
    private readonly List<RazorExpression> _expressions = new();
    private readonly List<SourceSpan> _codeBlocks = new();
    private readonly List<RazorDirective> _directives = new();
    private readonly List<ParseProblem> _problems = new();
    private readonly List<string> _tagNames = new();

    // Blocks of one if/else chain or the case sections of one switch: at most one of each group renders.
    private readonly List<IReadOnlyList<SourceSpan>> _branches = new();

    // Markup written inside C# (template delegates: @<li>..</li>) that an enclosing expression must not mask.
    private readonly List<SourceSpan> _markupIslands = new();

    // How many constructs around the text being read may render it more than once (a loop's body, a template delegate,
    // a lambda or a local function in a code block): branches read there do not exclude one another on the page.
    private int _repeated;

    // The outermost runs of text read where _repeated is above zero, in source order: markup there may render many times.
    private readonly List<SourceSpan> _repeatedText = new();

    // The bodies of the using statements that open a form (Html.BeginForm and its kin), in markup (@using) and in code
    // blocks, in the order they close: what they hold renders inside a <form>.
    private readonly List<SourceSpan> _formText = new();

    // The if/else, switch and block statements being read in the code blocks open (CodeBranches); whether one more was
    // not followed; after where a statement starts that the scanner does not read as one (after "await" or "else" at a
    // statement's start, on the line after a preprocessor directive); the last token a code block's watcher was shown.
    private List<CodeBranches.Statement>? _statements;
    private bool _statementsOverflow;
    private int _statementStartsAfter = int.MaxValue;
    private int _previousToken = -1;
    private int _nesting;
    private bool _aborted;

    private RazorScanner(string text, bool isComponent)
    {
        _s = text;
        _m = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        text.CopyTo(0, _m, 0, text.Length);
        _isComponent = isComponent;
    }

    private enum Stop
    {
        EndOfFile,
        Section,
        Element,
        Line,
    }

    private enum Context
    {
        Text,
        AttributeValue,
    }

    /// <summary>Scans a template.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="isComponent">Whether it is a Razor component (.razor).</param>
    public static MaskedTemplate Scan(string text, bool isComponent)
    {
        var scanner = new RazorScanner(text, isComponent);
        scanner.ScanMarkup(0, Stop.EndOfFile);
        scanner._expressions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        scanner._codeBlocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        scanner._comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // A template without Razor masks to nothing: its text is its masked text.
        var masked = scanner._m.AsSpan(0, text.Length).SequenceEqual(text.AsSpan()) ? text : new string(scanner._m, 0, text.Length);
        ArrayPool<char>.Shared.Return(scanner._m);
        return new MaskedTemplate(
            masked,
            scanner._comments,
            scanner._expressions,
            scanner._codeBlocks,
            scanner._directives,
            scanner._problems,
            scanner._branches,
            scanner._repeatedText,
            scanner._formText);
    }

    // ---------------------------------------------------------------- markup

    /// <summary>Scans markup from <paramref name="i"/>; returns where the markup block ends.</summary>
    [MethodImpl(Jit.Optimized)]
    private int ScanMarkup(int i, Stop stop)
    {
        var n = _s.Length;
        if (!Enter(i))
        {
            return n;
        }

        try
        {
            var stack = stop is Stop.Element or Stop.Section ? new List<string>() : null;
            string? rawTextEnd = null;
            var topIsTextTag = false;
            while (i < n && !_aborted)
            {
                var c = _s[i];
                if (stop == Stop.Line && (c == '\n' || c == '\r'))
                {
                    return i;
                }

                if (c == '@')
                {
                    i = Transition(i, Context.Text);
                    continue;
                }

                if (c == '<')
                {
                    if (rawTextEnd is not null && !IsEndTagOf(i, rawTextEnd))
                    {
                        i++;
                        continue;
                    }

                    rawTextEnd = null;
                    if (StartsWith(i, "<!--"))
                    {
                        i = ScanHtmlComment(i);
                        if (stop == Stop.Element && stack!.Count == 0)
                        {
                            return i;
                        }

                        continue;
                    }

                    var next = At(i + 1);
                    if (next is '!' or '?')
                    {
                        i = StartsWith(i, "<![CDATA[") ? EndOf(i, "]]>") : EndOfChar(i, '>');
                        if (stop == Stop.Element && stack!.Count == 0)
                        {
                            return i;
                        }

                        continue;
                    }

                    if (next == '/' && HtmlChars.IsAsciiLetter(At(i + 2)))
                    {
                        var end = ScanTag(i, isEndTag: true, out var name, out _);
                        if (stack is not null)
                        {
                            var popped = PopTo(stack, name);
                            if (stop == Stop.Element && topIsTextTag && popped && stack.Count == 0 && name == "text")
                            {
                                Mask(i, end, ' ');
                            }

                            if (stop == Stop.Element && stack.Count == 0)
                            {
                                return end;
                            }
                        }

                        i = end;
                        continue;
                    }

                    if (HtmlChars.IsAsciiLetter(next))
                    {
                        var end = ScanTag(i, isEndTag: false, out var name, out var selfClosing);
                        if (stop == Stop.Element && stack!.Count == 0 && name == "text")
                        {
                            // <text> in code only switches to markup; the tag itself renders nothing.
                            Mask(i, end, ' ');
                            topIsTextTag = true;
                        }

                        if (!selfClosing && !VoidElements.Contains(name))
                        {
                            if (stack is not null && stack.Count < MaxTrackedElements)
                            {
                                stack.Add(name);
                            }

                            if (RawTextElements.Contains(name))
                            {
                                rawTextEnd = name;
                            }
                        }

                        if (stop == Stop.Element && stack!.Count == 0)
                        {
                            return end;
                        }

                        i = end;
                        continue;
                    }

                    i++;
                    continue;
                }

                if (c == '}' && stop == Stop.Section && rawTextEnd is null && stack!.Count == 0)
                {
                    return i;
                }

                i = NextInMarkup(i + 1, stop);
            }

            return n;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// The first character from <paramref name="i"/> on that <see cref="ScanMarkup"/> acts on (the end of the text if
    /// none): '@' and '<' always, '}' in a section, a line break in a single line of markup. Text between them is
    /// skipped in one vectorised search instead of a character at a time.
    /// </summary>
    private int NextInMarkup(int i, Stop stop)
    {
        if (i >= _s.Length)
        {
            return _s.Length;
        }

        var rest = _s.AsSpan(i);
        var found = stop switch
        {
            Stop.Section => rest.IndexOfAny('@', '<', '}'),
            Stop.Line => rest.IndexOfAny(LineMarkupStops),
            _ => rest.IndexOfAny('@', '<'),
        };
        return found < 0 ? _s.Length : i + found;
    }

    private static readonly char[] LineMarkupStops = { '@', '<', '\n', '\r' };

    private static bool PopTo(List<string> stack, string name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (string.Equals(stack[k], name, StringComparison.OrdinalIgnoreCase))
            {
                stack.RemoveRange(k, stack.Count - k);
                return true;
            }
        }

        return false;
    }

    private int ScanHtmlComment(int i)
    {
        // Razor runs code inside HTML comments, so '@' still transitions here.
        var n = _s.Length;
        var j = i + 4;
        while (j < n && !_aborted)
        {
            if (_s[j] == '-' && StartsWith(j, "-->"))
            {
                return j + 3;
            }

            if (_s[j] == '@')
            {
                j = Transition(j, Context.Text);
                continue;
            }

            j++;
        }

        return n;
    }

    /// <summary>Scans a start or end tag from '&lt;'; returns the index after '&gt;'.</summary>
    [MethodImpl(Jit.Optimized)]
    private int ScanTag(int i, bool isEndTag, out string name, out bool selfClosing)
    {
        var n = _s.Length;
        var j = i + (isEndTag ? 2 : 1);
        var nameStart = j;
        while (j < n && !HtmlChars.IsSpace(_s[j]) && _s[j] != '/' && _s[j] != '>')
        {
            j++;
        }

        name = TagNames.Get(_s.AsSpan(nameStart, j - nameStart), _tagNames);
        selfClosing = false;
        while (j < n && !_aborted)
        {
            while (j < n && HtmlChars.IsSpace(_s[j]))
            {
                j++;
            }

            if (j >= n)
            {
                break;
            }

            var c = _s[j];
            if (c == '>')
            {
                return j + 1;
            }

            if (c == '/')
            {
                if (At(j + 1) == '>')
                {
                    selfClosing = true;
                    return j + 2;
                }

                j++;
                continue;
            }

            var csharpValue = false;
            if (c == '@')
            {
                var after = TagTransition(j, out csharpValue);
                if (after > j)
                {
                    // A Razor comment or an expression in the tag: skip past it.
                    j = after;
                    continue;
                }

                // A directive attribute (@onclick, @bind-Value, @attributes), its '@' masked, or a stray '@':
                // either way the '@' starts an attribute name and the scan below moves past it.
            }

            // Attribute name: the first character may be anything (even '='), then up to space, '/', '>' or '='.
            j++;
            while (j < n && !HtmlChars.IsSpace(_s[j]) && _s[j] != '/' && _s[j] != '>' && _s[j] != '=')
            {
                j++;
            }

            var k = j;
            while (k < n && HtmlChars.IsSpace(_s[k]))
            {
                k++;
            }

            if (k < n && _s[k] == '=')
            {
                k++;
                while (k < n && HtmlChars.IsSpace(_s[k]))
                {
                    k++;
                }

                j = ScanAttributeValue(k, csharpValue);
            }
        }

        return n;
    }

    /// <summary>Handles '@' where an attribute name would start. Returns the index to continue from.</summary>
    private int TagTransition(int at, out bool directiveAttribute)
    {
        directiveAttribute = false;
        var next = At(at + 1);
        if (next == '*')
        {
            return RazorComment(at, ' ');
        }

        if (next == '(')
        {
            var end = ScanCode(at + 1, codeBlock: false);
            Expression(at, end, at + 2, end - 1, RazorExpressionContext.Tag);
            return end;
        }

        if (IsIdentifierStart(next))
        {
            var k = IdentifierEnd(at + 1);
            var after = At(k);
            if (_isComponent || after is '-' or ':' or '=' or '>' or '/' || HtmlChars.IsSpace(after) || k >= _s.Length)
            {
                _m[at] = MaskChars.Dynamic;
                directiveAttribute = true;
                return at;
            }

            var end = ImplicitExpressionEnd(at + 1);
            Expression(at, end, at + 1, end, RazorExpressionContext.Tag);
            return end;
        }

        // A stray '@': treat it as part of an attribute name.
        return at;
    }

    [MethodImpl(Jit.Optimized)]
    private int ScanAttributeValue(int j, bool csharpValue)
    {
        var n = _s.Length;
        if (j >= n)
        {
            return n;
        }

        var quote = _s[j];
        if (quote is '"' or '\'')
        {
            var start = j + 1;
            j = start;
            while (j < n && _s[j] != quote && !_aborted)
            {
                if (_s[j] == '@')
                {
                    j = Transition(j, Context.AttributeValue);
                    continue;
                }

                j++;
            }

            if (csharpValue)
            {
                Mask(start, Math.Min(j, n), MaskChars.Dynamic);
            }

            return j < n ? j + 1 : n;
        }

        // Razor (unlike HTML) ends an unquoted value at "/>": <RadzenButton Click=@Next/> is self-closing.
        var unquotedStart = j;
        while (j < n && !HtmlChars.IsSpace(_s[j]) && _s[j] != '>' && !(_s[j] == '/' && At(j + 1) == '>') && !_aborted)
        {
            if (_s[j] == '@')
            {
                j = Transition(j, Context.AttributeValue);
                continue;
            }

            j++;
        }

        if (csharpValue)
        {
            Mask(unquotedStart, j, MaskChars.Dynamic);
        }

        return j;
    }

    // ---------------------------------------------------------------- '@' in markup

    /// <summary>Handles '@' in text or in an attribute value. Returns the index after the construct.</summary>
    [MethodImpl(Jit.Optimized)]
    private int Transition(int at, Context context)
    {
        var next = At(at + 1);
        var inAttribute = context == Context.AttributeValue;
        switch (next)
        {
            case '@':
                // "@@" renders a single '@'.
                _m[at] = inAttribute ? MaskChars.Elided : ' ';
                return at + 2;
            case '*':
                return RazorComment(at, inAttribute ? MaskChars.Elided : ' ');
            case '(':
            {
                var end = ScanCode(at + 1, codeBlock: false);
                Expression(at, end, at + 2, end - 1, inAttribute ? RazorExpressionContext.AttributeValue : RazorExpressionContext.Text);
                return end;
            }

            case '{':
            {
                Mask(at, at + 1, ' ');
                var end = ScanCode(at + 1, codeBlock: true);
                CodeBlock(at, end, inAttribute);
                return end;
            }
        }

        if (!IsIdentifierStart(next))
        {
            return at + 1; // a literal '@'
        }

        if (at > 0 && IsEmailLocalPart(_s[at - 1]))
        {
            return at + 1; // e-mail address: name@example.com
        }

        var wordEnd = IdentifierEnd(at + 1);
        var word = _s.Substring(at + 1, wordEnd - at - 1);
        switch (word)
        {
            case "if":
            case "for":
            case "foreach":
            case "while":
            case "switch":
            case "lock":
            case "do":
            case "try":
            {
                var end = ScanStatement(at, word);
                CodeBlock(at, end, inAttribute);
                return end;
            }

            case "using" when NextNonSpace(wordEnd) == '(':
            {
                var end = ScanStatement(at, word);
                CodeBlock(at, end, inAttribute);
                return end;
            }

            case "section" when !inAttribute && AtLineStart(at):
                return ScanSection(at, wordEnd);
            case "code" or "functions" when !inAttribute && NextNonSpaceOrNewline(wordEnd) == '{':
            {
                var open = SkipSpaceAndNewlines(wordEnd);
                Mask(at, open, ' ');
                _repeated++; // members: methods, run any number of times
                var end = ScanCode(open, codeBlock: true);
                EndRepeated(open, end);
                CodeBlock(at, end, inAttribute: false);
                return end;
            }

            case "await":
            {
                var k = wordEnd;
                while (k < _s.Length && (_s[k] == ' ' || _s[k] == '\t'))
                {
                    k++;
                }

                if (IdentifierEnd(k) - k == 7 && string.CompareOrdinal(_s, k, "foreach", 0, 7) == 0)
                {
                    // "@await foreach (var x in stream) { .. }" is a statement, as Razor reads it (C# 8 async streams).
                    var statementEnd = ScanStatement(at, k + 7, "foreach");
                    CodeBlock(at, statementEnd, inAttribute);
                    return statementEnd;
                }

                var end = IsIdentifierStart(At(k)) ? ImplicitExpressionEnd(k) : wordEnd;
                Expression(at, end, at + 1, end, inAttribute ? RazorExpressionContext.AttributeValue : RazorExpressionContext.Text);
                return end;
            }
        }

        // A directive's keyword stands alone: @page.Url, @layout.Name are a loop variable's members (Hangfire's pager).
        if (!inAttribute && LineDirectives.Contains(word) && AtLineStart(at) && At(wordEnd) is not ('.' or '[' or '(' or '?' or '!'))
        {
            var end = EndOfLine(at);
            Mask(at, end, ' ');
            _directives.Add(new RazorDirective(SourceSpan.FromBounds(at, end), word, _s.Substring(wordEnd, end - wordEnd).Trim()));
            return end;
        }

        var expressionEnd = ImplicitExpressionEnd(at + 1);
        Expression(at, expressionEnd, at + 1, expressionEnd, inAttribute ? RazorExpressionContext.AttributeValue : RazorExpressionContext.Text);
        return expressionEnd;
    }

    private int ScanSection(int at, int wordEnd)
    {
        var k = SkipSpace(wordEnd);
        if (!IsIdentifierStart(At(k)))
        {
            var lineEnd = EndOfLine(at);
            Mask(at, lineEnd, ' ');
            return lineEnd;
        }

        k = SkipSpaceAndNewlines(IdentifierEnd(k));
        if (At(k) != '{')
        {
            var lineEnd = EndOfLine(at);
            Mask(at, lineEnd, ' ');
            return lineEnd;
        }

        Mask(at, k + 1, ' ');
        var close = ScanMarkup(k + 1, Stop.Section);
        if (close < _s.Length && _s[close] == '}')
        {
            Mask(close, close + 1, ' ');
            return close + 1;
        }

        Problem(at, "the '@section' block starting here is never closed with '}'");
        return _s.Length;
    }

    /// <summary>Scans <c>@if (..) { } else { }</c>, <c>@foreach</c>, <c>@try</c> and the other control statements.</summary>
    private int ScanStatement(int at, string keyword) => ScanStatement(at, at + 1 + keyword.Length, keyword);

    /// <summary>Scans the statement whose '@' is at <paramref name="at"/> and whose keyword ends at <paramref name="j"/>.</summary>
    private int ScanStatement(int at, int j, string keyword)
    {
        Mask(at, j, ' ');
        switch (keyword)
        {
            case "do":
                j = ScanRepeatedBlock(j);
                if (TryKeyword(j, "while", out var afterWhile))
                {
                    j = ScanHeader(afterWhile);
                    var semi = SkipSpace(j);
                    if (At(semi) == ';')
                    {
                        Mask(j, semi + 1, ' ');
                        j = semi + 1;
                    }
                }

                return j;
            case "try":
                j = ScanBlock(j);
                while (true)
                {
                    if (TryKeyword(j, "catch", out var afterCatch))
                    {
                        j = afterCatch;
                        if (NextNonSpaceOrNewline(j) == '(')
                        {
                            j = ScanHeader(j);
                        }

                        if (TryKeyword(j, "when", out var afterWhen))
                        {
                            j = ScanHeader(afterWhen);
                        }

                        j = ScanBlock(j);
                        continue;
                    }

                    if (TryKeyword(j, "finally", out var afterFinally))
                    {
                        j = ScanBlock(afterFinally);
                        continue;
                    }

                    return j;
                }

            case "if":
            {
                var blocks = new List<SourceSpan>();
                var header = ScanHeader(j);
                j = ScanBlock(header);
                blocks.Add(SourceSpan.FromBounds(header, j));
                while (TryKeyword(j, "else", out var afterElse))
                {
                    j = afterElse;
                    if (TryKeyword(j, "if", out var afterIf))
                    {
                        j = ScanHeader(afterIf);
                    }

                    var start = j;
                    j = ScanBlock(j);
                    blocks.Add(SourceSpan.FromBounds(start, j));
                }

                if (blocks.Count > 1 && _repeated == 0)
                {
                    _branches.Add(blocks);
                }

                return j;
            }

            case "switch":
            {
                var header = ScanHeader(j);
                var labels = new List<int>();
                var end = ScanBlock(header, labels);
                if (labels.Count > 1 && _repeated == 0)
                {
                    _branches.Add(SwitchSections(labels, end));
                }

                return end;
            }

            case "for" or "foreach" or "while":
                return ScanRepeatedBlock(ScanHeader(j));
            case "using":
            {
                var header = ScanHeader(j);
                if (!OpensForm(j, header))
                {
                    return ScanBlock(header);
                }

                var end = ScanBlock(header);
                if (end > header)
                {
                    _formText.Add(SourceSpan.FromBounds(header, end));
                }

                return end;
            }

            default:
                return ScanBlock(ScanHeader(j));
        }
    }

    /// <summary>A switch's sections: from each case or default label to the next, the last to the body's end.</summary>
    private static List<SourceSpan> SwitchSections(List<int> labels, int end)
    {
        var sections = new List<SourceSpan>(labels.Count);
        for (var k = 0; k < labels.Count; k++)
        {
            sections.Add(SourceSpan.FromBounds(labels[k], k + 1 < labels.Count ? labels[k + 1] : end));
        }

        return sections;
    }

    /// <summary>
    /// Whether a using statement's header (<c>@using</c> in markup, <c>using</c> in a code block), <paramref name="start"/>
    /// to <paramref name="end"/>, writes a form around its body: MVC's <c>Html.BeginForm</c> and <c>Html.BeginRouteForm</c>, <c>Ajax.BeginForm</c>, Umbraco's
    /// <c>Html.BeginUmbracoForm</c> (a member named Begin...Form).
    /// </summary>
    private bool OpensForm(int start, int end)
    {
        const string Begin = ".Begin";
        for (var k = _s.IndexOf(Begin, start, end - start, StringComparison.Ordinal); k >= 0;)
        {
            var nameEnd = IdentifierEnd(k + 1);
            if (nameEnd <= end && nameEnd - (k + 1) >= "BeginForm".Length && string.CompareOrdinal(_s, nameEnd - 4, "Form", 0, 4) == 0)
            {
                return true;
            }

            var next = k + Begin.Length;
            k = next < end ? _s.IndexOf(Begin, next, end - next, StringComparison.Ordinal) : -1;
        }

        return false;
    }

    /// <summary>Scans a loop's body: its markup may render many times.</summary>
    private int ScanRepeatedBlock(int j)
    {
        _repeated++;
        var end = j;
        try
        {
            return end = ScanBlock(j);
        }
        finally
        {
            EndRepeated(j, end);
        }
    }

    /// <summary>Leaves a construct that may render its text many times, begun with <c>_repeated++</c>, that read <paramref name="start"/> to <paramref name="end"/>.</summary>
    private void EndRepeated(int start, int end)
    {
        _repeated--;
        if (_repeated == 0 && end > start)
        {
            _repeatedText.Add(SourceSpan.FromBounds(start, end));
        }
    }

    /// <summary>Scans an optional parenthesised header; returns the index after it (or <paramref name="j"/>).</summary>
    private int ScanHeader(int j)
    {
        var k = SkipSpaceAndNewlines(j);
        if (At(k) != '(')
        {
            return j;
        }

        Mask(j, k, ' ');
        return ScanCode(k, codeBlock: false);
    }

    /// <summary>Scans an optional brace block; returns the index after it (or <paramref name="j"/>).</summary>
    private int ScanBlock(int j, List<int>? caseLabels = null)
    {
        var k = SkipSpaceAndNewlines(j);
        if (At(k) != '{')
        {
            return j;
        }

        Mask(j, k, ' ');
        return ScanCode(k, codeBlock: true, caseLabels);
    }

    /// <summary>Whether <paramref name="keyword"/> follows (after white space); masks through it if so.</summary>
    private bool TryKeyword(int j, string keyword, out int after)
    {
        var k = SkipSpaceAndNewlines(j);
        if (string.CompareOrdinal(_s, k, keyword, 0, keyword.Length) == 0 && !IsIdentifierPart(At(k + keyword.Length)))
        {
            after = k + keyword.Length;
            Mask(j, after, ' ');
            return true;
        }

        after = j;
        return false;
    }

    // ---------------------------------------------------------------- C#

    /// <summary>
    /// Scans C# from the bracket at <paramref name="open"/> to its partner; returns the index after it.
    /// In a code block (<c>{</c>), markup at the start of a statement is scanned as markup.
    /// </summary>
    /// <param name="caseLabels">For a switch body: collects where each top-level <c>case</c> or <c>default</c> label starts.</param>
    [MethodImpl(Jit.Optimized)]
    private int ScanCode(int open, bool codeBlock, List<int>? caseLabels = null)
    {
        var n = _s.Length;
        if (!Enter(open))
        {
            return n;
        }

        try
        {
            var close = Closer(_s[open]);
            var brackets = new Brackets();
            var segment = open;
            var statementStart = codeBlock;
            var statements = codeBlock ? new CodeBranches(this) : (CodeBranches?)null;
            var i = open + 1;
            while (i < n && !_aborted)
            {
                var c = _s[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (statements is not null && !IsCommentStart(i))
                {
                    statements.Value.Token(i, brackets.Count, statementStart && TopIsBrace(brackets));
                }

                switch (c)
                {
                    case '/' when At(i + 1) == '/':
                        i = EndOfLine(i);
                        continue;
                    case '/' when At(i + 1) == '*':
                        i = EndOf(i + 2, "*/");
                        continue;
                    case '"':
                        i = SkipString(i);
                        statementStart = false;
                        continue;
                    case '\'':
                        i = SkipCharLiteral(i);
                        statementStart = false;
                        continue;
                    case '$' when At(i + 1) is '"' or '@' or '$':
                        i = SkipInterpolatedString(i);
                        statementStart = false;
                        continue;
                    case '@':
                    {
                        var next = At(i + 1);
                        if (next == '"')
                        {
                            i = SkipVerbatimString(i + 1);
                        }
                        else if (next == '$' && At(i + 2) == '"')
                        {
                            i = SkipInterpolatedString(i + 1);
                        }
                        else if (next == '*')
                        {
                            Mask(segment, i, ' ');
                            i = RazorComment(i, ' ');
                            segment = i;
                            continue;
                        }
                        else if (next == ':' && codeBlock && statementStart && TopIsBrace(brackets))
                        {
                            Mask(segment, i + 2, ' ');
                            i = ScanMarkupInCode(i + 2, Stop.Line, repeated: !statements!.Value.IsStraight());
                            segment = i;
                            statementStart = true;
                            continue;
                        }
                        else if (next == '<')
                        {
                            // A templated Razor delegate: @<p>..</p>. Its markup renders wherever the code puts it, so
                            // it stays markup even inside an expression (@Helper(@<text>..</text>)).
                            Mask(segment, i + 1, ' ');
                            var islandStart = i + 1;
                            i = ScanMarkupInCode(i + 1, Stop.Element, repeated: true);
                            _markupIslands.Add(SourceSpan.FromBounds(islandStart, i));
                            segment = i;
                            statementStart = false;
                            continue;
                        }
                        else if (IsIdentifierStart(next) && codeBlock && statementStart && TopIsBrace(brackets) && !IsStatementKeyword(i + 1))
                        {
                            // An expression statement of a code block (@Html.AntiForgeryToken() inside @using (..) { }):
                            // it renders a value, and markup may follow it as the next statement.
                            Mask(segment, i, ' ');
                            var end = RenderedExpressionEnd(i + 1);
                            Expression(i, end, i + 1, end, RazorExpressionContext.Text);
                            segment = i = end;
                            statementStart = true;
                            continue;
                        }
                        else if (IsIdentifierStart(next))
                        {
                            i = IdentifierEnd(i + 1);
                        }
                        else
                        {
                            i++;
                        }

                        statementStart = false;
                        continue;
                    }

                    case '<':
                        if (codeBlock && statementStart && TopIsBrace(brackets) && StartsMarkup(i))
                        {
                            Mask(segment, i, ' ');
                            i = ScanMarkupInCode(i, Stop.Element, repeated: !statements!.Value.IsStraight());
                            segment = i;
                            statementStart = true;
                            continue;
                        }

                        i++;
                        statementStart = false;
                        continue;
                    case '{':
                    case '(':
                    case '[':
                        brackets.Push(c);
                        i++;
                        statementStart = c == '{';
                        continue;
                    case '}':
                    case ')':
                    case ']':
                        if (brackets.Count == 0)
                        {
                            i++;
                            if (c == close)
                            {
                                statements?.End();
                                Mask(segment, i, ' ');
                                return i;
                            }

                            continue; // a stray closer: C# would reject it; keep going
                        }

                        brackets.PopTo(Opener(c));
                        i++;
                        statements?.Closed(i, brackets.Count);
                        statementStart = c == '}';
                        continue;
                    case ';':
                        i++;
                        statementStart = true;
                        continue;
                    case ':':
                        i++;
                        statementStart = At(i) != ':' && At(i - 2) != ':'; // after "case x:" and labels
                        continue;
                }

                if (IsIdentifierPart(c))
                {
                    var wordEnd = IdentifierEnd(i);
                    if (caseLabels is not null && statementStart && brackets.Count == 0 && IsCaseLabel(i, wordEnd))
                    {
                        caseLabels.Add(i);
                    }

                    if (codeBlock && statementStart && TopIsBrace(brackets) && WrittenValueEnd(i, wordEnd) is { } written)
                    {
                        // Write(x); renders x where it stands, as @x would (BTCPay's PosData.cshtml: Write(Html.Raw(..))
                        // in a code block; held-out review 156)
                        Mask(segment, i, ' ');
                        Expression(i, written, wordEnd + 1, At(written - 1) == ')' ? written - 1 : written, RazorExpressionContext.Text);
                        segment = i = written;
                        statementStart = false;
                        continue;
                    }

                    i = wordEnd;
                    statementStart = false;
                    continue;
                }

                i++;
                statementStart = false;
            }

            statements?.End();
            Mask(segment, n, ' ');
            if (!_aborted)
            {
                Problem(open, close switch
                {
                    '}' => "the C# block '{' starting here is never closed",
                    ')' => "the '(' starting here is never closed",
                    _ => "the '[' starting here is never closed",
                });
            }

            return n;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Scans markup written in C#; <paramref name="repeated"/>: where it may render more than once.</summary>
    private int ScanMarkupInCode(int i, Stop stop, bool repeated)
    {
        if (!repeated)
        {
            return ScanMarkup(i, stop);
        }

        _repeated++;
        var end = i;
        try
        {
            return end = ScanMarkup(i, stop);
        }
        finally
        {
            EndRepeated(i, end);
        }
    }

    private bool IsCommentStart(int i) => (_s[i] == '/' && At(i + 1) is '/' or '*') || (_s[i] == '@' && At(i + 1) == '*');

    private bool IsCaseLabel(int start, int end) =>
        (end - start == 4 && string.CompareOrdinal(_s, start, "case", 0, 4) == 0)
        || (end - start == 7 && string.CompareOrdinal(_s, start, "default", 0, 7) == 0 && NextNonSpaceOrNewline(end) == ':');

    /// <summary>Whether a C# statement keyword starts at <paramref name="i"/> (<c>@if</c> inside a code block is plain C#).</summary>
    private bool IsStatementKeyword(int i)
    {
        var end = IdentifierEnd(i);
        return _s.Substring(i, end - i) is "if" or "for" or "foreach" or "while" or "switch" or "lock" or "do" or "try" or "using" or "var" or "return";
    }

    /// <summary>
    /// For a statement of a view's code block that starts with the page's own <c>Write(</c> (the word from
    /// <paramref name="start"/> to <paramref name="wordEnd"/>): where its argument's closing parenthesis ends (its argument
    /// is read as C#). Null for any other word (<c>WriteLiteral</c> writes the template's own markup), in a component (it
    /// has no such method: a <c>Write</c> there is the component's own), and for a call not closed (a line being typed:
    /// the block's own reading says so once).
    /// </summary>
    private int? WrittenValueEnd(int start, int wordEnd) =>
        !_isComponent && wordEnd - start == 5 && string.CompareOrdinal(_s, start, "Write", 0, 5) == 0 && At(wordEnd) == '('
            && CSharpTopLevel.Find(_s, wordEnd + 1, _s.Length, ")") is var close && close >= 0 && close < _s.Length
            ? ScanCode(wordEnd, codeBlock: false)
            : null;

    /// <summary>Where a rendered implicit expression (<c>@x.y(z)</c>, <c>@await x.y()</c>) starting at <paramref name="start"/> ends.</summary>
    private int RenderedExpressionEnd(int start)
    {
        var wordEnd = IdentifierEnd(start);
        if (string.CompareOrdinal(_s, start, "await", 0, 5) == 0 && wordEnd - start == 5)
        {
            var k = SkipSpace(wordEnd);
            return IsIdentifierStart(At(k)) ? ImplicitExpressionEnd(k) : wordEnd;
        }

        return ImplicitExpressionEnd(start);
    }

    private bool StartsMarkup(int i)
    {
        var next = At(i + 1);
        return HtmlChars.IsAsciiLetter(next) || StartsWith(i, "<!--") || (next == '/' && HtmlChars.IsAsciiLetter(At(i + 2)));
    }

    private static bool TopIsBrace(Brackets brackets) => brackets.Count == 0 || brackets.Top == '{';

    /// <summary>
    /// The brackets open in C# code, innermost last, with how many of each kind are open: a closer with no opener of its
    /// kind (']' after a run of '(') leaves them as they are without looking through all of them, each time.
    /// </summary>
    private sealed class Brackets
    {
        private readonly List<char> _open = new();
        private int _braces, _parentheses, _squares;

        public int Count => _open.Count;

        public char Top => _open[_open.Count - 1];

        public void Push(char opener)
        {
            _open.Add(opener);
            Counter(opener)++;
        }

        /// <summary>Closes the innermost opener of this kind and every bracket opened after it; nothing when none is open.</summary>
        public void PopTo(char opener)
        {
            if (Counter(opener) == 0)
            {
                return;
            }

            char popped;
            do
            {
                popped = _open[_open.Count - 1];
                _open.RemoveAt(_open.Count - 1);
                Counter(popped)--;
            }
            while (popped != opener);
        }

        private ref int Counter(char opener)
        {
            if (opener == '{')
            {
                return ref _braces;
            }

            if (opener == '(')
            {
                return ref _parentheses;
            }

            return ref _squares;
        }
    }

    private static char Closer(char open) => open switch
    {
        '{' => '}',
        '(' => ')',
        _ => ']',
    };

    private static char Opener(char close) => close switch
    {
        '}' => '{',
        ')' => '(',
        _ => '[',
    };

    private int SkipString(int i)
    {
        if (StartsWith(i, "\"\"\""))
        {
            return SkipRawString(i);
        }

        var n = _s.Length;
        var j = i + 1;
        while (j < n)
        {
            var c = _s[j];
            if (c == '\\')
            {
                j += 2;
                continue;
            }

            if (c == '"')
            {
                return j + 1;
            }

            if (c is '\n' or '\r')
            {
                return j; // unterminated on this line: C# stops here too
            }

            j++;
        }

        return n;
    }

    private int SkipRawString(int i)
    {
        var n = _s.Length;
        var quotes = 0;
        while (i + quotes < n && _s[i + quotes] == '"')
        {
            quotes++;
        }

        var j = i + quotes;
        while (j < n)
        {
            if (_s[j] == '"')
            {
                var run = 0;
                while (j + run < n && _s[j + run] == '"')
                {
                    run++;
                }

                if (run >= quotes)
                {
                    return j + run;
                }

                j += run;
                continue;
            }

            j++;
        }

        return n;
    }

    private int SkipVerbatimString(int quote)
    {
        var n = _s.Length;
        var j = quote + 1;
        while (j < n)
        {
            if (_s[j] == '"')
            {
                if (At(j + 1) == '"')
                {
                    j += 2;
                    continue;
                }

                return j + 1;
            }

            j++;
        }

        return n;
    }

    private int SkipInterpolatedString(int dollar)
    {
        var n = _s.Length;
        var j = dollar;
        while (j < n && _s[j] == '$')
        {
            j++;
        }

        var verbatim = false;
        if (At(j) == '@')
        {
            verbatim = true;
            j++;
        }

        if (At(j) != '"')
        {
            return j;
        }

        if (StartsWith(j, "\"\"\""))
        {
            return SkipRawString(j);
        }

        j++;
        while (j < n && !_aborted)
        {
            var c = _s[j];
            if (c == '{')
            {
                if (At(j + 1) == '{')
                {
                    j += 2;
                    continue;
                }

                j = ScanCode(j, codeBlock: false);
                continue;
            }

            if (c == '"')
            {
                if (verbatim && At(j + 1) == '"')
                {
                    j += 2;
                    continue;
                }

                return j + 1;
            }

            if (!verbatim)
            {
                if (c == '\\')
                {
                    j += 2;
                    continue;
                }

                if (c is '\n' or '\r')
                {
                    return j;
                }
            }

            j++;
        }

        return n;
    }

    private int SkipCharLiteral(int i)
    {
        if (At(i + 1) == '\\')
        {
            for (var j = i + 2; j < _s.Length && j < i + 12; j++)
            {
                if (_s[j] == '\'')
                {
                    return j + 1;
                }

                if (_s[j] is '\n' or '\r')
                {
                    break;
                }
            }

            return i + 1;
        }

        if (At(i + 2) == '\'')
        {
            return i + 3;
        }

        if (char.IsHighSurrogate(At(i + 1)) && At(i + 3) == '\'')
        {
            return i + 4;
        }

        return i + 1;
    }

    /// <summary>Where an implicit expression (<c>@a.b(c)[d]?.e</c>) that starts at <paramref name="start"/> ends.</summary>
    private int ImplicitExpressionEnd(int start)
    {
        var k = IdentifierEnd(start);
        while (k < _s.Length && !_aborted)
        {
            var c = _s[k];
            if (c is '(' or '[')
            {
                k = ScanCode(k, codeBlock: false);
            }
            else if (c == '.' && IsIdentifierStart(At(k + 1)))
            {
                k = IdentifierEnd(k + 1);
            }
            else if (c == '?' && At(k + 1) == '.' && IsIdentifierStart(At(k + 2)))
            {
                k = IdentifierEnd(k + 2);
            }
            else if (c == '?' && At(k + 1) == '[')
            {
                k = ScanCode(k + 1, codeBlock: false);
            }
            else if (c == '!' && ((At(k + 1) == '.' && IsIdentifierStart(At(k + 2))) || At(k + 1) == '['))
            {
                k++; // the null-forgiving operator: @x!.y
            }
            else
            {
                break;
            }
        }

        return k;
    }

    // ---------------------------------------------------------------- bookkeeping

    private int RazorComment(int at, char mask)
    {
        var close = _s.IndexOf("*@", at + 2, StringComparison.Ordinal);
        var end = close < 0 ? _s.Length : close + 2;
        var inner = _s.Substring(at + 2, (close < 0 ? _s.Length : close) - at - 2);
        _comments.Add(new TemplateComment(SourceSpan.FromBounds(at, end), inner, IsRazor: true));
        Mask(at, end, mask);
        if (close < 0)
        {
            Problem(at, "the Razor comment '@*' starting here is never closed with '*@'");
        }

        return end;
    }

    private void Expression(int start, int end, int codeStart, int codeEnd, RazorExpressionContext context)
    {
        end = Math.Min(end, _s.Length);
        codeEnd = Math.Max(codeStart, Math.Min(codeEnd, _s.Length));
        MaskCode(start, end, MaskChars.Dynamic);
        _expressions.Add(new RazorExpression(SourceSpan.FromBounds(start, end), _s.Substring(codeStart, codeEnd - codeStart), context));
    }

    private void CodeBlock(int start, int end, bool inAttribute)
    {
        end = Math.Min(end, _s.Length);
        if (inAttribute)
        {
            MaskCode(start, end, MaskChars.Dynamic);
        }
        else
        {
            _codeBlocks.Add(SourceSpan.FromBounds(start, end));
        }
    }

    private void Problem(int at, string reason) =>
        _problems.Add(new ParseProblem(new SourceSpan(Math.Min(at, _s.Length), 0), reason, IsFatal: false));

    private bool Enter(int at)
    {
        if (_aborted)
        {
            return false;
        }

        if (++_nesting > MaxNesting)
        {
            _aborted = true;
            _problems.Add(new ParseProblem(
                new SourceSpan(Math.Min(at, _s.Length), 0),
                $"Razor code and markup are nested more than {MaxNesting} levels deep here",
                IsFatal: true));
            return false;
        }

        return true;
    }

    private void Exit() => _nesting--;

    /// <summary>Masks C# from <paramref name="start"/> to <paramref name="end"/>, leaving the markup islands inside it as they are.</summary>
    private void MaskCode(int start, int end, char with)
    {
        var from = start;
        if (_markupIslands.Count > 0)
        {
            var inside = _markupIslands.FindAll(island => island.End > start && island.Start < end);
            inside.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var island in inside)
            {
                Mask(from, island.Start, with);
                from = Math.Max(from, island.End);
            }
        }

        Mask(from, end, with);
    }

    [MethodImpl(Jit.Optimized)]
    private void Mask(int start, int end, char with)
    {
        end = Math.Min(end, _s.Length);
        for (var k = Math.Max(0, start); k < end; k++)
        {
            if (!LineMap.IsLineBreak(_s[k]))
            {
                _m[k] = with;
            }
        }
    }

    // ---------------------------------------------------------------- characters

    private char At(int i) => i >= 0 && i < _s.Length ? _s[i] : '\0';

    private bool StartsWith(int i, string value) =>
        i + value.Length <= _s.Length && string.CompareOrdinal(_s, i, value, 0, value.Length) == 0;

    private bool IsEndTagOf(int i, string name)
    {
        if (At(i) != '<' || At(i + 1) != '/' || i + 2 + name.Length > _s.Length)
        {
            return false;
        }

        if (string.Compare(_s, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var after = At(i + 2 + name.Length);
        return after is '>' or '/' or '\0' || HtmlChars.IsSpace(after);
    }

    private int EndOf(int from, string terminator)
    {
        var k = _s.IndexOf(terminator, Math.Min(from, _s.Length), StringComparison.Ordinal);
        return k < 0 ? _s.Length : k + terminator.Length;
    }

    private int EndOfChar(int from, char terminator)
    {
        var k = _s.IndexOf(terminator, Math.Min(from, _s.Length));
        return k < 0 ? _s.Length : k + 1;
    }

    private int EndOfLine(int i)
    {
        while (i < _s.Length && !LineMap.IsLineBreak(_s[i]))
        {
            i++;
        }

        return i;
    }

    private int SkipSpace(int i)
    {
        while (i < _s.Length && (_s[i] == ' ' || _s[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private int SkipSpaceAndNewlines(int i)
    {
        while (i < _s.Length && char.IsWhiteSpace(_s[i]))
        {
            i++;
        }

        return i;
    }

    private char NextNonSpace(int i) => At(SkipSpace(i));

    private char NextNonSpaceOrNewline(int i) => At(SkipSpaceAndNewlines(i));

    private bool AtLineStart(int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            var c = _s[k];
            if (LineMap.IsLineBreak(c) || c == '\uFEFF')
            {
                return true;
            }

            if (c != ' ' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private int IdentifierEnd(int i)
    {
        while (i < _s.Length && IsIdentifierPart(_s[i]))
        {
            i++;
        }

        return i;
    }

    internal static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    internal static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);

    /// <summary>Whether <paramref name="word"/> is one C# identifier.</summary>
    internal static bool IsIdentifier(string word)
    {
        if (word.Length == 0 || !IsIdentifierStart(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEmailLocalPart(char c) => char.IsLetterOrDigit(c);

}
