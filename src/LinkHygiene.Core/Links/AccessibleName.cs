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

    /// <summary>Of a link with no name, text inside it that something keeps from the name (null when none).</summary>
    public HiddenText? Hidden { get; init; }
}

/// <summary>What keeps text inside a link from its name.</summary>
public enum HiddenBy
{
    /// <summary><c>aria-hidden="true"</c>: shown, but hidden from assistive technology.</summary>
    AriaHidden,

    /// <summary>The <c>hidden</c> attribute: not rendered.</summary>
    HiddenAttribute,

    /// <summary>A class or a style that does not display it (<c>d-none</c>, <c>display: none</c>).</summary>
    NotDisplayed,
}

/// <summary>Text inside a link that something keeps from its name.</summary>
/// <param name="Text">The text, white space collapsed (cut at 40 characters).</param>
/// <param name="By">What keeps it from the name.</param>
public sealed record HiddenText(string Text, HiddenBy By);
