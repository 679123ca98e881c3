using System;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH012: a bare URL as anchor text.</summary>
public sealed class LH012UrlAsAnchorText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UrlAsAnchorText,
        "URL as anchor text",
        "Anchor text '{0}' is a bare URL; say in words what the page is",
        RuleSeverity.Suggestion,
        "A URL as link text tells readers and search engines little about the target and is read out character by character by screen readers.");

    // How a bare URL starts: a scheme, or www.
    private const string UrlStart = @"^(?:https?://|www\.)";

    private static readonly Regex BareUrl = new(UrlStart + @"\S+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex BareUrlStart = new(UrlStart, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            if (link.Name.Source != NameSource.Content)
            {
                continue;
            }

            if (link.Name.IsDynamic)
            {
                // <a href="@url">@url</a>: the text is the destination itself, whatever it is at run time.
                if (TextIsTheHrefExpression(context, link) is { } text)
                {
                    context.Report(Rule, text.Span, link, Href.Shorten(text.Written));
                }

                continue;
            }

            if (BareUrl.IsMatch(link.Name.Normalized))
            {
                context.Report(Rule, link.Name.Span, link, Href.Shorten(link.Name.Text));
            }
            else if (AnchorText.NormalizedWithoutNotice(link.Name.Normalized) is { } bare && BareUrl.IsMatch(bare))
            {
                // a bare URL and a notice that it opens a new tab, visible or for screen readers only (GOV.UK's
                // <span class="govuk-visually-hidden"> (opens in new tab)</span>; held-out review 159)
                context.Report(Rule, link.Name.Span, link, Href.Shorten(AnchorText.WithoutWindowNotice(link.Name.Text) ?? link.Name.Text));
            }
        }
    }

    /// <summary>
    /// Whether the link's whole content (or a component's text parameter that names it: <c>Text="@site.Url"</c>) is the
    /// same run-time expression as its href (<c>@u</c>, <c>{{ u }}</c>): that text as written and where, or null.
    /// </summary>
    private static (string Written, SourceSpan Span)? TextIsTheHrefExpression(RuleContext context, Link link)
    {
        var href = link.Href.Attribute;
        if (link.ContentIsBound)
        {
            // What the template holds is replaced (<a :href="url" v-text="label">{{ url }}</a> shows the label), but a text
            // binding to the href's own expression shows the URL (<a :href="url" v-text="url">: code review)
            return href is not null && BoundText(link) is { } bound && ClientExpression(href) is { } bindingExpression
                && string.Equals(Squeeze(bound.Value), bindingExpression, StringComparison.Ordinal)
                ? (bound.Value.Trim(), bound.Span)
                : null;
        }

        if (href is not null && Array.IndexOf(InterpolatingBindings, href.Name) >= 0 && link.ContentRegion.Length > 0)
        {
            // Vue's and Angular's binding, its expression shown by interpolation: <a :href="url">{{ url }}</a> (held-out
            // review 82)
            var written = context.Document.Text.Substring(link.ContentRegion.Start, link.ContentRegion.Length);
            return string.Equals("{{" + Squeeze(href.Value) + "}}", Squeeze(written), StringComparison.Ordinal) && href.Value.Trim().Length > 0
                ? NameWritten(context, link)
                : null;
        }

        var textParameter = link.Component?.Text is { } parameter && link.GetAttribute(parameter) is { } text && text.Span == link.Name.Span ? text : null;
        if (href is null || !LinkExtractor.IsWrittenUrl(href) || !href.IsDynamic || (link.ContentRegion.Length == 0 && textParameter is null))
        {
            return null;
        }

        // Go's and Jinja's trim markers take white space away around the output, not from it: {{- . -}} is {{ . }}
        // (held-out review 79)
        var expression = WithoutEscapingFilters(RazorCore(WithoutTrimMarkers(Squeeze(href.SourceValue))));
        var content = WithoutEscapingFilters(RazorCore(WithoutTrimMarkers(Squeeze(textParameter?.SourceValue ?? context.Document.Text.Substring(link.ContentRegion.Start, link.ContentRegion.Length)))));
        // Or the same URL written with the same run-time part: https://facebook.com/@Model.Facebook as both.
        var isExpression = (expression.StartsWith("@", System.StringComparison.Ordinal) && expression.Length > 1) || IsOutput(expression) || BareUrlStart.IsMatch(expression);
        return isExpression && string.Equals(expression, content, System.StringComparison.Ordinal)
            ? textParameter is null ? NameWritten(context, link) : (textParameter.SourceValue, link.Name.Span)
            : null;
    }

    /// <summary>The link's name as the template writes it, and where (made only for a link that is reported).</summary>
    private static (string Written, SourceSpan Span) NameWritten(RuleContext context, Link link) =>
        (context.Document.Text.Substring(link.Name.Span.Start, link.Name.Span.Length), link.Name.Span);

    private static SourceAttribute? BoundText(Link link)
    {
        foreach (var name in LinkExtractor.TextBindings)
        {
            if (link.GetAttribute(name) is { } bound && bound.Value.Trim().Length > 0)
            {
                return bound;
            }
        }

        return null;
    }

    /// <summary>The client-side expression an href is (squeezed): a binding's value, or one <c>{{ x }}</c> written as the href.</summary>
    private static string? ClientExpression(SourceAttribute href)
    {
        if (Array.IndexOf(HrefBindings, href.Name) >= 0)
        {
            return Squeeze(href.Value);
        }

        var squeezed = Squeeze(href.SourceValue);
        return squeezed.Length > 4 && squeezed.StartsWith("{{", StringComparison.Ordinal) && squeezed.EndsWith("}}", StringComparison.Ordinal)
            && squeezed.IndexOf("{{", 2, StringComparison.Ordinal) < 0
            ? squeezed.Substring(2, squeezed.Length - 4)
            : null;
    }

    /// <summary>
    /// Whether a value is one client template output: <c>{{ u }}</c>, and in template scripts <c>${u}</c> (jQuery tmpl),
    /// <c>&lt;%= u %&gt;</c> (Underscore, EJS) and <c>#= u #</c> (Kendo).
    /// </summary>
    private static bool IsOutput(string expression)
    {
        foreach (var (open, close) in Outputs)
        {
            if (expression.Length > open.Length + close.Length && expression.StartsWith(open, System.StringComparison.Ordinal)
                && expression.EndsWith(close, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The href bindings of the frameworks that show a value as <c>{{ x }}</c> (Vue, Angular).</summary>
    private static readonly string[] InterpolatingBindings = { ":href", "v-bind:href", "[href]", "[attr.href]", "bind-href" };

    /// <summary>The href bindings whose value is a client-side expression: those and Alpine's, which shows text by <c>x-text</c> only.</summary>
    private static readonly string[] HrefBindings = { ":href", "v-bind:href", "x-bind:href", "[href]", "[attr.href]", "bind-href" };

    private static readonly (string Open, string Close)[] Outputs = { ("{{", "}}"), ("${", "}"), ("<%=", "%>"), ("#=", "#") };

    /// <summary>
    /// One Razor expression in its plain form: <c>@(x)</c> is <c>@x</c>, and so is an interpolated string of it alone,
    /// <c>@($"{x}")</c> (held-out review of Blazor libraries: BootstrapBlazor writes the href so, the text as <c>@x</c>).
    /// </summary>
    private static string RazorCore(string squeezed)
    {
        // an encoder writes the same URL: @Html.Encode(u), @Html.AttributeEncode(u) (held-out review 88: FunnelWeb's
        // trackback lists)
        if (Encoded.Match(squeezed) is { Success: true } encoded)
        {
            squeezed = "@" + encoded.Groups["value"].Value;
        }

        if (!squeezed.StartsWith("@(", System.StringComparison.Ordinal) || !squeezed.EndsWith(")", System.StringComparison.Ordinal))
        {
            return squeezed;
        }

        var inner = squeezed.Substring(2, squeezed.Length - 3);
        if (inner.StartsWith("$\"{", System.StringComparison.Ordinal) && inner.EndsWith("}\"", System.StringComparison.Ordinal)
            && inner.IndexOfAny(Braces, 3, inner.Length - 5) < 0)
        {
            inner = inner.Substring(3, inner.Length - 5);
        }

        return inner.Length == 0 ? squeezed : "@" + inner;
    }

    private static readonly char[] Braces = { '{', '}', '"', ':' };

    private static readonly Regex Encoded = new(
        @"^@(?<open>\()?(?:Html\.(?:Attribute)?Encode|(?:System\.Web\.)?HttpUtility\.(?:HtmlAttribute|Html)Encode|(?:System\.Net\.)?WebUtility\.HtmlEncode|UrlEncoder\.Default\.Encode)\((?<value>[^()]+(?:\([^()]*\))?)\)(?(open)\))$",
        RegexOptions.CultureInvariant);

    // Filters that write the same text, escaped or marked safe: Django's and Jinja's safe, escape and e, Go's safeURL and
    // html (held-out review 97: miniflux's href="{{ .URL | safeURL }}" shown as {{ .URL }})
    private static readonly Regex EscapingFilters = new(
        @"^\{\{(?<value>[^|{}]+)(?:\|(?:safe|escape|e|force_escape|safeURL|safeHTMLAttr|html))+\}\}$", RegexOptions.CultureInvariant);

    /// <summary>One template output without the filters that only escape it or mark it safe (squeezed: no white space).</summary>
    private static string WithoutEscapingFilters(string squeezed) =>
        squeezed.IndexOf('|') > 0 && EscapingFilters.Match(squeezed) is { Success: true } output ? "{{" + output.Groups["value"].Value + "}}" : squeezed;

    private static string WithoutTrimMarkers(string squeezed) =>
        squeezed.IndexOf("{{-", StringComparison.Ordinal) < 0 && squeezed.IndexOf("-}}", StringComparison.Ordinal) < 0
            ? squeezed
            : squeezed.Replace("{{-", "{{").Replace("-}}", "}}");

    private static string Squeeze(string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text; // (most hrefs and texts have no white space: no copy)
        }

        var builder = new System.Text.StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first + 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
