using System;
using System.Threading;

namespace LinkHygiene.Options;

/// <summary>An option key with its default, its grammar and its documentation.</summary>
public abstract class OptionDefinition
{
    /// <summary>Creates a definition.</summary>
    protected OptionDefinition(string key, string defaultText, string accepted, string description)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        LowerKey = key.ToLowerInvariant();
        DefaultText = defaultText;
        Accepted = accepted;
        Description = description;
        Index = Interlocked.Increment(ref defined) - 1;
    }

    private static int defined;

    /// <summary>How many options have been defined (the bound of <see cref="Index"/>).</summary>
    internal static int Defined => Volatile.Read(ref defined);

    /// <summary>A number unique to this option, counted from 0 as options are defined (where readers keep its value).</summary>
    internal int Index { get; }

    /// <summary>The key as documented, e.g. <c>link_hygiene.LH010.strict</c>. Matching is case-insensitive.</summary>
    public string Key { get; }

    /// <summary>The key in lower case, as .editorconfig readers hand keys over (computed once: every template reads every option).</summary>
    internal string LowerKey { get; }

    /// <summary>The default value as a user would write it.</summary>
    public string DefaultText { get; }

    /// <summary>What values are accepted, in words (used in LH900 messages and docs).</summary>
    public string Accepted { get; }

    /// <summary>What the option does.</summary>
    public string Description { get; }

    /// <summary>Parses a raw value; <paramref name="problem"/> explains a rejection beyond <see cref="Accepted"/>.</summary>
    internal abstract bool TryParseBoxed(string raw, out object? value, out string? problem);

    /// <summary>The default value.</summary>
    internal abstract object? DefaultBoxed { get; }

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>A typed option.</summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed class Option<T> : OptionDefinition
{
    /// <summary>A parser: returns false (and optionally a problem) for an invalid value.</summary>
    public delegate bool Parser(string raw, out T value, out string? problem);

    private readonly Parser _parser;

    /// <summary>Creates an option.</summary>
    public Option(string key, T defaultValue, string defaultText, string accepted, string description, Parser parser)
        : base(key, defaultText, accepted, description)
    {
        Default = defaultValue;
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
    }

    /// <summary>The default value.</summary>
    public T Default { get; }

    internal override object? DefaultBoxed => Default;

    /// <summary>Parses a raw value.</summary>
    public bool TryParse(string raw, out T value, out string? problem) => _parser(raw, out value, out problem);

    internal override bool TryParseBoxed(string raw, out object? value, out string? problem)
    {
        var ok = _parser(raw, out var typed, out problem);
        value = typed;
        return ok;
    }
}
