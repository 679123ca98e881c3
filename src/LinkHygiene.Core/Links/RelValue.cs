using System;
using System.Collections.Generic;
using LinkHygiene.Documents;
using LinkHygiene.Text;

namespace LinkHygiene.Links;

/// <summary>A token of a rel attribute, as written (lower-cased) and where.</summary>
/// <param name="Text">The token, lower-cased.</param>
/// <param name="Span">Its source span (the attribute's span when it cannot be mapped exactly).</param>
/// <param name="IsDynamic">Whether the token contains a run-time part.</param>
public sealed record RelToken(string Text, SourceSpan Span, bool IsDynamic);

/// <summary>A link's rel attribute.</summary>
public sealed class RelValue
{
    private RelValue(SourceAttribute? attribute, IReadOnlyList<RelToken> tokens, bool isDynamic)
    {
        Attribute = attribute;
        Tokens = tokens;
        IsDynamic = isDynamic;
    }

    /// <summary>The rel attribute, if any.</summary>
    public SourceAttribute? Attribute { get; }

    /// <summary>Its tokens, split on HTML white space as browsers do.</summary>
    public IReadOnlyList<RelToken> Tokens { get; }

    /// <summary>Whether the value is (partly) computed at run time, or could be supplied by attribute splatting or a client binding.</summary>
    public bool IsDynamic { get; }

    /// <summary>
    /// Whether any of the given keywords is present. Commas count as separators here: Google reads
    /// <c>rel="ugc,nofollow"</c> as both (LH006 still reports the comma).
    /// </summary>
    public bool HasAny(params string[] keywords)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            // (by index: the list's enumerator, through the interface, was an object for every link asked about)
            var text = Tokens[i].Text;
            for (var start = 0; start <= text.Length;)
            {
                var comma = text.IndexOf(',', start);
                var end = comma < 0 ? text.Length : comma;
                var part = text.AsSpan(start, end - start).Trim();
                foreach (var keyword in keywords)
                {
                    if (part.SequenceEqual(keyword.AsSpan()))
                    {
                        return true;
                    }
                }

                start = end + 1;
            }
        }

        return false;
    }

    internal static RelValue From(SourceAttribute? attribute, bool forcedDynamic)
    {
        if (attribute is null)
        {
            return new RelValue(null, Array.Empty<RelToken>(), forcedDynamic);
        }

        var tokens = new List<RelToken>();
        var value = attribute.Value;
        // Split where the value has white space outside client interpolations: rel="{{ rel }}" and
        // rel="{% if ext %}nofollow{% endif %}" are one token computed at run time, not 'rel', '}}', 'if', 'ext' ...
        var split = Dynamic.MaskClientInterpolations(value);
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && Array.IndexOf(HtmlSpace.Chars, split[i]) >= 0)
            {
                i++;
            }

            var start = i;
            while (i < value.Length && Array.IndexOf(HtmlSpace.Chars, split[i]) < 0)
            {
                i++;
            }

            if (i > start)
            {
                var text = value.Substring(start, i - start);
                tokens.Add(new RelToken(text.ToLowerInvariant(), attribute.SpanOfValuePart(start, i - start), Dynamic.IsDynamicValue(text)));
            }
        }

        return new RelValue(attribute, tokens, forcedDynamic || attribute.IsDynamic);
    }
}
