using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Fixes;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Text;

namespace LinkHygiene.Engine;

/// <summary>
/// An analysis carried through edits that change no more than one text node's words: letters, digits and spaces typed
/// into, or deleted from, page text outside links, or a link's text, away from tags, entities and Razor code. An edit of
/// page text changes nothing any rule reads, so the edited text's findings are the analysed text's, moved. An edit of a
/// link's text changes that link's name only: the rules that read names (<see cref="Rules.Rule.ReadsLinkText"/>) run
/// again over the analysed document with the edited names, and the rest of the findings are moved. It is the language
/// server's incremental step (a keystroke in a paragraph or a link of a large page); any other edit is analysed again
/// from the start.
/// </summary>
/// <remarks>
/// What is checked, against the analysed text (the base) and its parsed document:
/// <list type="bullet">
/// <item>the characters removed and inserted are letters, digits or spaces (no line break: lines and suppressions keep
/// their numbers; nor between a CR and its LF), and the characters around them cannot join them into markup or code (<c>&lt;</c>, <c>&amp;</c>,
/// <c>/</c>, <c>@</c>, or the <c>.</c>, <c>?</c> and <c>!</c> that continue a Razor expression);</item>
/// <item>the edited base range lies in one text token of the masked template, which it does not empty (the tree builder
/// reopens formatting elements that a closing tag closed early at any text, a space too), and the Razor scanner read it as markup:
/// every character of it and the nearest non-space ones around it are unmasked, and either those two are text of the
/// same token or no code block, directive, comment or expression lies between them (white space in a code block between
/// two pieces of markup is C#);</item>
/// <item>the element the text is in and its ancestors are ordinary HTML elements (not a link, a component, script,
/// style, a title, a table's rows themselves, foreign content), and no <c>&lt;a&gt;</c> is open before it (the tree builder
/// reopens one that a closing tag closed early, and text after it would become its text);</item>
/// <item>the analysis read a DOM, found links and no template problem, no link is named by another element's text
/// (<c>aria-labelledby</c>), and no zone selector reads text (<c>:contains()</c>); the edited text stays under the size
/// limit.</item>
/// </list>
/// An edit of a link's text is carried instead when the link is an <c>&lt;a&gt;</c> in no other link (a component's
/// <c>&lt;NavLink&gt;</c> around it would read the text too) whose whole content is that one text
/// token, which the DOM holds as written (no '&amp;', no code, no CRLF), which names the link (no <c>aria-label</c>), and
/// which the edit does not leave blank (the name would come from a title, or be none) nor start on another line. The
/// edited name is that text with white space collapsed, as the DOM's would be.
/// Edits are kept as base ranges with the length of what replaces each, merged where they touch, at most
/// <see cref="MaxEdits"/> of them; the tests hold the moved findings to a full analysis of the edited text.
/// </remarks>
public sealed class EditedAnalysis
{
    /// <summary>How many separate edited ranges are carried before the text is analysed again.</summary>
    public const int MaxEdits = 64;

    // Elements whose text is page text that no rule reads; a text node's own element must be one of these.
    private static readonly HashSet<string> TextParents = new(StringComparer.Ordinal)
    {
        "body", "div", "p", "span", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "strong", "em", "b", "i", "u", "s", "small", "mark", "label",
        "blockquote", "figure", "figcaption", "pre", "code", "td", "th", "caption", "form", "fieldset", "legend", "address",
        "hgroup", "details", "summary", "abbr", "cite", "q", "time", "sub", "sup", "kbd", "samp", "var", "del", "ins", "dfn",
        "bdi", "bdo", "center", "font", "big", "tt",
    };

    // Elements that may hold such text further out (a table cell's row and table).
    private static readonly HashSet<string> TextAncestors = new(TextParents, StringComparer.Ordinal)
    {
        "html", "table", "tbody", "thead", "tfoot", "tr",
    };

    // Elements whose content is not page text (raw text, a template's, foreign content, a select's, the head's).
    private static readonly HashSet<string> Enclosing = new(TemplateDocument.RawTextElements, StringComparer.Ordinal)
    {
        "plaintext", "noscript", "template", "svg", "math", "select", "option", "head",
    };

    // The HTML standard's special elements (an end tag of another element is ignored while one is open inside it).
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center", "colgroup", "dd",
        "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "iframe", "li", "listing", "main", "marquee", "menu",
        "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "plaintext", "pre", "script", "search", "section",
        "select", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "ul", "xmp", "svg", "math",
    };

    // The rules that read links' text (Rule.ReadsLinkText): run again when a link's text is edited.
    private static readonly HashSet<string> LinkTextRules = new(
        Rules.RuleCatalog.Rules.Where(r => r.ReadsLinkText).Select(r => r.Descriptor.Id), StringComparer.Ordinal);

    private readonly Segment[] _segments; // in base order, not touching

    private readonly bool _carriable;
    private readonly bool _layoutIsNull;

    private readonly Renamed[] _renamed; // links whose text is edited, in the order of their first edit
    private readonly IOptionSource? _options; // the options the link-text rules run with (those of the edit that last changed a link's text)
    private IReadOnlyList<Finding>? _linkTextFindings; // their findings at the base text's offsets, once asked for

    private EditedAnalysis(AnalysisResult result, string baseText, string text, Segment[] segments, bool carriable, bool layoutIsNull, Renamed[] renamed, IOptionSource? options)
    {
        Base = result;
        BaseText = baseText;
        Text = text;
        _segments = segments;
        _carriable = carriable;
        _layoutIsNull = layoutIsNull;
        _renamed = renamed;
        _options = options;
    }

    /// <summary>The analysis edits are carried from.</summary>
    public AnalysisResult Base { get; }

    /// <summary>The text <see cref="Base"/> was analysed from.</summary>
    public string BaseText { get; }

    /// <summary>The text as edited.</summary>
    public string Text { get; }

    /// <summary>How many separate ranges of the base text have been edited.</summary>
    public int EditCount => _segments.Length;

    /// <summary>How many links' text has been edited (their names read again).</summary>
    public int EditedLinkCount => _renamed.Length;

    /// <summary>An analysis of <paramref name="text"/> with no edit yet.</summary>
    public static EditedAnalysis Of(AnalysisResult result, string text)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new(result, text, text, Array.Empty<Segment>(), IsCarriable(result, text), Site.TemplateFacts.LayoutIsNull(text), Array.Empty<Renamed>(), null);
    }

    /// <summary>
    /// Carries the analysis through replacing <paramref name="start"/>..<paramref name="end"/> of <see cref="Text"/> by
    /// <paramref name="inserted"/>, when that edit cannot change a finding but by moving it; null when the edited text
    /// must be analysed again.
    /// </summary>
    public EditedAnalysis? TryApply(int start, int end, string inserted, IOptionSource options) =>
        TryApply(start, end, inserted, options, editedText: null);

    /// <summary>
    /// <see cref="TryApply(int, int, string, IOptionSource)"/> for a caller that holds the text as edited (an editor's
    /// buffer): <paramref name="editedText"/> becomes <see cref="Text"/> when it is <see cref="Text"/> with the edit made,
    /// instead of another copy of a page that may be large.
    /// </summary>
    public EditedAnalysis? TryApply(int start, int end, string inserted, IOptionSource options, string? editedText)
    {
        if (inserted is null || start < 0 || end < start || end > Text.Length || (start == end && inserted.Length == 0))
        {
            return null;
        }

        if (_segments.Length >= MaxEdits || !_carriable)
        {
            return null;
        }

        var text = Text;
        if (!IsInert(text, start, end) || !IsInert(inserted, 0, inserted.Length)
            || (start > 0 && !CanPrecede(text[start - 1])) || (end < text.Length && text[end] == '@'))
        {
            return null;
        }

        // Next to a template tag's brace, '%' or '#': typing there splits "{{", "{%", "}}" ..., deleting there joins
        // one, and an HTML file's template tags are masked before it is parsed (ClientTemplateSyntax.MaskTemplateTags).
        if ((start > 0 && IsTemplateTagChar(text[start - 1])) || (end < text.Length && IsTemplateTagChar(text[end])))
        {
            return null;
        }

        // Between a CR and an LF: typing there splits one line break in two, deleting there joins two in one.
        if (start > 0 && text[start - 1] == '\r' && end < text.Length && text[end] == '\n')
        {
            return null;
        }

        var length = text.Length - (end - start) + inserted.Length;
        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        if ((long)length > (long)reader.Get(CommonOptions.MaxFileSizeKb) * 1024)
        {
            return null;
        }

        // The base range the edit falls in, with the edited ranges it touches, and its length once edited.
        var (baseStart, baseEnd, first, last, extentStart, extentEnd) = ToBase(start, end);
        var editedLength = extentEnd - extentStart - (end - start) + inserted.Length;
        var document = Base.Document!;
        // At most one copy of the text for a key typed or deleted (a page's text is a large object: each copy brings the
        // next full collection nearer), and none when the caller has it.
        var edited = editedText is not null && IsEdited(editedText, text, start, end, inserted) ? editedText
            : end == start ? text.Insert(start, inserted)
            : inserted.Length == 0 ? text.Remove(start, end - start)
            : text.Substring(0, start) + inserted + text.Substring(end);
        var delta = inserted.Length - (end - start);
        var renamed = _renamed;
        var linkTextFindings = _linkTextFindings; // the same while no link's text is edited
        lock (document) // ElementAt keeps what it found on the document; a cancelled analysis may still be asking
        {
            if (!IsMarkupText(document, baseStart, baseEnd, emptied: editedLength == 0))
            {
                if (LinkTextAt(document, baseStart, baseEnd) is not var (link, token))
                {
                    return null;
                }

                // Where the link's text is in the edited text: its earlier edits have moved its end; a link not edited
                // before has no edited range inside its text, nor at either end of it (those are its text).
                var known = Array.FindIndex(_renamed, r => r.Link == link);
                var (textStart, textEnd) = known >= 0 ? (_renamed[known].EditedStart, _renamed[known].EditedEnd) : (MoveStart(token.Start), MoveStart(token.Start) + token.Length);
                // Not blank: without text the link's name would come from elsewhere (a title), or be none. And starting on
                // the line it started on: its findings are suppressed, or not, by the comments for that line, as the
                // analysed name's were.
                if (start < textStart || end > textEnd || TrimmedSpan(edited, textStart, textEnd + delta) is not { } name
                    || LineBreaks(edited, textStart, name.Start) != LineBreaks(BaseText, token.Start, Base.Links[link].Name.Span.Start))
                {
                    return null;
                }

                linkTextFindings = null;
                renamed = new Renamed[_renamed.Length + (known >= 0 ? 0 : 1)];
                Array.Copy(_renamed, renamed, _renamed.Length);
                renamed[known >= 0 ? known : _renamed.Length] = new Renamed(link, token, textStart, textEnd);
            }
        }

        // Every edited link's text after this edit moves with it; the edited one's end moves.
        if (delta != 0 && renamed.Length > 0)
        {
            renamed = (Renamed[])renamed.Clone();
            for (var i = 0; i < renamed.Length; i++)
            {
                var r = renamed[i];
                if (r.EditedStart <= start && end <= r.EditedEnd)
                {
                    renamed[i] = r with { EditedEnd = r.EditedEnd + delta };
                }
                else if (end <= r.EditedStart)
                {
                    renamed[i] = r with { EditedStart = r.EditedStart + delta, EditedEnd = r.EditedEnd + delta };
                }
            }
        }

        var segments = new List<Segment>(_segments.Length + 1);
        for (var i = 0; i < first; i++)
        {
            segments.Add(_segments[i]);
        }

        segments.Add(new Segment(baseStart, baseEnd, editedLength));
        for (var i = last + 1; i < _segments.Length; i++)
        {
            segments.Add(_segments[i]);
        }

        // A view's ids are all the page's when it sets Layout = null, which is read from its whole text (TemplateFacts).
        // (An HTML file's template language is too, but an edit can make or unmake one only next to a template tag's
        // character, which is never carried, or in front matter's "---", text outside any element, never carried either.)
        if (document.Kind == TemplateKind.RazorView && Site.TemplateFacts.LayoutIsNull(edited) != _layoutIsNull)
        {
            return null;
        }

        return new EditedAnalysis(Base, BaseText, edited, segments.ToArray(), _carriable, _layoutIsNull, renamed, renamed.Length == 0 ? null : linkTextFindings is null ? options : _options)
        {
            _linkTextFindings = linkTextFindings,
        };
    }

    /// <summary>
    /// Findings of the base text (the engine's, with any found from its facts, such as internal links) moved to the
    /// edited text: what an analysis of <see cref="Text"/> would report. Where a link's text is edited, the findings of
    /// the rules that read links' text are theirs for the edited links, in place of those in <paramref name="findings"/>.
    /// </summary>
    public IReadOnlyList<Finding> Move(IReadOnlyList<Finding> findings)
    {
        if (findings is null)
        {
            throw new ArgumentNullException(nameof(findings));
        }

        if (_segments.Length == 0 || (findings.Count == 0 && _renamed.Length == 0))
        {
            return findings;
        }

        var lines = LineMap.Create(Text);
        if (_renamed.Length == 0)
        {
            var moved = new List<Finding>(findings.Count);
            foreach (var finding in findings)
            {
                moved.Add(Move(finding, lines));
            }

            return moved;
        }

        // Findings at an edited link's name are at its edited name, which is not where its name was moved: the name
        // starts or ends at an edit there, or not, as the edited text's white space says.
        var names = new Dictionary<SourceSpan, SourceSpan>();
        foreach (var r in _renamed)
        {
            names[Base.Links[r.Link].Name.Span] = TrimmedSpan(Text, r.EditedStart, r.EditedEnd)!.Value;
        }

        var all = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (!LinkTextRules.Contains(finding.Id))
            {
                all.Add(Move(finding, lines));
            }
        }

        foreach (var finding in LinkTextFindings())
        {
            var moved = Move(finding, lines);
            all.Add(names.TryGetValue(finding.Span, out var name)
                ? new Finding(moved.Rule, name, moved.Arguments, moved.Severity, lines.GetPosition(name.Start), lines.GetPosition(name.End), moved.Fix)
                : moved);
        }

        return all.OrderBy(f => f.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private Finding Move(Finding finding, LineMap lines)
    {
        var span = Move(finding.Span);
        CodeFix? fix = null;
        if (finding.Fix is { } baseFix)
        {
            var edits = new List<TextEdit>(baseFix.Edits.Count);
            foreach (var edit in baseFix.Edits)
            {
                edits.Add(new TextEdit(Move(edit.Span), edit.NewText));
            }

            fix = new CodeFix(baseFix.Title, edits);
        }

        return new Finding(finding.Rule, span, finding.Arguments, finding.Severity, lines.GetPosition(span.Start), lines.GetPosition(span.End), fix);
    }

    /// <summary>The findings of the rules that read links' text, with the edited links' names, at base offsets.</summary>
    /// <remarks>
    /// Those rules judge each link by its own text (LH010, LH011, LH012, LH022), or by the links with the same text
    /// (LH013), so only the edited links and the links that share their text, before the edit or after it, can find
    /// otherwise. They run again over those links alone, once with their names as they were and once as edited; the
    /// base analysis's findings of theirs are taken out and the new ones put in. A page of 2,000 links ran every rule
    /// over every link for each key typed into one of them. When the edit's options read links' text otherwise than
    /// those the base was analysed with, or most links would run again, every link runs again.
    /// </remarks>
    private IReadOnlyList<Finding> LinkTextFindings()
    {
        if (_linkTextFindings is { } found)
        {
            return found;
        }

        var links = Base.Links.ToArray();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in _renamed)
        {
            var link = links[r.Link];
            var name = LinkExtractor.Collapse(Text.Substring(r.EditedStart, r.EditedEnd - r.EditedStart));
            links[r.Link] = link.WithName(new AccessibleName(NameSource.Content, name, IsDynamic: false, link.Name.Span));
            texts.Add(link.Name.Normalized);
            texts.Add(links[r.Link].Name.Normalized);
        }

        texts.Remove(string.Empty);
        var options = _options ?? DictionaryOptionSource.Empty;
        lock (Base.Document!)
        {
            return _linkTextFindings = Rerun(links, texts, options) ?? LinkHygieneEngine.AnalyzeLinkText(Base, links, options);
        }
    }

    /// <summary>The link-text findings with only the links that can find otherwise run again; null when every link is to run.</summary>
    private List<Finding>? Rerun(Link[] edited, HashSet<string> texts, IOptionSource options)
    {
        if (Base.Options is not { } analysed || !LinkHygieneEngine.ReadLinkTextAlike(analysed, options))
        {
            return null; // the base's findings are not what these options find
        }

        var renamed = new bool[edited.Length];
        foreach (var r in _renamed)
        {
            renamed[r.Link] = true;
        }

        var before = new List<Link>();
        var after = new List<Link>();
        for (var i = 0; i < edited.Length; i++)
        {
            var link = Base.Links[i];
            if (renamed[i] || (link.Name.Normalized.Length > 0 && texts.Contains(link.Name.Normalized)))
            {
                before.Add(link);
                after.Add(edited[i]);
            }
        }

        if (before.Count * 2 > edited.Length)
        {
            return null;
        }

        // What those links found before the edit, taken out of the base's findings (one for one: the same rule, place
        // and message may be found twice).
        var taken = new Dictionary<(string Id, SourceSpan Span, string Message), int>();
        foreach (var finding in LinkHygieneEngine.AnalyzeLinkText(Base, before, options))
        {
            var key = (finding.Id, finding.Span, finding.Message);
            taken[key] = taken.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        var findings = new List<Finding>();
        foreach (var finding in Base.Findings)
        {
            if (!LinkTextRules.Contains(finding.Id))
            {
                continue;
            }

            var key = (finding.Id, finding.Span, finding.Message);
            if (taken.TryGetValue(key, out var count) && count > 0)
            {
                taken[key] = count - 1;
                continue;
            }

            findings.Add(finding);
        }

        foreach (var left in taken.Values)
        {
            if (left > 0)
            {
                return null; // a finding the base analysis did not make: it is no guide here
            }
        }

        findings.AddRange(LinkHygieneEngine.AnalyzeLinkText(Base, after, options));
        return findings;
    }

    /// <summary>Whether <paramref name="edited"/> is <paramref name="text"/> with start..end replaced by <paramref name="inserted"/>.</summary>
    private static bool IsEdited(string edited, string text, int start, int end, string inserted) =>
        edited.Length == text.Length - (end - start) + inserted.Length
        && string.CompareOrdinal(edited, 0, text, 0, start) == 0
        && string.CompareOrdinal(edited, start, inserted, 0, inserted.Length) == 0
        && string.CompareOrdinal(edited, start + inserted.Length, text, end, text.Length - end) == 0;

    /// <summary>A base offset where something starts, in the edited text (a start at an insertion point moves past it).</summary>
    public int MoveStart(int offset) => MoveOffset(offset, isEnd: false);

    /// <summary>A base offset where something ends, in the edited text (an end at an insertion point stays before it).</summary>
    public int MoveEnd(int offset) => MoveOffset(offset, isEnd: true);

    private SourceSpan Move(SourceSpan span)
    {
        var start = MoveStart(span.Start);
        return SourceSpan.FromBounds(start, Math.Max(start, MoveEnd(span.End)));
    }

    private int MoveOffset(int offset, bool isEnd)
    {
        var delta = 0;
        foreach (var segment in _segments)
        {
            var after = isEnd ? offset > segment.Start && offset >= segment.End : offset >= segment.End;
            if (after)
            {
                delta += segment.Length - (segment.End - segment.Start);
                continue;
            }

            if (offset > segment.Start)
            {
                // Inside an edited range (no finding starts or ends in edited text; one at an edited link's name is placed
                // apart): its edited start.
                return segment.Start + delta;
            }

            break;
        }

        return offset + delta;
    }

    /// <summary>
    /// The base range an edit of the edited text falls in: from the base offset of its start (or of the first edited range
    /// it touches) to that of its end (or of the last one); which edited ranges it touches; and where, in the edited
    /// text, the edit and those ranges together start and end.
    /// </summary>
    private (int BaseStart, int BaseEnd, int First, int Last, int ExtentStart, int ExtentEnd) ToBase(int start, int end)
    {
        var delta = 0;
        var first = -1;
        var last = -2;
        var before = 0; // edited ranges wholly before the edit
        int baseStart = -1, baseEnd = -1, extentStart = start, extentEnd = end;
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            var editedStart = segment.Start + delta;
            var editedEnd = editedStart + segment.Length;
            if (editedEnd < start)
            {
                delta += segment.Length - (segment.End - segment.Start);
                before++;
                continue;
            }

            if (editedStart > end)
            {
                break;
            }

            // Touches the edit.
            if (first < 0)
            {
                first = i;
                baseStart = start < editedStart ? start - delta : segment.Start;
                extentStart = Math.Min(start, editedStart);
            }

            last = i;
            baseEnd = end > editedEnd ? end - delta - (segment.Length - (segment.End - segment.Start)) : segment.End;
            extentEnd = Math.Max(end, editedEnd);
            delta += segment.Length - (segment.End - segment.Start);
        }

        if (first < 0)
        {
            return (start - delta, end - delta, before, before - 1, start, end);
        }

        return (baseStart, baseEnd, first, last, extentStart, extentEnd);
    }

    private static bool IsCarriable(AnalysisResult result, string text)
    {
        if (result.Document is not { } document || document.Dom is null || document.IsTokensOnly || result.Links.Count == 0)
        {
            return false;
        }

        // A link named by other elements' text (even when they are empty now: a name read from aria-labelledby needs the
        // word in the text), and a frameset, which text before it decides whether the body is kept: no carrying.
        if (text.IndexOf("labelledby", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("<frameset", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        // A zone selector that reads elements' text (AngleSharp's ":contains()"): an edit of text can move a link into a
        // zone or out of one.
        if (result.Reading is var (_, settings)
            && (ReadsText(settings.UgcSelectors) || ReadsText(settings.SponsoredSelectors)))
        {
            return false;
        }

        // An HTML file that opens front matter ("---", "+++"): a letter deleted from a line "--x-" further down can close
        // it, and front matter is masked (ClientTemplateSyntax.FrontMatterEnd). Its first line itself is text outside any
        // element, which is never carried.
        if (document.Kind == TemplateKind.Html && ClientTemplateSyntax.FrontMatterOpening(text) is not null)
        {
            return false;
        }

        foreach (var finding in result.Findings)
        {
            if (finding.Id is RuleIds.InvalidOption or RuleIds.UnanalyzableTemplate)
            {
                return false;
            }
        }

        return document.Problems.Count == 0;
    }

    private static bool ReadsText(ZoneSelector? selector) =>
        selector is not null && selector.Text.IndexOf(":contains", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsInert(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!(text[i] == ' ' || char.IsLetterOrDigit(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    // What may stand before typed letters without joining them: not a tag's or an entity's start, not a transition to
    // Razor, not what continues a Razor expression (@a.b, @a?.b, @a!.b).
    private static bool CanPrecede(char c) => c is not ('<' or '&' or '/' or '@' or '.' or '?' or '!');

    private static bool IsTemplateTagChar(char c) => c is '{' or '}' or '%' or '#';

    /// <summary>Whether start..end of the base text is page text that no rule reads, as the base document was read.</summary>
    private static bool IsMarkupText(TemplateDocument document, int start, int end, bool emptied)
    {
        var text = document.Text;
        var masked = document.Masked;

        var tokens = document.Tokens;
        var index = TextTokenAt(document, start, end);
        if (index < 0)
        {
            return false;
        }

        // Not all of it taken out: the tree builder reopens formatting elements a closing tag closed early at any text, a
        // space too (<p><b class="ugc">x</p> <table>), and what follows the text lands inside their copies.
        var token = tokens[index];
        if (emptied && token.Start == start && token.End == end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (masked[i] != text[i])
            {
                return false;
            }
        }

        // The nearest characters that are not white space around it are markup too; white space between them is markup
        // when both are text of this token, or when no Razor construct lies between them.
        var left = start - 1;
        while (left >= 0 && HtmlChars.IsSpace(text[left]))
        {
            left--;
        }

        var right = end;
        while (right < text.Length && HtmlChars.IsSpace(text[right]))
        {
            right++;
        }

        if ((left >= 0 && masked[left] != text[left]) || (right < text.Length && masked[right] != text[right]))
        {
            return false;
        }

        // A word right after the '}' of a Razor statement can continue it (@if { } else, @try { } catch, @do { } while).
        var before = start - 1;
        while (before >= 0 && (HtmlChars.IsSpace(text[before]) || char.IsLetterOrDigit(text[before])))
        {
            before--;
        }

        if (before >= 0 && text[before] == '}' && masked[before] != '}')
        {
            return false;
        }

        var between = SourceSpan.FromBounds(Math.Max(0, left), Math.Min(text.Length, right + 1));
        var inToken = left >= token.Start && right < token.End;
        if (!inToken && (document.CodeBlocks.Any(block => block.Overlaps(between)) || document.Directives.Any(d => d.Span.Overlaps(between))
            || document.Comments.Any(c => c.Span.Overlaps(between)) || document.Expressions.Any(e => e.Span.Overlaps(between))))
        {
            return false;
        }

        // The element the text is in, and its ancestors, hold text no rule reads.
        var element = document.ElementAt(start);
        if (element is null || !TextParents.Contains(element.LocalName) || LinkExtractor.LinkElements.ContainsKey(element.LocalName))
        {
            return false;
        }

        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (!TextAncestors.Contains(parent.LocalName) || LinkExtractor.LinkElements.ContainsKey(parent.LocalName))
            {
                return false;
            }
        }

        // No link, raw text, template or foreign element left open before it in the source, whatever the element found
        // above says: the tree builder reopens an <a> that a closing tag closed early, and a self-closed <NavLink/> or
        // <script/> in HTML is not closed at all; text after either is theirs. And a link's end tag counts only when
        // every special element opened in the link is closed before it: otherwise the tree builder may ignore it
        // (<a><table></a></table> text: the text is the link's).
        Dictionary<string, int>? closed = null;
        Dictionary<string, int>? inner = null;
        var linksEnded = 0;
        for (var t = index - 1; t >= 0; t--)
        {
            var kind = tokens[t].Kind;
            if (kind is not (TokenKind.StartTag or TokenKind.EndTag))
            {
                continue;
            }

            var name = tokens[t].Name;
            var isLink = LinkExtractor.LinkElements.ContainsKey(name) && name != "area";
            if (linksEnded > 0 && !isLink && !TemplateDocument.VoidElements.Contains(name))
            {
                inner ??= new Dictionary<string, int>(StringComparer.Ordinal);
                inner.TryGetValue(name, out var innerEnds);
                if (kind == TokenKind.EndTag)
                {
                    inner[name] = innerEnds + 1;
                }
                else if (innerEnds > 0)
                {
                    inner[name] = innerEnds - 1;
                }
                else if (Special.Contains(name))
                {
                    return false;
                }
            }

            if (!isLink && !Enclosing.Contains(name))
            {
                continue;
            }

            closed ??= new Dictionary<string, int>(StringComparer.Ordinal);
            closed.TryGetValue(name, out var ends);
            if (kind == TokenKind.EndTag)
            {
                closed[name] = ends + 1;
                linksEnded += isLink ? 1 : 0;
            }
            else if (ends == 0)
            {
                return false;
            }
            else
            {
                closed[name] = ends - 1;
                linksEnded -= isLink ? 1 : 0;
                if (linksEnded == 0)
                {
                    inner?.Clear();
                }
            }
        }

        return true;
    }

    /// <summary>The text token that holds start..end of the base text (-1: none).</summary>
    private static int TextTokenAt(TemplateDocument document, int start, int end)
    {
        // Typing just before a tag adds to the text token that ends there.
        var tokens = document.Tokens;
        var index = document.FirstTokenAtOrAfter(start + 1) - 1;
        if (index > 0 && tokens[index].Start == start && tokens[index].Kind != TokenKind.Text)
        {
            index--;
        }

        return index < 0 || tokens[index].Kind != TokenKind.Text || tokens[index].Start > start || tokens[index].End < end ? -1 : index;
    }

    /// <summary>
    /// The link whose text start..end of the base text is in, and that text, when an edit there changes only what the
    /// link says: an <c>&lt;a&gt;</c> in no other link, whose whole content is one text token, read as written (no
    /// '&amp;', no code, no CRLF), which names it.
    /// </summary>
    private (int Link, SourceSpan Token)? LinkTextAt(TemplateDocument document, int start, int end)
    {
        var index = TextTokenAt(document, start, end);
        if (index < 0)
        {
            return null;
        }

        var token = SourceSpan.FromBounds(document.Tokens[index].Start, document.Tokens[index].End);
        var links = Base.Links;
        var at = Sorted.PartitionPoint(links.Count, (Links: links, token.Start), static (s, i) => s.Links[i].StartTagSpan.Start < s.Start) - 1;
        if (at < 0)
        {
            return null;
        }

        var link = links[at];
        if (link.ElementKind != LinkElementKind.Anchor || link.ContentRegion != token
            || link.Name is not { Source: NameSource.Content, IsDynamic: false, Text.Length: > 0 }
            || link.Element is not { LocalName: "a" } element || element.ChildNodes.Length != 1 || element.ChildNodes[0] is not IText only)
        {
            return null;
        }

        // No link around it, whose name the text is part of too (a component's <NavLink> holding an <a>, or one left open).
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (LinkExtractor.LinkElements.ContainsKey(parent.LocalName))
            {
                return null;
            }
        }

        // The DOM's text is the source's: nothing decoded, masked or normalised (CRLF) in it, so the edited source is the
        // edited name. No '&' either: letters typed after "&am" or "&#3" make a character reference that the DOM decodes
        // ("&amp", "&nbsp" and "&copy" need no ';').
        var text = document.Text;
        if (only.Data.Length != token.Length || string.CompareOrdinal(only.Data, 0, text, token.Start, token.Length) != 0
            || text.IndexOf('&', token.Start, token.Length) >= 0)
        {
            return null;
        }

        return (at, token);
    }

    /// <summary>How many line breaks start..end of a text holds (LF, and NEL, LS and PS: a CR is never in a carried link's text).</summary>
    private static int LineBreaks(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += LineMap.IsLineBreak(text[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>From the first to the last character of start..end that is not white space, as a name's span is.</summary>
    private static SourceSpan? TrimmedSpan(string text, int start, int end)
    {
        while (start < end && TemplateDocument.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && TemplateDocument.IsBlank(text[end - 1]))
        {
            end--;
        }

        return start < end ? SourceSpan.FromBounds(start, end) : null;
    }

    /// <summary>A base range and the length of the text that now stands in its place.</summary>
    private readonly record struct Segment(int Start, int End, int Length);

    /// <summary>A link whose text is edited: its index, its text in the base text, and where that text is now.</summary>
    private readonly record struct Renamed(int Link, SourceSpan Token, int EditedStart, int EditedEnd);
}
