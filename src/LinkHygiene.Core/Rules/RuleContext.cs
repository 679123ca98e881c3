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
        _findings.Add(new PendingFinding(rule, span, link, arguments, fix is not null && (EditsInsideRazorComment(fix) || EditsInsideTranslation(fix)) ? null : fix, null));

    /// <summary>
    /// Whether a fix would change text inside a Razor comment, where it has no effect (<c>&lt;a href=@* *@&gt;</c>: an
    /// attribute that ends in a comment). Applied, such a fix would leave the finding, and each fix pass would add it
    /// again; the finding is reported without it.
    /// </summary>
    private bool EditsInsideRazorComment(CodeFix fix)
    {
        // (a page of fixable links between comments had looked through every comment before each fix)
        var spans = _razorComments ??= Document.Comments.Where(c => c.IsRazor).Select(c => c.Span).ToArray();
        return EditsInside(spans, fix);
    }

    /// <summary>
    /// Whether a fix would change the text of a translation block (Django's <c>{% blocktranslate %}</c>, Jinja's
    /// <c>{% trans %}</c>): the text is a message catalogue's key, and changed, it no longer finds its translations
    /// (held-out review 97). The finding is reported without the fix; the link is mended in the catalogue too.
    /// </summary>
    private bool EditsInsideTranslation(CodeFix fix) => EditsInside(Document.TranslatedText, fix);

    // (spans of one kind never overlap: a Razor comment ends at the first "*@", a translation block at its end tag)
    private static bool EditsInside(IReadOnlyList<SourceSpan> spans, CodeFix fix) =>
        spans.Count > 0 && fix.Edits.Any(edit => Sorted.AnyOverlaps(spans, edit.Span.Start, edit.Span.End));

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
