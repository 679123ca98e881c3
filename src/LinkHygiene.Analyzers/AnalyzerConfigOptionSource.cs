using LinkHygiene.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LinkHygiene.Analyzers;

/// <summary>Serves engine option lookups from Roslyn's per-file .editorconfig/.globalconfig options.</summary>
internal sealed class AnalyzerConfigOptionSource : IOptionSource
{
    private readonly AnalyzerConfigOptions _options;

    public AnalyzerConfigOptionSource(AnalyzerConfigOptions options) => _options = options;

    public bool TryGetValue(string key, out string? value)
    {
        var found = _options.TryGetValue(key, out var v);
        value = v;
        return found;
    }
}
