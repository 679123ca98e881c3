using System;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>
/// Checks that a finding points at the offending attribute or text, not merely somewhere near it: the href for a
/// destination problem, the rel token for a rel problem, the link text (or the attribute that names the link) for a
/// text problem, the start tag for a link without text, and so on; and always inside the link.
/// </summary>
public static class SpanChecker
{
    private static readonly Regex HrefAttribute = new(@"^(href|xlink:href|:href|v-bind:href|\[href\]|\[attr\.href\]|ng-href|data-ng-href|x-bind:href|th:href|data-bind|asp-[a-z-]+|path|to)\s*(=|$)", RegexOptions.IgnoreCase);
    private static readonly Regex NameAttribute = new(@"^(aria-label|aria-labelledby|alt|title|text|label|v-text|x-text|ng-bind|data-ng-bind|:textcontent|v-bind:textcontent|\[innertext\]|\[textcontent\])\s*=", RegexOptions.IgnoreCase);
    private static readonly Regex RawHtmlAttribute = new(@"^(v-html|x-html|ng-bind-html|data-ng-bind-html|\[innerhtml\]|:innerhtml|v-bind:innerhtml|th:utext)\s*=|^data-bind\s*=\s*"".*\bhtml\s*:", RegexOptions.IgnoreCase);

    public static void AssertOffendingText(Finding finding, string text, AnalysisResult result)
    {
        var span = text.Substring(finding.Span.Start, finding.Span.Length);
        var where = $"{finding} at [{finding.Span.Start}..{finding.Span.End}) '{span}'";
        if (finding.Id == RuleIds.InvalidOption)
        {
            // In a template, LH900 points at the unknown rule ID of a suppression comment or data-linkhygiene-ignore, or at
            // the name of a directive that is none.
            Assert.Matches(@"^(LH\w*|linkhygiene-[A-Za-z-]+)$", span);
            return;
        }

        if (finding.Id == RuleIds.UnanalyzableTemplate)
        {
            Assert.True(finding.Span.Length == 0, where);
            return;
        }

        Assert.True(span.Length > 0 && span.Trim().Length == span.Length, $"empty or untrimmed span: {where}");
        if (finding.Id == RuleIds.RawHtmlInUgc)
        {
            Assert.True(span.StartsWith('@') || (span.StartsWith("Write(", StringComparison.Ordinal) && span.EndsWith(')')) || RawHtmlAttribute.IsMatch(span) || (span.StartsWith("{{", StringComparison.Ordinal) && span.EndsWith("}}", StringComparison.Ordinal)), where);
            return;
        }

        var link = result.Links.FirstOrDefault(l => l.Span.Contains(finding.Span) || (l.Span.Start <= finding.Span.Start && finding.Span.End <= l.Span.End));
        Assert.True(link is not null, $"not inside any link: {where}");

        switch (finding.Id)
        {
            case RuleIds.MissingUgcRel:
            case RuleIds.MissingSponsoredRel:
            case RuleIds.AffiliateLink:
            case RuleIds.InsecureExternalLink:
            case RuleIds.PlaceholderHref:
            case RuleIds.MalformedUrl:
                Assert.True(HrefAttribute.IsMatch(span) || span.StartsWith('<'), $"not the destination attribute: {where}");
                break;
            case RuleIds.QualifiedInternalLink:
            case RuleIds.MalformedRel:
                Assert.True(span.StartsWith("rel", StringComparison.OrdinalIgnoreCase) || (link!.Rel.Attribute is { } rel && rel.ValueSpan.Contains(finding.Span) && !span.Any(char.IsWhiteSpace)), $"not a rel token: {where}");
                break;
            case RuleIds.BlankTargetWithoutNoopener:
                // (its target, or its href when the target is the page's <base target>)
                Assert.True(span.StartsWith("target", StringComparison.OrdinalIgnoreCase) || (link!.Target is null && HrefAttribute.IsMatch(span)), where);
                break;
            case RuleIds.EmptyLinkText:
                Assert.True(finding.Span == link!.StartTagSpan, $"not the start tag: {where}");
                break;
            case RuleIds.GenericAnchorText:
            case RuleIds.UrlAsAnchorText:
            case RuleIds.AmbiguousAnchorText:
                var inContent = link!.ContentRegion.Start <= finding.Span.Start && finding.Span.End <= link.ContentRegion.End;
                var attribute = NameAttribute.IsMatch(span) && link.StartTagSpan.Contains(finding.Span);
                var inChildAttribute = NameAttribute.IsMatch(span) && inContent;
                Assert.True(attribute || inContent || inChildAttribute, $"not the link's text or naming attribute: {where}");
                break;
        }
    }
}
