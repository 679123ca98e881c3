using System;
using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>
/// Attribute names an element is asked for in an order of preference (the forms of one binding in every framework:
/// <c>:href</c>, <c>[attr.href]</c>, <c>href.bind</c> ...), with a set that tells at once that it has none of them.
/// </summary>
/// <remarks>
/// Most elements have none: comparing every name of a list of twenty with each of an element's attributes, a few times
/// for every link and every element inside one, was about two per cent of the engine's time on documentation pages.
/// </remarks>
internal sealed class AttributeNameList
{
    private readonly HashSet<string> _set;

    public AttributeNameList(IEnumerable<string> names)
    {
        Names = new List<string>(names).ToArray();
        _set = new HashSet<string>(Names, StringComparer.Ordinal);
    }

    /// <summary>The names, the preferred first.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Contains(string name) => _set.Contains(name);

    /// <summary>The attribute of the first name an element has, in the order of the names; null when it has none.</summary>
    public SourceAttribute? FirstIn(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (_set.Contains(attribute.Name))
            {
                return FirstByPreference(attributes);
            }
        }

        return null;
    }

    private SourceAttribute? FirstByPreference(SourceAttribute[] attributes)
    {
        foreach (var name in Names)
        {
            foreach (var attribute in attributes)
            {
                if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
                {
                    return attribute;
                }
            }
        }

        return null;
    }
}
