namespace LinkHygiene.Text;

/// <summary>A zero-based line and zero-based UTF-16 column, the way Roslyn counts them (a tab is one column).</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
