using System;
using System.Collections.Generic;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Text;

namespace LinkHygiene.Fixes;

/// <summary>Fixes that edit a link's rel attribute and nothing else.</summary>
internal static class RelFixes
{
    private static readonly char[] Separators = { ' ', '\t', '\n', '\r', '\f', ',', ';' };
    private static readonly HashSet<string> Meaningless = new(StringComparer.OrdinalIgnoreCase) { "dofollow", "do-follow", "follow" };

    /// <summary>Adds a token to rel (keeping every other token and byte), or adds rel="token" after href.</summary>
    public static CodeFix? AddToken(TemplateDocument document, Link link, string token)
    {
        var title = $"Add \"{token}\" to rel";
        var rel = link.Rel.Attribute;
        if (link.Rel.IsDynamic)
        {
            return null;
        }

        if (rel is null)
        {
            // A rel given to a component that renders noopener itself replaces it: keep it (held-out review 64)
            var anchor = link.Href.Attribute?.Span.End ?? NameEnd(document, link);
            var quote = QuoteOf(document, link.Href.Attribute) ?? '"';
            var value = link.ComponentRendersNoopener && link.Component!.BlankRel is { } rendered && Array.IndexOf(rendered.Split(' '), token) < 0 ? token + " " + rendered : token;
            return new CodeFix(title, new[] { new TextEdit(new SourceSpan(anchor, 0), $" rel={quote}{value}{quote}") });
        }

        if (!rel.HasValue)
        {
            return new CodeFix(title, new[] { new TextEdit(rel.Span, $"rel=\"{token}\"") });
        }

        if (HoldsCode(document, rel))
        {
            return null;
        }

        var raw = document.Text.Substring(rel.ValueSpan.Start, rel.ValueSpan.Length);
        var kept = raw.TrimEnd(Separators);
        if (QuoteOf(document, rel) is null)
        {
            var value = kept.Trim().Length == 0 ? token : kept + " " + token;
            return new CodeFix(title, new[] { new TextEdit(rel.ValueSpan, "\"" + value + "\"") });
        }

        var insertion = kept.Trim().Length == 0 ? token : " " + token;
        return new CodeFix(title, new[] { new TextEdit(new SourceSpan(rel.ValueSpan.Start + kept.Length, 0), insertion) });
    }

    /// <summary>
    /// Whether a rel value holds code that renders nothing (a Razor comment, a template comment, <c>{{- /* */ -}}</c>):
    /// its tokens are known, but an edit beside it may be eaten by it (a '-' trims the white space around a Jinja or Go
    /// tag, so " ugc" after <c>{#- note -#}</c> renders as "authorugc").
    /// </summary>
    private static bool HoldsCode(TemplateDocument document, Documents.SourceAttribute rel)
    {
        for (var i = rel.ValueSpan.Start; i < rel.ValueSpan.End && i < document.Masked.Length; i++)
        {
            if (document.Masked[i] is Razor.MaskChars.Dynamic or Razor.MaskChars.Elided)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rewrites rel as space-separated tokens without duplicates or meaningless words (dofollow, follow).</summary>
    public static CodeFix? Normalize(TemplateDocument document, Link link)
    {
        var rel = link.Rel.Attribute;
        if (rel is null || !rel.HasValue || link.Rel.IsDynamic || HoldsCode(document, rel))
        {
            return null;
        }

        var raw = document.Text.Substring(rel.ValueSpan.Start, rel.ValueSpan.Length);
        var value = NormalizedValue(raw);
        if (value == raw)
        {
            return null;
        }

        if (value.Length == 0)
        {
            // rel="dofollow": nothing is left to say, so the attribute goes (rel="" would be left behind otherwise).
            return new CodeFix("Remove rel, which says nothing", new[] { new TextEdit(WithItsSpace(document.Text, rel.Span), string.Empty) });
        }

        var edit = QuoteOf(document, rel) is null && value.IndexOf(' ') >= 0
            ? new TextEdit(rel.ValueSpan, "\"" + value + "\"")
            : new TextEdit(rel.ValueSpan, value);
        return new CodeFix("Rewrite rel as space-separated tokens", new[] { edit });
    }

    /// <summary>
    /// An attribute's span with the white space that separates it from what is before it: the spaces before it on its
    /// line, or, when it is alone on its line, the whole line.
    /// </summary>
    private static SourceSpan WithItsSpace(string text, SourceSpan attribute)
    {
        var start = attribute.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var end = attribute.End;
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        var lineStart = start == 0 || text[start - 1] is '\n' or '\r';
        var lineEnd = after < text.Length && text[after] is '\n' or '\r';
        if (lineStart && lineEnd)
        {
            // alone on its line: the line and its break go
            end = after + (text[after] == '\r' && after + 1 < text.Length && text[after + 1] == '\n' ? 2 : 1);
        }

        return SourceSpan.FromBounds(start, end);
    }

    /// <summary>A rel value as space-separated tokens: split at white space, commas and semicolons, each token once, without the meaningless "dofollow" and "follow".</summary>
    internal static string NormalizedValue(string raw)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<string>();
        foreach (var token in raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Meaningless.Contains(token) && seen.Add(token))
            {
                tokens.Add(token);
            }
        }

        return string.Join(" ", tokens);
    }

    private static char? QuoteOf(TemplateDocument document, SourceAttribute? attribute)
    {
        if (attribute is null || !attribute.HasValue || attribute.ValueSpan.Start == 0)
        {
            return null;
        }

        var before = document.Text[attribute.ValueSpan.Start - 1];
        return before is '"' or '\'' ? before : null;
    }

    private static int NameEnd(TemplateDocument document, Link link)
    {
        var i = link.StartTagSpan.Start + 1;
        while (i < link.StartTagSpan.End && !char.IsWhiteSpace(document.Text[i]) && document.Text[i] != '>' && document.Text[i] != '/')
        {
            i++;
        }

        return i;
    }
}
