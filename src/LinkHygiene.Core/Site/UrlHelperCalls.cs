using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using LinkHygiene.Text;

namespace LinkHygiene.Site;

/// <summary>
/// MVC's URL helpers called with literal arguments, which name a page or an action as the anchor tag helper does:
/// <c>Url.Action("Privacy", "Home")</c>, <c>Url.Page("/Contact", "Send")</c>, <c>Url.Content("~/docs/")</c>, and
/// <c>Html.ActionLink("Privacy policy", "Privacy", "Home")</c> (MVC 5's <c>Ajax.ActionLink</c> too). Read from the C# text of one expression: the arguments
/// split at top-level commas, each a string literal, an anonymous object of route values, <c>null</c>, or anything
/// else (then the destination is unknown).
/// </summary>
internal static class UrlHelperCalls
{
    private static readonly Regex Call = new(
        @"^(?<receiver>Url|Html|Ajax)\s*\.\s*(?<method>Action|Page|Content|ActionLink)\s*\(", RegexOptions.CultureInvariant);

    // MVC 5's Ajax.ActionLink takes its AjaxOptions among Html.ActionLink's arguments: new AjaxOptions { ... }, or named
    private static readonly Regex AjaxOptionsArgument = new(@"^\s*(?:ajaxOptions\s*:\s*)?new\s+(?:[\w.]+\.)?AjaxOptions\b|^\s*ajaxOptions\s*:", RegexOptions.CultureInvariant);

    // A route value of an anonymous object: area = "Admin", controller = "Blog" (ASP.NET Core reads these keys as the route's).
    private static readonly Regex RouteValue = new(@"(?<![\w.@])@?(?<key>area|controller|action|page|handler)\s*=\s*(?<value>[^,}]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>What a call names, where in the code the literal naming it starts and ends, or null when it is no such call.</summary>
    internal sealed record Destination(int Start, int Length, string Display)
    {
        public string? Page { get; init; }

        public string? PageHandler { get; init; }

        public string? Area { get; init; }

        public string? Controller { get; init; }

        /// <summary>Where the controller argument's literal is (inside its quotes), when it is one.</summary>
        public (int Start, int Length)? ControllerRange { get; init; }

        public string? Action { get; init; }

        public string? Href { get; init; }

        /// <summary>Why the destination cannot be known (route values or a host computed at run time), or null.</summary>
        public string? Undecidable { get; init; }
    }

    /// <summary>
    /// Reads one C# expression (an attribute value's <c>@Url.Action(...)</c> or <c>@(Url.Action(...))</c> without the
    /// '@', or an <c>@Html.ActionLink(...)</c>'s code). Offsets in the result are into <paramref name="code"/>.
    /// </summary>
    public static Destination? Read(string code)
    {
        var start = 0;
        var end = code.Length;
        while (start < end && char.IsWhiteSpace(code[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(code[end - 1]))
        {
            end--;
        }

        if (start < end && code[start] == '(' && code[end - 1] == ')')
        {
            start++;
            end--;
            while (start < end && char.IsWhiteSpace(code[start]))
            {
                start++;
            }
        }

        var match = Call.Match(code, start, end - start);
        var receiver = match.Groups["receiver"].Value;
        if (!match.Success || match.Index != start || (receiver != "Url") != (match.Groups["method"].Value == "ActionLink"))
        {
            return null;
        }

        var method = match.Groups["method"].Value;
        var split = CSharpArguments.Split(code, match.Index + match.Length, end);
        if (receiver == "Ajax")
        {
            // Ajax.ActionLink(text, action[, controller][, values], ajaxOptions[, htmlAttributes]) is Html.ActionLink's call
            // with its AjaxOptions; an Ajax.ActionLink whose options are not written there is not read
            if (split is null || split.RemoveAll(a => AjaxOptionsArgument.IsMatch(code.Substring(a.Start, a.End - a.Start))) != 1)
            {
                return null;
            }
        }

        if (split is null || InParameterOrder(code, split, ParametersOf(method)) is not { } arguments)
        {
            return null;
        }

        return method switch
        {
            "Action" => ReadAction(code, arguments, 0),
            "ActionLink" => ReadAction(code, arguments, 1),
            "Page" => ReadPage(code, arguments),
            _ => ReadContent(code, arguments),
        };
    }

    // Each method's parameters in order, each with the names ASP.NET Core's and MVC 5's overloads give it.
    private static readonly string[][] ActionParameters = { new[] { "action", "actionName" }, new[] { "controller", "controllerName" }, new[] { "values", "routeValues" }, new[] { "protocol" }, new[] { "host", "hostName" }, new[] { "fragment" } };
    private static readonly string[][] ActionLinkParameters = { new[] { "linkText" }, new[] { "actionName" }, new[] { "controllerName" }, new[] { "protocol" }, new[] { "hostName", "hostname" }, new[] { "fragment" }, new[] { "routeValues" }, new[] { "htmlAttributes" } };
    private static readonly string[][] PageParameters = { new[] { "pageName" }, new[] { "pageHandler" }, new[] { "values" }, new[] { "protocol" }, new[] { "host" }, new[] { "fragment" } };
    private static readonly string[][] ContentParameters = { new[] { "contentPath" } };

    private static string[][] ParametersOf(string method) => method switch
    {
        "Action" => ActionParameters,
        "ActionLink" => ActionLinkParameters,
        "Page" => PageParameters,
        _ => ContentParameters,
    };

    private static readonly Regex ArgumentName = new(@"^@?(?<name>[A-Za-z_]\w*)\s*:(?!:)\s*", RegexOptions.CultureInvariant);

    /// <summary>
    /// The arguments in the order the readers below take them, named ones (<c>actionName: "Show"</c>, NuGetGallery's
    /// way) put in their parameter's place, each range without its name; unchanged when none is named. A named fragment
    /// is left out (it changes no route); the route values close up on the name before them, as the overloads without a
    /// controller or handler take them. Null when a name is none of the method's parameters (an overload this reader does
    /// not know), or names a protocol or host (a URL for another host, undecidable as the positional forms are).
    /// </summary>
    private static List<(int Start, int End)>? InParameterOrder(string code, List<(int Start, int End)> arguments, string[][] parameters)
    {
        var named = false;
        var slots = new (int Start, int End)?[Math.Max(parameters.Length, arguments.Count)];
        for (var i = 0; i < arguments.Count; i++)
        {
            var (start, end) = arguments[i];
            var name = ArgumentName.Match(code, start, end - start);
            if (!name.Success || name.Index != start)
            {
                slots[i] = arguments[i]; // positional arguments come first in C#
                continue;
            }

            named = true;
            var slot = Array.FindIndex(parameters, aliases => Array.IndexOf(aliases, name.Groups["name"].Value) >= 0);
            if (slot < 0 || slots[slot] is not null || parameters[slot][0] is "protocol" or "host" or "hostName")
            {
                return null;
            }

            if (parameters[slot][0] == "fragment")
            {
                continue;
            }

            slots[slot] = (start + name.Length, end);
        }

        if (!named)
        {
            return arguments;
        }

        var ordered = new List<(int Start, int End)>(arguments.Count);
        foreach (var slot in slots)
        {
            if (slot is { } range)
            {
                ordered.Add(range);
            }
        }

        return ordered;
    }

    /// <summary>Url.Action(action[, controller | values][, values][, protocol, host, fragment]); Html.ActionLink(text, ...) the same after the text.</summary>
    private static Destination? ReadAction(string code, List<(int Start, int End)> arguments, int first)
    {
        if (arguments.Count <= first || StringLiteral(code, arguments[first]) is not { } action)
        {
            return null;
        }

        var (start, length) = ValueRange(code, arguments[first]);
        var result = new Destination(start, length, action) { Action = action, Undecidable = action.Length == 0 ? "the current action" : null };
        var next = first + 1;
        if (next < arguments.Count && StringLiteral(code, arguments[next]) is { } controller)
        {
            result = result with { Controller = controller, ControllerRange = ValueRange(code, arguments[next]) };
            next++;
        }

        // Html.ActionLink's last argument is the anchor's HTML attributes, not route values.
        var values = next < arguments.Count ? arguments[next] : default;
        var rest = arguments.Count - next - (first == 1 && arguments.Count > next + 1 ? 1 : 0);
        return WithRouteValues(code, result, next < arguments.Count ? values : null, rest - NullsAtEnd(code, arguments, next + 1, next + rest));
    }

    /// <summary>Url.Page(page[, handler | values][, values][, protocol, host, fragment]).</summary>
    private static Destination? ReadPage(string code, List<(int Start, int End)> arguments)
    {
        if (arguments.Count == 0 || StringLiteral(code, arguments[0]) is not { } page)
        {
            return null;
        }

        var (start, length) = ValueRange(code, arguments[0]);
        var result = new Destination(start, length, page) { Page = page, Undecidable = page.Length == 0 ? "the current page" : null };
        var next = 1;
        if (next < arguments.Count && StringLiteral(code, arguments[next]) is { } handler)
        {
            result = result with { PageHandler = handler.Length == 0 ? null : handler };
            next++;
        }

        return WithRouteValues(code, result, next < arguments.Count ? arguments[next] : null, arguments.Count - next);
    }

    /// <summary>Url.Content("~/path"): a path of this site, as href="~/path" is.</summary>
    private static Destination? ReadContent(string code, List<(int Start, int End)> arguments)
    {
        if (arguments.Count != 1 || StringLiteral(code, arguments[0]) is not { } path || !(path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("/", StringComparison.Ordinal)))
        {
            return null;
        }

        var (start, length) = ValueRange(code, arguments[0]);
        return new Destination(start, length, path) { Href = path };
    }

    /// <summary>
    /// How many of the arguments from <paramref name="from"/> up to <paramref name="end"/> are a literal <c>null</c>,
    /// counted from the end: <c>Url.Action("Index", "Goal", new { id }, null)</c> gives no protocol, so MVC writes the
    /// path alone, as without it (held-out review 81: SocialGoal writes 11 of its 89 internal links so).
    /// </summary>
    private static int NullsAtEnd(string code, List<(int Start, int End)> arguments, int from, int end)
    {
        var count = 0;
        for (var k = end - 1; k >= from && code.Substring(arguments[k].Start, arguments[k].End - arguments[k].Start).Trim() is "null" or "default"; k--)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Route values (an anonymous object: its literal <c>area</c> is the link's area) and what follows them: a protocol
    /// and host make a URL for another host.
    /// </summary>
    private static Destination WithRouteValues(string code, Destination result, (int Start, int End)? values, int remaining)
    {
        if (remaining > 1)
        {
            return result with { Undecidable = "a named route or a URL built for another host" };
        }

        if (values is not { } range)
        {
            return result;
        }

        var text = code.Substring(range.Start, range.End - range.Start).Trim();
        if (text is "null" or "default")
        {
            return result;
        }

        if (!Regex.IsMatch(text, @"^new\s*\{[\s\S]*\}$", RegexOptions.CultureInvariant))
        {
            return result with { Undecidable = "computed at run time" }; // a dictionary or a variable: its area is not known
        }

        foreach (Match value in RouteValue.Matches(text))
        {
            if (Literal(value.Groups["value"].Value.Trim()) is not { } literal)
            {
                return result with { Undecidable = "computed at run time" };
            }

            // The route values win over the arguments, as in ASP.NET Core: Url.Action("Post", new { controller = "Blog" }).
            result = value.Groups["key"].Value.ToLowerInvariant() switch
            {
                "area" => result with { Area = literal },
                "controller" => result with { Controller = literal, ControllerRange = null },
                "action" => result with { Action = literal },
                "page" => result with { Page = literal },
                _ => result with { PageHandler = literal },
            };
        }

        return result;
    }

    /// <summary>Where a string literal's text is, inside its quotes (and after a verbatim string's '@').</summary>
    private static (int Start, int Length) ValueRange(string code, (int Start, int End) range)
    {
        var open = code[range.Start] == '@' ? 2 : 1;
        return (range.Start + open, range.End - range.Start - open - 1);
    }

    private static string? StringLiteral(string code, (int Start, int End) range) => Literal(code.Substring(range.Start, range.End - range.Start));

    /// <summary>
    /// The value of a C# string literal ("..." or @"...", escapes decoded), or null for anything else (interpolated
    /// strings too) and for a value with a control character in it (<c>"a\nb"</c>), which names no route.
    /// </summary>
    private static string? Literal(string text)
    {
        var value = CSharpString.Value(text);
        if (value is null)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return null;
            }
        }

        return value;
    }
}
