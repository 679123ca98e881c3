using System;
using LinkHygiene.Diagnostics;
using LinkHygiene.Site;

namespace LinkHygiene.Rules;

/// <summary>
/// LH031: a <c>#fragment</c> that names no id. In this template (<c>href="#faq"</c>) it is decided here, per template;
/// in another document (<c>href="/docs/guide.html#install"</c>, <c>asp-fragment</c>) by <see cref="InternalLinkChecker"/>
/// with the project's index. Only documents whose ids are all known count (no computed ids, layouts, partials,
/// components or scripts).
/// </summary>
public sealed class LH031MissingFragment : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingFragment,
        "Fragment with no matching id",
        "Link to '{0}': {1} has no element with id '{2}' ({3})",
        RuleSeverity.Warning,
        "A link to #fragment lands at the top of the page when no element has that id (case matters): the reader does not get to the part the link promised.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var facts = context.Facts;
        foreach (var link in facts.Links)
        {
            if (link.Href is not { } href || link.Undecidable is not null || !href.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var outcome = InternalLinkChecker.SameDocumentFragment(href.Substring(1), link.Display, facts);
            if (outcome.Kind == OutcomeKind.Broken)
            {
                context.Report(Rule, link.Span, link, outcome.Arguments!);
            }
        }
    }
}
