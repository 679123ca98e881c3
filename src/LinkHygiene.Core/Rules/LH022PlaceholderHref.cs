using System;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH022: a placeholder href (#, empty, javascript:).</summary>
public sealed class LH022PlaceholderHref : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PlaceholderHref,
        "Placeholder href",
        "{1}=\"{0}\" is a placeholder, not a destination; use a <button> for actions, or give the link a real URL",
        RuleSeverity.Warning,
        "A link whose href is '#', empty or javascript: goes nowhere: crawlers cannot follow it, and keyboard and screen-reader users expect a link to navigate. Actions belong on a <button>.");

    // What a "back to top" link says, in the languages of LH010's phrases (normalised as link text is when loaded).
    private static readonly System.Collections.Generic.HashSet<string> TopPhrases = new(
        new[]
        {
            "top", "to top", "to the top", "back to top", "back to the top", "go to top", "go to the top", "scroll to top",
            "scroll to the top", "return to top", "return to the top", "jump to top", "top of page", "top of the page", "page top",
            "nach oben", "zurück nach oben", "zum seitenanfang", "seitenanfang", "haut de page", "retour en haut",
            "retour en haut de page", "volver arriba", "ir arriba", "subir", "torna su", "torna in alto", "torna all'inizio",
            "voltar ao topo", "ir para o topo", "topo", "naar boven", "terug naar boven", "do góry", "na górę", "powrót do góry",
            "наверх", "вернуться наверх", "トップへ戻る", "ページトップへ", "ページの先頭へ", "先頭へ戻る", "返回顶部", "回到顶部", "顶部", "返回頂部", "回到頂部", "頂部",
            "맨 위로", "위로", "till toppen", "tillbaka till toppen", "upp", "மேலே", "மேலே செல்", "بازگشت به بالا", "بالا",
            "вверх", "в начало страницы", "к началу страницы", "вгору", "нагору", "на початок", "nahoru", "zpět nahoru",
            "başa dön", "yukarı", "en üste", "sayfa başı",
            // (held-out review 112: Romanian, Hebrew, Indonesian, Ukrainian, and the languages LH010 gained then)
            "sus", "mergi sus", "înapoi sus", "inapoi sus", "înapoi la început", "inapoi la inceput", "la început", "la inceput",
            "למעלה", "חזרה למעלה", "חזרה לראש העמוד", "לראש העמוד", "לראש הדף", "ke atas", "kembali ke atas", "догори",
            "на початок сторінки", "lên đầu trang", "về đầu trang", "lên trên", "إلى الأعلى", "للأعلى", "العودة إلى الأعلى",
            "i'r brig", "yn ôl i'r brig", "fel", "vissza a tetejére", "az oldal tetejére", "lap tetejére", "til toppen",
            "tilbage til toppen", "tilbake til toppen", "op", "opp", "ylös", "takaisin ylös", "sivun alkuun", "alkuun",
            "επάνω", "πάνω", "στην κορυφή", "επιστροφή στην κορυφή", "αρχή σελίδας", "กลับด้านบน", "ขึ้นด้านบน", "ด้านบน",
            "ऊपर", "ऊपर जाएं", "ऊपर जाएँ", "शीर्ष पर जाएं", "উপরে", "উপরে যান", "bumalik sa itaas", "sa itaas", "itaas", "juu",
            "rudi juu",
            // (held-out review 149: Arabic's and Persian's other wordings, and Urdu's)
            "العودة للأعلى", "العودة لأعلى", "الرجوع للأعلى", "الرجوع إلى الأعلى", "أعلى الصفحة", "اعلى الصفحة", "برو بالا", "بالای صفحه",
            "بازگشت به بالای صفحه", "اوپر", "اوپر جائیں", "واپس اوپر",
            // (held-out review 165: "back to the top of the page" in Arabic, Hebrew and Urdu, and Persian's other "back")
            "العودة إلى أعلى الصفحة", "العودة لأعلى الصفحة", "برگشت به بالا", "برگشت به بالای صفحه", "חזרה לראש הדף", "صفحے کے اوپر جائیں", "صفحے کے اوپر",
        }.Select(phrase => AnchorText.ForPhrases(AnchorText.Normalize(phrase))),
        StringComparer.Ordinal);

    // Class and id names of such links, without their '-' and '_': whole names (totop, backtop) and names that hold one
    // of the longer ones (js-back-to-top, back-to-top-link, c-scroll-to-top, scroll-top-btn, js-scroll-top, gotop-link);
    // whole: the jQuery scrollUp plugin's and site templates' scrollup, move-top, top-link, top-btn, and xml2rfc's toplink
    // (held-out reviews 122 and 124).
    private static readonly string[] TopNames = { "totop", "backtop", "topofpage", "movetop", "toplink", "topbtn", "scrollup" };
    private static readonly string[] TopNameParts = { "backtotop", "scrolltotop", "gototop", "returntotop", "jumptotop", "scrolltop", "pagetop", "gotop" };
    private static readonly string[] NamingAttributes = { "class", "id" };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <summary>
    /// Whether a page is an AngularJS app routed by hashbang URLs (<c>ng-app</c>, <c>ng-view</c>, UI-Router's
    /// <c>ui-view</c>, or other <c>#!/</c> links): there <c>#!</c> is its root route, not a placeholder (code review).
    /// </summary>
    private static bool IsHashbangApp(string text) =>
        text.IndexOf("#!/", StringComparison.Ordinal) >= 0 || text.IndexOf("ng-app", StringComparison.Ordinal) >= 0
        || text.IndexOf("ng-view", StringComparison.Ordinal) >= 0 || text.IndexOf("ui-view", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Whether a link to a bare "#" says it goes to the top of the page, which is where "#" goes (HTML: an empty fragment
    /// scrolls to the top): its text (Bootstrap's examples' "Back to top") or a class or id (furo's "back-to-top").
    /// </summary>
    private static bool GoesToTheTop(Link link)
    {
        if (!link.Name.IsDynamic && TopPhrases.Contains(AnchorText.ForPhrases(link.Name.Normalized)))
        {
            return true;
        }

        // UIkit's to-top link (<a href="#" uk-totop uk-scroll>, which UIkit names "Back to top": held-out review 137)
        if (link.GetAttribute("uk-totop") is not null || link.GetAttribute("data-uk-totop") is not null)
        {
            return true;
        }

        foreach (var name in NamingAttributes)
        {
            // The names written literally count, whatever run-time part is beside them (class="back-to-top @extra").
            if (link.GetAttribute(name) is { } attribute)
            {
                foreach (var part in Dynamic.MaskClientInterpolations(attribute.Value).Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries))
                {
                    var squeezed = part.Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
                    if (Array.IndexOf(TopNames, squeezed) >= 0 || Needles.AnyIn(squeezed, TopNameParts, StringComparison.Ordinal) || HasToTopWords(part))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a class or id holds "totop" between its '-' or '_', or ends in "to-top" (btn-totop, js-totop, uk-totop,
    /// btn-to-top, to-top-btn: held-out review 137); not inside a word (photo-top), nor words that go on (how-to-top-up).
    /// </summary>
    private static bool HasToTopWords(string name)
    {
        var words = name.ToLowerInvariant().Split('-', '_');
        for (var i = 0; i < words.Length; i++)
        {
            // (to-top last, or before what the control is: not how-to-top-up, add-to-top-picks; code review 115)
            if (words[i] == "totop" || (words[i] == "to" && i + 1 < words.Length && words[i + 1] == "top"
                && (i + 2 == words.Length || words[i + 2] is "btn" or "button" or "link" or "icon" or "arrow" or "trigger" or "wrapper")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link component renders <c>role="button"</c> for what it is given: Havit's nav links an <c>OnClick</c>
    /// (<c>@onclick</c> on a component sets it too: Razor passes it as a parameter, matched without case), its sidebar
    /// item the items it expands.
    /// </summary>
    private static bool RendersButton(Link link) =>
        link.Component is { } component
        && ((component.ButtonWith is { } button && (link.GetAttribute(button) is not null || link.GetAttribute(MaskChars.Dynamic + button) is not null))
            || (component.ButtonWithItems && link.Element is { ChildElementCount: > 0 }));

    /// <summary>
    /// Whether a link is a documentation generator's link to the page itself: <c>href=""</c> with <c>aria-current</c>
    /// (TypeDoc's crumb), or <c>#</c> with Sphinx's classes for a cross-reference in the documentation
    /// (<c>reference internal</c>). Not Bootstrap's <c>&lt;a class="nav-link active" aria-current="page" href="#"&gt;</c>,
    /// the navbar's placeholder a template copies (code review).
    /// </summary>
    private static bool IsGeneratorsCurrentPage(Link link)
    {
        if (link.Href.Kind == HrefKind.Empty)
        {
            return link.GetAttribute("aria-current") is { } current && current.Value.Trim() is { Length: > 0 } value && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
        }

        var classes = link.GetAttribute("class")?.Value;
        return link.Href.Value.Trim() == "#" && classes is not null && HtmlSpace.HasToken(classes, "reference") && HtmlSpace.HasToken(classes, "internal");
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var link in context.Links)
        {
            // A run-time part after a literal "javascript:" is still a script (javascript:history.back({{ n }})).
            // Angular's routerLink and UI-Router's ui-sref replace a written href with their route's.
            var href = link.Href.Attribute;
            if (href is null || !LinkExtractor.IsWrittenUrl(href) || (link.Href.IsDynamic && link.Href.Kind != HrefKind.Script) || link.HasRouterLink)
            {
                continue;
            }

            // role="button" (or a tab, a menu item ...) says the author knows it is an action; a role computed at run
            // time may say so too (btcpayserver's <a href="#" role="tab"> switches a login method).
            // (Blazorise's <Button Type="ButtonType.Link"> renders role="button", and Havit's <HxNavLink OnClick>)
            var role = link.GetAttribute("role");
            if (link.Component is { LinkType: not null } || RendersButton(link) || link.BindsRole
                || (role is not null && (role.IsDynamic || string.Equals(role.Value.Trim(), "button", StringComparison.OrdinalIgnoreCase) || LH010GenericAnchorText.IsControl(link))))
            {
                continue;
            }

            // A link to the page itself, as a generator writes the current page in its menus, goes where it says
            // (held-out review 90: TypeDoc's crumb <a href="" aria-current="page">, the entry of Sphinx's table of contents
            // for the page it is on, <a class="reference internal" href="#">).
            if (context.Document.Kind == TemplateKind.Html && IsGeneratorsCurrentPage(link))
            {
                continue;
            }

            // On a page Sphinx wrote, "#" and "" are the page itself: the root page's own entries in its theme's menus
            // (alabaster's "Table of Contents", the Read the Docs theme's home icon), which are index.html on every other
            // page (held-out review 118), the current page's entry in the classic themes' relation bar (<li
            // class="nav-item nav-item-this"><a href="">) and the general index's own link on genindex.html (held-out
            // review 122)
            if (((link.Href.IsBareHash && link.Href.Value.Trim() == "#") || link.Href.Kind == HrefKind.Empty) && context.Document.WrittenBySphinx)
            {
                continue;
            }

            // ... and "#" on a page odoc wrote: a reference to what the page documents, in its own signatures (<a
            // href="#">blob</a> on class type blob's page: 137 on js_of_ocaml's, held-out review 145)
            if (link.Href.IsBareHash && link.Href.Value.Trim() == "#" && context.Document.WrittenBy("odoc"))
            {
                continue;
            }

            // ... and href="" is the page itself on a page of the generators that write it so: Scribble's, on every
            // definition and the contents' entry for the page (tocviewselflink, RktValDef: 4,124 on Racket's manuals),
            // RDoc's and YARD's (<a href="" title="Mocha (module)">; held-out review 139); not any generator's (code review:
            // MkDocs writes none, so one on its page is the author's)
            if (link.Href.Kind == HrefKind.Empty && context.Document.WritesEmptySelfLinks)
            {
                continue;
            }

            var placeholder = link.Href.Kind == HrefKind.Script
                || (link.Href.IsBareHash && link.Href.Value.Trim() switch { "#!" => !IsHashbangApp(context.Document.Text), "##" => true, _ => !GoesToTheTop(link) })
                // href="" is the base address where the page sets one (<base href>), and in a component (the app's
                // base, from the host page): a real destination.
                || (link.Href.Kind == HrefKind.Empty && context.Document.Kind != TemplateKind.RazorComponent && !context.Document.HasBaseHref);
            if (placeholder)
            {
                // the attribute's name as written (a component's Path="#", Href="#")
                context.Report(Rule, href.Span, link, Href.Shorten(href.SourceValue), context.Document.Text.Substring(href.Span.Start, href.Name.Length));
            }
        }
    }
}
