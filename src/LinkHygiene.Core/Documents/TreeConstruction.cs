using System;
using System.Collections.Generic;
using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace LinkHygiene.Documents;

/// <summary>
/// AngleSharp's tree construction, for the markup most pages are made of, over the tokens the engine reads anyway
/// (<see cref="TemplateDocument"/>'s tokenizer pass): the same DOM AngleSharp's parser builds, of AngleSharp's own
/// elements (made by its factory, filled through its construction interfaces, in the order its tree builder fills them),
/// without tokenizing the text a second time or making an object of every token.
/// </summary>
/// <remarks>
/// It follows AngleSharp 1.10's <c>HtmlDomBuilder</c> step for step through the insertion modes pages pass (initial,
/// before and in the head, in the body, text, in a table, its sections, rows and cells, after the body) and through
/// inline SVG, and gives up (<see cref="Consume"/> returns false; the parser then builds the DOM) at anything else:
/// text or elements a table cannot hold where they stand (which the tree builder moves before it), captions, selects,
/// MathML, SVG's HTML integration points, templates, framesets, <c>&lt;noscript&gt;</c>, ruby, the obsolete elements
/// that mark the formatting list, a second <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> (whose attributes are merged), a
/// <c>&lt;/br&gt;</c> (read as a <c>&lt;br&gt;</c>), a nested <c>&lt;a&gt;</c> or <c>&lt;button&gt;</c>, and formatting
/// elements (<c>&lt;b&gt;</c>, <c>&lt;code&gt;</c>, <c>&lt;a&gt;</c>...) closed other than by their own end tag as the
/// current element, where the adoption agency or the reconstruction of the formatting list would move or copy elements.
/// So every formatting element in the list is open, and reconstructing the list does nothing (nor do the marks cells
/// put in it). The tests and the fuzzer hold the result to AngleSharp's DOM node for node (DomComparison).
/// </remarks>
internal sealed class TreeConstruction
{
    // AngleSharp's depth limit (HtmlParserOptions.DefaultMaximumDepth, 512) moves deeper elements: given up well before.
    // The depth is the tree's, not the stack's: a </form> takes its form off the stack and leaves what it holds open
    // (code review 135: 260 times "<form><div></form>" nest 522 levels deep on a stack of 262).
    private const int MaxDepth = 500;

    [ThreadStatic]
    private static (IBrowsingContext Context, IHtmlElementConstructionFactory? Factory)? thread;

    private readonly IHtmlElementConstructionFactory _factory;
    private readonly Document _document;
    private readonly List<Open> _open = new();
    private readonly List<IConstructableElement> _formatting = new();
    private IConstructableElement? _form;
    private Mode _mode = Mode.Initial;
    private Mode _previousMode;
    private bool _dropsNewLine;
    private bool _ended;
    private StartTag? _tag; // the start tag the token being consumed was recorded as: each element's source reference

    private TreeConstruction(IHtmlElementConstructionFactory factory, Document document)
    {
        _factory = factory;
        _document = document;
    }

    private enum Mode
    {
        Initial,
        BeforeHtml,
        BeforeHead,
        InHead,
        AfterHead,
        InBody,
        Text,
        InTable,
        InTableBody,
        InRow,
        InCell,
        AfterBody,
        AfterAfterBody,
    }

    /// <summary>The DOM, once the end of the file was consumed.</summary>
    public IDocument? Document => _ended ? _document : null;

    /// <summary>Whether a DOM was built here rather than by AngleSharp's parser (for the tests and the benchmarks).</summary>
    public static bool Built(IDocument document) => document.DocumentElement?.SourceReference is TagReference or StartTag;

    /// <summary>A construction for a text, or null where AngleSharp's construction factory is not to be had.</summary>
    public static TreeConstruction? For(string text)
    {
        if (thread is null)
        {
            var context = BrowsingContext.New(Configuration.Default);
            thread = (context, context.GetService<IHtmlElementConstructionFactory>());
        }

        var (browsing, factory) = thread.Value;
        return factory is null ? null : new TreeConstruction(factory, factory.CreateDocument(new TextSource(new ReadOnlyMemoryTextSource(text.AsMemory())), browsing));
    }

    /// <summary>
    /// Builds with one more token, of the tokenizer's, in order (<paramref name="name"/>: a tag's name, one string per
    /// name). False when the token takes markup this construction does not build; it must not be called again then.
    /// </summary>
    public bool Consume(ref StructHtmlToken token, string? name, StartTag? tag = null)
    {
        _tag = tag;
        if (_ended)
        {
            return true; // the tree builder reads the end once more after a <pre> at the very end: nothing to do
        }

        if (_dropsNewLine)
        {
            _dropsNewLine = false;
            if (token.Type == HtmlTokenType.Character)
            {
                token.RemoveNewLine();
            }
        }

        if (_open.Count != 0 && _open[_open.Count - 1].Depth >= MaxDepth)
        {
            return false;
        }

        // In SVG the tree builder reads every token but the end by the rules of foreign content (the integration points,
        // where it reads HTML again, are given up on).
        return _open.Count != 0 && _open[_open.Count - 1].IsSvg && token.Type != HtmlTokenType.EndOfFile
            ? Foreign(ref token, name)
            : Home(ref token, name);
    }

    private bool Home(ref StructHtmlToken token, string? name) => _mode switch
    {
        Mode.Initial => Initial(ref token, name),
        Mode.BeforeHtml => BeforeHtml(ref token, name),
        Mode.BeforeHead => BeforeHead(ref token, name),
        Mode.InHead => InHead(ref token, name),
        Mode.AfterHead => AfterHead(ref token, name),
        Mode.InBody => InBody(ref token, name),
        Mode.Text => Text(ref token, name),
        Mode.InTable => InTable(ref token, name),
        Mode.InTableBody => InTableBody(ref token, name),
        Mode.InRow => InRow(ref token, name),
        Mode.InCell => InCell(ref token, name),
        Mode.AfterBody => AfterBody(ref token, name),
        _ => AfterAfterBody(ref token, name),
    };

    private bool Initial(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Doctype:
                Constructable.AddNode(_factory.CreateDocumentType(_document, token.Name, token.PublicIdentifier, token.SystemIdentifier));
                Constructable.QuirksMode = token.IsFullQuirks ? QuirksMode.On : token.IsLimitedQuirks ? QuirksMode.Limited : QuirksMode.Off;
                _mode = Mode.BeforeHtml;
                return true;
            case HtmlTokenType.Character:
                if (DropsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.Comment:
                Constructable.AddComment(ref token);
                return true;
        }

        Constructable.QuirksMode = QuirksMode.On;
        _mode = Mode.BeforeHtml;
        return BeforeHtml(ref token, name);
    }

    private bool BeforeHtml(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (DropsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.Comment:
                Constructable.AddComment(ref token);
                return true;
            case HtmlTokenType.StartTag when name == "html":
                AddRoot(implied: false, ref token);
                _mode = Mode.BeforeHead;
                return true;
            case HtmlTokenType.EndTag when !IsBeforeHeadEnd(name):
            case HtmlTokenType.Doctype:
                return true;
        }

        AddRoot(implied: true, ref token);
        _mode = Mode.BeforeHead;
        return BeforeHead(ref token, name);
    }

    private bool BeforeHead(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (DropsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.StartTag when name == "html":
                return false; // its attributes go to the root
            case HtmlTokenType.StartTag when name == "head":
                AddElement(_factory.Create(_document, "head"), ref token, "head");
                _mode = Mode.InHead;
                return true;
            case HtmlTokenType.EndTag when !IsBeforeHeadEnd(name):
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
        }

        AddImplied(_factory.Create(_document, "head"), "head");
        _mode = Mode.InHead;
        return InHead(ref token, name);
    }

    private bool InHead(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (KeepsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.StartTag:
                switch (name)
                {
                    case "html":
                    case "noscript":
                    case "template":
                        return false;
                    case "head":
                        return true;
                    case "meta":
                    case "link" or "base" or "basefont" or "bgsound":
                    case "title" or "style" or "noframes" or "script":
                        return InHeadStartTag(ref token, name);
                }

                break;
            case HtmlTokenType.EndTag:
                switch (name)
                {
                    case "head":
                        Pop();
                        _mode = Mode.AfterHead;
                        return true;
                    case "template":
                        return false;
                    case "html" or "body" or "br":
                        break;
                    default:
                        return true;
                }

                break;
        }

        Pop(); // the head
        _mode = Mode.AfterHead;
        return AfterHead(ref token, name);
    }

    /// <summary>The start tags "in head" reads wherever they are: into the current element, in any mode.</summary>
    private bool InHeadStartTag(ref StructHtmlToken token, string name)
    {
        switch (name)
        {
            case "meta":
                var meta = _factory.CreateMeta(_document);
                AddElement(meta, ref token, name);
                Pop();
                try
                {
                    meta.Handle();
                }
                catch (NotSupportedException)
                {
                    return false; // the parser would restart with another encoding
                }

                return true;
            case "link" or "base" or "basefont" or "bgsound":
                AddElement(_factory.Create(_document, name), ref token, name);
                Pop();
                return true;
            case "script":
                AddElement(_factory.CreateScript(_document, parserInserted: true, started: true), ref token, name);
                ToText();
                return true;
            default:
                // title (RCDATA), style and noframes (raw text): the tokenizer pass switches the tokenizer as the tree builder does
                AddElement(_factory.Create(_document, name), ref token, name);
                ToText();
                return true;
        }
    }

    private bool AfterHead(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (KeepsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.StartTag:
                switch (name)
                {
                    case "html" or "frameset":
                        return false;
                    case "body":
                        AddBody(ref token);
                        return true;
                    case "link" or "meta" or "script" or "style" or "title" or "base" or "basefont" or "bgsound" or "noframes":
                        // back into the head, which is then taken off the stack wherever it is (under a <title> still open)
                        var head = (IConstructableElement)_document.Head!;
                        _open.Add(new Open(head, "head", Depth: 2));
                        var read = InHeadStartTag(ref token, name);
                        Remove(head);
                        return read;
                    case "head":
                        return true;
                }

                break;
            case HtmlTokenType.EndTag when name is not ("html" or "body" or "br"):
                return true;
        }

        AddImplied(_factory.Create(_document, "body"), "body");
        _mode = Mode.InBody;
        return Home(ref token, name);
    }

    private bool InBody(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                AddCharacters(token.Data);
                return true;
            case HtmlTokenType.StartTag:
                return InBodyStartTag(ref token, name!);
            case HtmlTokenType.EndTag:
                return InBodyEndTag(name!);
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
            case HtmlTokenType.EndOfFile:
                End();
                return true;
            default:
                return true; // a doctype
        }
    }

    private bool InBodyStartTag(ref StructHtmlToken token, string name)
    {
        switch (name)
        {
            case "div" or "ul" or "p":
            case "ol" or "dl" or "fieldset" or "figcaption" or "figure" or "article" or "aside" or "blockquote" or "center"
                or "address" or "dialog" or "dir" or "summary" or "details" or "main" or "footer" or "header" or "nav"
                or "section" or "menu" or "hgroup":
                return CloseParagraph() && Add(ref token, name);
            case "a":
                foreach (var element in _formatting)
                {
                    if (element.LocalName == "a")
                    {
                        return false; // the adoption agency closes the open one
                    }
                }

                return AddFormatting(ref token, name);
            case "b" or "strong" or "code" or "em" or "u" or "i" or "font" or "s" or "small" or "strike" or "big" or "tt":
                return AddFormatting(ref token, name);
            case "li":
                return ListItem(ref token, name, static n => n == "li");
            case "dd" or "dt":
                return ListItem(ref token, name, static n => n is "dd" or "dt");
            case "img" or "br" or "area" or "embed" or "keygen" or "wbr" or "input" or "menuitem" or "param" or "source" or "track":
                AddElement(_factory.Create(_document, name), ref token, name);
                Pop();
                return true;
            case "hr":
                if (!CloseParagraph())
                {
                    return false;
                }

                AddElement(_factory.Create(_document, name), ref token, name);
                Pop();
                return true;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (!CloseParagraph() || (IsHeading(_open[_open.Count - 1].Name) && !Pop()))
                {
                    return false;
                }

                return Add(ref token, name);
            case "form":
                if (_form is not null)
                {
                    return true; // ignored inside a form
                }

                if (!CloseParagraph())
                {
                    return false;
                }

                _form = _factory.CreateForm(_document);
                AddElement(_form, ref token, name);
                return true;
            case "script" or "meta" or "link" or "base" or "basefont" or "bgsound" or "title" or "style" or "noframes":
                return InHeadStartTag(ref token, name);
            case "pre" or "listing":
                if (!CloseParagraph())
                {
                    return false;
                }

                _dropsNewLine = true;
                return Add(ref token, name);
            case "textarea":
                _dropsNewLine = true;
                return Add(ref token, name) && ToText();
            case "iframe" or "noembed":
                return Add(ref token, name) && ToText();
            case "xmp":
                return CloseParagraph() && Add(ref token, name) && ToText();
            case "plaintext":
                return CloseParagraph() && Add(ref token, name); // the tokenizer reads the rest as text, in the body
            case "button":
                return !IsInScope("button") && Add(ref token, name);
            case "optgroup" or "option":
                if (_open[_open.Count - 1].Name == "option" && !Pop())
                {
                    return false;
                }

                return Add(ref token, name);
            case "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" or "caption" or "col" or "colgroup" or "frame" or "head":
                return true; // ignored in the body
            case "svg":
                // AngleSharp sets the root's attributes as SVG's but gives it no source reference
                var svg = _factory.CreateSvg(_document, "svg");
                SetSvgAttributes(svg, ref token);
                Current.AddNode(svg);
                if (token.IsSelfClosing)
                {
                    svg.SetupElement();
                }
                else
                {
                    _open.Add(new Open(svg, name, Deeper, IsSvg: true));
                }

                return true;
            case "table":
                if (Constructable.QuirksMode != QuirksMode.On && !CloseParagraph())
                {
                    return false;
                }

                _mode = Mode.InTable;
                return Add(ref token, name);
            case "select" or "math" or "template" or "noscript" or "frameset" or "html" or "body"
                or "applet" or "marquee" or "object" or "image" or "nobr" or "isindex" or "rb" or "rtc" or "rp" or "rt":
                return false;
            default:
                return Add(ref token, name);
        }
    }

    private bool InBodyEndTag(string name)
    {
        switch (name)
        {
            case "div" or "ol" or "ul" or "dl" or "fieldset" or "button" or "figcaption" or "figure" or "article" or "aside"
                or "blockquote" or "center" or "address" or "dialog" or "dir" or "summary" or "details" or "listing"
                or "footer" or "header" or "nav" or "section" or "menu" or "hgroup" or "main" or "pre":
                return !IsInScope(name) || (CloseImplied(except: null) && PopUntil(name));
            case "a" or "b" or "strong" or "code" or "em" or "u" or "i" or "nobr" or "font" or "s" or "small" or "strike" or "big" or "tt":
                return CloseFormatting(name);
            case "li":
                return !IsInListItemScope() || (CloseImplied(except: "li") && PopUntil(name));
            case "dd" or "dt":
                return !IsInScope(name) || (CloseImplied(except: name) && PopUntil(name));
            case "p":
                if (!IsInButtonScope())
                {
                    // an empty paragraph, as if the end tag had a start tag (at the start of the text, as AngleSharp's made-up tag)
                    AddImplied(_factory.Create(_document, name), name);
                }

                return CloseImplied(except: "p") && PopUntil(name);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return !IsHeadingInScope() || (CloseImplied(except: null) && PopUntil(AnyHeading));
            case "form":
                var form = _form;
                _form = null;
                if (form is null || !IsInScope("form"))
                {
                    return true;
                }

                return CloseImplied(except: null) && Remove(form);
            case "body":
                if (IsInScope("body"))
                {
                    _mode = Mode.AfterBody;
                }

                return true;
            case "html":
                if (IsInScope("body"))
                {
                    _mode = Mode.AfterAfterBody; // after the body, then after </html>
                }

                return true;
            case "br" or "applet" or "marquee" or "object" or "template":
                return false;
            default:
                return EndTagAnythingElse(name);
        }
    }

    private bool Text(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                AddCharacters(token.Data);
                return true;
            case HtmlTokenType.EndTag when name == "script":
                Constructable.PerformMicrotaskCheckpoint();
                Constructable.ProvideStableState();
                var script = (IConstructableScriptElement)Current;
                Pop();
                _mode = _previousMode;
                return !script.Prepare(Constructable); // started: never run
            case HtmlTokenType.EndTag:
                Pop();
                _mode = _previousMode;
                return true;
            case HtmlTokenType.EndOfFile:
                Pop();
                _mode = _previousMode;
                return Home(ref token, name);
            default:
                return true;
        }
    }

    /// <summary>
    /// A token in SVG: its elements, their text and comments; an end tag closes the current element if it is of its
    /// name. Given up on: HTML elements (which end the SVG), integration points, scripts, and end tags of other names.
    /// </summary>
    private bool Foreign(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                AddCharacters(token.Data);
                return true;
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
            case HtmlTokenType.StartTag:
                if (IsForeignBreakout(name!, ref token) || name is "foreignobject" or "desc" or "title" or "script")
                {
                    return false;
                }

                var element = _factory.CreateSvg(_document, SvgTagNames.TryGetValue(name!, out var adjusted) ? adjusted : name!);
                element.SourceReference = ReferenceTo(ref token);
                SetSvgAttributes(element, ref token);
                Current.AddNode(element);
                if (token.IsSelfClosing)
                {
                    element.SetupElement();
                }
                else
                {
                    _open.Add(new Open(element, name!, Deeper, IsSvg: true));
                }

                return true;
            case HtmlTokenType.EndTag:
                return _open[_open.Count - 1].Name == name && Pop();
            default:
                return true;
        }
    }

    // The HTML elements that end SVG or MathML where they start, and a <font> with a colour, face or size.
    private static bool IsForeignBreakout(string name, ref StructHtmlToken token)
    {
        switch (name)
        {
            case "b" or "big" or "blockquote" or "body" or "br" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em"
                or "embed" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "img" or "li" or "listing"
                or "menu" or "meta" or "nobr" or "ol" or "p" or "pre" or "ruby" or "s" or "small" or "span" or "strong"
                or "strike" or "sub" or "sup" or "table" or "tt" or "u" or "ul" or "var":
                return true;
            case "font":
                var attributes = token.Attributes;
                for (var i = 0; i < attributes.Count; i++)
                {
                    if (attributes[i].Name is var attribute && (attribute == "color" || attribute == "face" || attribute == "size"))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>An SVG element's attributes as AngleSharp sets them: SVG's mixed-case names, and the XLink, XML and XMLNS namespaces.</summary>
    private static void SetSvgAttributes(IConstructableElement element, ref StructHtmlToken token)
    {
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            var name = attribute.Name.ToString();
            if (SvgAttributeNames.TryGetValue(name, out var adjusted))
            {
                element.SetOwnAttribute(adjusted, attribute.Value);
            }
            else if (name is "xlink:actuate" or "xlink:arcrole" or "xlink:href" or "xlink:role" or "xlink:show" or "xlink:title" or "xlink:type")
            {
                element.SetAttribute(NamespaceNames.XLinkUri, name.Substring("xlink:".Length), attribute.Value);
            }
            else if (name is "xml:lang" or "xml:space")
            {
                element.SetAttribute(NamespaceNames.XmlUri, name, attribute.Value);
            }
            else if (name is "xmlns" or "xmlns:xlink")
            {
                element.SetAttribute(NamespaceNames.XmlNsUri, name, attribute.Value);
            }
            else
            {
                element.SetOwnAttribute(attribute.Name, attribute.Value);
            }
        }
    }

    // The HTML standard's adjustments of SVG's element and attribute names, which the tokenizer reads in lower case.
    private static readonly Dictionary<string, string> SvgTagNames = MixedCase(
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath", "feBlend",
        "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
        "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge",
        "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile",
        "feTurbulence", "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath");

    private static readonly Dictionary<string, string> SvgAttributeNames = MixedCase(
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits", "contentScriptType",
        "contentStyleType", "diffuseConstant", "edgeMode", "externalResourcesRequired", "filterRes", "filterUnits",
        "glyphRef", "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength", "keyPoints", "keySplines",
        "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight", "markerUnits", "markerWidth", "maskContentUnits",
        "maskUnits", "numOctaves", "pathLength", "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX",
        "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY", "repeatCount",
        "repeatDur", "requiredExtensions", "requiredFeatures", "specularConstant", "specularExponent", "spreadMethod",
        "startOffset", "stdDeviation", "stitchTiles", "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY",
        "textLength", "viewBox", "viewTarget", "xChannelSelector", "yChannelSelector", "zoomAndPan");

    private static Dictionary<string, string> MixedCase(params string[] names)
    {
        var byLowerCase = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            byLowerCase[name.ToLowerInvariant()] = name;
        }

        return byLowerCase;
    }

    /// <summary>
    /// "In table": sections, rows and cells (with the sections and rows they imply), white space, scripts, styles, hidden
    /// inputs and forms; anything else in a table the tree builder moves before it (foster parenting): given up on.
    /// </summary>
    private bool InTable(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Comment:
                Current.AddComment(ref token);
                return true;
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.Character when _open[_open.Count - 1].Name is "table" or "tbody" or "tfoot" or "thead" or "tr" && !token.HasContent:
                AddCharacters(token.Data);
                return true;
            case HtmlTokenType.EndOfFile:
                return InBody(ref token, name);
            case HtmlTokenType.StartTag:
                switch (name)
                {
                    case "tbody" or "thead" or "tfoot":
                        if (!PopUntilNotIncluding("table"))
                        {
                            return false;
                        }

                        _mode = Mode.InTableBody;
                        return Add(ref token, name);
                    case "tr" or "td" or "th":
                        if (!PopUntilNotIncluding("table"))
                        {
                            return false;
                        }

                        AddImplied(_factory.Create(_document, "tbody"), "tbody");
                        _mode = Mode.InTableBody;
                        return InTableBody(ref token, name);
                    case "input" when token.GetAttribute("type") is var type && type.Length == 6 && type.Memory.Span.Equals("hidden".AsSpan(), StringComparison.OrdinalIgnoreCase):
                        AddElement(_factory.Create(_document, name), ref token, name);
                        return Pop();
                    case "form":
                        if (_form is null)
                        {
                            _form = _factory.CreateForm(_document);
                            AddElement(_form, ref token, name);
                            return Pop();
                        }

                        return true;
                    case "script" or "style":
                        return InHeadStartTag(ref token, name);
                    default:
                        return false; // a caption, columns, a table in a table, a template, anything to be moved before the table
                }

            case HtmlTokenType.EndTag:
                switch (name)
                {
                    case "table":
                        return !IsInTableScope("table") || (PopUntil("table") && ResetMode());
                    case "tbody" or "tr" or "thead" or "th" or "tfoot" or "td" or "body" or "caption" or "col" or "colgroup" or "html":
                        return true;
                    case "p" or "template":
                        return false; // a </p> makes a paragraph, which would be moved before the table
                    default:
                        // "in body", as if moved before the table: an end tag adds nothing there (a </form> forgets its form)
                        return InBodyEndTag(name!);
                }

            default:
                return false;
        }
    }

    private bool InTableBody(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag when name == "tr":
                if (!PopUntilNotIncluding("tbody", "thead", "tfoot"))
                {
                    return false;
                }

                _mode = Mode.InRow;
                return Add(ref token, name);
            case HtmlTokenType.StartTag when name is "td" or "th":
                if (!PopUntilNotIncluding("tbody", "thead", "tfoot"))
                {
                    return false;
                }

                AddImplied(_factory.Create(_document, "tr"), "tr");
                _mode = Mode.InRow;
                return InRow(ref token, name);
            case HtmlTokenType.StartTag when name is "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
            case HtmlTokenType.EndTag when name == "table":
                if (!IsInTableScope("tbody", "thead", "tfoot"))
                {
                    return true;
                }

                if (!PopUntilNotIncluding("tbody", "thead", "tfoot") || !Pop())
                {
                    return false;
                }

                _mode = Mode.InTable;
                return InTable(ref token, name);
            case HtmlTokenType.EndTag when name is "tbody" or "tfoot" or "thead":
                if (!IsInTableScope(name))
                {
                    return true;
                }

                if (!PopUntilNotIncluding("tbody", "thead", "tfoot") || !Pop())
                {
                    return false;
                }

                _mode = Mode.InTable;
                return true;
            case HtmlTokenType.EndTag when name is "tr" or "td" or "th" or "body" or "caption" or "col" or "colgroup" or "html":
                return true;
            default:
                return InTable(ref token, name);
        }
    }

    private bool InRow(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag when name is "td" or "th":
                // (a cell also marks the formatting list, which matters only to formatting elements left open: given up on)
                if (!PopUntilNotIncluding("tr"))
                {
                    return false;
                }

                _mode = Mode.InCell;
                return Add(ref token, name);
            case HtmlTokenType.StartTag when name is "tr" or "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
            case HtmlTokenType.EndTag when name == "table":
                return !IsInTableScope("tr") || (CloseRow() && InTableBody(ref token, name));
            case HtmlTokenType.EndTag when name == "tr":
                return !IsInTableScope("tr") || CloseRow();
            case HtmlTokenType.EndTag when name is "tbody" or "tfoot" or "thead":
                return !IsInTableScope(name) || ((!IsInTableScope("tr") || CloseRow()) && InTableBody(ref token, name));
            case HtmlTokenType.EndTag when name is "td" or "th" or "body" or "caption" or "col" or "colgroup" or "html":
                return true;
            default:
                return InTable(ref token, name);
        }
    }

    private bool InCell(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag when name is "tr" or "td" or "th" or "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                return !IsInTableScope("td", "th") || (CloseCell() && Home(ref token, name));
            case HtmlTokenType.EndTag when name is "td" or "th":
                return CloseCell();
            case HtmlTokenType.EndTag when name is "tr" or "table" or "tbody" or "tfoot" or "thead":
                return !IsInTableScope(name!) || (CloseCell() && Home(ref token, name));
            case HtmlTokenType.EndTag when name is "body" or "caption" or "col" or "colgroup" or "html":
                return true;
            default:
                return InBody(ref token, name);
        }
    }

    private bool CloseRow()
    {
        if (!PopUntilNotIncluding("tr") || !Pop())
        {
            return false;
        }

        _mode = Mode.InTableBody;
        return true;
    }

    // (The end of a cell clears the formatting list back to the cell's mark: every formatting element opened in it is closed by then.)
    private bool CloseCell()
    {
        if (!CloseImplied(except: null) || !PopUntilNotIncluding("td", "th") || !Pop())
        {
            return false;
        }

        _mode = Mode.InRow;
        return true;
    }

    /// <summary>Closes the elements above the nearest of these names, or the root or a template (AngleSharp's "clear the stack back to").</summary>
    private bool PopUntilNotIncluding(string name, string? other = null, string? third = null)
    {
        while (_open[_open.Count - 1].Name is var current && current != name && current != other && current != third && current is not ("html" or "template"))
        {
            if (!Pop())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Reset the insertion mode appropriately", after a table closes: by the nearest cell, row, section, table or body.</summary>
    private bool ResetMode()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (open.IsSvg)
            {
                continue;
            }

            switch (open.Name)
            {
                case "td" or "th" when i > 0:
                    _mode = Mode.InCell;
                    return true;
                case "tr":
                    _mode = Mode.InRow;
                    return true;
                case "tbody" or "thead" or "tfoot":
                    _mode = Mode.InTableBody;
                    return true;
                case "table":
                    _mode = Mode.InTable;
                    return true;
                case "body":
                    _mode = Mode.InBody;
                    return true;
                case "select" or "caption" or "colgroup" or "template" or "html" or "head" or "frameset":
                    return false;
            }
        }

        return false;
    }

    private bool AfterBody(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (KeepsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.Comment:
                _open[0].Element.AddComment(ref token);
                return true;
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.StartTag when name == "html":
                return false;
            case HtmlTokenType.EndTag when name == "html":
                _mode = Mode.AfterAfterBody;
                return true;
            case HtmlTokenType.EndOfFile:
                End();
                return true;
        }

        _mode = Mode.InBody;
        return InBody(ref token, name);
    }

    private bool AfterAfterBody(ref StructHtmlToken token, string? name)
    {
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                if (KeepsLeadingSpace(ref token))
                {
                    return true;
                }

                break;
            case HtmlTokenType.EndOfFile:
                End();
                return true;
            case HtmlTokenType.Comment:
                Constructable.AddComment(ref token);
                return true;
            case HtmlTokenType.Doctype:
                return true;
            case HtmlTokenType.StartTag when name == "html":
                return false;
        }

        _mode = Mode.InBody;
        return InBody(ref token, name);
    }

    // The document as its construction interface, whose members AngleSharp implements explicitly.
    private IConstructableDocument Constructable => _document;

    private IConstructableElement Current => _open[_open.Count - 1].Element;

    /// <summary>The depth of an element added to the current one.</summary>
    private int Deeper => _open[_open.Count - 1].Depth + 1;

    /// <summary>Adds the white space a text starts with where the mode keeps it; true if that was all the text.</summary>
    private bool KeepsLeadingSpace(ref StructHtmlToken token)
    {
        AddCharacters(token.TrimStart());
        return token.IsEmpty;
    }

    /// <summary>Drops the white space a text starts with, where the mode ignores it; true if that was all the text.</summary>
    private static bool DropsLeadingSpace(ref StructHtmlToken token)
    {
        token.CleanStart();
        return token.IsEmpty;
    }

    private static bool IsBeforeHeadEnd(string? name) => name is "html" or "body" or "br" or "head";

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <param name="implied">Whether the root is implied (by <paramref name="token"/>, which is not its start tag).</param>
    /// <param name="token">Its start tag, or the token that implies it.</param>
    private void AddRoot(bool implied, ref StructHtmlToken token)
    {
        var html = _factory.Create(_document, "html");
        Constructable.AddNode(html);
        if (implied)
        {
            html.SourceReference = TagReference.Implied;
        }
        else
        {
            Setup(html, ref token);
        }

        _open.Add(new Open(html, "html", Depth: 1));
        Constructable.ApplyManifest();
    }

    private void AddBody(ref StructHtmlToken token)
    {
        AddElement(_factory.Create(_document, "body"), ref token, "body");
        _mode = Mode.InBody;
    }

    private bool Add(ref StructHtmlToken token, string name)
    {
        AddElement(_factory.Create(_document, name), ref token, name);
        return true;
    }

    private bool AddFormatting(ref StructHtmlToken token, string name)
    {
        // Three of a name in the list may drop the first (the "Noah's ark" clause): not followed here.
        var same = 0;
        foreach (var element in _formatting)
        {
            same += element.LocalName == name ? 1 : 0;
        }

        if (same >= 2)
        {
            return false;
        }

        var added = _factory.Create(_document, name);
        AddElement(added, ref token, name);
        _formatting.Add(added);
        return true;
    }

    private void AddElement(IConstructableElement element, ref StructHtmlToken token, string name)
    {
        Setup(element, ref token);
        Current.AddNode(element);
        _open.Add(new Open(element, name, Deeper));
    }

    /// <summary>An element no tag starts (html, head, body, a paragraph a lone end tag ends): AngleSharp gives it the source reference of a token at the start.</summary>
    private void AddImplied(IConstructableElement element, string name)
    {
        element.SourceReference = TagReference.Implied;
        Current.AddNode(element);
        _open.Add(new Open(element, name, Deeper));
    }

    private void Setup(IConstructableElement element, ref StructHtmlToken token)
    {
        element.SourceReference = ReferenceTo(ref token);
        element.SetAttributes(token.Attributes);
        if (_tag is { TakesAttributes: true } tag && tag.Start == token.Position.Index)
        {
            tag.TakeAttributes((IElement)element, ref token);
        }
    }

    /// <summary>
    /// An element's source reference: the start tag its token was recorded as (which <see cref="TemplateDocument.GetStartTag"/>
    /// then reads without looking it up by offset, and no object is made for), or, where none was given, its position.
    /// </summary>
    private ISourceReference ReferenceTo(ref StructHtmlToken token) =>
        _tag is not null && _tag.Start == token.Position.Index ? _tag : new TagReference(token.Position);

    private void AddCharacters(StringOrMemory text)
    {
        if (text.Length != 0)
        {
            Current.AppendText(text, emitWhiteSpaceOnly: true);
        }
    }

    private bool ToText()
    {
        _previousMode = _mode;
        _mode = Mode.Text;
        return true;
    }

    /// <summary>"In body"'s closing of an open paragraph before a block: false where that closes a formatting element.</summary>
    private bool CloseParagraph() => !IsInButtonScope() || (CloseImplied(except: "p") && PopUntil("p"));

    /// <summary>A list item's or a definition's start tag closes the one open, up to a special element other than an address, a div or a p.</summary>
    private bool ListItem(ref StructHtmlToken token, string name, Func<string, bool> closes)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (closes(open.Name))
            {
                // the end tag of the one open, "in body"
                if (!InBodyEndTag(open.Name))
                {
                    return false;
                }

                break;
            }

            if ((open.Element.Flags & NodeFlags.Special) != 0 && open.Name is not ("address" or "div" or "p"))
            {
                break;
            }
        }

        return CloseParagraph() && Add(ref token, name);
    }

    /// <summary>
    /// A formatting element's end tag: the adoption agency, followed only where it closes the current element, the last
    /// in the formatting list (or an element of the name that is not in the list, which it just closes).
    /// </summary>
    private bool CloseFormatting(string name)
    {
        var current = Current;
        var last = _formatting.Count == 0 ? null : _formatting[_formatting.Count - 1];
        if (_open[_open.Count - 1].Name == name && current.NamespaceUri == NamespaceNames.HtmlUri && !InFormatting(current))
        {
            return Pop();
        }

        if (!ReferenceEquals(last, current) || _open[_open.Count - 1].Name != name)
        {
            return false;
        }

        _formatting.RemoveAt(_formatting.Count - 1);
        return Pop();
    }

    /// <summary>"Any other end tag": closes up to the nearest element of its name, unless a special element comes first.</summary>
    private bool EndTagAnythingElse(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                if (!CloseImplied(except: name))
                {
                    return false;
                }

                while (_open.Count > i)
                {
                    if (!Pop())
                    {
                        return false;
                    }
                }

                return true;
            }

            if ((_open[i].Element.Flags & NodeFlags.Special) != 0)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>Closes the elements whose end tags are implied (p, li, dd, dt, options...) but <paramref name="except"/>.</summary>
    private bool CloseImplied(string? except)
    {
        while ((Current.Flags & NodeFlags.ImpliedEnd) != 0 && _open[_open.Count - 1].Name != except)
        {
            if (!Pop())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Closes up to and with the nearest element of the name (or <see cref="AnyHeading"/>), not past the root.</summary>
    private bool PopUntil(string name)
    {
        while (!Is(_open[_open.Count - 1].Name, name) && _open.Count > 1)
        {
            if (!Pop())
            {
                return false;
            }
        }

        return Pop();
    }

    /// <summary>Closes the current element; false where it is in the formatting list (the list would need reconstructing).</summary>
    private bool Pop()
    {
        var element = Current;
        if (InFormatting(element))
        {
            return false;
        }

        element.SetupElement();
        _open.RemoveAt(_open.Count - 1);
        return true;
    }

    /// <summary>Takes an element off the stack wherever it is (the head after a head element after it; a form).</summary>
    private bool Remove(IConstructableElement element)
    {
        if (InFormatting(element))
        {
            return false;
        }

        element.SetupElement();
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_open[i].Element, element))
            {
                _open.RemoveAt(i);
                break;
            }
        }

        return true;
    }

    private void End()
    {
        // The formatting elements still open close with the rest: nothing is reconstructed after the end.
        _formatting.Clear();
        while (_open.Count != 0)
        {
            Pop();
        }

        if (Constructable.IsLoading)
        {
            _ = Constructable.FinishLoadingAsync();
        }

        _ended = true;
    }

    private bool InFormatting(IConstructableElement element)
    {
        foreach (var formatting in _formatting)
        {
            if (ReferenceEquals(formatting, element))
            {
                return true;
            }
        }

        return false;
    }

    // The scopes of the HTML standard, as AngleSharp's builder checks them: an open element of the name (or of one of
    // the names), from the current one down, before one that bounds the scope.
    private bool IsInScope(string name) => InScope(NodeFlags.Scoped, name);

    private bool IsHeadingInScope() => InScope(NodeFlags.Scoped, AnyHeading);

    private bool IsInListItemScope() => InScope(NodeFlags.Scoped | NodeFlags.HtmlListScoped, "li");

    private bool IsInButtonScope() => InScope(NodeFlags.Scoped, "p", bound: "button");

    private bool IsInTableScope(string name, string? other = null, string? third = null) => InScope(NodeFlags.HtmlTableScoped, name, other, third);

    /// <param name="bounds">The flags of the elements that bound the scope.</param>
    /// <param name="name">A name (or <see cref="AnyHeading"/>).</param>
    /// <param name="other">Another name, or null.</param>
    /// <param name="third">A third name, or null.</param>
    /// <param name="bound">The name of one more element that bounds the scope, or null.</param>
    private bool InScope(NodeFlags bounds, string name, string? other = null, string? third = null, string? bound = null)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (Is(open.Name, name) || open.Name == other || open.Name == third)
            {
                return true;
            }

            if ((open.Element.Flags & bounds) != 0 || open.Name == bound)
            {
                return false;
            }
        }

        return false;
    }

    // Any of h1 to h6, where a name is asked for (by reference: <h1-h6> is a custom element's name).
    private static readonly string AnyHeading = new("h1-h6".ToCharArray());

    private static bool Is(string openName, string name) => ReferenceEquals(name, AnyHeading) ? IsHeading(openName) : openName == name;

    /// <summary>An open element, its name as the tokenizer reads it, its depth in the tree (the root's is 1), and whether it is SVG's.</summary>
    private readonly record struct Open(IConstructableElement Element, string Name, int Depth, bool IsSvg = false);

    /// <summary>Where an element's start tag is: all the engine reads of a source reference (AngleSharp keeps a copy of the whole token).</summary>
    private sealed class TagReference(TextPosition position) : ISourceReference
    {
        /// <summary>The reference of every element no tag starts (one object: it is never changed).</summary>
        public static readonly TagReference Implied = new(default);

        public TextPosition Position { get; } = position;
    }
}
