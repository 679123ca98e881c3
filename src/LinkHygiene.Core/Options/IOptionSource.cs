using System;
using System.Collections.Generic;

namespace LinkHygiene.Options;

/// <summary>
/// Where option values come from for one template: Roslyn's AnalyzerConfigOptions in the analyzer, the task's own
/// .editorconfig reader, the CLI. Keys are compared case-insensitively.
/// </summary>
public interface IOptionSource
{
    /// <summary>
    /// Looks up a key, always asked in lower case (e.g. <c>link_hygiene.lh010.strict</c>). Keys are case-insensitive,
    /// as in .editorconfig: a source holding <c>link_hygiene.LH010.strict</c> answers for it.
    /// </summary>
    bool TryGetValue(string key, out string? value);
}

/// <summary>An option source over a dictionary (tests, CLI, tools).</summary>
public sealed class DictionaryOptionSource : IOptionSource
{
    private readonly Dictionary<string, string> _values;

    /// <summary>Creates a source from key/value pairs.</summary>
    public DictionaryOptionSource(IEnumerable<KeyValuePair<string, string>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            _values[pair.Key] = pair.Value;
        }
    }

    /// <summary>A source with no values.</summary>
    public static DictionaryOptionSource Empty { get; } = new(Array.Empty<KeyValuePair<string, string>>());

    /// <inheritdoc />
    public bool TryGetValue(string key, out string? value)
    {
        var found = _values.TryGetValue(key, out var v);
        value = v;
        return found;
    }
}
