using LinkHygiene.Diagnostics;

namespace LinkHygiene.Engine;

/// <summary>Descriptors of the findings the engine itself reports (not tied to links).</summary>
public static class EngineDescriptors
{
    /// <summary>LH900: an invalid option value.</summary>
    public static readonly RuleDescriptor InvalidOption = new(
        RuleIds.InvalidOption,
        "Invalid LinkHygiene option value",
        "Option '{0}' has an invalid value '{1}': {2}; the default '{3}' is used",
        RuleSeverity.Warning,
        "An option in .editorconfig or .globalconfig has a value LinkHygiene does not understand. The message names the key, the value and what is accepted; the default is used until it is fixed.");

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
