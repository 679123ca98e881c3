using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Razor;

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

    private static readonly Regex RawExpression = new(
        @"(?:^|[?:])\s*\(*\s*(?:await\s+)?(?:Html\s*\.\s*Raw\s*\(|\(\s*(?:Microsoft\.AspNetCore\.Components\.)?MarkupString\s*\)|new\s+(?:Microsoft\.AspNetCore\.(?:Html|Components)\.)?(?:HtmlString|MarkupString)\s*\()",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var expression in context.Document.Expressions)
        {
            if (expression.Context != RazorExpressionContext.Text || !RawExpression.IsMatch(expression.Code))
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
