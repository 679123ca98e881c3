namespace LinkHygiene.Diagnostics;

/// <summary>Severity of a finding, in the words .editorconfig uses.</summary>
public enum RuleSeverity
{
    /// <summary>Not reported at all.</summary>
    None = 0,

    /// <summary>Reported but hidden (IDE: no squiggle; build: not shown).</summary>
    Silent = 1,

    /// <summary>Informational (IDE: dots; build: info).</summary>
    Suggestion = 2,

    /// <summary>A warning.</summary>
    Warning = 3,

    /// <summary>An error: fails the build.</summary>
    Error = 4,
}
