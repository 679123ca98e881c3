using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH004: raw HTML rendered inside a user-generated section, where its links cannot be checked.</summary>
public sealed class LH004RawHtmlInUgc : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.RawHtmlInUgc,
        "Raw HTML in user-generated content",
        "Raw HTML from '{0}' in a user-generated section cannot be checked here; make the sanitizer add rel=\"ugc nofollow\" to every link in it",
        RuleSeverity.Suggestion,
        "User-written HTML rendered as markup (Html.Raw, MarkupString, v-html) carries its own links, which this template cannot qualify. The HTML sanitizer that cleans it must add rel=\"ugc nofollow\" to them.");

    // At a place in the code: Html.Raw(...), a (MarkupString) cast, new HtmlString(...) or new MarkupString(...), and MVC 5's
    // MvcHtmlString.Create(...) and new MvcHtmlString(...) (held-out review 88)
    private static readonly Regex RawAt = new(
        @"\G[\s(]*(?:await\s+)?(?:Html\s*\.\s*Raw\s*\(|\(\s*(?:Microsoft\.AspNetCore\.Components\.)?MarkupString\s*\)|new\s+(?:Microsoft\.AspNetCore\.(?:Html|Components)\.|System\.Web\.Mvc\.)?(?:HtmlString|MarkupString|MvcHtmlString)\s*\(|(?:System\.Web\.Mvc\.)?MvcHtmlString\s*\.\s*Create\s*\()",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// Whether <paramref name="expression"/> is only the name of a local whose declaration nearest before it (or, with none,
    /// the first after it), in the template's code, gives it raw HTML (<see cref="RawLocal"/>): another loop may declare the
    /// same name with a string (<c>var text = c.Body;</c>), and one written in a comment is no declaration (code reviews
    /// 120, 121 and 122).
    /// </summary>
    private static bool IsRawLocal(Documents.TemplateDocument document, RazorExpression expression, ref List<(int At, string Name, bool Raw)>? declarations)
    {
        var name = expression.Code.Trim();
        if (!RazorScanner.IsIdentifier(name))
        {
            return false;
        }

        if (declarations is null)
        {
            declarations = new List<(int At, string Name, bool Raw)>();
            var text = document.Text;
            for (var m = RawLocal.Match(text); m.Success; m = m.NextMatch())
            {
                if (IsIn(document.CodeBlocks, m.Index) && !document.Comments.Any(c => c.Span.Start <= m.Index && m.Index < c.Span.End))
                {
                    declarations.Add((m.Index, m.Groups[1].Value, RawAt.IsMatch(text, m.Index + m.Length)));
                }
            }
        }

        // (with none before it, the first after it: a field or property of @code or @functions, written at the template's
        // end, is the whole template's; code review 122)
        bool? raw = null;
        foreach (var declaration in declarations)
        {
            if (declaration.Name != name)
            {
                continue;
            }

            if (declaration.At >= expression.Span.Start)
            {
                return raw ?? declaration.Raw;
            }

            raw = declaration.Raw;
        }

        return raw ?? false;
    }

    private static bool IsIn(IReadOnlyList<SourceSpan> spans, int offset) => spans.Any(span => span.Start <= offset && offset < span.End);

    /// <summary>
    /// Html.Raw of a value that holds no markup (held-out review 93: a forum's post number and dates): arithmetic of
    /// members and numbers with <c>* / % -</c> and no call (<c>Model.PageIndex * Model.PageSize + c.Index + 1</c>), a value
    /// formatted by a standard or custom format string (<c>c.Posted.ToString("u")</c>, <c>"N0"</c>, <c>"yyyy-MM-dd"</c>), a
    /// member's count or length. Not a sum alone, which may join strings (<c>c.Html + 1</c>), a call's result
    /// (<c>c.Body.Remove(c.Body.Length - 1)</c>: code review), nor a bare <c>ToString()</c>, which an HTML content's gives.
    /// </summary>
    private static readonly Regex RawOfNoMarkup = new(
        @"^\s*Html\s*\.\s*Raw\s*\(\s*(?:"
        + @"(?![\s\S]*[\w\]]\s*\()(?=[\s\S]*[*/%-])[\w.\s()+*/%-]+"
        + @"|[\w.\[\]]+\.ToString\(\s*""(?:[A-Za-z]\d{0,2}|(?:[yMdHhmsfFtzKT0#.,:/\\ %-]|'[^'<>&]*')+)""\s*(?:,[\w.\s]*)?\)"
        + @"|[\w.\[\]]+\.(?:Count|Length)(?:\(\))?"
        + @")\s*\)\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether an expression's value is raw HTML: the whole of it, or a branch of a conditional at its top level
    /// (<c>c ? Html.Raw(a) : b</c>, <c>a ?? (MarkupString)b</c>), not an argument of a call (<c>Format(c ? Html.Raw(a) : b)</c>,
    /// <c>Show(body: Html.Raw(x))</c>), whose result is not known. One pass; strings and characters are skipped.
    /// </summary>
    internal static bool RendersRawHtml(string code)
    {
        if (RawAt.IsMatch(code, 0))
        {
            return true;
        }

        // Parentheses around the whole expression, ((c ? Html.Raw(a) : b)), keep its branches at the top level.
        var trimmed = code.Trim();
        var wrap = 0;
        while (wrap < trimmed.Length / 2 && trimmed[wrap] == '(' && trimmed[trimmed.Length - 1 - wrap] == ')')
        {
            wrap++;
        }

        var depth = -wrap;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '"' or '\'')
            {
                // Skip the literal (escapes included; a verbatim string's "" reads as two literals, which is the same).
                for (i++; i < code.Length && code[i] != c; i++)
                {
                    if (code[i] == '\\')
                    {
                        i++;
                    }
                }
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (depth <= 0 && (c == ':' || (c == '?' && i + 1 < code.Length && code[i + 1] != '.' && code[i + 1] != '[')))
            {
                if (c == '?' && i + 1 < code.Length && code[i + 1] == '?')
                {
                    i++; // a ?? b
                }

                if (RawAt.IsMatch(code, i + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A local declared in the template's code: var x = new HtmlString(..); holds raw HTML (Orchard 1.x's comment list renders
    // @paragraphed; held-out review 156), string x = c.Body; does not. What follows '=' is matched with RawAt.
    private static readonly Regex RawLocal = new(
        @"\b(?:var|string|object|dynamic|(?:Microsoft\.AspNetCore\.(?:Html|Components)\.)?(?:I?HtmlString|IHtmlContent|MarkupString))[ \t]+([A-Za-z_]\w{0,63})[ \t]*=(?![=>])",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!context.Walk.MayHoldUgc)
        {
            return; // (every finding is in a user-generated zone: most templates have none, and the tests below cost)
        }

        List<(int At, string Name, bool Raw)>? declarations = null;
        foreach (var expression in context.Document.Expressions)
        {
            if (expression.Context != RazorExpressionContext.Text
                || !(RendersRawHtml(expression.Code) || IsRawLocal(context.Document, expression, ref declarations))
                || RawOfNoMarkup.IsMatch(expression.Code))
            {
                continue;
            }

            var element = context.Document.ElementAt(expression.Span.Start);
            if (context.Walk.ZoneOf(element) == LinkZone.Ugc)
            {
                var source = context.Document.Text.Substring(expression.Span.Start, expression.Span.Length);
                context.Report(Rule, expression.Span, element, Href.Shorten(source));
            }
        }

        foreach (var span in context.Document.RawTemplateOutputs)
        {
            var element = context.Document.ElementAt(span.Start);
            if (context.Walk.ZoneOf(element) == LinkZone.Ugc)
            {
                context.Report(Rule, span, element, Href.Shorten(context.Document.Text.Substring(span.Start, span.Length)));
            }
        }

        foreach (var (element, attribute) in context.Walk.RawHtmlAttributes)
        {
            if (context.Walk.ZoneOf(element) == LinkZone.Ugc)
            {
                context.Report(Rule, attribute.Span, element, Href.Shorten(context.Document.Text.Substring(attribute.Span.Start, attribute.Span.Length)));
            }
        }
    }
}
