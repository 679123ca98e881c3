using System.Collections.Generic;
using System.Text.RegularExpressions;
using LinkHygiene.Documents;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>
/// MVC's <c>@Html.ActionLink("text", ...)</c> and <c>@Html.RouteLink("text", ...)</c> (and MVC 5's <c>Ajax.ActionLink</c>
/// and <c>Ajax.RouteLink</c>) render an anchor to a route of this site. Their link text is checked like an &lt;a&gt;'s when it is a C# string literal, or one localizer lookup
/// (<c>Localizer["Read more"].Value</c>), read as a link's content is.
/// </summary>
internal static class HtmlHelperLinks
{
    // (and MVC 5's Ajax.ActionLink and Ajax.RouteLink, whose anchor's href is the same route: held-out review 98)
    private static readonly Regex Helper = new(@"^\s*(?:Html|Ajax)\s*\.\s*(ActionLink|RouteLink)\s*\(", RegexOptions.CultureInvariant);

    private static readonly Regex AriaLabel = new(@"\baria_label\s*=|[""']aria-label[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static void Add(TemplateDocument document, DocumentWalk walk, Localization.LocalizationCatalog localization)
    {
        var added = false;
        foreach (var expression in document.Expressions)
        {
            if (expression.Context != RazorExpressionContext.Text)
            {
                continue;
            }

            var match = Helper.Match(expression.Code);
            if (!match.Success)
            {
                continue;
            }

            // Code starts after '@' (implicit) or '@(' (explicit).
            var codeStart = document.Text.IndexOf(expression.Code, expression.Span.Start, System.StringComparison.Ordinal);
            var name = ReadTextArgument(document.Text, codeStart + match.Length);
            var arguments = CSharpArguments.Split(expression.Code, match.Length, expression.Code.TrimEnd().Length);
            // An aria-label among its HTML attributes (new { aria_label = "..." }) names the link in place of its text
            // (code review): not read, so unknown.
            var linkName = HasAriaLabel(expression.Code, arguments) ? new AccessibleName(NameSource.AriaLabel, string.Empty, IsDynamic: true, expression.Span)
                : name is null && LocalizedArgument(document, expression.Code, arguments, codeStart, localization) is { } localized ? localized
                : NameOf(name, expression.Span);
            var container = document.ElementAt(expression.Span.Start);
            var display = Href.Shorten(document.Text.Substring(expression.Span.Start, expression.Span.Length));
            walk.Links.Add(new Link(
                container,
                LinkElementKind.HtmlHelper,
                expression.Span,
                name?.Span ?? (linkName.IsDynamic ? new SourceSpan(expression.Span.End, 0) : linkName.Span),
                System.Array.Empty<SourceAttribute>(),
                Href.FromHelper(display),
                RelValue.From(null, forcedDynamic: true),
                null,
                targetIsDynamic: true,
                linkName,
                walk.ZoneOf(container),
                walk.ZoneIsInferredAt(container),
                walk.LanguageAt(container),
                walk.IgnoredAt(container),
                hasDynamicAttributes: false,
                hasUnknownAttributes: false));
            added = true;
        }

        if (added)
        {
            walk.Links.Sort((a, b) => a.StartTagSpan.Start.CompareTo(b.StartTagSpan.Start));
        }
    }

    private static AccessibleName NameOf((string Text, SourceSpan Span)? literal, SourceSpan helper)
    {
        if (literal is null)
        {
            return new AccessibleName(NameSource.Content, string.Empty, IsDynamic: true, helper);
        }

        var text = LinkExtractor.Collapse(literal.Value.Text);
        return text.Length == 0
            ? new AccessibleName(NameSource.None, string.Empty, IsDynamic: false, helper)
            : new AccessibleName(NameSource.Content, text, IsDynamic: false, literal.Value.Span);
    }

    /// <summary>
    /// Whether a link helper is given an aria-label among its HTML attributes, its last argument of four or more
    /// (<c>ActionLink(text, action, routeValues, htmlAttributes)</c>); a third argument is route values, where
    /// <c>aria_label</c> is a query parameter (code review).
    /// </summary>
    private static bool HasAriaLabel(string code, List<(int Start, int End)>? arguments) =>
        arguments is { Count: >= 4 } && AriaLabel.IsMatch(code.Substring(arguments[arguments.Count - 1].Start, arguments[arguments.Count - 1].End - arguments[arguments.Count - 1].Start));

    /// <summary>
    /// The name a first argument that is one localizer lookup gives (<c>Html.ActionLink(Localizer["Read more"].Value, ...)</c>),
    /// where the lookup is written; null for any other argument.
    /// </summary>
    private static AccessibleName? LocalizedArgument(TemplateDocument document, string code, List<(int Start, int End)>? arguments, int codeStart, Localization.LocalizationCatalog localization)
    {
        if (arguments is not { Count: > 0 })
        {
            return null;
        }

        var (start, stop) = arguments[0];
        // (C# may write the receiver as a verbatim identifier: @Localizer["..."])
        var text = LinkExtractor.LocalizedText(document, code.Substring(start, stop - start).TrimStart('@'), localization);
        return text is null ? null : LinkExtractor.NeutralName(text, SourceSpan.FromBounds(codeStart + start, codeStart + stop));
    }

    /// <summary>
    /// Reads a C# string literal (regular or verbatim, escapes decoded) at <paramref name="i"/>, and where its text is
    /// (inside the quotes); null when the argument is anything else.
    /// </summary>
    private static (string Text, SourceSpan Span)? ReadTextArgument(string source, int i)
    {
        while (i < source.Length && char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        var open = i < source.Length && source[i] == '@' ? i + 1 : i;
        if (open >= source.Length || source[open] != '"')
        {
            return null;
        }

        var close = CSharpString.End(source, i, source.Length);
        if (close < 0 || !IsEndOfArgument(source, close + 1) || CSharpString.Value(source.Substring(i, close + 1 - i)) is not { } text)
        {
            return null;
        }

        return (text, SourceSpan.FromBounds(open + 1, close));
    }

    private static bool IsEndOfArgument(string source, int i)
    {
        while (i < source.Length && char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        return i < source.Length && source[i] is ',' or ')';
    }
}
