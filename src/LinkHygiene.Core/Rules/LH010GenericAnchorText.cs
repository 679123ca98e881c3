using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Rules.Data;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH010: anchor text such as "click here" or "read more" that says nothing about the destination.</summary>
public sealed class LH010GenericAnchorText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.GenericAnchorText,
        "Generic anchor text",
        "Anchor text '{0}' does not describe the link's destination; use words that say where it goes",
        RuleSeverity.Warning,
        "Search engines use anchor text to understand the target page, and screen-reader users hear links out of context. 'Click here' and 'read more' tell neither anything.");

    /// <summary><c>link_hygiene.LH010.strict</c>.</summary>
    public static readonly Option<bool> Strict = new(
        "link_hygiene.LH010.strict",
        false,
        "false",
        "true or false",
        "Also flags short words that are often, but not always, generic (go, start, this, details, das, este, ir, ...).",
        OptionParsers.Bool);

    /// <summary><c>link_hygiene.LH010.extra_phrases</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> ExtraPhrases = new(
        "link_hygiene.LH010.extra_phrases",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of phrases",
        "More phrases to flag, in any language (matched after the same normalisation as link text).",
        OptionParsers.List);

    /// <summary><c>link_hygiene.LH010.allowed_phrases</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> AllowedPhrases = new(
        "link_hygiene.LH010.allowed_phrases",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of phrases",
        "Phrases never to flag, even when they are in a built-in list.",
        OptionParsers.List);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { Strict, ExtraPhrases, AllowedPhrases };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.Links.Count == 0)
        {
            return;
        }

        var strict = context.Options.Get(Strict);
        var extra = NormalizedSet(context.Options.Get(ExtraPhrases));
        var allowed = NormalizedSet(context.Options.Get(AllowedPhrases));
        var catalog = PhraseCatalog.Default;
        foreach (var link in context.Links)
        {
            var name = link.Name;
            if (name.IsDynamic || name.Text.Length == 0 || IsControl(link))
            {
                continue;
            }

            var normalized = name.Normalized;
            if (normalized.Length == 0)
            {
                // Only punctuation or arrows ("»", "…", "[^]"): a name that describes nothing.
                if (AnchorText.IsOnlySymbols(name.Text) && !allowed.Contains(name.Text.Trim()))
                {
                    context.Report(Rule, name.Span, link, Href.Shorten(name.Text));
                }

                continue;
            }

            if (allowed.Contains(normalized))
            {
                continue;
            }

            var language = link.Language ?? context.DefaultLanguage;
            if (extra.Contains(normalized) || catalog.IsGeneric(normalized, language, strict))
            {
                context.Report(Rule, name.Span, link, Href.Shorten(name.Text));
            }
        }
    }

    /// <summary>
    /// Whether the anchor is an item of a widget whose text is a label among siblings, not a description of a
    /// destination: a tab, a menu item, an option, a tree item (btcpayserver's
    /// <c>&lt;a data-bs-toggle="tab" href="#link-tab"&gt;Link&lt;/a&gt;</c> labels a tab called "Link"). A button or a
    /// collapse/dropdown/modal toggle that says "here" or "read more" still tells a screen-reader user nothing, and is
    /// reported (btcpayserver: <c>clicking &lt;a data-bs-toggle="collapse" href="#details"&gt;here&lt;/a&gt;</c>).
    /// </summary>
    internal static bool IsControl(Link link)
    {
        var role = link.GetAttribute("role")?.Value.Trim().ToLowerInvariant();
        if (role is "tab" or "menuitem" or "menuitemradio" or "menuitemcheckbox" or "option" or "switch" or "treeitem")
        {
            return true;
        }

        var toggle = (link.GetAttribute("data-bs-toggle") ?? link.GetAttribute("data-toggle"))?.Value.Trim().ToLowerInvariant();
        return toggle is "tab" or "pill" or "list";
    }

    private static HashSet<string> NormalizedSet(IReadOnlyList<string> phrases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var normalized = AnchorText.Normalize(phrase);
            if (normalized.Length > 0)
            {
                set.Add(normalized);
            }
        }

        return set;
    }
}
