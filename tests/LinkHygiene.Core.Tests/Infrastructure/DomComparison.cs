using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>
/// Whether two DOMs are the same node for node: kinds, names, namespaces, attributes in order, text, comments, doctypes,
/// the quirks mode, and each element's source position (what the engine reads of its source reference). Used to hold
/// the engine's own tree construction to AngleSharp's parser, by the tests, the fuzzer and the benchmarks.
/// </summary>
public static class DomComparison
{
    /// <summary>Where the two differ first (a path of node names and what differs), or null.</summary>
    public static string? Difference(IDocument expected, IDocument actual) =>
        ((IConstructableDocument)expected).QuirksMode != ((IConstructableDocument)actual).QuirksMode
            ? $"quirks mode {((IConstructableDocument)expected).QuirksMode}, not {((IConstructableDocument)actual).QuirksMode}"
            : Difference(expected, actual, "#document");

    private static string? Difference(INode expected, INode actual, string path)
    {
        if (Describe(expected) is var e && Describe(actual) is var a && e != a)
        {
            return $"{path}: {e}, not {a}";
        }

        var expectedChildren = expected.ChildNodes;
        var actualChildren = actual.ChildNodes;
        for (var i = 0; i < expectedChildren.Length || i < actualChildren.Length; i++)
        {
            if (i >= expectedChildren.Length || i >= actualChildren.Length)
            {
                return $"{path}: {expectedChildren.Length} children, not {actualChildren.Length}";
            }

            if (Difference(expectedChildren[i], actualChildren[i], $"{path}/{expectedChildren[i].NodeName}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Describe(INode node) => node switch
    {
        IElement element => $"<{element.NamespaceUri} {element.LocalName} at {element.SourceReference?.Position.Index}"
            + string.Concat(element.Attributes.Select(attribute => $" {attribute.NamespaceUri}:{attribute.Name}=\"{attribute.Value}\""))
            + $"> {element.GetType().Name}",
        IText text => "text \"" + text.Data + "\"",
        IComment comment => "comment \"" + comment.Data + "\"",
        IDocumentType doctype => $"doctype {doctype.Name} \"{doctype.PublicIdentifier}\" \"{doctype.SystemIdentifier}\"",
        _ => node.NodeType + " " + node.NodeName,
    };
}
