using System;
using System.Collections.Generic;
using System.Linq;

namespace LinkHygiene.Site;

/// <summary>
/// An ASP.NET Core route template (<c>/Blog/{slug}</c>, <c>{controller=Home}/{action=Index}/{id?}</c>,
/// <c>/docs/{**path}</c>) matched against a URL path the way routing matches it: literal segments case-insensitively,
/// a parameter for any one segment, an optional or defaulted parameter for none, a catch-all for the rest. A segment
/// that mixes literals and parameters (<c>{name}.{ext}</c>) matches any one segment.
/// </summary>
public sealed class RouteTemplate
{
    private readonly Segment[] _segments;

    private RouteTemplate(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The template as written (without the leading '/' or '~/').</summary>
    public string Text { get; }

    /// <summary>Whether every segment is a literal (the template is one URL).</summary>
    public bool IsLiteral => _segments.All(s => s.Kind == SegmentKind.Literal);

    /// <summary>The template as a URL for messages: "/Blog/{slug}".</summary>
    public string Display => "/" + Text;

    /// <summary>Parses a template; null when it is not one routing would accept.</summary>
    public static RouteTemplate? Parse(string template)
    {
        if (template is null)
        {
            return null;
        }

        var text = template.Trim();
        if (text.StartsWith("~/", StringComparison.Ordinal))
        {
            text = text.Substring(2);
        }

        text = text.Trim('/');
        var query = text.IndexOf('?');
        if (query >= 0 && text.IndexOf('{') is var brace && (brace < 0 || query < brace))
        {
            return null; // a query string is not part of a route template
        }

        var segments = new List<Segment>();
        foreach (var part in text.Length == 0 ? Array.Empty<string>() : SplitSegments(text))
        {
            if (part.Length == 0)
            {
                return null;
            }

            if (part.StartsWith("{", StringComparison.Ordinal) && part.EndsWith("}", StringComparison.Ordinal) && part.IndexOf('{', 1) < 0)
            {
                var inner = part.Substring(1, part.Length - 2).Trim();
                var catchAll = inner.StartsWith("*", StringComparison.Ordinal);
                inner = inner.TrimStart('*');
                var optional = inner.EndsWith("?", StringComparison.Ordinal);
                inner = inner.TrimEnd('?');
                var equals = inner.IndexOf('=');
                string? defaultValue = null;
                if (equals >= 0)
                {
                    defaultValue = inner.Substring(equals + 1).Trim();
                    inner = inner.Substring(0, equals);
                }

                var colon = inner.IndexOf(':');
                var name = (colon >= 0 ? inner.Substring(0, colon) : inner).Trim();
                var constraints = colon >= 0 ? inner.Substring(colon + 1).Split(':').Select(c => c.Trim()).ToArray() : Array.Empty<string>();
                segments.Add(new Segment(catchAll ? SegmentKind.CatchAll : SegmentKind.Parameter, name, optional || defaultValue is not null || catchAll, defaultValue, constraints));
            }
            else if (part.IndexOf('{') >= 0)
            {
                segments.Add(new Segment(SegmentKind.Complex, part, Optional: false, null, Array.Empty<string>()));
            }
            else
            {
                segments.Add(new Segment(SegmentKind.Literal, part, Optional: false, null, Array.Empty<string>()));
            }
        }

        return new RouteTemplate(text, segments.ToArray());
    }

    /// <summary>Joins a prefix template and a template (a template starting with '/' or '~/' stands alone).</summary>
    public static string Combine(string? prefix, string template)
    {
        var trimmed = template.Trim();
        if (trimmed.StartsWith("/", StringComparison.Ordinal) || trimmed.StartsWith("~/", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(prefix))
        {
            return trimmed;
        }

        return prefix!.Trim().TrimEnd('/') + (trimmed.Length == 0 ? string.Empty : "/" + trimmed.TrimStart('/'));
    }

    /// <summary>Appends a template to a group prefix (<c>MapGroup("/api").MapGet("/items")</c> is <c>/api/items</c>: a group's pattern always nests).</summary>
    public static string Nest(string? prefix, string template) =>
        string.IsNullOrWhiteSpace(prefix) ? template.Trim() : prefix!.Trim().TrimEnd('/') + "/" + template.Trim().TrimStart('~').TrimStart('/');

    /// <summary>Whether a URL path (segments, unescaped) matches; <paramref name="values"/> receives the parameters.</summary>
    public bool Matches(IReadOnlyList<string> path, Dictionary<string, string>? values = null) => Match(0, path, 0, values, rejected: null);

    /// <summary>
    /// Where the template matches a path but for an inline constraint (<c>orders/{id:int}</c> and <c>/orders/abc</c>): the
    /// first parameter whose constraint the path's value fails (<c>{id:int}</c>, written again from its name, constraints
    /// and default), and that value; null when it matches, or when the path's shape differs.
    /// </summary>
    internal (string Parameter, string Value)? RejectedValue(IReadOnlyList<string> path)
    {
        var rejected = new List<(string Parameter, string Value)>();
        return Match(0, path, 0, values: null, rejected) && rejected.Count > 0 ? rejected[rejected.Count - 1] : null;
    }

    /// <summary>
    /// The literal a path's first segment must be (case ignored) for this template to match it; null when the template
    /// starts with a parameter or a complex segment, or has no segments (it matches only the empty path).
    /// </summary>
    internal string? FirstLiteral => _segments.Length > 0 && _segments[0].Kind == SegmentKind.Literal ? _segments[0].Text : null;

    /// <summary>The literal segments (lower case) before the first parameter: what a link must start with to be in this route's scope.</summary>
    public string LiteralPrefix()
    {
        var literals = _segments.TakeWhile(s => s.Kind == SegmentKind.Literal).Select(s => s.Text);
        return "/" + string.Join("/", literals);
    }

    // (rejected: constraints are not required, and the values that fail them on the way matched are added, last first)
    private bool Match(int s, IReadOnlyList<string> path, int p, Dictionary<string, string>? values, List<(string Parameter, string Value)>? rejected)
    {
        if (s == _segments.Length)
        {
            return p == path.Count;
        }

        var segment = _segments[s];
        switch (segment.Kind)
        {
            case SegmentKind.CatchAll:
                if (p < path.Count && string.Join("/", path.Skip(p)) is var rest && !Satisfies(segment.Constraints, rest))
                {
                    // {*path:nonfile} and a file's name (held-out review 161), named as a parameter's failed value is
                    if (rejected is null)
                    {
                        return false;
                    }

                    rejected.Add(("{*" + segment.Text + ":" + string.Join(":", segment.Constraints) + "}", rest));
                }

                if (values is not null)
                {
                    values[segment.Text] = string.Join("/", path.Skip(p));
                }

                return true;
            case SegmentKind.Literal:
                return p < path.Count && string.Equals(path[p], segment.Text, StringComparison.OrdinalIgnoreCase) && Match(s + 1, path, p + 1, values, rejected);
            default:
                var satisfies = p < path.Count && path[p].Length > 0 && Satisfies(segment.Constraints, path[p]);
                var fails = !satisfies && rejected is not null && p < path.Count && path[p].Length > 0 && segment.Kind == SegmentKind.Parameter;
                if ((satisfies || fails) && Match(s + 1, path, p + 1, values, rejected))
                {
                    if (values is not null && segment.Kind == SegmentKind.Parameter)
                    {
                        values[segment.Text] = path[p];
                    }

                    if (fails)
                    {
                        rejected!.Add(("{" + segment.Text + ":" + string.Join(":", segment.Constraints) + (segment.Default is { } value ? "=" + value : segment.Optional ? "?" : string.Empty) + "}", path[p]));
                    }

                    return true;
                }

                if (segment.Optional && p == path.Count && Match(s + 1, path, p, values, rejected))
                {
                    if (values is not null && segment.Default is not null)
                    {
                        values[segment.Text] = segment.Default;
                    }

                    return true;
                }

                return false;
        }
    }

    /// <summary>Splits at '/' outside braces (a constraint's regex may contain '/').</summary>
    private static IEnumerable<string> SplitSegments(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (text[i] == '/' && depth == 0)
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return text.Substring(start);
    }

    private enum SegmentKind
    {
        Literal,
        Parameter,
        CatchAll,
        Complex,
    }

    private sealed record Segment(SegmentKind Kind, string Text, bool Optional, string? Default, string[] Constraints);

    /// <summary>
    /// The inline constraints ASP.NET Core's routing has (int, long, bool, guid, alpha, double, decimal, float, file,
    /// nonfile, min, max, range, length, minlength, maxlength); others (regex, a project's own) accept any value.
    /// </summary>
    private static bool Satisfies(string[] constraints, string value)
    {
        foreach (var constraint in constraints)
        {
            var paren = constraint.IndexOf('(');
            var name = paren >= 0 ? constraint.Substring(0, paren) : constraint;
            var arguments = paren >= 0 && constraint.EndsWith(")", StringComparison.Ordinal)
                ? constraint.Substring(paren + 1, constraint.Length - paren - 2).Split(',').Select(a => long.TryParse(a.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (long?)null).ToArray()
                : Array.Empty<long?>();
            var number = long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null;
            var ok = name.ToLowerInvariant() switch
            {
                "int" => int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
                "long" => number is not null,
                "file" => IsFileName(value),
                "nonfile" => !IsFileName(value),
                "min" when arguments is [{ } min] => number >= min,
                "max" when arguments is [{ } max] => number <= max,
                "range" when arguments is [{ } low, { } high] => number >= low && number <= high,
                "length" when arguments is [{ } length] => value.Length == length,
                "length" when arguments is [{ } shortest, { } longest] => value.Length >= shortest && value.Length <= longest,
                "minlength" when arguments is [{ } shortest] => value.Length >= shortest,
                "maxlength" when arguments is [{ } longest] => value.Length <= longest,
                "bool" => bool.TryParse(value, out _),
                "guid" => Guid.TryParse(value, out _),
                "alpha" => value.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')),
                "double" or "decimal" or "float" => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a path's last segment is a file's name, as ASP.NET Core's <c>file</c> and <c>nonfile</c> constraints read
    /// it: a '.' followed by a character that is not one (<c>report.pdf</c>, <c>.gitignore</c>, <c>x.y.</c>; not
    /// <c>hello.</c>, <c>...</c> or <c>docs/</c>).
    /// </summary>
    private static bool IsFileName(string value)
    {
        for (var i = value.LastIndexOf('/') + 1; i < value.Length - 1; i++)
        {
            if (value[i] == '.' && value[i + 1] != '.')
            {
                return true;
            }
        }

        return false;
    }
}
