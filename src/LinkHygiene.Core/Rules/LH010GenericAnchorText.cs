using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Rules.Data;
using LinkHygiene.Text;

namespace LinkHygiene.Rules;

/// <summary>LH010: anchor text such as "click here" or "read more" that says nothing about the destination.</summary>
public sealed class LH010GenericAnchorText : Rule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        RuleIds.GenericAnchorText,
        "Generic anchor text",
        "Anchor text '{0}' does not describe the link's destination; use words that say where it goes",
        RuleSeverity.Warning,
        "Search engines use anchor text to understand the target page, and screen-reader users hear links out of context. 'Click here' and 'read more' tell neither anything.");

    /// <summary><c>link_hygiene.LH010.strict</c>.</summary>
    public static readonly Option<bool> Strict = new(
        "link_hygiene.LH010.strict",
        false,
        "false",
        "true or false",
        "Also flags short words that are often, but not always, generic (go, start, this, details, das, este, ir, ...).",
        OptionParsers.Bool);

    /// <summary><c>link_hygiene.LH010.extra_phrases</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> ExtraPhrases = new(
        "link_hygiene.LH010.extra_phrases",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of phrases",
        "More phrases to flag, in any language (matched after the same normalisation as link text).",
        OptionParsers.List);

    /// <summary><c>link_hygiene.LH010.allowed_phrases</c>.</summary>
    public static readonly Option<IReadOnlyList<string>> AllowedPhrases = new(
        "link_hygiene.LH010.allowed_phrases",
        Array.Empty<string>(),
        "(empty)",
        "a comma-separated list of phrases",
        "Phrases never to flag, even when they are in a built-in list.",
        OptionParsers.List);

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    internal override bool ReadsLinkText => true;

    /// <inheritdoc />
    public override IReadOnlyList<OptionDefinition> Options { get; } = new OptionDefinition[] { Strict, ExtraPhrases, AllowedPhrases };

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.Links.Count == 0)
        {
            return;
        }

        var generic = new GenericPhrases(context);
        var allowed = NormalizedSet(context.Options.Get(AllowedPhrases));
        foreach (var link in context.Links)
        {
            var name = link.Name;
            if (name.IsDynamic || name.Text.Length == 0 || IsControl(link))
            {
                continue;
            }

            var normalized = AnchorText.WithoutEdgeUnderscores(name.Normalized);
            if (normalized.Length == 0)
            {
                // Only punctuation or arrows ("»", "…", "[^]"): a name that describes nothing.
                if (AnchorText.IsOnlySymbols(name.Text) && !allowed.Contains(name.Text.Trim()) && !IsPermalink(link, context.Document) && !IsComputedHeadingLink(link) && !NamesItsFragment(link)
                    && !EndsWhatItLinksTo(link, context.Document) && !IsIndexJump(link) && !IsCode(link) && !InCode(link) && !IsClassedPermalink(link))
                {
                    context.Report(Rule, name.Span, link, Href.Shorten(name.Text));
                }

                continue;
            }

            // (an allowed phrase with a notice that the link opens a new tab is allowed: second code review)
            if (allowed.Contains(AnchorText.ForPhrases(normalized)) || (allowed.Count > 0 && AnchorText.NormalizedWithoutNotice(normalized) is { } bare && allowed.Contains(AnchorText.ForPhrases(bare))))
            {
                continue;
            }

            if (generic.Contains(link, normalized) && !IsPermalink(link, context.Document) && !NamesItsDestination(link, normalized) && !IsCode(link))
            {
                context.Report(Rule, name.Span, link, Href.Shorten(name.Text));
            }
        }
    }

    /// <summary>
    /// Whether the anchor is an item of a widget whose text is a label among siblings, not a description of a
    /// destination: a tab, a menu item, an option, a tree item (btcpayserver's
    /// <c>&lt;a data-bs-toggle="tab" href="#link-tab"&gt;Link&lt;/a&gt;</c> labels a tab called "Link"). A button or a
    /// collapse/dropdown/modal toggle that says "here" or "read more" still tells a screen-reader user nothing, and is
    /// reported (btcpayserver: <c>clicking &lt;a data-bs-toggle="collapse" href="#details"&gt;here&lt;/a&gt;</c>).
    /// </summary>
    internal static bool IsControl(Link link)
    {
        var role = link.GetAttribute("role")?.Value.Trim().ToLowerInvariant();
        if (role is "tab" or "menuitem" or "menuitemradio" or "menuitemcheckbox" or "option" or "switch" or "treeitem")
        {
            return true;
        }

        var toggle = (link.GetAttribute("data-bs-toggle") ?? link.GetAttribute("data-toggle"))?.Value.Trim().ToLowerInvariant();
        return toggle is "tab" or "pill" or "list";
    }

    /// <summary>
    /// Whether a symbol-only link in a heading has a destination computed at run time: a permalink whose fragment the code
    /// writes (held-out review 63: BlazorBootstrap's <c>&lt;h2 id="@Hash"&gt;@Text&lt;a href="@link"&gt;#&lt;/a&gt;&lt;/h2&gt;</c>, its
    /// <c>link</c> set to <c>$"{PageUrl}#{Hash}"</c>), which cannot be told from one to elsewhere.
    /// </summary>
    private static bool IsComputedHeadingLink(Link link)
    {
        if (!link.Href.IsDynamic || link.Element is null)
        {
            return false;
        }

        for (var ancestor = link.Element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (TagNames.IsHeading(ancestor.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a one-word name is its destination's own name: a label of its host (the library "Click" at
    /// <c>click.pocoo.org</c>), or its fragment (a glossary's "link" at <c>#link</c>): a name, not a generic word (held-out
    /// review 118: Sphinx documentation).
    /// </summary>
    private static bool NamesItsDestination(Link link, string normalized)
    {
        if (normalized.IndexOf(' ') >= 0)
        {
            return false;
        }

        if (link.Href.Host is { } host && Array.IndexOf(host.Split('.'), normalized) >= 0 && normalized != "www")
        {
            return true;
        }

        var value = link.Href.Value.Trim();
        var hash = value.IndexOf('#');
        return (hash >= 0 && string.Equals(value.Substring(hash + 1), normalized, StringComparison.OrdinalIgnoreCase)) || IsFragmentsName(link, link.Name.Text.Trim());
    }

    /// <summary>
    /// Whether a name is the fragment its link leads to, on this page or another, as written or percent-decoded, with or
    /// without the brackets or quotes around it: a generated manual's tag or operator (Vim's help, <c>&lt;a
    /// href="options.html#'more'"&gt;'more'&lt;/a&gt;</c> and <c>motion.html#%</c>; Haddock's <c>Mod.html#%3E%3C</c> for
    /// <c>(&gt;&lt;)</c>, and its <c>#v:-43--43-</c> for <c>(++)</c>, each sign written as its code point between dashes;
    /// held-out review 132).
    /// </summary>
    private static bool IsFragmentsName(Link link, string name)
    {
        var value = link.Href.Value.Trim();
        var hash = value.IndexOf('#');
        if (hash < 0 || hash == value.Length - 1 || name.Length == 0)
        {
            return false;
        }

        var fragment = value.Substring(hash + 1);
        var decoded = UrlParts.Unescape(fragment);
        // (Javadoc's member anchor names a method with its parameters: #link(com.ericsson.otp.erlang.OtpErlangPid) for
        // "link"; code review 115)
        var parameters = decoded.IndexOf('(');
        if (parameters > 0 && decoded.EndsWith(")", StringComparison.Ordinal) && decoded.Substring(0, parameters) == name)
        {
            return true;
        }

        var haddock = HaddockAnchor.Match(decoded);
        var bare = Unbracketed(name);
        // (OCaml's value as ocamldoc and odoc anchor it, #VAL( * ) and #val-(+): held-out review 145)
        var ocaml = OCamlAnchor.Match(decoded);
        foreach (var candidate in new[] { fragment, decoded, haddock.Success ? HaddockSign.Replace(haddock.Groups["name"].Value, sign => ((char)int.Parse(sign.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString()) : null, ocaml.Success ? ocaml.Groups["name"].Value : null })
        {
            if (candidate is not null && (candidate == name || candidate == bare))
            {
                return true;
            }
        }

        // A Ruby method as RDoc and YARD list it, #name for an instance's and :: or . for a class's: RDoc's anchor writes its
        // signs as -XX (#method-i-3C-3D-3E for #<=>), YARD's as they are (#&-instance_method, #%7C-instance_method for #|;
        // held-out review 139); a Sphinx option, its program before it (#cmdoption-collectstatic-link for --link)
        var member = name.StartsWith("::", StringComparison.Ordinal) ? name.Substring(2) : name.Length > 1 && name[0] is '#' or '.' ? name.Substring(1) : null;
        if (member is not null && (RDocMethod.Match(decoded) is { Success: true } rdoc && (RDocName(rdoc.Groups["name"].Value) == member || RDocName("-" + rdoc.Groups["name"].Value) == member)
            || YardMethod.Match(decoded) is { Success: true } yard && yard.Groups["name"].Value == member))
        {
            return true;
        }

        return name.Length > 1 && name[0] == '-' && decoded.StartsWith("cmdoption-", StringComparison.Ordinal) && decoded.EndsWith("-" + name.TrimStart('-'), StringComparison.Ordinal);

        // (RDoc escapes a name as a URL does, each '%' made '-', and takes off a '-' it then starts with: 3C-3D-3E is <=>,
        // empty-3F is empty?)
        static string RDocName(string written) => RDocSign.Replace(written, sign => ((char)Convert.ToInt32(sign.Groups["code"].Value, 16)).ToString());

        static string Unbracketed(string text) =>
            text.Length > 2 && ((text[0] == '(' && text[text.Length - 1] == ')') || (text[0] == '[' && text[text.Length - 1] == ']') || (text[0] == '\'' && text[text.Length - 1] == '\'') || (text[0] == '"' && text[text.Length - 1] == '"'))
                ? text.Substring(1, text.Length - 2)
                : text;
    }

    private static readonly System.Text.RegularExpressions.Regex RDocMethod = new(@"^method-[ci]-(?<name>.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex RDocSign = new(@"-(?<code>[0-9A-F]{2})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex YardMethod = new(@"^(?<name>.+)-(?:instance|class)_method$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Haddock's anchors: v: (a value) or t: (a type), an operator's signs written -NN- (decimal code points)
    private static readonly System.Text.RegularExpressions.Regex HaddockAnchor = new(@"^[vt]:(?<name>.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex HaddockSign = new(@"-(?<code>\d{2,5})-", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a symbol link's text is the name of the fragment it leads to: an index's jump to its "_" group (Sphinx's
    /// genindex, <c>&lt;a href="#_"&gt;&lt;strong&gt;_&lt;/strong&gt;&lt;/a&gt;</c> beside A, B, C; held-out review 90), or
    /// an index's entry for a symbol, whose fragment Texinfo writes with each sign as <c>_</c> and its code point
    /// (<c>&lt;a href="#index-_005c_0021"&gt;&lt;code&gt;\!&lt;/code&gt;&lt;/a&gt;</c>, LilyPond's and Bash's indexes; held-out
    /// reviews 122 and 123), or a letter of Doxygen's letter bar (<c>href="#letter__"</c>).
    /// </summary>
    private static bool NamesItsFragment(Link link)
    {
        var name = link.Name.Text.Trim();
        if (IsFragmentsName(link, name))
        {
            return true;
        }

        // (Haddock's index bar names each symbol's page by its code point: <a href="doc-index-46.html">.</a>)
        var haddockIndex = HaddockIndexPage.Match(link.Href.Value.Trim());
        if (haddockIndex.Success && int.TryParse(haddockIndex.Groups["code"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            && code < 0x110000 && (code < 0xD800 || code > 0xDFFF) && char.ConvertFromUtf32(code) == name)
        {
            return true;
        }

        // (Doxygen's letter bars over its member indexes, on this page or the letter's own: a sign as _ and its code point
        // in hex, <a href="functions_~.html#index__7E"><span>~</span></a>; held-out review 171)
        var doxygenLetter = DoxygenIndexLetter.Match(link.Href.Value.Trim());
        if (doxygenLetter.Success && int.TryParse(doxygenLetter.Groups["code"].Value, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var sign)
            && sign < 0x110000 && (sign < 0xD800 || sign > 0xDFFF) && char.ConvertFromUtf32(sign) == name)
        {
            return true;
        }

        if (link.Href.Kind != HrefKind.Fragment || link.Href.Value.Trim() is not { Length: > 1 } fragment)
        {
            return false;
        }

        var texinfo = TexinfoIndexEntry.Match(fragment);
        if (texinfo.Success && TexinfoName(texinfo.Groups["name"].Value) == name)
        {
            return true;
        }

        // (Doxygen's letter bar over its class and file lists: #letter_ and the letter; held-out review 158:
        // <a class="qindex" href="#letter__">_</a>)
        return name.Length == 1 && fragment == "#letter_" + name;
    }

    // ocamldoc's anchors (#VALname, #TYPEname, #EXCEPTIONname ...) and odoc's (#val-name, #type-name ...)
    private static readonly System.Text.RegularExpressions.Regex OCamlAnchor = new(@"^(?:VAL|TYPEELT|TYPE|EXCEPTION|METHOD|ATTR|MODTYPE|MODULE|val-|type-|exception-)(?<name>.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DoxygenIndexLetter = new(@"#(?:index|letter)__(?<code>[0-9A-Fa-f]{2,6})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex HaddockIndexPage = new(@"(?:^|/)doc-index-(?<code>\d{1,7})\.html$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Texinfo's index entry: #index-<name>, its signs written _XXXX, with -N after the second and later of a name
    private static readonly System.Text.RegularExpressions.Regex TexinfoIndexEntry = new(@"^#index-(?<name>.+?)(-\d+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex TexinfoSign = new(@"_(?<code>[0-9a-fA-F]{4})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string TexinfoName(string written) =>
        TexinfoSign.Replace(written, sign => ((char)Convert.ToInt32(sign.Groups["code"].Value, 16)).ToString());

    /// <summary>
    /// Whether a permalink's sign is classed as one by the generator that wrote it: Haddock's <c>class="selflink"</c> on
    /// every declaration and instance (held-out review 132: 4,479 of them on one package's pages, many to ids Haddock
    /// never writes: LH031's to say), Sphinx's <c>headerlink</c>, AnchorJS's <c>anchorjs-link</c>, and the
    /// <c>anchor</c>, <c>permalink</c>, <c>header-anchor</c> and <c>hash-link</c> of other generators, to a fragment; and
    /// Sphinx's <c>headerlink</c> to the page itself (<c>href="#"</c>: SQLAlchemy's contents, held-out review 143).
    /// </summary>
    private static bool IsClassedPermalink(Link link) =>
        link.Name.Text.Trim() is "#" or "¶" or "§" or "🔗" && link.Href.Kind == HrefKind.Fragment && link.GetAttribute("class") is { } classes
        && classes.Value.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries) is var names
        && (link.Href.Value.Trim().Length > 1 ? HasPermalinkClass(names) : Array.IndexOf(names, "headerlink") >= 0);

    /// <summary>Whether one of a link's class names is a permalink's (<see cref="PermalinkClasses"/>, in any case).</summary>
    private static bool HasPermalinkClass(string[] names) => Array.Exists(names, c => Array.IndexOf(PermalinkClasses, c.ToLowerInvariant()) >= 0);

    /// <summary>
    /// Whether an empty link classed as a permalink (<see cref="PermalinkClasses"/>) leads to the element around it, or the
    /// one around that: Asciidoctor's section anchor in its heading, <c>&lt;h2 id="x"&gt;&lt;a class="anchor"
    /// href="#x"&gt;&lt;/a&gt;Title&lt;/h2&gt;</c>; pkgdown's in the heading of its section, <c>&lt;div id="usage"&gt;&lt;h2&gt;&lt;a
    /// class="anchor" href="#usage"&gt;</c>; odoc's in what it documents, <c>&lt;div class="spec type" id="type-t"&gt;&lt;a
    /// href="#type-t" class="anchor"&gt;&lt;/a&gt;</c> (held-out reviews 145 and 150: 45,729 on four generators' pages). Their
    /// sign is drawn by the style sheet on hover (<c>::before { content: "\00A7" }</c>). An icon or an image inside is the
    /// link's own, and is checked (code review: two steps up at most, no walk of the heading's links).
    /// </summary>
    internal static bool IsClassedPermalinkAnchor(Link link, Documents.TemplateDocument document)
    {
        if (link.Element is not { ChildNodes.Length: 0 } element || link.Href.Kind != HrefKind.Fragment || link.Href.Attribute is not { } href
            || link.GetAttribute("class") is not { } classes
            || !HasPermalinkClass(classes.Value.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries)))
        {
            return false;
        }

        var fragment = href.SourceValue.Trim();
        return fragment.Length > 1 && element.ParentElement is { } parent
            && (Marks(document, parent, fragment, "id") || (parent.ParentElement is { } grandparent && Marks(document, grandparent, fragment, "id")));
    }

    private static readonly string[] PermalinkClasses = { "selflink", "headerlink", "anchorjs-link", "anchor", "permalink", "header-anchor", "heading-anchor", "hash-link", "anchor-link", "pilcrow" };

    /// <summary>
    /// Whether a symbol link is the jump to an index's group of symbols beside its letters: Texinfo's "Jump to:" bar,
    /// <c>&lt;a class="summary-letter" href="#Builtin-Index_bt_symbol-1"&gt;&lt;b&gt;.&lt;/b&gt;&lt;/a&gt;</c> (held-out reviews 122 and 123),
    /// <c>class="summary-letter-printindex"</c> since Texinfo 7 (code review).
    /// </summary>
    private static bool IsIndexJump(Link link) =>
        link.Href.Kind == HrefKind.Fragment && link.GetAttribute("class") is { } classes
        && Array.Exists(classes.Value.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries), c => c.StartsWith("summary-letter", StringComparison.Ordinal));

    /// <summary>
    /// Whether a symbol link ends the element it leads to, after its text: a paragraph's permalink (xml2rfc's <c>&lt;p
    /// id="section-1-1"&gt;...&lt;a href="#section-1-1" class="pilcrow"&gt;¶&lt;/a&gt;&lt;/p&gt;</c> after every paragraph of
    /// an RFC, and its artwork's; held-out review 122), with a permalink's sign, ¶, § or #. Not one alone in what it leads
    /// to, nor one before or inside its text, nor a carousel's ‹ and › (<c>&lt;div
    /// id="z"&gt;&lt;p&gt;&lt;a href="#z"&gt;¶&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;</c>, <c>&lt;section id="a"&gt;&lt;a href="#a"&gt;§&lt;/a&gt;&lt;p&gt;</c>), which names nothing.
    /// </summary>
    private static bool EndsWhatItLinksTo(Link link, Documents.TemplateDocument document)
    {
        if (link.Href.Kind != HrefKind.Fragment || link.Href.Attribute is not { } href || link.Element?.ParentElement is not { } parent)
        {
            return false;
        }

        // (a permalink's sign, ¶, § or #: not a carousel's ‹ and ›, which name nothing, code review; in any element, as
        // xml2rfc's artwork div, code review)
        // (what it leads to, or an anchor in it before the link: Haddock's <p class="src"><a id="t:Encoding">...</a> ...
        // <a href="#t:Encoding" class="selflink">#</a></p> on every declaration; held-out review 132)
        var fragment = href.SourceValue.Trim();
        if (fragment.Length < 2 || link.Name.Text.Trim() is not ("¶" or "§" or "#") || !(Marks(document, parent, fragment, "id") || MarkedBefore(document, parent, link.Element, fragment)))
        {
            return false;
        }

        var textBefore = false;
        var children = parent.ChildNodes;
        for (var k = 0; k < children.Length; k++)
        {
            if (children[k] == link.Element)
            {
                // (and nothing after it but white space: code review)
                for (var after = k + 1; after < children.Length; after++)
                {
                    if (!string.IsNullOrWhiteSpace(children[after].TextContent))
                    {
                        return false;
                    }
                }

                return textBefore;
            }

            textBefore = textBefore || !string.IsNullOrWhiteSpace(children[k].TextContent);
        }

        return false;
    }

    /// <summary>
    /// Whether the link's whole text is one token of code (<c>&lt;a href="..."&gt;&lt;code&gt;link&lt;/code&gt;&lt;/a&gt;</c>): the
    /// name of an attribute, a command or an operator (Rust's <c>#[link]</c> attribute, its <c>!</c> type), not a generic
    /// word (held-out review 122), or signs alone (LilyPond's <c>&lt;code&gt;%{ ... %}&lt;/code&gt;</c>); not words in code
    /// (<c>&lt;code&gt;click here&lt;/code&gt;</c>: code review).
    /// </summary>
    private static bool IsCode(Link link)
    {
        if (link.Element is null)
        {
            return false;
        }

        if (IsScribbleCode(link.Element))
        {
            return true;
        }

        AngleSharp.Dom.IElement? only = null;
        foreach (var child in link.Element.ChildNodes)
        {
            if (child is AngleSharp.Dom.IElement element)
            {
                if (only is not null)
                {
                    return false;
                }

                only = element;
            }
            else if (child is AngleSharp.Dom.IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }
        }

        // (one token, or signs alone: LilyPond's index names its syntax "%{ ... %}" and "<< ... >>")
        return only is not null && only.LocalName is "code" or "kbd" or "samp" && IsOneTokenOrSigns(only.TextContent.Trim());
    }

    /// <summary>
    /// Whether Scribble (Racket's documentation) wrote the link, as it marks every link (<c>data-pltdoc</c>), for a name in
    /// code: with one of its code classes on the link, in it (an index entry's, before a <c>&lt;br&gt;</c>) or around it (<c>&lt;span class="RktSym"&gt;&lt;a
    /// class="RktStxLink"&gt;-&amp;gt;&lt;/a&gt;&lt;/span&gt;</c>; its listings are tables, not <c>&lt;pre&gt;</c>: 8,736 names such
    /// as <c>-&gt;</c>, <c>+</c> and <c>link</c> on Racket's manuals, held-out review 139).
    /// </summary>
    private static bool IsScribbleCode(AngleSharp.Dom.IElement link)
    {
        if (!link.HasAttribute("data-pltdoc"))
        {
            return false;
        }

        if (HasScribbleCodeClass(link) || HasScribbleCodeClass(link.ParentElement))
        {
            return true;
        }

        AngleSharp.Dom.IElement? only = null;
        foreach (var child in link.ChildNodes)
        {
            if (child is AngleSharp.Dom.IElement element && element.LocalName != "br")
            {
                if (only is not null)
                {
                    return false;
                }

                only = element;
            }
        }

        return HasScribbleCodeClass(only);
    }

    // (its code classes, RktSym, RktValLink ..., and its monospace: stt)
    private static bool HasScribbleCodeClass(AngleSharp.Dom.IElement? element) =>
        element?.GetAttribute("class") is { } classes && Array.Exists(classes.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries), c => c.StartsWith("Rkt", StringComparison.Ordinal) || c == "stt");

    /// <summary>
    /// Whether a symbol link is in code: a source listing's operator (Haddock's hyperlinked source, <c>&lt;pre&gt;...
    /// &lt;a&gt;&lt;span class="hs-operator"&gt;++&lt;/span&gt;&lt;/a&gt;</c>; Vim's help, all <c>&lt;pre&gt;</c>: held-out
    /// review 132; Doxygen's listings, <c>div.fragment</c>: held-out review 143). Only signs: a word there, "here", is
    /// prose's (code review).
    /// </summary>
    private static bool InCode(Link link) => link.Element is { } element && LinkExtractor.InCodeListing(element);

    private static bool IsOneTokenOrSigns(string code) =>
        code.Length > 0 && (!System.Linq.Enumerable.Any(code, char.IsWhiteSpace) || !System.Linq.Enumerable.Any(code, char.IsLetter));

    /// <summary>
    /// Whether the link is a heading's permalink, in the heading and to it or to what it heads (<c>&lt;h2 id="setup"&gt;Setup &lt;a
    /// href="#setup"&gt;#&lt;/a&gt;&lt;/h2&gt;</c>, Sphinx's and MkDocs' <c>¶</c> in a section's heading, or in a definition's
    /// term or a caption), or just before the heading in what it heads (rustdoc's <c>§</c>), whose text is a convention beside the heading that names it (held-out reviews of documentation
    /// and Jinja sites).
    /// </summary>
    internal static bool IsPermalink(Link link, Documents.TemplateDocument document)
    {
        if (link.Href.Kind != HrefKind.Fragment || link.Href.Attribute is not { } href || link.Element is null)
        {
            return false;
        }

        // As written, so that a computed id matches the same expression: <li id="{{ f.slug }}"> ... href="#{{ f.slug }}"
        var fragment = href.SourceValue.Trim();
        if (fragment.Length < 2 || fragment[0] != '#')
        {
            return false;
        }

        // In a heading, to the heading or to what it heads (Sphinx: <section id="x"><h2>... <a href="#x">¶</a></h2>); the
        // same in what else names what it holds: a definition's term, a caption (Sphinx's <dt id="mod.f">...<a
        // class="headerlink" href="#mod.f">¶</a></dt>, Texinfo's copiable-link, held-out review 61).
        AngleSharp.Dom.IElement? heading = null;
        for (var ancestor = link.Element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (heading is null && (TagNames.IsHeading(ancestor.LocalName) || ancestor.LocalName is "dt" or "caption" or "figcaption"))
            {
                heading = ancestor;
            }

            if (heading is not null && Marks(document, ancestor, fragment, "id"))
            {
                return true;
            }
        }

        if (heading is null)
        {
            // Just before the heading, in what it heads and to it (rustdoc: <section id="impl-X"><a href="#impl-X"
            // class="anchor">§</a><h3>impl X</h3></section>, one for every impl and method; held-out review 90)
            return link.Element.NextElementSibling is { } next && TagNames.IsHeading(next.LocalName)
                && link.Element.ParentElement is { } parent && Marks(document, parent, fragment, "id");
        }

        // Or to itself: the permalink is the heading's anchor (Node.js's docs: <h2>C++ addons<span><a class="mark"
        // href="#c-addons" id="c-addons">#</a></span></h2>, 4,044 on one package's pages; held-out review 139)
        if (Marks(document, link.Element, fragment, "id") || Marks(document, link.Element, fragment, "name"))
        {
            return true;
        }

        // Or to an anchor that marks the heading: just before it, or an empty one in it (Doxygen: <a id="x"></a><h2
        // class="memtitle"><span class="permalink"><a href="#x">◆</a></span>begin()</h2>; held-out review 85)
        if (heading.PreviousElementSibling is { } before && (Marks(document, before, fragment, "id") || Marks(document, before, fragment, "name")))
        {
            return true;
        }

        foreach (var anchor in heading.GetElementsByTagName("a"))
        {
            if (anchor != link.Element && anchor.ChildNodes.Length == 0 && (Marks(document, anchor, fragment, "id") || Marks(document, anchor, fragment, "name")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element in <paramref name="parent"/> before <paramref name="link"/> has the fragment as its id, or as an
    /// anchor's name: among the first elements there (a declaration's line, not a page: a page of such links directly
    /// in its body would otherwise be read again for each).
    /// </summary>
    private static bool MarkedBefore(Documents.TemplateDocument document, AngleSharp.Dom.IElement parent, AngleSharp.Dom.IElement link, string fragment)
    {
        var budget = 64;
        return Search(parent);

        bool Search(AngleSharp.Dom.IElement within)
        {
            var children = within.ChildNodes;
            for (var k = 0; k < children.Length && children[k] != link && budget > 0; k++)
            {
                if (children[k] is AngleSharp.Dom.IElement element
                    && (--budget >= 0)
                    && (Marks(document, element, fragment, "id") || (element.LocalName == "a" && Marks(document, element, fragment, "name")) || Search(element)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether an element's attribute, as written, is the fragment's name (<c>#x</c>).</summary>
    private static bool Marks(Documents.TemplateDocument document, AngleSharp.Dom.IElement element, string fragment, string attribute) =>
        LinkExtractor.Find(document.GetAttributes(element), attribute) is { } value && value.SourceValue.AsSpan().Trim().SequenceEqual(fragment.AsSpan(1));

    /// <summary>
    /// The names this rule reports as generic under a template's options: the built-in lists for the name's language
    /// (their strict tier with <c>strict = true</c>) and <c>extra_phrases</c>. LH013 leaves the same names to this rule.
    /// </summary>
    internal sealed class GenericPhrases
    {
        private readonly RuleContext _context;
        private readonly bool _strict;
        private readonly HashSet<string> _extra;

        public GenericPhrases(RuleContext context)
        {
            _context = context;
            _strict = context.Options.Get(Strict);
            _extra = NormalizedSet(context.Options.Get(ExtraPhrases));
        }

        /// <summary>Whether the link's normalised name is generic, or is so but for a notice that it opens a new tab.</summary>
        public bool Contains(Link link, string normalized) =>
            IsGeneric(link, normalized) || (AnchorText.NormalizedWithoutNotice(normalized) is { } bare && IsGeneric(link, bare));

        // (also without a '+' written onto a "more" link, which the normalised text keeps for LH013: MORE+, 更多+ and 더보기+
        // are "more" links, code review 120; Link+ and Click+ may be names, code review 121)
        private bool IsGeneric(Link link, string normalized) =>
            IsListed(link, normalized)
            || (AnchorText.WithoutNameSuffix(normalized) is { } bare
                && (bare.EndsWith("more", StringComparison.Ordinal) || PhraseCatalog.HasLetterOf("ja", bare) || PhraseCatalog.HasLetterOf("ko", bare))
                && IsListed(link, bare));

        private bool IsListed(Link link, string normalized) =>
            _extra.Contains(AnchorText.ForPhrases(normalized)) || PhraseCatalog.Default.IsGeneric(normalized, Language(link), _strict);

        /// <summary>
        /// The language the name is written in: the nearest <c>lang</c>, else that of the pages a view renders into
        /// (<see cref="LinkSettings.PageLanguage"/>), else <c>default_language</c>, else unknown (every list). A localizer
        /// lookup's text is the project's neutral text, whatever the page around it is translated into (code review: a
        /// German layout's English .resx).
        /// </summary>
        private string? Language(Link link) => link.Name.InNeutralLanguage ? _context.DefaultLanguage : link.Language ?? _context.Settings.PageLanguage ?? _context.DefaultLanguage;
    }

    private static HashSet<string> NormalizedSet(IReadOnlyList<string> phrases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var normalized = AnchorText.ForPhrases(AnchorText.Normalize(phrase));
            if (normalized.Length > 0)
            {
                set.Add(normalized);
            }
        }

        return set;
    }
}
