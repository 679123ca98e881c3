using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LinkHygiene.Localization;

/// <summary>
/// The localizers a project's imports inject into the templates beside and below them (<c>@inject
/// IStringLocalizer&lt;SharedResource&gt; Loc</c> in a <c>_ViewImports.cshtml</c> or <c>_Imports.razor</c>), by the folder
/// each imports file stands in: a template reads those of the imports of its kind (a view <c>_ViewImports.cshtml</c>'s, a
/// component <c>_Imports.razor</c>'s) in its folder and every folder above it, the nearest deciding, as Razor reads them
/// (code review 123: an Admin folder's import had named a Home view's <c>Text</c>).
/// </summary>
public sealed class InjectedLocalizers
{
    // Each imports file's folder (with a trailing '/', separators as '/'), the extension of the templates it imports into,
    // and what it injects, the deepest first
    private readonly List<(string Folder, string Extension, Dictionary<string, string?> Localizers)> _byFolder;

    private InjectedLocalizers(List<(string Folder, string Extension, Dictionary<string, string?> Localizers)> byFolder) => _byFolder = byFolder;

    /// <summary>No imports, or none that injects a localizer.</summary>
    public static InjectedLocalizers None { get; } = new(new List<(string, string, Dictionary<string, string?>)>());

    /// <summary>Whether any imports file injects a localizer.</summary>
    public bool IsEmpty => _byFolder.Count == 0;

    /// <summary>Reads the localizers each imports file injects (a null text is skipped).</summary>
    /// <param name="imports">The paths and texts of the imports (<see cref="Engine.ProjectContext.IsImports"/>).</param>
    public static InjectedLocalizers Read(IEnumerable<(string Path, string? Text)> imports)
    {
        var byFolder = new List<(string Folder, string Extension, Dictionary<string, string?> Localizers)>();
        foreach (var (path, text) in imports ?? throw new ArgumentNullException(nameof(imports)))
        {
            var localizers = new Dictionary<string, string?>(StringComparer.Ordinal);
            Documents.TemplateDocument.ReadLocalizerDeclarations(text ?? string.Empty, localizers);
            if (localizers.Count > 0)
            {
                byFolder.Add((FolderOf(path), Path.GetExtension(path ?? string.Empty), localizers));
            }
        }

        return byFolder.Count == 0 ? None : new InjectedLocalizers(byFolder.OrderByDescending(entry => entry.Folder.Length).ToList());
    }

    /// <summary>
    /// What a localizer the imports around a template inject under this name reads: "" for an <c>IViewLocalizer</c>, T's
    /// name for an <c>IStringLocalizer&lt;T&gt;</c>, null for one without a type; false when they inject none by this name.
    /// </summary>
    internal bool TryGet(string templatePath, string name, out string? resources)
    {
        if (_byFolder.Count > 0)
        {
            var path = Separators(templatePath);
            foreach (var (folder, extension, localizers) in _byFolder)
            {
                if (path.StartsWith(folder, Site.FileSystemPaths.Comparison) && path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
                    && localizers.TryGetValue(name, out resources))
                {
                    return true;
                }
            }
        }

        resources = null;
        return false;
    }

    // (the separators first: a Windows path read on Linux has no directory for Path to cut at: code review 124)
    private static string FolderOf(string path)
    {
        var separated = Separators(path ?? string.Empty);
        return separated.Substring(0, separated.LastIndexOf('/') + 1);
    }

    private static string Separators(string path) => path.Replace('\\', '/');
}
