using System;
using System.Linq;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Infrastructure;

/// <summary>
/// Compares a template read without a DOM (TemplateDocument.IsTokensOnly) with the full parse: the tokens the
/// tokenizer alone reads, and the findings and facts the engine gives either way. Null when they are the same, else
/// what differs. Used by the tests and by the fuzzer.
/// </summary>
public static class ReadingEquivalence
{
    /// <summary>
    /// Whether the tokenizer alone reads this text as the parser does: the same test NeedsTree makes (the tests compare
    /// every other text too, so a tag missing from it shows up as a difference, not as a text left out).
    /// </summary>
    public static bool TokenizerDecides(string text) => !TemplateDocument.TreeBuilderDecidesReading(text);

    /// <summary>What differs either way, in the findings and facts or in the tokens (null: nothing).</summary>
    public static string? AnyDifference(string path, string text) => ResultDifference(path, text) ?? TokenDifference(path, text);

    /// <summary>
    /// How the tokens the tokenizer alone reads (without a DOM, and alongside one) differ from those the parser reports
    /// while it builds the DOM (null: they do not).
    /// </summary>
    public static string? TokenDifference(string path, string text)
    {
        if (TemplateKinds.FromPath(path) is not { } kind || !TokenizerDecides(text))
        {
            return null; // configuration files are not parsed; the rest goes to the full parse (NeedsTree)
        }

        var reference = TemplateDocument.ParseWithParserTokens(path, text, kind);
        return Difference(reference, TemplateDocument.ParseTokensOnly(path, text, kind)) ?? Difference(reference, TemplateDocument.Parse(path, text, kind));
    }

    /// <summary>How a tokenizer reading of a template differs from the parser's: analysable, tokens, start tags, comments, problems, masked text.</summary>
    public static string? Difference(TemplateDocument full, TemplateDocument tokens)
    {
        if (full.IsAnalyzable != tokens.IsAnalyzable)
        {
            return $"analysable {full.IsAnalyzable} from the parser, {tokens.IsAnalyzable} from the tokenizer";
        }

        if (!full.Tokens.SequenceEqual(tokens.Tokens))
        {
            var at = full.Tokens.Zip(tokens.Tokens).TakeWhile(p => p.First == p.Second).Count();
            return $"tokens differ from token {at}: {(at < full.Tokens.Count ? full.Tokens[at] : "end")} from the parser, {(at < tokens.Tokens.Count ? tokens.Tokens[at] : "end")} from the tokenizer";
        }

        // The tokenizer readings keep a link's attributes as the tokenizer read them and read any other tag's again from
        // its text when asked (StartTag.RawAttributes): both must give what the parser's own tokens give.
        foreach (var token in full.Tokens.Where(t => t.Kind == TokenKind.StartTag))
        {
            if (StartTagText(full, token.Start) is var expected && StartTagText(tokens, token.Start) is var actual && expected != actual)
            {
                return $"start tag at {token.Start}: {expected} from the parser, {actual} from the tokenizer";
            }
        }

        if (!full.Comments.Select(c => (c.Span, c.Text)).SequenceEqual(tokens.Comments.Select(c => (c.Span, c.Text))))
        {
            return "comments differ";
        }

        if (!full.Problems.SequenceEqual(tokens.Problems))
        {
            return $"problems differ: [{string.Join("; ", full.Problems)}] from the parser, [{string.Join("; ", tokens.Problems)}] from the tokenizer";
        }

        if (full.Masked != tokens.Masked)
        {
            return "masked text differs";
        }

        // The DOM built from the tokenizer's tokens (TreeConstruction), where it was, is the parser's.
        return full.Dom is { } parsed && tokens.Dom is { } built && DomComparison.Difference(parsed, built) is { } difference
            ? "DOM differs: " + difference
            : null;
    }

    private static string StartTagText(TemplateDocument document, int start) => document.StartTagAt(start) is { } tag
        ? $"<{tag.Name} {tag.Span}{(tag.IsSelfClosing ? " self-closing" : string.Empty)}: " + string.Join(
            ", ",
            tag.GetAttributes(document).Select(a => $"{a.Name}={a.Value}|{a.SourceValue} {a.Span} {a.ValueSpan} {a.HasValue} {a.ValueMapsOneToOne}"))
        : "none";

    /// <summary>How the engine's findings and facts differ when it may read the template without the tree.</summary>
    public static string? ResultDifference(string path, string text)
    {
        var full = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty, ProjectContext.Empty, tokensWhenEnough: false, default);
        var light = LinkHygieneEngine.Analyze(path, text, DictionaryOptionSource.Empty, ProjectContext.Empty, tokensWhenEnough: true, default);
        static string Render(AnalysisResult r) => string.Join("\n", r.Findings.Select(f => $"{f.Id} {f.Span} {f.Severity} {f.Message} {f.Fix is not null}"));
        if (Render(full) != Render(light))
        {
            return $"findings differ:\n{Render(full)}\nwith the tree, and without:\n{Render(light)}";
        }

        if ((full.Facts is null) != (light.Facts is null))
        {
            return "facts missing on one side";
        }

        if (full.Facts is { } a && light.Facts is { } b)
        {
            if (!a.Ids.OrderBy(i => i, StringComparer.Ordinal).SequenceEqual(b.Ids.OrderBy(i => i, StringComparer.Ordinal)) || a.IdsComplete != b.IdsComplete)
            {
                return $"ids differ: [{string.Join(",", a.Ids)}] complete {a.IdsComplete} with the tree, [{string.Join(",", b.Ids)}] complete {b.IdsComplete} without";
            }

            if (a.BaseHref != b.BaseHref || a.Model != b.Model || !a.PageDirectives.SequenceEqual(b.PageDirectives) || a.Links.Count != b.Links.Count || a.Kind != b.Kind)
            {
                return "facts differ";
            }
        }

        return null;
    }
}
