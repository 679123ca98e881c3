using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
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

    private TemplateConfiguration(AnalyzerConfigSet? set, IReadOnlyList<string> files)
    {
        _set = set;
        Files = files;
    }

    /// <summary>The configuration files that were read (inputs for incrementality and for messages).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Discovers and reads every configuration file that applies to the templates.</summary>
    /// <param name="templates">Full paths of the templates.</param>
    /// <param name="projectDirectories">The project directory, or the folders being scanned: .globalconfig files in them and above apply to every template.</param>
    /// <param name="extraConfigFiles">Configuration files MSBuild already knows (@(EditorConfigFiles)).</param>
    /// <exception cref="ConfigurationException">A configuration file could not be read.</exception>
    public static TemplateConfiguration Load(IEnumerable<string> templates, IEnumerable<string> projectDirectories, IEnumerable<string> extraConfigFiles)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            AddAncestors(Path.GetDirectoryName(template), paths, visited, ".editorconfig", ".globalconfig");
        }

        var visitedForGlobal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var projectDirectory in projectDirectories)
        {
            if (!string.IsNullOrEmpty(projectDirectory))
            {
                AddAncestors(Path.GetFullPath(projectDirectory), paths, visitedForGlobal, ".globalconfig");
            }
        }

        foreach (var extra in extraConfigFiles)
        {
            if (!string.IsNullOrWhiteSpace(extra) && File.Exists(extra))
            {
                paths.Add(Path.GetFullPath(extra));
            }
        }

        var configs = new List<AnalyzerConfig>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException(path, $"could not read '{path}': {e.Message}", e);
            }

            configs.Add(AnalyzerConfig.Parse(text, path));
        }

        return new TemplateConfiguration(configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs), new List<string>(paths));
    }

    /// <summary>The options for one template.</summary>
    public IOptionSource OptionsFor(string templatePath)
    {
        if (_set is null)
        {
            return DictionaryOptionSource.Empty;
        }

        var result = _set.GetOptionsForSourcePath(templatePath);
        return new Source(result.AnalyzerOptions, _set.GlobalConfigOptions.TreeOptions);
    }

    private static void AddAncestors(string? directory, SortedSet<string> paths, HashSet<string> visited, params string[] names)
    {
        for (var current = directory; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (!visited.Add(current!))
            {
                return; // already walked from here up
            }

            foreach (var name in names)
            {
                var candidate = Path.Combine(current!, name);
                if (File.Exists(candidate))
                {
                    paths.Add(candidate);
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
