using System;
using System.Collections.Generic;
using System.Globalization;

namespace LinkHygiene.Diagnostics;

/// <summary>
/// What every front end needs to know about a rule: ID, title, message format, default severity and
/// help link. Front ends translate it (e.g. into a Roslyn DiagnosticDescriptor); they never redefine it.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>The category shared by every LinkHygiene rule, so a whole family can be configured at once.</summary>
    public const string CategoryName = "LinkHygiene";

    /// <summary>Where rule documentation lives; the page for a rule is <c>{HelpLinkBase}{Id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/LinkHygiene/LinkHygiene/blob/main/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    public RuleDescriptor(string id, string title, string messageFormat, RuleSeverity defaultSeverity, string description)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
        DefaultSeverity = defaultSeverity;
        Description = description ?? throw new ArgumentNullException(nameof(description));
        HelpLink = HelpLinkBase + id + ".md";
        SeverityOptionKey = "link_hygiene." + id.ToLowerInvariant() + ".severity";
    }

    /// <summary>The rule ID, e.g. LH001.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>A composite format string; arguments come from the finding.</summary>
    public string MessageFormat { get; }

    /// <summary>The severity when nothing configures it.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>A longer description (one or two sentences).</summary>
    public string Description { get; }

    /// <summary>The documentation page.</summary>
    public string HelpLink { get; }

    /// <summary>The category.</summary>
    public string Category => CategoryName;

    /// <summary>The per-section severity key, <c>link_hygiene.lhxxx.severity</c> (keys are case-insensitive).</summary>
    public string SeverityOptionKey { get; }

    /// <summary>
    /// A rule's help link under another base (a folder or site holding the LHxxx.md pages, e.g. an internal docs mirror
    /// or the docs/ folder inside the package); the default base when <paramref name="helpLinkBase"/> is empty.
    /// </summary>
    public static string HelpLinkUnder(string? helpLinkBase, string id)
    {
        if (string.IsNullOrWhiteSpace(helpLinkBase))
        {
            return HelpLinkBase + id + ".md";
        }

        var trimmed = helpLinkBase!.Trim();
        return trimmed + (trimmed.EndsWith("/", StringComparison.Ordinal) ? string.Empty : "/") + id + ".md";
    }

    /// <summary>Formats the message for the given arguments, exactly as every front end shows it.</summary>
    public string FormatMessage(IReadOnlyList<string> arguments)
    {
        var args = new object[arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
