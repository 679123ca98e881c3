using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Fixes;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>What a rule sees: the parsed template, its links, its options; and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<PendingFinding> _findings;
    private SourceSpan[]? _razorComments;

    internal RuleContext(TemplateDocument document, DocumentWalk walk, OptionReader options, LinkSettings settings, string? defaultLanguage, List<PendingFinding> findings, IReadOnlyList<Link>? links = null)
    {
        Document = document;
        Walk = walk;
        Links = links ?? walk.Links;
        Options = options;
        Settings = settings;
        DefaultLanguage = defaultLanguage;
        _findings = findings;
    }

    /// <summary>The template.</summary>
    public TemplateDocument Document { get; }

    /// <summary>Every link in the template, in source order.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The DOM walk: zones of every element, raw-HTML attributes.</summary>
    public DocumentWalk Walk { get; }

    /// <summary>Option values for this template.</summary>
    public OptionReader Options { get; }

    /// <summary>The link-related settings.</summary>
    public LinkSettings Settings { get; }

    /// <summary><c>link_hygiene.default_language</c>, as a primary subtag.</summary>
    public string? DefaultLanguage { get; }

    /// <summary>Reports a finding about a link.</summary>
    public void Report(RuleDescriptor rule, SourceSpan span, Link? link, params string[] arguments) =>
        _findings.Add(new PendingFinding(rule, span, link, arguments, null, null));

    /// <summary>
    /// Reports a finding about a link, with a fix (left out when it would edit inside a Razor comment or a translation
    /// block).
    /// </summary>
    public void Report(RuleDescriptor rule, SourceSpan span, Link link, CodeFix? fix, params string[] arguments) =>
        _findings.Add(new PendingFinding(rule, span, link, arguments, fix is not null && (EditsInsideRazorComment(fix) || EditsInside(Document.TranslatedText, fix)) ? null : fix, null));

    /// <summary>
    /// Whether a fix would change the text of a translation block (Django's <c>{% blocktranslate %}</c>, Jinja's
    /// <c>{% trans %}</c>): the text is a message catalogue's key, and changed, it no longer finds its translations
    /// (held-out review 97). The finding is reported without the fix; the link is mended in the catalogue too.
    /// </summary>
    private static bool EditsInside(IReadOnlyList<SourceSpan> blocks, CodeFix fix)
    {
        if (blocks.Count == 0)
        {
            return false;
        }

        foreach (var edit in fix.Edits)
        {
            // (blocks never overlap: the first whose end is past the edit's start is the only one that can hold it)
            var k = Sorted.PartitionPoint(blocks.Count, (blocks, edit.Span.Start), static (s, i) => s.blocks[i].End <= s.Start);
            if (k < blocks.Count && blocks[k].Start < edit.Span.End + (edit.Span.Length == 0 ? 1 : 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a fix would change text inside a Razor comment, where it has no effect (<c>&lt;a href=@* *@&gt;</c>: an
    /// attribute that ends in a comment). Applied, such a fix would leave the finding, and each fix pass would add it
    /// again; the finding is reported without it.
    /// </summary>
    private bool EditsInsideRazorComment(CodeFix fix)
    {
        // Razor comments never overlap (the first "*@" ends one), so they are in order of their ends as of their starts:
        // only the last one that starts before an edit's end can reach into it. A page of fixable links between comments
        // looked through every comment before each fix.
        var spans = _razorComments ??= Document.Comments.Where(c => c.IsRazor).Select(c => c.Span).ToArray();
        foreach (var edit in fix.Edits)
        {
            var low = Sorted.PartitionPoint(spans.Length, (spans, edit.Span.End), static (s, i) => s.spans[i].Start < s.End);
            if (low > 0 && spans[low - 1].End > edit.Span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports a finding about an internal link described by the template's facts.</summary>
    internal void Report(RuleDescriptor rule, SourceSpan span, Site.InternalLinkFact link, params string[] arguments) =>
        _findings.Add(new PendingFinding(rule, span, null, arguments, null, link.Ignored, link.LinkLine));

    /// <summary>What the site checks need from this template (its routes, ids and internal links).</summary>
    internal Site.TemplateFacts Facts => _facts ??= Site.TemplateFacts.From(Document, Links, null);

    private Site.TemplateFacts? _facts;

    /// <summary>Reports a finding about an element that is not a link (data-linkhygiene-ignore around it applies).</summary>
    public void Report(RuleDescriptor rule, SourceSpan span, IElement? element, params string[] arguments) =>
        _findings.Add(new PendingFinding(rule, span, null, arguments, null, Walk.IgnoredAt(element)));
}

/// <summary>A finding before suppression and severity are applied.</summary>
internal sealed record PendingFinding(RuleDescriptor Rule, SourceSpan Span, Link? Link, IReadOnlyList<string> Arguments, CodeFix? Fix = null, RuleFilter? Ignored = null, int? LinkLine = null);
