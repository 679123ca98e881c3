using System;
using System.Collections.Generic;
using System.Text;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>An expected finding: rule ID and span in the template without markup.</summary>
public readonly record struct ExpectedSpan(string Id, int Start, int End)
{
    public override string ToString() => $"{Id}[{Start}..{End})";
}

/// <summary>
/// Parses test templates annotated the way Microsoft.CodeAnalysis.Testing does: <c>{|LH010:Read more|}</c> marks the
/// exact span where LH010 must be reported. Markers may nest.
/// </summary>
public static class SpanMarkup
{
    public static (string Text, IReadOnlyList<ExpectedSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<ExpectedSpan>();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException("'{|' without ':' at " + i);
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                i = colon;
                continue;
            }

            if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                spans.Add(new ExpectedSpan(id, start, text.Length));
                i++;
                continue;
            }

            text.Append(markup[i]);
        }

        if (open.Count > 0)
        {
            throw new FormatException("unclosed '{|' marker");
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
        return (text.ToString(), spans);
    }
}
