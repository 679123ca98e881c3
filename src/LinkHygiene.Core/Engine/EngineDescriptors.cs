using LinkHygiene.Diagnostics;

namespace LinkHygiene.Engine;

/// <summary>Descriptors of the findings the engine itself reports (not tied to links).</summary>
public static class EngineDescriptors
{
    /// <summary>LH900: a LinkHygiene setting that cannot be used (the message says which and why).</summary>
    public static readonly RuleDescriptor InvalidOption = new(
        RuleIds.InvalidOption,
        "Invalid LinkHygiene configuration",
        "{0}",
        RuleSeverity.Warning,
        "A LinkHygiene setting that has no effect as written: an unknown link_hygiene key or rule ID, a value LinkHygiene does not accept, a dotnet_diagnostic severity in an .editorconfig (which the compiler never applies to templates), or an unknown rule ID in a suppression comment. Reported once, where it is written.");

    /// <summary>LH901: a template that could not be analysed.</summary>
    public static readonly RuleDescriptor UnanalyzableTemplate = new(
        RuleIds.UnanalyzableTemplate,
        "Template could not be analysed",
        "Template could not be fully analysed: {0}",
        RuleSeverity.Warning,
        "A template was binary, too large, or could not be read to the end (for example an unterminated Razor block). LinkHygiene says why instead of staying silent.");

    /// <summary>The LH901 reason every front end gives for a file whose bytes are not text (not UTF-8 and binary-looking).</summary>
    public const string NotTextReason = "the file could not be read as text (it is not UTF-8 and looks binary)";
}
