using System;
using LinkHygiene.Localization;

namespace LinkHygiene.Engine;

/// <summary>
/// What a front end knows about the whole project, beyond the one template being analysed: today its neutral-language
/// resource strings (for localized link text). Built once per project (per compilation in the analyzer, per run in the
/// command-line tool) and shared by every template's analysis.
/// </summary>
public sealed class ProjectContext
{
    /// <summary>Creates a context.</summary>
    public ProjectContext(LocalizationCatalog localization)
    {
        Localization = localization ?? throw new ArgumentNullException(nameof(localization));
    }

    /// <summary>A context that knows nothing beyond the template.</summary>
    public static ProjectContext Empty { get; } = new(LocalizationCatalog.Empty);

    /// <summary>The neutral-language strings of the project's .resx files.</summary>
    public LocalizationCatalog Localization { get; }
}
