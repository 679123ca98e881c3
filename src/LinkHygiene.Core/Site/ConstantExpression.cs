using System;
using System.Text;
using System.Text.RegularExpressions;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>
/// A C# constant string expression as the site index keeps it: its text, with each constant it names between two
/// <see cref="CodeFacts.ConstantReference"/> marks, which <see cref="CodeFacts.TryResolveConstant"/> looks up
/// (<c>"/components/" + nameof(HxButton)</c>: "/components/HxButton"; <c>Demos_URL_Prefix + "/buttons"</c> in
/// <c>DemoRouteConstants</c>: "\u0001DemoRouteConstants.Demos_URL_Prefix\u0001/buttons"). Held-out review 101: the
/// documentation sites of two Blazor libraries name their pages' routes so.
/// </summary>
public static class ConstantExpression
{
    private const int MostDepth = 8;

    // nameof(HxButton), nameof(Docs.HxGrid<object>): the name, without its type arguments
    private static readonly Regex NameOf = new(@"^nameof\s*\(\s*(?:[A-Za-z_]\w*\s*\.\s*)*(?<name>[A-Za-z_]\w*)\s*(?:<[^()]*>\s*)?\)$", RegexOptions.CultureInvariant);

    private static readonly Regex QualifiedName = new(@"^(?:global::)?[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+$", RegexOptions.CultureInvariant);

    private static readonly Regex SimpleName = new(@"^[A-Za-z_]\w*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads an expression of string literals, <c>nameof(...)</c>, constants of a class (<c>Routes.Button</c>) and
    /// simple names (<paramref name="simpleName"/> says what one is, read as this reads: null when not known), joined by
    /// <c>+</c> and grouped by parentheses; null for anything else (an interpolated string, a call).
    /// </summary>
    public static string? Read(string code, Func<string, int, string?> simpleName, int depth = 0)
    {
        if (code is null || simpleName is null || depth > MostDepth)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var start = 0; start <= code.Length;)
        {
            var plus = CSharpTopLevel.Find(code, start, code.Length, "+");
            if (plus < 0 || Term(code.Substring(start, plus - start).Trim(), simpleName, depth) is not { } term)
            {
                return null;
            }

            text.Append(term);
            start = plus + 1;
        }

        return text.ToString();
    }

    private static string? Term(string term, Func<string, int, string?> simpleName, int depth)
    {
        if (term.Length > 1 && term[0] == '(' && term[term.Length - 1] == ')')
        {
            return Read(term.Substring(1, term.Length - 2), simpleName, depth + 1);
        }

        if (term.StartsWith("\"", StringComparison.Ordinal) || term.StartsWith("@\"", StringComparison.Ordinal))
        {
            var value = CSharpString.Value(term);
            return value is null || value.IndexOf(CodeFacts.ConstantReference[0]) >= 0 ? null : value;
        }

        if (NameOf.Match(term) is { Success: true } nameOf)
        {
            return nameOf.Groups["name"].Value;
        }

        if (QualifiedName.IsMatch(term))
        {
            return CodeFacts.ConstantKey(term.Replace("global::", string.Empty)) + CodeFacts.ConstantReference;
        }

        return SimpleName.IsMatch(term) ? simpleName(term, depth + 1) : null;
    }
}
