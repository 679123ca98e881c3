using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Options;

/// <summary>The value grammars shared by every option (documented in docs/configuration.md).</summary>
public static class OptionParsers
{
    private const string CommentCutHint =
        "the value ends with ','; in .editorconfig '#' and ';' start a comment even inside a value, so anything after them is lost";

    private static readonly Regex LanguageTag = new("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant); // pt_BR too: the locale form of gettext, Django and Java

    private static readonly Regex HostName = new(
        @"^(\*\.)?([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)*[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(:\d{1,5})?$",
        RegexOptions.CultureInvariant);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static bool Bool(string raw, out bool value, out string? problem)
    {
        problem = null;
        if (string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <c>error|warning|suggestion|silent|none</c> (also Roslyn's <c>info</c>, <c>hidden</c> and <c>default</c>);
    /// null means "the rule's default".
    /// </summary>
    public static bool Severity(string raw, out RuleSeverity? value, out string? problem)
    {
        problem = null;
        value = raw.ToLowerInvariant() switch
        {
            "error" => RuleSeverity.Error,
            "warning" => RuleSeverity.Warning,
            "suggestion" or "info" => RuleSeverity.Suggestion,
            "silent" or "hidden" => RuleSeverity.Silent,
            "none" => RuleSeverity.None,
            "default" => null,
            _ => (RuleSeverity?)(-1),
        };
        if (value == (RuleSeverity)(-1))
        {
            value = null;
            return false;
        }

        return true;
    }

    /// <summary>A comma-separated list; items are trimmed, empty items dropped.</summary>
    public static bool List(string raw, out IReadOnlyList<string> value, out string? problem)
    {
        problem = null;
        var items = new List<string>();
        foreach (var part in raw.Split(','))
        {
            var item = part.Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        value = items;
        if (raw.TrimEnd().EndsWith(",", StringComparison.Ordinal))
        {
            problem = CommentCutHint;
            return false;
        }

        return true;
    }

    /// <summary>A CSS selector list; <c>none</c> for no selectors.</summary>
    public static bool SelectorList(string raw, out ZoneSelector? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.Equals(raw, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (raw.Length == 0)
        {
            problem = "the value is empty (write 'none' for no selectors; note that '#' starts a comment in .editorconfig, so '#id' arrives empty: write [id=...] instead)";
            return false;
        }

        if (raw.TrimEnd().EndsWith(",", StringComparison.Ordinal))
        {
            problem = CommentCutHint + "; write an id selector as [id=comments] instead of #comments";
            return false;
        }

        value = ZoneSelector.Parse(raw);
        if (value is null)
        {
            problem = "it is not a valid CSS selector list";
            return false;
        }

        return true;
    }

    /// <summary>A list of host names (<c>example.com</c>, <c>*.example.com</c>), lower-cased.</summary>
    public static bool HostList(string raw, out IReadOnlyList<string> value, out string? problem)
    {
        if (!List(raw, out var items, out problem))
        {
            value = items;
            return false;
        }

        var hosts = new List<string>();
        foreach (var item in items)
        {
            var host = item.ToLowerInvariant();
            if (!HostName.IsMatch(host))
            {
                value = Array.Empty<string>();
                problem = $"'{item}' is not a host name (write only the host, e.g. example.com or *.example.com, without scheme or path)";
                return false;
            }

            hosts.Add(host);
        }

        value = hosts;
        return true;
    }

    /// <summary>A BCP 47 language tag; the value is its primary subtag, lower-cased.</summary>
    public static bool Language(string raw, out string? value, out string? problem)
    {
        problem = null;
        if (raw.Length == 0)
        {
            value = null;
            return true;
        }

        if (!LanguageTag.IsMatch(raw))
        {
            value = null;
            return false;
        }

        value = PrimarySubtag(raw);
        return true;
    }

    /// <summary>A whole number between the bounds.</summary>
    public static Option<int>.Parser Int(int min, int max) => (string raw, out int value, out string? problem) =>
    {
        problem = null;
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    };

    /// <summary>One of a fixed set of words.</summary>
    public static Option<T>.Parser OneOf<T>(params (string Word, T Value)[] words) => (string raw, out T value, out string? problem) =>
    {
        problem = null;
        foreach (var (word, v) in words)
        {
            if (string.Equals(raw, word, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    };

    /// <summary>The primary subtag of a language tag, lower-cased (<c>de-AT</c> → <c>de</c>).</summary>
    public static string PrimarySubtag(string tag)
    {
        var dash = tag.IndexOfAny(new[] { '-', '_' });
        return (dash < 0 ? tag : tag.Substring(0, dash)).Trim().ToLowerInvariant();
    }
}
