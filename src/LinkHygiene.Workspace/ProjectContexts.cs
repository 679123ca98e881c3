using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Localization;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace;

/// <summary>
/// What the templates of each project a run reads share (<see cref="ProjectContext"/>), as each compilation gives the
/// analyzer its own: the neutral .resx strings of the whole run, and the language of each project's page shells
/// (code review: a French web app's layout had made the e-mail and admin libraries beside it French too). A template's
/// project is the nearest folder above it that holds a project file; templates outside any project share one.
/// </summary>
public sealed class ProjectContexts
{
    private readonly Dictionary<string, ProjectContext> _byProject = new(PathUtilities.Comparer);
    private readonly ProjectContext _withoutShells;
    private readonly Site.SiteLocator _locator = new();

    private ProjectContexts(ProjectContext withoutShells) => _withoutShells = withoutShells;

    /// <summary>No resource files and no page shells.</summary>
    public static ProjectContexts Empty { get; } = new(ProjectContext.Empty);

    /// <summary>
    /// Reads the neutral .resx files among <paramref name="resources"/>, and the page shells and imports among
    /// <paramref name="templates"/> (<see cref="ProjectContext.IsPageShell"/>, <see cref="ProjectContext.IsImports"/>),
    /// each project's apart (unreadable ones are skipped).
    /// </summary>
    public static ProjectContexts Load(IEnumerable<string> resources, IEnumerable<string> templates)
    {
        var strings = ReadAll(resources); // (one that cannot be read leaves its keys to stand for themselves)
        var catalog = strings.Count == 0 ? LocalizationCatalog.Empty : LocalizationCatalog.FromResx(strings);
        var contexts = new ProjectContexts(strings.Count == 0 ? ProjectContext.Empty : new ProjectContext(catalog));
        var projectFiles = ReadAll(templates.Where(t => ProjectContext.IsPageShell(t) || ProjectContext.IsImports(t)));
        foreach (var files in projectFiles.GroupBy(file => contexts.ProjectOf(file.Path), PathUtilities.Comparer))
        {
            // (a shell that cannot be read says no language, imports that cannot be read inject nothing)
            contexts._byProject[files.Key] = new ProjectContext(
                catalog,
                ProjectContext.LanguageOfShells(files.Where(file => ProjectContext.IsPageShell(file.Path))),
                ProjectContext.LocalizersOf(files.Where(file => ProjectContext.IsImports(file.Path))));
        }

        return contexts;
    }

    /// <summary>The context of the project a template belongs to.</summary>
    public ProjectContext For(string templatePath) => _byProject.TryGetValue(ProjectOf(templatePath), out var context) ? context : _withoutShells;

    /// <summary>The nearest folder above a file that holds a project file, or "" when none does.</summary>
    private string ProjectOf(string path) => _locator.ProjectOf(path) ?? string.Empty;

    private static List<(string Path, string? Text)> ReadAll(IEnumerable<string> paths)
    {
        var files = new List<(string, string?)>();
        foreach (var path in paths)
        {
            try
            {
                files.Add((path, TemplateFile.ReadText(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
            }
        }

        return files;
    }
}
