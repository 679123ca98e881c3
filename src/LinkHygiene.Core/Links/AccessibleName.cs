using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>Where a link's accessible name comes from.</summary>
public enum NameSource
{
    /// <summary>Nothing names the link.</summary>
    None,

    /// <summary><c>aria-labelledby</c>.</summary>
    LabelledBy,

    /// <summary><c>aria-label</c>.</summary>
    AriaLabel,

    /// <summary>The link's content: text, <c>img alt</c>, svg <c>title</c>.</summary>
    Content,

    /// <summary>The <c>title</c> attribute (last resort).</summary>
    Title,
}

/// <summary>A link's accessible name, the text assistive technology and search engines read for it.</summary>
/// <param name="Source">Where the name comes from.</param>
/// <param name="Text">The name with white space collapsed (raw: not yet normalised for phrase matching).</param>
/// <param name="IsDynamic">Whether any part is computed at run time (then the name is unknown).</param>
/// <param name="Span">Where the name is written: the attribute, or the link's text.</param>
public sealed record AccessibleName(NameSource Source, string Text, bool IsDynamic, SourceSpan Span)
{
    /// <summary>
    /// The name normalised for phrase matching (<see cref="AnchorText.Normalize"/>), made once for every rule that
    /// compares names; empty when the name is computed at run time.
    /// </summary>
    public string Normalized { get; } = IsDynamic ? string.Empty : AnchorText.Normalize(Text);

    /// <summary>
    /// Whether the name is the project's neutral-language text of a localizer lookup (<c>@Localizer["Read more"]</c>):
    /// then a <c>lang</c> around the link says what the page is translated into, not what language this text is in.
    /// </summary>
    public bool InNeutralLanguage { get; init; }

    /// <summary>Whether the link provably has no name.</summary>
    public bool IsProvablyEmpty => Source == NameSource.None && !IsDynamic;
}
