using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace LinkHygiene.Documents;

/// <summary>Angular's control flow blocks in a component's template.</summary>
internal static partial class ClientTemplateSyntax
{
    // A block that opens a chain, as the first of a file's blocks is (a page with a doctype or <html> is no component's
    // template: its "@if (" is text, a Sass sample in a <pre>).
    private static readonly Regex AngularBlockStart = new(@"@(?:if|for|switch)\s*\(|@defer\s*[({]", RegexOptions.CultureInvariant);

    // The blocks whose branches follow a closed one: @if's @else (if), @for's @empty, @defer's @placeholder, @loading, @error.
    private static readonly Dictionary<string, string[]> FollowingBlocks = new(StringComparer.Ordinal)
    {
        ["if"] = new[] { "else" },
        ["for"] = new[] { "empty" },
        ["defer"] = new[] { "placeholder", "loading", "error" },
    };

    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "if", "else", "for", "empty", "switch", "case", "default", "defer", "placeholder", "loading", "error",
    };

    // Bounds on a pathological file: nesting deeper than this is not followed, and a block's parameters longer than
    // this are no block's (an expression in a template is short), so reading stays linear.
    private const int MaxAngularDepth = 1024;
    private const int MaxBlockParameters = 4096;

    /// <summary>
    /// Angular's control flow (version 17 and later: <c>@if (a) { } @else if (b) { } @else { }</c>, <c>@switch (x) {
    /// @case (1) { } @default { } }</c>, <c>@for (i of items; track i) { } @empty { }</c>, <c>@defer { } @placeholder { }</c>),
    /// masked as white space, since it renders nothing itself, with the branches of each chain into
    /// <paramref name="chains"/>: markup in two branches never renders together. Blocks are read in text only, outside
    /// tags, comments, raw text and <c>{{ }}</c>; a '}' closes a block only while one is open, as Angular reads them.
    /// </summary>
    private static void MaskAngularBlocks(string text, ref char[]? chars, BranchChains? chains)
    {
        if (text.IndexOf('@') < 0 || !AngularBlockStart.IsMatch(text) || IsWholePage(text))
        {
            return;
        }

        var open = new List<(string Name, int Braces)>();
        var tooDeep = 0; // blocks opened past MaxAngularDepth, whose '}'s close nothing that is followed
        var noInterpolationCloseFrom = int.MaxValue;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                i = AfterMarkup(text, i);
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = i + 2 >= noInterpolationCloseFrom ? -1 : text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    noInterpolationCloseFrom = Math.Min(noInterpolationCloseFrom, i + 2);
                    i += 2;
                }
                else
                {
                    i = close + 2;
                }
            }
            else if (c == '@' && ReadBlockStart(text, i) is { } block)
            {
                chars ??= text.ToCharArray();
                Fill(chars, i, block.BodyStart, ' ');
                if (open.Count < MaxAngularDepth)
                {
                    switch (block.Name)
                    {
                        case "if" or "for" or "defer":
                            chains?.Open("}@" + block.Name, block.BodyStart, loop: block.Name == "for");
                            break;
                        case "switch":
                            chains?.Open("}@switch", -1); // its branches are its cases
                            break;
                        case "case" or "default" when open.Count > 0 && open[open.Count - 1].Name == "switch":
                            chains?.Split(i, block.BodyStart);
                            break;
                    }

                    // An @else, @empty or @placeholder not right after its chain's '}', or a @case outside a @switch
                    // (invalid Angular), opens a block of no chain: its '}' must not close an enclosing one.
                    var known = block.Name is "if" or "for" or "defer" or "switch" || (block.Name is "case" or "default" && open.Count > 0 && open[open.Count - 1].Name == "switch");
                    open.Add((known ? block.Name : "stray", 0));
                }
                else
                {
                    tooDeep++;
                }

                i = block.BodyStart;
            }
            else if (c == '{' && open.Count > 0)
            {
                // A brace of the block's own text (an ICU message, an @let's object): its '}' is not the block's.
                open[open.Count - 1] = (open[open.Count - 1].Name, open[open.Count - 1].Braces + 1);
                i++;
            }
            else if (c == '}' && tooDeep > 0)
            {
                chars ??= text.ToCharArray();
                chars[i] = ' ';
                tooDeep--;
                i++;
            }
            else if (c == '}' && open.Count > 0 && open[open.Count - 1].Braces > 0)
            {
                open[open.Count - 1] = (open[open.Count - 1].Name, open[open.Count - 1].Braces - 1);
                i++;
            }
            else if (c == '}' && open.Count > 0)
            {
                chars ??= text.ToCharArray();
                chars[i] = ' ';
                var name = open[open.Count - 1].Name;
                open.RemoveAt(open.Count - 1);
                if (FollowingBlocks.TryGetValue(name, out var following) && NextBlock(text, i + 1, following) is { } next)
                {
                    // "} @else {": the chain goes on with another branch
                    chains?.Split(i, next.BodyStart);
                    Fill(chars, i + 1, next.BodyStart, ' ');
                    open.Add((name, 0));
                    i = next.BodyStart;
                    continue;
                }

                if (name is "if" or "for" or "defer" or "switch")
                {
                    chains?.Close("}@" + name, i);
                }

                i++;
            }
            else
            {
                i++;
            }
        }
    }

    private static readonly Regex PageStart = new(@"<!doctype|<html[\s>]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether an HTML file is a whole page (a doctype or an &lt;html&gt; element), which no component's template is.</summary>
    internal static bool IsWholePage(string text) => PageStart.IsMatch(text);

    /// <summary>A block's start at the '@' at <paramref name="at"/>: its name and where its body starts (after its '{'), or null.</summary>
    private static (string Name, int BodyStart)? ReadBlockStart(string text, int at)
    {
        var (word, end) = WordAt(text, at + 1, text.Length);
        if (end == at + 1 || !BlockNames.Contains(word))
        {
            return null;
        }

        var j = SkipSpace(text, end);
        if (word == "else" && WordAt(text, j, text.Length) is { Word: "if" } elseIf)
        {
            j = SkipSpace(text, elseIf.End);
        }

        if (j < text.Length && text[j] == '(')
        {
            j = AfterParameters(text, j);
            if (j < 0)
            {
                return null;
            }

            j = SkipSpace(text, j);
        }

        return j < text.Length && text[j] == '{' ? (word, j + 1) : null;
    }

    /// <summary>The block of one of <paramref name="names"/> that starts after white space at <paramref name="i"/>, or null.</summary>
    private static (string Name, int BodyStart)? NextBlock(string text, int i, string[] names)
    {
        i = SkipSpace(text, i);
        return i < text.Length && text[i] == '@' && ReadBlockStart(text, i) is { } block && Array.IndexOf(names, block.Name) >= 0 ? block : null;
    }

    /// <summary>
    /// Where a block's parameters, the '(' at <paramref name="open"/> to its matching ')', end (after it); -1 when they do
    /// not before a brace or another block (so that reading every '@' of a file stays linear), or within
    /// <see cref="MaxBlockParameters"/>.
    /// </summary>
    private static int AfterParameters(string text, int open)
    {
        var depth = 0;
        var end = Math.Min(text.Length, open + MaxBlockParameters);
        for (var j = open; j < end; j++)
        {
            var c = text[j];
            if (c is '"' or '\'' or '`')
            {
                var k = j + 1;
                while (k < end && text[k] != c && text[k] != '\n')
                {
                    k += text[k] == '\\' ? 2 : 1;
                }

                if (k >= end || text[k] != c)
                {
                    return -1;
                }

                j = k;
            }
            else if (c is '{' or '}' or '@')
            {
                return -1;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>Past the markup at the '&lt;' at <paramref name="i"/>: a tag (quoted values kept whole), a comment, and the raw text of a script, style, textarea or title.</summary>
    private static int AfterMarkup(string text, int i)
    {
        if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 3;
        }

        if (i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
        {
            return i + 1;
        }

        var nameStart = i + 1;
        var j = nameStart;
        while (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            j++;
        }

        var j0 = j;
        var rawText = NameIs(text, nameStart, j, "script") || NameIs(text, nameStart, j, "style") || NameIs(text, nameStart, j, "textarea") || NameIs(text, nameStart, j, "title");
        for (; j < text.Length && text[j] != '>'; j++)
        {
            if (text[j] is '"' or '\'' && AfterEquals(text, j))
            {
                var close = text.IndexOf(text[j], j + 1);
                if (close < 0)
                {
                    return text.Length;
                }

                j = close;
            }
        }

        if (j >= text.Length)
        {
            return text.Length;
        }

        if (rawText)
        {
            var end = text.IndexOf("</" + text.Substring(nameStart, j0 - nameStart), j + 1, StringComparison.OrdinalIgnoreCase);
            return end < 0 ? text.Length : end;
        }

        return j + 1;
    }

    /// <summary>Whether the quote at <paramref name="quote"/> starts an attribute's value (an '=' before it, white space between): in <c>alt=Tom's</c> it does not.</summary>
    private static bool AfterEquals(string text, int quote)
    {
        var k = quote - 1;
        while (k > 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k >= 0 && text[k] == '=';
    }

    private static bool NameIs(string text, int start, int end, string name) =>
        end - start == name.Length && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
