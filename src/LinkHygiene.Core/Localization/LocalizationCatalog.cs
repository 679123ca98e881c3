using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;

namespace LinkHygiene.Localization;

/// <summary>
/// The neutral-language strings of a project's .resx files, so link text written as <c>@Localizer["read-more"]</c> can
/// be checked like literal text. ASP.NET's convention is that a key is the neutral text itself; a neutral .resx (one
/// without a culture in its name, like <c>SharedResource.resx</c>) may give it another value.
/// </summary>
public sealed class LocalizationCatalog
{
    private static readonly System.Text.RegularExpressions.Regex CultureName = new("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly char[] NameSeparators = { '/', '\\', '.' };
    private readonly Dictionary<string, string?> _values; // null: the key has different values in different files
    private readonly List<(string[] Name, Dictionary<string, string> Values)> _files; // each neutral file's, by its name's parts

    // The localizers the project's _ViewImports.cshtml and _Imports.razor inject
    private readonly InjectedLocalizers _injected;

    private LocalizationCatalog(Dictionary<string, string?> values, List<(string[] Name, Dictionary<string, string> Values)> files, InjectedLocalizers? injected = null)
    {
        _values = values;
        _files = files;
        _injected = injected ?? InjectedLocalizers.None;
    }

    /// <summary>The same strings, with the localizers a project's imports inject into its templates (<see cref="Engine.ProjectContext.LocalizersOf"/>).</summary>
    internal LocalizationCatalog WithInjectedLocalizers(InjectedLocalizers injected) =>
        injected.IsEmpty ? this : new LocalizationCatalog(_values, _files, injected);

    /// <summary>
    /// What a localizer the imports around a template inject under this name reads (<see cref="InjectedLocalizers.TryGet"/>);
    /// false when they inject none by this name.
    /// </summary>
    internal bool TryGetInjectedLocalizer(string templatePath, string name, out string? resources) => _injected.TryGet(templatePath, name, out resources);

    /// <summary>No resource files: keys stand for themselves.</summary>
    public static LocalizationCatalog Empty { get; } = new(new Dictionary<string, string?>(StringComparer.Ordinal), new List<(string[], Dictionary<string, string>)>());

    /// <summary>How many keys the neutral resource files define.</summary>
    public int Count => _values.Count;

    /// <summary>Reads the neutral .resx files among the given ones (culture-specific ones such as <c>X.de.resx</c> are skipped); never throws.</summary>
    /// <param name="files">Paths and texts (a null text is skipped).</param>
    public static LocalizationCatalog FromResx(IEnumerable<(string Path, string? Text)> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var byFile = new List<(string[] Name, Dictionary<string, string> Values)>();
        foreach (var (path, text) in files)
        {
            if (text is null || !IsNeutralResx(path))
            {
                continue;
            }

            var own = new Dictionary<string, string>(StringComparer.Ordinal);
            byFile.Add((path.Substring(0, path.Length - ".resx".Length).Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries), own));
            foreach (var (key, value) in Read(text))
            {
                own[key] = value;
                if (values.TryGetValue(key, out var existing) && existing != value)
                {
                    values[key] = null;
                }
                else
                {
                    values[key] = value;
                }
            }
        }

        return new LocalizationCatalog(values, byFile);
    }

    /// <summary>Whether a path is a neutral-language .resx file (no culture name before the extension).</summary>
    public static bool IsNeutralResx(string? path)
    {
        if (path is null || !path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return true;
        }

        // Resource.de.resx, Resource.pt-BR.resx, Resource.zh-Hans.resx are cultures; Resource.Views.resx is not.
        var suffix = name.Substring(dot + 1);
        if (!CultureName.IsMatch(suffix))
        {
            return true;
        }

        try
        {
            return CultureInfo.GetCultureInfo(suffix).Name.Length == 0;
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }

    /// <summary>
    /// The neutral text for a key: the neutral .resx value when exactly one is known, else the key itself when it is
    /// written as text ("Read more", "Details": ASP.NET's convention), else null: a key written as an identifier
    /// ("read-more", "more_info", "Nav.ReadMore") names a text this project keeps elsewhere (JSON, a database), and
    /// guessing it would report what cannot be decided.
    /// </summary>
    public string? Resolve(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return _values.TryGetValue(key, out var value) && value is not null ? value : KeyAsText(key);
    }

    /// <summary>What a key renders when no file holds it, as far as it is known: the key written as text, else null.</summary>
    internal static string? KeyAsText(string key) =>
        key.IndexOf(' ') < 0 && (key.IndexOf('-') > 0 || key.IndexOf('_') > 0 || HasDottedSegment(key))
            ? null
            : key;

    /// <summary>
    /// The neutral text for a key that a localizer reading one resource name looks up: the value the .resx files of that
    /// name hold (<c>Resources/SharedResource.resx</c> and <c>Resources/Models.SharedResource.resx</c> for
    /// <c>SharedResource</c>; <c>Resources/Pages/Index.resx</c> or <c>Resources/Pages.Index.resx</c> for the view
    /// <c>Pages/Index</c>) when they agree, else what a missing key renders, the key itself (as
    /// <see cref="Resolve(string)"/> reads it). Other files' values are not this localizer's.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="resourceName">The resource name's parts, last one last (<c>["SharedResource"]</c>, <c>["Pages", "Index"]</c>).</param>
    public string? Resolve(string key, IReadOnlyList<string> resourceName)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (resourceName is null || resourceName.Count == 0)
        {
            throw new ArgumentException("a resource name has at least one part", nameof(resourceName));
        }

        string? found = null;
        foreach (var (name, values) in _files)
        {
            if (EndsWith(name, resourceName) && !InAnotherArea(name, resourceName) && values.TryGetValue(key, out var value))
            {
                if (found is not null && found != value)
                {
                    return null;
                }

                found = value;
            }
        }

        return found ?? KeyAsText(key);
    }

    /// <summary>Whether a file's name puts it in an area (<c>Resources/Areas/Admin/Pages/Index.resx</c>) that a name outside one (<c>Pages/Index</c>) is not in.</summary>
    private static bool InAnotherArea(string[] name, IReadOnlyList<string> resourceName) =>
        !string.Equals(resourceName[0], "Areas", StringComparison.OrdinalIgnoreCase)
        && Array.FindIndex(name, 0, name.Length - resourceName.Count, part => string.Equals(part, "Areas", StringComparison.OrdinalIgnoreCase)) >= 0;

    private static bool EndsWith(string[] name, IReadOnlyList<string> suffix)
    {
        if (name.Length < suffix.Count)
        {
            return false;
        }

        for (var i = 1; i <= suffix.Count; i++)
        {
            if (!string.Equals(name[name.Length - i], suffix[suffix.Count - i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a dot joins two parts of a key (<c>Nav.ReadMore</c>), not ends a phrase (<c>more...</c>, <c>Details.</c>).</summary>
    private static bool HasDottedSegment(string key)
    {
        for (var i = key.Length < 3 ? -1 : key.IndexOf('.', 1); i > 0 && i < key.Length - 1; i = key.IndexOf('.', i + 1))
        {
            if (char.IsLetterOrDigit(key[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Key, string Value)> Read(string text)
    {
        var entries = new List<(string, string)>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            string? name = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Name == "data")
                {
                    // Only plain strings: no type= (files, images) and no mimetype= (serialized objects).
                    name = reader.GetAttribute("type") is null && reader.GetAttribute("mimetype") is null ? reader.GetAttribute("name") : null;
                }
                else if (reader.Name == "value" && name is not null)
                {
                    entries.Add((name, reader.ReadElementContentAsString()));
                    name = null;
                }
            }
        }
        catch (XmlException)
        {
            // A broken .resx gives what was read before the break; the keys it held stand for themselves.
        }

        return entries;
    }
}
