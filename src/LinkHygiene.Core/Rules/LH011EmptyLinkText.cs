using System;
using System.Globalization;
using LinkHygiene.Diagnostics;
using LinkHygiene.Links;

namespace LinkHygiene.Rules;

/// <summary>LH011: a link with no accessible name.</summary>
public sealed class LH011EmptyLinkText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.EmptyLinkText,
        "Link without text",
        "Link to '{0}' has no text or accessible name; {1}",
        RuleSeverity.Warning,
        "A link with no text gives search engines no anchor text and screen readers nothing to announce but the URL.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        System.Collections.Generic.Dictionary<int, Link>? helpers = null; // Html.ActionLink and its kin, by where each starts
        foreach (var link in context.Links)
        {
            if (link.ElementKind == LinkElementKind.HtmlHelper)
            {
                (helpers ??= new())[link.StartTagSpan.Start] = link;
            }
        }

        if (IsDoxygenCrawlerPage(context.Document))
        {
            return;
        }

        foreach (var link in context.Links)
        {
            if (link.HasUnknownAttributes || link.HasDynamicAttributes || link.Href.Value == DoxygenCrawlerPage)
            {
                continue;
            }

            // A link whose content starts with a link helper's <a> is empty too, whatever the helper's text (held-out review
            // 96: <a href="../checker/applications">@Html.ActionLink("Finalise applications", ...)</a>)
            // (named by its content, not by an aria-label or, once empty, a title)
            var helper = helpers is not null && link.ElementKind == LinkElementKind.Anchor && !link.Name.IsProvablyEmpty && link.Name.Source == NameSource.Content && link.GetAttribute("title") is null
                ? HelperAtContentStart(context.Document, link, helpers)
                : null;
            if ((!link.Name.IsProvablyEmpty && helper is null) || link.IsHidden(context.Document.Kind))
            {
                continue;
            }

            // A permalink, classed as one, whose sign the style sheet draws, in a heading or in what it leads to
            // (Asciidoctor's section anchors: 4,868 on one manual's pages, held-out review 150; pkgdown's; odoc's, 40,861 on
            // three libraries' pages, held-out review 145): a link to where the reader is
            if (helper is null && LH010GenericAnchorText.IsClassedPermalinkAnchor(link, context.Document))
            {
                continue;
            }

            var nested = helper?.StartTagSpan.Start ?? (link.ElementKind == LinkElementKind.Anchor ? NestedLinkStart(context.Document, link) : null);
            if (helper is null && nested is { } next && context.Document.AreExclusive(link.StartTagSpan.Start, next))
            {
                // Each branch of an if/else opens its own <a> and one text and </a> after them serve whichever renders
                // (@:<a ...> in .cshtml, held-out review 156): the parser sees the second inside the first, the page never does
                continue;
            }

            var advice = nested is { } start
                ? string.Format(
                    CultureInfo.InvariantCulture,
                    helper is not null
                        ? "the <a> that the helper on line {0} writes opens inside it, and links cannot nest, so a browser ends this link there: keep one of the two"
                        : WrittenSelfClosed(context.Document.Text, link)
                            ? "it is written <a .../>, which HTML does not close, so the <a> on line {0} opens inside it and a browser ends this link there: close it with </a>"
                            : "the <a> on line {0} opens inside it, and links cannot nest, so a browser ends this link there: close it before the next one",
                    context.Document.Lines.GetLine(start) + 1)
                : link.Name.Hidden is { } hidden ? HiddenAdvice(hidden) : AddText;
            context.Report(Rule, link.StartTagSpan, link, link.Href.Display, advice);
        }
    }

    private const string AddText = "add link text, an image alt, or aria-label";

    /// <summary>What to say of a link whose text something keeps from its name.</summary>
    private static string HiddenAdvice(HiddenText hidden) => hidden.By switch
    {
        HiddenBy.AriaHidden => $"its text '{hidden.Text}' is inside aria-hidden=\"true\", hidden from screen readers; add aria-label, or take aria-hidden off the text",
        HiddenBy.HiddenAttribute => $"its text '{hidden.Text}' is inside a hidden element, which is not rendered; add aria-label, or show the text",
        _ => $"its text '{hidden.Text}' is in an element a class or style does not display; add aria-label, or hide it visually only (a visually-hidden class)",
    };

    /// <summary>
    /// The link helper (<c>@Html.ActionLink(...)</c>) whose expression is the first thing inside this link, after white
    /// space and comments only, or null.
    /// </summary>
    private static Link? HelperAtContentStart(Documents.TemplateDocument document, Link link, System.Collections.Generic.Dictionary<int, Link> helpers)
    {
        if (FirstContentToken(document, link) is not { Kind: Documents.TokenKind.Text } token)
        {
            return null;
        }

        var k = token.Start;
        while (k < token.End && Documents.TemplateDocument.IsBlank(document.Masked[k]))
        {
            k++;
        }

        return helpers.TryGetValue(k, out var helper) ? helper : null;
    }

    /// <summary>
    /// Where an <c>&lt;a&gt;</c> start tag opens inside this link before any of its content (nothing but white space and
    /// comments between): HTML's parser ends the open link there, so this one renders empty and the text written
    /// inside it belongs to the nested link. Null otherwise.
    /// </summary>
    private static int? NestedLinkStart(Documents.TemplateDocument document, Link link) =>
        FirstContentToken(document, link) is { Kind: Documents.TokenKind.StartTag, Name: "a" } token ? token.Start : null;

    /// <summary>The first token after the link's start tag that is not a comment or blank text, or null.</summary>
    private static Documents.Token? FirstContentToken(Documents.TemplateDocument document, Link link)
    {
        var tokens = document.Tokens;
        for (var t = document.FirstTokenAtOrAfter(link.StartTagSpan.End); t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != Documents.TokenKind.Comment && !(token.Kind == Documents.TokenKind.Text && IsBlank(document, token)))
            {
                return token;
            }
        }

        return null;
    }

    private static bool IsBlank(Documents.TemplateDocument document, Documents.Token token)
    {
        for (var k = token.Start; k < token.End; k++)
        {
            if (!Documents.TemplateDocument.IsBlank(document.Masked[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Doxygen (1.10 and later) writes a page for link validators and crawlers, one empty <a href="..."/> for each
    // documented entity, and an empty link to it on the main page: not for people (held-out review 113: 57 findings on
    // one small project's page, thousands on a large one's).
    private const string DoxygenCrawlerPage = "doxygen_crawl.html";

    private static bool IsDoxygenCrawlerPage(Documents.TemplateDocument document) =>
        document.Text.IndexOf("<title>Validator / crawler helper</title>", StringComparison.Ordinal) >= 0 && document.WrittenBy("Doxygen");

    /// <summary>
    /// Whether a link's start tag is written as XML writes an empty element, <c>&lt;a href="x"/&gt;</c>,
    /// <c>&lt;a href="x" download/&gt;</c>: its <c>/&gt;</c> not the end of an unquoted value (<c>&lt;a href=/blog/&gt;</c>: code reviews).
    /// </summary>
    private static bool WrittenSelfClosed(string text, Link link)
    {
        var start = link.StartTagSpan.Start;
        var end = link.StartTagSpan.End;
        if (link.StartTagSpan.Length < 3 || end > text.Length || text[end - 1] != '>' || text[end - 2] != '/')
        {
            return false;
        }

        // the last attribute's value, if it is unquoted, runs from its '=' to the '/': no quote or white space between
        var equals = text.LastIndexOf('=', end - 3, end - 2 - start);
        if (equals < 0)
        {
            return true;
        }

        var value = equals + 1;
        while (value < end - 2 && char.IsWhiteSpace(text[value]))
        {
            value++; // (<a href= /u/>: code review)
        }

        for (var i = value; i < end - 2; i++)
        {
            if (text[i] is '"' or '\'' || char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
