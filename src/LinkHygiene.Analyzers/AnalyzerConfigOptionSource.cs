using System;
using System.Collections.Generic;
using System.Linq;
using LinkHygiene.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinkHygiene.Analyzers;

/// <summary>
/// Serves engine option lookups from Roslyn's per-file .editorconfig/.globalconfig options and, when asked to,
/// remembers each key looked up and its answer (what <see cref="TemplateResultCache"/> checks before reusing a result).
/// A rule the compilation configures by its ID (a .globalconfig's <c>dotnet_diagnostic</c> entry, NoWarn,
/// WarningsAsErrors) reads as if its own severity key said <c>default</c> where no key does: the engine then leaves
/// Roslyn's bulk keys aside for it, as the compiler does, and the compiler applies its own severity to what is reported.
/// </summary>
internal sealed class AnalyzerConfigOptionSource : IOptionSource
{
    private readonly AnalyzerConfigOptions _options;
    private readonly ISet<string> _configuredByCompiler;
    private readonly Dictionary<string, string?>? _asked;

    public AnalyzerConfigOptionSource(AnalyzerConfigOptions options, ISet<string>? severityKeysConfiguredByCompiler = null, bool record = false)
    {
        _options = options;
        _configuredByCompiler = severityKeysConfiguredByCompiler ?? EmptyKeys;
        _asked = record ? new Dictionary<string, string?>(StringComparer.Ordinal) : null;
    }

    private static readonly ISet<string> EmptyKeys = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether lookups are remembered.</summary>
    public bool IsRecording => _asked is not null;

    public bool TryGetValue(string key, out string? value)
    {
        var found = _options.TryGetValue(key, out var v);
        if (!found && _configuredByCompiler.Contains(key))
        {
            (found, v) = (true, "default");
        }

        value = found ? v : null;
        if (_asked is not null)
        {
            lock (_asked)
            {
                _asked[key] = value;
            }
        }

        return found;
    }

    /// <summary>Every key looked up so far, with its value (null when absent); empty unless recording.</summary>
    public KeyValuePair<string, string?>[] Lookups()
    {
        if (_asked is null)
        {
            return Array.Empty<KeyValuePair<string, string?>>();
        }

        lock (_asked)
        {
            return _asked.ToArray();
        }
    }
}
