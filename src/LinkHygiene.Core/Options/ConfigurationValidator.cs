using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Diagnostics;
using LinkHygiene.Rules;
using LinkHygiene.Text;

namespace LinkHygiene.Options;

/// <summary>A problem in a configuration file, where it is.</summary>
/// <param name="Span">The key (or value) it is about.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
public sealed record ConfigurationProblem(SourceSpan Span, string Message);

/// <summary>
/// Checks the LinkHygiene lines of an <c>.editorconfig</c> or <c>.globalconfig</c> file once, where they are written:
/// unknown <c>link_hygiene.*</c> keys (with the nearest real one), unknown rule IDs, invalid values (naming the key, the
/// value and what is accepted), and <c>dotnet_diagnostic.LHxxx.severity</c> in an .editorconfig, which the compiler
/// never applies to templates. Reads lines the way Roslyn's AnalyzerConfig does (same comment and key rules); what the
/// options mean for each template is still decided by Roslyn's own reader in every front end.
/// </summary>
public static class ConfigurationValidator
{
    // The patterns of Roslyn's AnalyzerConfig parser: '#' and ';' start a comment anywhere on a line. Its property
    // pattern, ^\s*(key)\s*[=:]\s*(.*?)\s*([#;].*)?$, tries every end of a lazy value against the white space after it,
    // which takes the square of a line's length (seconds for 20 KB of spaces inside a value); PropertyHead is its
    // part up to the value, and TryReadProperty reads the rest as it does (PropertyReaderTests holds the two together).
    private static readonly Regex Section = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyHead = new(@"^\s*(?<key>[\w\.\-_]+)\s*[=:]\s*", RegexOptions.CultureInvariant);
    private static readonly Regex RuleKey = new(@"^link_hygiene\.(?<id>lh\d+)\.(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex DiagnosticKey = new(@"^dotnet_diagnostic\.(?<id>lh\d+)\.severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether a file is one of the configuration files LinkHygiene reads (by name).</summary>
    public static bool IsConfigurationFile(string? path)
    {
        var name = Path.GetFileName(path ?? string.Empty);
        return string.Equals(name, ".editorconfig", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a configuration file's preamble (before its first section) says <c>root = true</c>, as Roslyn reads it.</summary>
    public static bool DeclaresRoot(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var root = false;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim().TrimStart('\uFEFF');
            if (trimmed.StartsWith("[", StringComparison.Ordinal))
            {
                break;
            }

            if (TryReadProperty(trimmed, out var key, out var value) && trimmed.Substring(key.Start, key.Length).Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                root = trimmed.Substring(value.Start, value.Length).Equals("true", StringComparison.OrdinalIgnoreCase); // (the last one counts)
            }
        }

        return root;
    }

    /// <summary>
    /// The folders whose .editorconfig the templates read: each template's folder and those above it, up to the first whose
    /// .editorconfig says <c>root = true</c> (the compiler and every EditorConfig reader stop there). One elsewhere is read
    /// by no template, and its lines are not checked (held-out review 170: LH900 on a file above the project's root = true,
    /// which its own LH900 severity could not silence). Full paths, compared as the file system names them (a linked
    /// template's "app/../x.cshtml" is not under app/; code review 129).
    /// </summary>
    /// <param name="templates">The templates' paths.</param>
    /// <param name="rootFolders">The folders whose .editorconfig says root = true.</param>
    public static ISet<string> FoldersReadFrom(IEnumerable<string> templates, IEnumerable<string> rootFolders)
    {
        var read = new HashSet<string>(Site.FileSystemPaths.Comparer);
        var roots = new HashSet<string>((rootFolders ?? Enumerable.Empty<string>()).Select(Path.GetFullPath), Site.FileSystemPaths.Comparer);
        foreach (var template in templates ?? Enumerable.Empty<string>())
        {
            for (var current = Path.GetDirectoryName(Path.GetFullPath(template)); !string.IsNullOrEmpty(current) && read.Add(current!) && !roots.Contains(current!); current = Path.GetDirectoryName(current))
            {
            }
        }

        return read;
    }

    /// <summary>Checks a configuration file's text.</summary>
    /// <param name="path">The file (a name ending in <c>.globalconfig</c> makes it global, as for the compiler).</param>
    /// <param name="text">Its text.</param>
    public static IReadOnlyList<ConfigurationProblem> Validate(string path, string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var problems = new List<ConfigurationProblem>();
        var lines = LineMap.Create(text);
        var isGlobal = Path.GetFileName(path ?? string.Empty).EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
        var inSection = false;
        var pendingDiagnostics = new List<(SourceSpan Span, string Key, string Id, string Value)>();
        var preamble = new List<(SourceSpan Span, string Key)>(); // our keys before any section: read only in a global file
        (SourceSpan Span, string Text)? brokenSection = null; // a line that looks like a section header and is none, while its lines run
        var brokenSectionReported = false;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
            var content = text.Substring(start, end - start).TrimEnd('\r', '\n', '\u0085', '\u2028', '\u2029');
            var trimmed = content.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            if (Section.IsMatch(content))
            {
                inSection = true;
                brokenSection = null;
                continue;
            }

            if (trimmed[0] == '[')
            {
                // (Roslyn passes over it: the lines after it stay in the section before; held-out review 170)
                brokenSection = (new SourceSpan(start + content.Length - trimmed.Length, trimmed.TrimEnd().Length), trimmed.TrimEnd());
                brokenSectionReported = false;
                continue;
            }

            if (!TryReadProperty(content, out var keyGroup, out var valueGroup))
            {
                if (IsOurs(trimmed))
                {
                    var written = (trimmed.IndexOfAny(CommentMarks) is var mark && mark > 0 ? trimmed.Substring(0, mark) : trimmed).TrimEnd();
                    problems.Add(new ConfigurationProblem(new SourceSpan(start + content.Length - trimmed.Length, written.Length),
                        $"'{Shorten(written)}' is not read: a line sets a key as 'key = value' (a key holds letters, digits, '.', '-' and '_'); it has no effect as written"));
                }

                continue;
            }

            var rawKey = content.Substring(keyGroup.Start, keyGroup.Length);
            var key = rawKey.ToLowerInvariant();
            if (brokenSection is { } broken && !brokenSectionReported && IsOurs(key))
            {
                brokenSectionReported = true;
                problems.Add(new ConfigurationProblem(broken.Span,
                    $"'{Shorten(broken.Text)}' is no section header (a header is '[glob]', with no '#' or ';' unless escaped): it is passed over, and the keys after it belong to the section before it"));
            }

            if (key.StartsWith("link-hygiene.", StringComparison.Ordinal) || key.StartsWith("linkhygiene.", StringComparison.Ordinal))
            {
                var meant = OptionCatalog.Prefix + key.Substring(key.IndexOf('.') + 1);
                var known = OptionCatalog.Find(meant)?.Key ?? OptionCatalog.Nearest(meant) ?? meant;
                problems.Add(new ConfigurationProblem(new SourceSpan(start + keyGroup.Start, keyGroup.Length), $"Unknown key '{rawKey}'; did you mean '{known}'? It has no effect as written"));
                continue;
            }

            if (!inSection && brokenSection is null && IsOurs(key))
            {
                preamble.Add((new SourceSpan(start + keyGroup.Start, keyGroup.Length), rawKey));
            }
            var value = content.Substring(valueGroup.Start, valueGroup.Length);
            var keySpan = new SourceSpan(start + keyGroup.Start, keyGroup.Length);
            var lineSpan = SourceSpan.FromBounds(start + keyGroup.Start, Math.Max(start + keyGroup.End, start + valueGroup.End));
            if (!inSection && key == "is_global" && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                isGlobal = true;
                continue;
            }

            var diagnostic = DiagnosticKey.Match(key);
            if (diagnostic.Success)
            {
                pendingDiagnostics.Add((lineSpan, rawKey, diagnostic.Groups["id"].Value.ToUpperInvariant(), value));
                continue;
            }

            if (key.StartsWith(BulkPrefix, StringComparison.Ordinal))
            {
                if (BulkProblem(rawKey, value.Trim()) is { } bulkProblem)
                {
                    var valueSpan = valueGroup.Length == 0 ? keySpan : new SourceSpan(start + valueGroup.Start, valueGroup.Length);
                    problems.Add(new ConfigurationProblem(bulkProblem.AtValue ? valueSpan : keySpan, bulkProblem.Message));
                }

                continue;
            }

            if (!key.StartsWith(OptionCatalog.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var option = OptionCatalog.Find(key);
            if (option is null)
            {
                problems.Add(new ConfigurationProblem(keySpan, Unknown(rawKey)));
                continue;
            }

            if (!OptionReader.IsUnset(value) && !option.TryParseBoxed(value.Trim(), out _, out var problem))
            {
                var valueSpan = valueGroup.Length == 0 ? keySpan : new SourceSpan(start + valueGroup.Start, valueGroup.Length);
                problems.Add(new ConfigurationProblem(valueSpan, Invalid(option, value.Trim(), problem)));
            }
            else if (option is Option<IReadOnlyList<string>> or Option<Links.ZoneSelector?> && CutAt(content, valueGroup) is { } cut)
            {
                // In a list, a '#' or ';' written onto the value, or right before more of it, looks like part of it and
                // cuts it: "a; b", ".comments #thread" (held-out review 170: a host list, a phrase list and a selector list
                // cut silently); "a, b  # why" is a comment, and so is anything after a one-word value, which a comment
                // cannot cut ("warning #legacy pages": code review 128)
                var rest = content.Substring(cut).TrimEnd();
                problems.Add(new ConfigurationProblem(new SourceSpan(start + cut, rest.Length),
                    $"The value of '{option.Key}' ends at '{content[cut]}': '{Shorten(rest)}' is read as a comment ('#' and ';' start one in .editorconfig, even inside a value), so '{value.Trim()}' is used; write an id selector as [id=...], and separate list items with ','"));
            }
        }

        if (!isGlobal)
        {
            foreach (var (span, key) in preamble)
            {
                problems.Add(new ConfigurationProblem(span,
                    $"'{key}' comes before any section: an .editorconfig reads only 'root' there, so it has no effect; put it under a section such as [*.{{cshtml,razor,html}}], or in a .globalconfig"));
            }
        }

        // Whether the file is global is known only once its preamble has been read (is_global = true).
        foreach (var (span, key, id, value) in pendingDiagnostics)
        {
            if (RuleCatalog.Find(id) is null)
            {
                problems.Add(new ConfigurationProblem(span, UnknownRule(id, key)));
            }
            else if (!isGlobal)
            {
                var word = value.Trim().ToLowerInvariant() is { Length: > 0 } v ? v : "none";
                problems.Add(new ConfigurationProblem(span,
                    $"'{key}' in an .editorconfig file has no effect on templates: the compiler applies dotnet_diagnostic severities in .editorconfig sections only to C# files; write 'link_hygiene.{id}.severity = {word}' here instead, or move the line to a .globalconfig"));
            }
        }

        problems.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return problems;
    }

    private const string BulkPrefix = "dotnet_analyzer_diagnostic.";
    private static readonly Regex BulkCategoryKey = new(@"^dotnet_analyzer_diagnostic\.category-(?<category>[^.]+)\.severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// What is wrong with a line of Roslyn's bulk severity keys that LinkHygiene reads
    /// (<see cref="RuleCatalog.CategorySeverity"/>, <see cref="RuleCatalog.AllAnalyzersSeverity"/>): a value that is no
    /// severity (the compiler passes over it without a word), or a category that is nearly LinkHygiene's.
    /// </summary>
    private static (string Message, bool AtValue)? BulkProblem(string rawKey, string value)
    {
        var key = rawKey.ToLowerInvariant();
        if (key == RuleCatalog.CategorySeverity.LowerKey || key == RuleCatalog.AllAnalyzersSeverity.LowerKey)
        {
            return OptionParsers.Severity(value, out _, out _)
                ? null
                : ($"'{rawKey}' has an invalid value '{value}': expected error, warning, suggestion, silent, none or default; the compiler and LinkHygiene pass over it", true);
        }

        var category = BulkCategoryKey.Match(rawKey);
        if (!category.Success)
        {
            return null;
        }

        var name = category.Groups["category"].Value.ToLowerInvariant();
        var ours = RuleDescriptor.CategoryName.ToLowerInvariant();
        return name.Replace("_", string.Empty).Replace("-", string.Empty) == ours || EditDistance.Levenshtein(name, ours) <= 2
            ? ($"No rule has the category '{category.Groups["category"].Value}'; did you mean '{RuleCatalog.CategorySeverity.Key}'? It has no effect as written", false)
            : null;
    }

    /// <summary>
    /// Reads a line as Roslyn's AnalyzerConfig reads a property (<c>key = value ; comment</c>), in time linear in its
    /// length: the key, and the value, which ends before the first '#' or ';' after it and loses its trailing white space.
    /// </summary>
    /// <param name="line">One line, without its line break.</param>
    /// <param name="key">Where the key is in the line.</param>
    /// <param name="value">Where the value is in the line (empty when there is none).</param>
    /// <returns>Whether the line is a property.</returns>
    internal static bool TryReadProperty(string line, out SourceSpan key, out SourceSpan value)
    {
        var head = PropertyHead.Match(line);
        if (!head.Success)
        {
            key = value = default;
            return false;
        }

        var group = head.Groups["key"];
        key = new SourceSpan(group.Index, group.Length);
        var start = head.Index + head.Length;
        var comment = line.IndexOfAny(CommentMarks, start);
        var end = comment < 0 ? line.Length : comment;
        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        value = SourceSpan.FromBounds(start, end);
        return true;
    }

    private static readonly char[] CommentMarks = { '#', ';' };

    /// <summary>Whether a key (or a line) is LinkHygiene's, or a misspelling of its prefix.</summary>
    private static bool IsOurs(string keyOrLine) =>
        keyOrLine.StartsWith("link_hygiene", StringComparison.OrdinalIgnoreCase)
        || keyOrLine.StartsWith("link-hygiene", StringComparison.OrdinalIgnoreCase)
        || keyOrLine.StartsWith("linkhygiene", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where a comment cuts a value that looks as if it went on: a '#' or ';' right after the value's last character, or
    /// right before a character that is not white space; null for none or a comment set apart by spaces.
    /// </summary>
    private static int? CutAt(string line, SourceSpan value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var mark = line.IndexOfAny(CommentMarks, value.End);
        if (mark < 0)
        {
            return null;
        }

        var touchesValue = mark == value.End;
        var goesOn = mark + 1 < line.Length && !char.IsWhiteSpace(line[mark + 1]) && line[mark + 1] is not ('#' or ';');
        return touchesValue || goesOn ? mark : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 59) + "\u2026";

    /// <summary>The message for an option value that cannot be used.</summary>
    public static string Invalid(OptionDefinition option, string raw, string? problem) =>
        $"Option '{option.Key}' has an invalid value '{raw}': {problem ?? "expected " + option.Accepted}; the default '{option.DefaultText}' is used";

    private static string Unknown(string key)
    {
        var rule = RuleKey.Match(key);
        if (rule.Success && RuleCatalog.Find(rule.Groups["id"].Value) is null)
        {
            return UnknownRule(rule.Groups["id"].Value.ToUpperInvariant(), key);
        }

        var nearest = OptionCatalog.Nearest(key);
        return nearest is null
            ? $"Unknown option '{key}': LinkHygiene has no such key (docs/configuration.md lists them); it has no effect"
            : $"Unknown option '{key}'; did you mean '{nearest}'? It has no effect as written";
    }

    /// <summary>The message for a rule ID that does not exist.</summary>
    public static string UnknownRule(string id, string where)
    {
        var nearest = OptionCatalog.NearestRuleId(id);
        return nearest is null
            ? $"Unknown rule '{id}' in '{where}': no LinkHygiene rule has this ID, so it has no effect"
            : $"Unknown rule '{id}' in '{where}'; did you mean '{nearest}'? It has no effect as written";
    }
}
