using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Documents;

/// <summary>An attribute as written in the template, with exact spans.</summary>
public sealed class SourceAttribute
{
    internal SourceAttribute(string name, string value, SourceSpan span, SourceSpan valueSpan, bool hasValue, string sourceValue, bool valueMapsOneToOne)
    {
        Name = name;
        Value = value;
        Span = span;
        ValueSpan = valueSpan;
        HasValue = hasValue;
        SourceValue = sourceValue;
        ValueMapsOneToOne = valueMapsOneToOne;
    }

    /// <summary>The name, lower-cased as HTML does. A Razor directive attribute starts with <see cref="MaskChars.Dynamic"/>.</summary>
    public string Name { get; }

    /// <summary>The value with character references decoded; run-time parts appear as <see cref="MaskChars.Dynamic"/>.</summary>
    public string Value { get; }

    /// <summary>The whole attribute: name, '=', value and quotes.</summary>
    public SourceSpan Span { get; }

    /// <summary>The value without quotes (empty at the end of the name when there is no value).</summary>
    public SourceSpan ValueSpan { get; }

    /// <summary>Whether the attribute has '=' and a value.</summary>
    public bool HasValue { get; }

    /// <summary>The value exactly as written in the template (Razor code included), for messages.</summary>
    public string SourceValue { get; }

    /// <summary>Whether the value's characters map one to one onto <see cref="ValueSpan"/> (no character references, no Razor).</summary>
    public bool ValueMapsOneToOne { get; }

    /// <summary>Whether any part of the value is computed at run time (Razor, or a client-side <c>{{ }}</c> binding).</summary>
    public bool IsDynamic => Dynamic.IsDynamicValue(Value);

    /// <summary>The span of a part of the value, when it can be mapped exactly; otherwise the attribute's span.</summary>
    public SourceSpan SpanOfValuePart(int index, int length) =>
        ValueMapsOneToOne && index >= 0 && index + length <= ValueSpan.Length
            ? new SourceSpan(ValueSpan.Start + index, length)
            : Span;

    /// <inheritdoc />
    public override string ToString() => HasValue ? $"{Name}=\"{SourceValue}\"" : Name;
}
