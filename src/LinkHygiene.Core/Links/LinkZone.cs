namespace LinkHygiene.Links;

/// <summary>The kind of page section a link sits in.</summary>
public enum LinkZone
{
    /// <summary>An ordinary section: the site vouches for its links.</summary>
    None = 0,

    /// <summary>User-generated content (comments, reviews, forum posts).</summary>
    Ugc = 1,

    /// <summary>Paid or sponsored content (ads, affiliate blocks).</summary>
    Sponsored = 2,
}
