using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using Microsoft.CodeAnalysis;

namespace LinkHygiene.Workspace.Configuration;

/// <summary>
/// Resolves .editorconfig and .globalconfig options for templates the way the compiler does, with Roslyn's own
/// <see cref="AnalyzerConfigSet"/>: same discovery (every .editorconfig up to root = true, .globalconfig files above
/// the project), same globs, same precedence, same comment rules. As in the compiler, <c>dotnet_diagnostic.LHxxx.severity</c>
/// counts in a .globalconfig and not in .editorconfig sections (where configuration checks report it as LH900).
/// </summary>
public sealed class TemplateConfiguration
{
    // Null when no configuration file applies: every template then has no options, and Roslyn's configuration reader
    // (whose static constructor compiles its regular expressions) is not started for nothing.
    private readonly AnalyzerConfigSet? _set;

    // A compilation's .globalconfig files apply to all of it and to nothing else: with templates of several projects (the
    // command line over a repository), each project's own set, by its folder ("" for templates in no project), and the
    // templates' locator; null when every template has the same (held-out review 170: the CLI over two projects merged
    // their .globalconfig files, whose keys then cancelled, or one project's reached the other's templates).
    private readonly Dictionary<string, AnalyzerConfigSet>? _byProject;
    private readonly Site.SiteLocator? _locator;

    private TemplateConfiguration(AnalyzerConfigSet? set, IReadOnlyList<string> files, Dictionary<string, AnalyzerConfigSet>? byProject = null, Site.SiteLocator? locator = null)
    {
        _set = set;
        Files = files;
        _byProject = byProject;
        _locator = locator;
    }

    /// <summary>The configuration files that were read (inputs for incrementality and for messages).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Discovers and reads every configuration file that applies to the templates.</summary>
    /// <param name="templates">Full paths of the templates.</param>
    /// <param name="projectDirectories">The project directory, or the folders being scanned: .globalconfig files in them and above apply to every template.</param>
    /// <param name="extraConfigFiles">Configuration files MSBuild already knows (@(EditorConfigFiles)); its .globalconfig files apply to every template.</param>
    /// <exception cref="ConfigurationException">A configuration file could not be read.</exception>
    public static TemplateConfiguration Load(IEnumerable<string> templates, IEnumerable<string> projectDirectories, IEnumerable<string> extraConfigFiles)
    {
        var parsed = new Dictionary<string, (AnalyzerConfig Config, bool IsRoot)>(StringComparer.Ordinal);
        var editorConfigs = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var locator = new Site.SiteLocator();
        var globalsByProject = new Dictionary<string, (SortedSet<string> Paths, HashSet<string> Visited)>(StringComparer.Ordinal);
        Func<string, bool> isRoot = path => Parse(path, parsed).IsRoot;
        foreach (var template in templates)
        {
            var folder = Path.GetDirectoryName(template);
            AddAncestors(folder, editorConfigs, visited, ".editorconfig", isRoot);
            var project = locator.ProjectOf(template) ?? string.Empty;
            if (!globalsByProject.TryGetValue(project, out var globals))
            {
                globalsByProject[project] = globals = (new SortedSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }

            AddAncestors(folder, globals.Paths, globals.Visited, ".globalconfig");
        }

        var common = new SortedSet<string>(StringComparer.Ordinal);
        var visitedForGlobal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var projectDirectory in projectDirectories)
        {
            if (!string.IsNullOrEmpty(projectDirectory))
            {
                AddAncestors(Path.GetFullPath(projectDirectory), common, visitedForGlobal, ".globalconfig");
            }
        }

        foreach (var extra in extraConfigFiles)
        {
            if (!string.IsNullOrWhiteSpace(extra) && File.Exists(extra))
            {
                var path = Path.GetFullPath(extra);
                // (an .editorconfig the templates' own walks did not find applies to none of them: beside them, or above
                // the root = true they stop at)
                if (IsGlobalConfig(path))
                {
                    common.Add(path);
                }
            }
        }

        var paths = new SortedSet<string>(editorConfigs, StringComparer.Ordinal);
        paths.UnionWith(common);
        foreach (var globals in globalsByProject.Values)
        {
            paths.UnionWith(globals.Paths);
        }

        foreach (var path in paths)
        {
            Parse(path, parsed);
        }

        if (paths.Count == 0)
        {
            return new TemplateConfiguration(null, new List<string>());
        }

        AnalyzerConfigSet SetOf(IEnumerable<string> files) => AnalyzerConfigSet.Create(files.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).Select(f => parsed[f].Config).ToList());
        var all = SetOf(paths);
        var projectGlobals = globalsByProject.Values.Select(g => string.Join("|", g.Paths)).Distinct(StringComparer.Ordinal).Count();
        if (projectGlobals <= 1)
        {
            return new TemplateConfiguration(all, new List<string>(paths));
        }

        var byProject = new Dictionary<string, AnalyzerConfigSet>(StringComparer.Ordinal);
        foreach (var project in globalsByProject)
        {
            byProject[project.Key] = SetOf(editorConfigs.Concat(common).Concat(project.Value.Paths));
        }

        return new TemplateConfiguration(all, new List<string>(paths), byProject, locator);
    }

    /// <summary>The options for one template.</summary>
    public IOptionSource OptionsFor(string templatePath)
    {
        if (_set is null)
        {
            return DictionaryOptionSource.Empty;
        }

        var set = _byProject is not null && _byProject.TryGetValue(_locator!.ProjectOf(templatePath) ?? string.Empty, out var own) ? own : _set;
        var result = set.GetOptionsForSourcePath(templatePath);
        return new Source(result.AnalyzerOptions, set.GlobalConfigOptions.TreeOptions);
    }

    private static bool IsGlobalConfig(string path) => Path.GetFileName(path).EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);

    private static (AnalyzerConfig Config, bool IsRoot) Parse(string path, Dictionary<string, (AnalyzerConfig Config, bool IsRoot)> parsed)
    {
        if (parsed.TryGetValue(path, out var known))
        {
            return known;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, $"could not read '{path}': {e.Message}", e);
        }

        return parsed[path] = (AnalyzerConfig.Parse(text, path), ConfigurationValidator.DeclaresRoot(text));
    }

    /// <summary>
    /// Adds the files of a name at and above a folder; with <paramref name="stopsAfter"/>, up to the first it says ends the
    /// walk: the .editorconfig files a template reads end at the first with <c>root = true</c>, as the compiler and every
    /// EditorConfig reader stop there, and one above it is not read and its lines not checked (held-out review 170).
    /// </summary>
    private static void AddAncestors(string? directory, SortedSet<string> paths, HashSet<string> visited, string name, Func<string, bool>? stopsAfter = null)
    {
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (!visited.Add(current!))
            {
                return; // already walked from here up
            }

            var candidate = Path.Combine(current!, name);
            if (File.Exists(candidate))
            {
                paths.Add(candidate);
                if (stopsAfter?.Invoke(candidate) == true)
                {
                    return;
                }
            }
        }
    }

    private static string? Word(ReportDiagnostic value) => value switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        ReportDiagnostic.Info => "suggestion",
        ReportDiagnostic.Hidden => "silent",
        ReportDiagnostic.Suppress => "none",
        _ => null,
    };

    /// <summary>
    /// Serves the engine's option keys. For <c>link_hygiene.lhxxx.severity</c> it applies the compiler's order: a
    /// .globalconfig <c>dotnet_diagnostic</c> entry wins (as it does over the analyzer's own severity), then our key; but
    /// our <c>none</c> wins over it, as in the build, where the analyzer then reports nothing for the compiler to raise
    /// (held-out review 154: a Legacy folder's <c>none</c> beside a .globalconfig's <c>error</c>).
    /// </summary>
    private sealed class Source : IOptionSource
    {
        private readonly ImmutableDictionary<string, string> _options;
        private readonly ImmutableDictionary<string, ReportDiagnostic> _global;

        public Source(ImmutableDictionary<string, string> options, ImmutableDictionary<string, ReportDiagnostic> global)
        {
            _options = options;
            _global = global;
        }

        public bool TryGetValue(string key, out string? value)
        {
            var lower = key.ToLowerInvariant();
            var id = SeverityKeyRuleId(lower);
            if (id is not null && _global.TryGetValue(id, out var global) && Word(global) is { } globalWord
                && !(_options.TryGetValue(lower, out var own) && string.Equals(own.Trim(), "none", StringComparison.OrdinalIgnoreCase)))
            {
                value = globalWord;
                return true;
            }

            if (_options.TryGetValue(lower, out var raw))
            {
                value = raw;
                return true;
            }

            value = null;
            return false;
        }

        private static string? SeverityKeyRuleId(string key)
        {
            const string prefix = "link_hygiene.";
            const string suffix = ".severity";
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return null;
            }

            var id = key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length);
            return RuleCatalog.Find(id) is null ? null : id;
        }
    }
}

/// <summary>A configuration file that could not be used at all (unreadable).</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationException(string path, string message, Exception? inner = null)
        : base(message, inner) => Path = path;

    /// <summary>The configuration file.</summary>
    public string Path { get; }
}
