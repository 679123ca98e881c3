using System;

namespace LinkHygiene.Text;

/// <summary>A range of UTF-16 code units in a template's text (start inclusive, end exclusive).</summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    public SourceSpan(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Start = start;
        Length = length;
    }

    /// <summary>The first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of code units.</summary>
    public int Length { get; }

    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from start and end offsets.</summary>
    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="offset"/> is inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether this span and <paramref name="other"/> share a character.</summary>
    public bool Overlaps(SourceSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Equality.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
