using System;
using LinkHygiene.Diagnostics;
using LinkHygiene.Fixes;

namespace LinkHygiene.Rules;

/// <summary>LH020: an external link opening a new window without noopener or noreferrer.</summary>
public sealed class LH020BlankTargetWithoutNoopener : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BlankTargetWithoutNoopener,
        "target=\"_blank\" without rel=\"noopener\"",
        "Link to '{0}' opens a new window (target=\"_blank\") without rel=\"noopener\"; add noopener (or noreferrer)",
        RuleSeverity.Suggestion,
        "A page opened with target=\"_blank\" can reach back to yours through window.opener (reverse tabnabbing) unless the link says noopener. Current browsers imply it, older ones do not.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            var target = link.Target;
            if (target is null || link.TargetIsDynamic || !string.Equals(target.Value.Trim(), "_blank", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!link.Href.MayBeExternal || link.Rel.IsDynamic || link.Rel.HasAny("noopener", "noreferrer"))
            {
                continue;
            }

            context.Report(Rule, target.Span, link, RelFixes.AddToken(context.Document, link, "noopener"), link.Href.Display);
        }
    }
}
