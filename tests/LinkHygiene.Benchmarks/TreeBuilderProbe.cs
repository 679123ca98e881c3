namespace LinkHygiene.Benchmarks;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using LinkHygiene.Documents;

/// <summary>
/// `prof builder:&lt;folder&gt;`: what AngleSharp's DOM costs beside its tree builder. AngleSharp's parser builds its tree
/// through public interfaces (<c>IConstructableElement</c> and the rest, <c>ParseDocument&lt;TDocument, TElement&gt;</c>),
/// so the same tree builder can fill the smallest tree it accepts (<see cref="BareTree"/>: names, attributes, text,
/// comments and each element's source position). Timed over a folder's templates, in turn: AngleSharp's tokenizer alone,
/// its parse as the engine asks for it, its tree builder into the bare tree, and the tokenizer's tokens into the bare
/// tree by a plain stack (the floor of a tree construction of our own); then how many of the bare trees are
/// AngleSharp's DOM node for node. A measurement for choosing how to replace the DOM, not part of the engine.
/// </summary>
/// <remarks>
/// The bare tree cannot always be AngleSharp's DOM: AngleSharp 1.10.3's tree builder, generic as it is, finds a table, a
/// template and the root by its own element classes. In another tree an element misplaced in a table
/// (<c>is HtmlTableElement</c>) becomes a second root after <c>&lt;html&gt;</c> instead of going before the table, a
/// declarative shadow root (<c>is HtmlTemplateElement</c>) is not attached, and clearing the stack back to a table's
/// context (<c>is HtmlHtmlElement</c>) pops the root and throws on <c>&lt;template&gt;&lt;td&gt;</c> (code review 134).
/// </remarks>
public static class TreeBuilderProbe
{
    public static void Run(string root)
    {
        // What the engine gives AngleSharp: the text with Razor's code and client-side template syntax masked
        // (a page's C#, Task<bool>, is no markup) and U+FFFF, AngleSharp's end-of-input mark, replaced.
        var texts = new List<string>();
        var names = new Dictionary<string, string>(ReferenceEqualityComparer.Instance);
        foreach (var (name, path, text) in Corpus.Templates(root))
        {
            var masked = TemplateDocument.Parse(path, text, TemplateKinds.FromPath(path)!.Value).Masked;
            texts.Add(masked);
            names[masked] = name;
        }

        var options = new HtmlParserOptions { IsKeepingSourceReferences = true, DisableElementPositionTracking = true, IsScripting = false };
        var angleSharp = new HtmlParser(options);
        var factory = new BareTree.Factory();
        var bare = new HtmlParser(options, BrowsingContext.New(Configuration.Default.With(factory)));
        // (the templates on which the builder throws filling the bare tree are left out of every reading, and counted)
        var thrown = texts.RemoveAll(text => !Fills(bare, text));
        var readings = new (string Name, Func<string, object> Read)[]
        {
            ("AngleSharp's tokenizer alone", Tokenize),
            ("AngleSharp's parse (its DOM)", text => angleSharp.ParseDocument(text)),
            ("its tree builder, bare tree", text => ParseBare(bare, text)),
            ("its tokens stacked, bare tree", text => StackTokens(factory, text)),
        };

        var times = new List<double>[readings.Length];
        var bytes = new long[readings.Length];
        for (var r = 0; r < readings.Length; r++)
        {
            times[r] = new List<double>();
        }

        for (var round = 0; round < 7; round++)
        {
            for (var r = 0; r < readings.Length; r++)
            {
                GC.Collect();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                foreach (var text in texts)
                {
                    readings[r].Read(text);
                }

                times[r].Add(sw.Elapsed.TotalMilliseconds);
                bytes[r] = GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        var chars = 0L;
        texts.ForEach(t => chars += t.Length);
        Console.WriteLine($"{root}: {texts.Count} templates, {chars / 1e6:F1} M characters; medians of 7 rounds taken in turn (min-max)");
        for (var r = 0; r < readings.Length; r++)
        {
            times[r].Sort();
            Console.WriteLine($"{readings[r].Name,-30} {times[r][3],7:F0} ms ({times[r][0]:F0}-{times[r][^1]:F0}) {bytes[r] / 1048576.0,6:F0} MB");
        }

        var same = 0;
        var different = new List<string>();
        foreach (var text in texts)
        {
            if (BareTree.Describe(Copy(angleSharp.ParseDocument(text))) == BareTree.Describe(ParseBare(bare, text)))
            {
                same++;
            }
            else
            {
                different.Add(names[text]);
            }
        }

        Console.WriteLine($"templates on which the tree builder throws filling the bare tree (left out above): {thrown}");
        Console.WriteLine($"bare trees that are AngleSharp's DOM node for node: {same} of {texts.Count}" + (different.Count == 0 ? string.Empty : ": not " + string.Join(", ", different.GetRange(0, Math.Min(20, different.Count)))));
    }

    private static bool Fills(HtmlParser parser, string text)
    {
        try
        {
            ParseBare(parser, text);
            return true;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static BareTree.Document ParseBare(HtmlParser parser, string text)
    {
        var document = parser.ParseDocument<BareTree.Document, BareTree.Element>(new TextSource(new ReadOnlyMemoryTextSource(text.AsMemory())));
        // (the builder's tokenizer rents a buffer as long as the text, which AngleSharp's own parse returns when it is done)
        document.Builder?.Dispose();
        return document;
    }

    /// <summary>
    /// The floor of a tree construction of our own: the tokenizer's tokens into the bare tree by a plain stack (an end
    /// tag closes up to its element, void elements take no content, the raw-text elements switch the tokenizer), without
    /// any of the tree builder's other rules (implied elements and end tags, tables, formatting elements).
    /// </summary>
    private static object StackTokens(BareTree.Factory factory, string text)
    {
        using var tokenizer = NewTokenizer(text);
        var root = factory.Create(null!, "html");
        var open = new List<BareTree.Element> { root };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return root;
                case HtmlTokenType.StartTag:
                    var element = factory.Create(null!, token.Name);
                    element.SetAttributes(token.Attributes);
                    open[^1].AddNode(element);
                    if (!token.IsSelfClosing && !TemplateDocument.VoidElements.Contains(element.Name))
                    {
                        open.Add(element);
                        tokenizer.State = TemplateDocument.StateAfter(element.Name) ?? tokenizer.State;
                    }

                    break;
                case HtmlTokenType.EndTag:
                    for (var i = open.Count - 1; i > 0; i--)
                    {
                        if (token.Name == open[i].Name)
                        {
                            open.RemoveRange(i, open.Count - i);
                            break;
                        }
                    }

                    break;
                case HtmlTokenType.Character:
                    open[^1].AppendText(token.Data);
                    break;
                case HtmlTokenType.Comment:
                    open[^1].AddComment(ref token);
                    break;
            }
        }
    }

    // (as the engine's tokens-only reading and the parser make theirs)
    private static HtmlTokenizer NewTokenizer(string text) =>
        new(new TextSource(new ReadOnlyMemoryTextSource(text.AsMemory())), AngleSharp.Html.HtmlEntityProvider.ResolverExtended)
        {
            DisableElementPositionTracking = true,
        };

    private static object Tokenize(string text)
    {
        using var tokenizer = NewTokenizer(text);
        var count = 0;
        while (tokenizer.GetStructToken().Type != HtmlTokenType.EndOfFile)
        {
            count++;
        }

        return count;
    }

    /// <summary>AngleSharp's DOM copied into a bare tree, for <see cref="BareTree.Describe"/>: a template's content as its children.</summary>
    private static BareTree.Document Copy(IDocument dom)
    {
        var copy = new BareTree.Document(new TextSource(string.Empty));
        foreach (var node in dom.ChildNodes)
        {
            Add(copy, node);
        }

        return copy;

        static void Add(BareTree.Node parent, INode node)
        {
            switch (node)
            {
                case IElement element:
                    var added = new BareTree.Element(element.LocalName, element.NamespaceUri!, NodeFlags.None) { SourceReference = element.SourceReference };
                    foreach (var attribute in element.Attributes)
                    {
                        added.SetOwnAttribute(attribute.Name, attribute.Value);
                    }

                    parent.AddNode(added);
                    foreach (var child in element is IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes)
                    {
                        Add(added, child);
                    }

                    break;
                case IText text:
                    parent.AddNode(new BareTree.Text(text.Data));
                    break;
                case IComment comment:
                    parent.AddNode(new BareTree.Comment(comment.Data));
                    break;
            }
        }
    }
}

/// <summary>The smallest tree AngleSharp's tree builder fills (see <see cref="TreeBuilderProbe"/>).</summary>
internal static class BareTree
{
    private const string Html = "http://www.w3.org/1999/xhtml";
    private const string Svg = "http://www.w3.org/2000/svg";
    private const string MathMl = "http://www.w3.org/1998/Math/MathML";

    /// <summary>A tree as text: each element's namespace (but HTML's), name, source position and attributes, its text and comments.</summary>
    public static string Describe(Document document)
    {
        var builder = new StringBuilder();
        foreach (var node in document.Children)
        {
            Write(node);
        }

        return builder.ToString();

        void Write(Node node)
        {
            switch (node)
            {
                case Element element:
                    var ns = element.Namespace;
                    builder.Append('<').Append(ns == Html ? string.Empty : ns.Substring(ns.LastIndexOf('/') + 1) + ":").Append(element.Name).Append('@').Append(element.Position);
                    foreach (var attribute in element.OwnAttributes)
                    {
                        builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                    }

                    builder.Append('>');

                    foreach (var child in element.Children)
                    {
                        Write(child);
                    }

                    builder.Append("</>");
                    break;
                case Text text:
                    builder.Append('[').Append(text.Data).Append(']');
                    break;
                case Comment comment:
                    builder.Append("<!--").Append(comment.Data).Append("-->");
                    break;
            }
        }
    }

    internal abstract class Node : IConstructableNode, IConstructableNodeList
    {
        private List<Node>? _children;

        public IReadOnlyList<Node> Children => (IReadOnlyList<Node>?)_children ?? Array.Empty<Node>();

        public abstract StringOrMemory NodeName { get; }

        public virtual NodeFlags Flags => NodeFlags.None;

        public IConstructableNode? Parent { get; set; }

        public IConstructableNodeList ChildNodes => this;

        int IConstructableNodeList.Length => _children?.Count ?? 0;

        IConstructableNode IConstructableNodeList.this[int index] => _children![index];

        void IConstructableNodeList.Clear() => _children?.Clear();

        IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator() => Children.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Children.GetEnumerator();

        public void RemoveFromParent() => Parent?.RemoveChild(this);

        public void RemoveChild(IConstructableNode childNode)
        {
            var index = _children?.IndexOf((Node)childNode) ?? -1;
            if (index >= 0)
            {
                RemoveNode(index, childNode);
            }
        }

        public void RemoveNode(int idx, IConstructableNode childNode)
        {
            _children!.RemoveAt(idx);
            childNode.Parent = null;
        }

        public void InsertNode(int idx, IConstructableNode childNode)
        {
            childNode.RemoveFromParent();
            (_children ??= new List<Node>()).Insert(idx, (Node)childNode);
            childNode.Parent = this;
        }

        public void AddNode(IConstructableNode node)
        {
            node.RemoveFromParent();
            (_children ??= new List<Node>()).Add((Node)node);
            node.Parent = this;
        }

        public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false) => InsertText(_children?.Count ?? 0, text);

        public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false)
        {
            if (idx > 0 && _children![idx - 1] is Text before)
            {
                before.Append(text);
            }
            else
            {
                InsertNode(idx, new Text(text.ToString()));
            }
        }
    }

    internal sealed class Text : Node
    {
        private string? _data;
        private StringBuilder? _more;

        public Text(string data) => _data = data;

        public string Data => _data ??= _more!.ToString();

        public override StringOrMemory NodeName => "#text";

        public void Append(StringOrMemory text)
        {
            (_more ??= new StringBuilder(_data)).Append(((ReadOnlyMemory<char>)text).Span);
            _data = null;
        }
    }

    internal sealed class Comment(string data) : Node
    {
        public string Data { get; } = data;

        public override StringOrMemory NodeName => "#comment";
    }

    internal sealed class DocumentType : Node
    {
        public override StringOrMemory NodeName => "#doctype";
    }

    internal sealed class NamedAttribute(string name, string value) : IConstructableAttr
    {
        public string Name { get; } = name;

        public string Value { get; set; } = value;

        StringOrMemory IConstructableAttr.Name => Name;

        StringOrMemory IConstructableAttr.Value
        {
            get => Value;
            set => Value = value.ToString();
        }
    }

    internal class Element(string name, string ns, NodeFlags flags) : Node, IConstructableElement, IConstructableNamedNodeMap
    {
        private List<NamedAttribute>? _attributes;

        public string Name { get; } = name;

        public string Namespace { get; } = ns;

        public int Position { get; private set; } = -1;

        public IReadOnlyList<NamedAttribute> OwnAttributes => (IReadOnlyList<NamedAttribute>?)_attributes ?? Array.Empty<NamedAttribute>();

        public override StringOrMemory NodeName => Name;

        public override NodeFlags Flags => flags;

        public StringOrMemory NamespaceUri => Namespace;

        public StringOrMemory LocalName => Name;

        public StringOrMemory Prefix => default;

        public IConstructableNamedNodeMap Attributes => this;

        public ISourceReference? SourceReference
        {
            get => null;
            set => Position = value?.Position.Index ?? -1;
        }

        int IConstructableNamedNodeMap.Length => _attributes?.Count ?? 0;

        IConstructableAttr? IConstructableNamedNodeMap.this[StringOrMemory name] => Find(name);

        bool IConstructableNamedNodeMap.SameAs(IConstructableNamedNodeMap? other)
        {
            var that = (Element)other!;
            if (OwnAttributes.Count != that.OwnAttributes.Count)
            {
                return false;
            }

            foreach (var attribute in OwnAttributes)
            {
                if (that.Find(attribute.Name)?.Value != attribute.Value)
                {
                    return false;
                }
            }

            return true;
        }

        public void SetAttribute(string? ns, StringOrMemory name, StringOrMemory value) => SetOwnAttribute(name, value);

        public void SetOwnAttribute(StringOrMemory name, StringOrMemory value)
        {
            if (Find(name) is { } attribute)
            {
                attribute.Value = value.ToString();
            }
            else
            {
                (_attributes ??= new List<NamedAttribute>()).Add(new NamedAttribute(name.ToString(), value.ToString()));
            }
        }

        public StringOrMemory GetAttribute(StringOrMemory ns, StringOrMemory name) => Find(name)?.Value ?? default(StringOrMemory);

        public void SetAttributes(StructAttributes attributes)
        {
            _attributes ??= new List<NamedAttribute>(attributes.Count);
            for (var i = 0; i < attributes.Count; i++)
            {
                _attributes.Add(new NamedAttribute(attributes[i].Name.ToString(), attributes[i].Value.ToString()));
            }
        }

        public bool HasAttribute(StringOrMemory name) => Find(name) is not null;

        public void SetupElement()
        {
        }

        public void AddComment(ref StructHtmlToken token) => AddNode(new Comment(token.Data.ToString()));

        // (a copy made by the adoption agency: AngleSharp's has no source reference)
        public IConstructableNode ShallowCopy()
        {
            var copy = new Element(Name, Namespace, flags);
            foreach (var attribute in OwnAttributes)
            {
                copy.SetOwnAttribute(attribute.Name, attribute.Value);
            }

            return copy;
        }

        private NamedAttribute? Find(StringOrMemory name)
        {
            foreach (var attribute in OwnAttributes)
            {
                if (name == attribute.Name)
                {
                    return attribute;
                }
            }

            return null;
        }
    }

    // (the tree builder tells these elements apart by their interfaces: one element with all of them is read as SVG,
    // MathML, a script and a form at once)
    internal sealed class SvgElement(string name, NodeFlags flags) : Element(name, Svg, flags), IConstructableSvgElement;

    internal sealed class TemplateElement(NodeFlags flags) : Element("template", Html, flags), IConstructableTemplateElement
    {
        public void PopulateFragment()
        {
        }
    }

    internal sealed class ScriptElement(NodeFlags flags) : Element("script", Html, flags), IConstructableScriptElement
    {
        public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;

        public bool Prepare(IConstructableDocument document) => false;
    }

    internal sealed class MetaElement(NodeFlags flags) : Element("meta", Html, flags), IConstructableMetaElement
    {
        public void Handle()
        {
        }
    }

    internal sealed class FrameElement(NodeFlags flags) : Element("frame", Html, flags), IConstructableFrameElement;

    internal sealed class FormElement(NodeFlags flags) : Element("form", Html, flags), IConstructableFormElement;

    internal sealed class MathElement(string name, NodeFlags flags) : Element(name, MathMl, flags), IConstructableMathElement;

    internal sealed class Document(TextSource source) : Node, IConstructableDocument
    {
        public override StringOrMemory NodeName => "#document";

        public TextSource Source { get; } = source;

        public IDisposable? Builder { get; set; }

        public QuirksMode QuirksMode { get; set; }

        public IConstructableElement DocumentElement
        {
            get
            {
                foreach (var child in Children)
                {
                    if (child is Element root)
                    {
                        return root;
                    }
                }

                return null!; // (asked for only once the builder has made the root)
            }
        }

        public IConstructableElement? Head
        {
            get
            {
                foreach (var child in (DocumentElement as Element)?.Children ?? Array.Empty<Node>())
                {
                    if (child is Element { Name: "head" } head)
                    {
                        return head;
                    }
                }

                return null;
            }
        }

        public bool IsLoading => false;

        public void PerformMicrotaskCheckpoint()
        {
        }

        public void ProvideStableState()
        {
        }

        public void AddComment(ref StructHtmlToken token) => AddNode(new Comment(token.Data.ToString()));

        public void TrackError(Exception error)
        {
        }

        public Task WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;

        public Task FinishLoadingAsync() => Task.CompletedTask;

        public void ApplyManifest()
        {
        }

        public void Clear() => ((IConstructableNodeList)this).Clear();
    }

    /// <summary>
    /// Makes the bare tree's nodes, each element with the flags AngleSharp's own element of that name has (the tree
    /// builder reads them: which elements are special, close a paragraph, scope a table ...), asked of AngleSharp once
    /// per name.
    /// </summary>
    internal sealed class Factory : IDomConstructionElementFactory<Document, Element>
    {
        private readonly IDocument _names = new HtmlParser().ParseDocument(string.Empty);
        private readonly Dictionary<string, (string Name, NodeFlags Flags)>[] _known = { new(), new(), new() };

        public Element Create(Document document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None)
        {
            var (name, own) = Known(0, Html, localName);
            return new Element(name, Html, own | flags);
        }

        public Element CreateUnknown(Document document, StringOrMemory tagName) => Create(document, tagName);

        public Element CreateNoScript(Document document, bool scripting) => Create(document, "noscript");

        public IConstructableMetaElement CreateMeta(Document document) => new MetaElement(Known(0, Html, "meta").Flags);

        public IConstructableScriptElement CreateScript(Document document, bool parserInserted, bool started) => new ScriptElement(Known(0, Html, "script").Flags);

        public IConstructableFrameElement CreateFrame(Document document) => new FrameElement(Known(0, Html, "frame").Flags);

        public IConstructableTemplateElement CreateTemplate(Document document) => new TemplateElement(Known(0, Html, "template").Flags);

        public IConstructableFormElement CreateForm(Document document) => new FormElement(Known(0, Html, "form").Flags);

        public IConstructableSvgElement CreateSvg(Document document, StringOrMemory name = default)
        {
            var (known, flags) = Known(1, Svg, name);
            return new SvgElement(known, flags);
        }

        public IConstructableMathElement CreateMath(Document document, StringOrMemory name = default)
        {
            var (known, flags) = Known(2, MathMl, name);
            return new MathElement(known, flags);
        }

        public IConstructableNode CreateDocumentType(Document document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) => new DocumentType();

        public Document CreateDocument(TextSource source, IBrowsingContext? context = null) => new(source);

        private (string Name, NodeFlags Flags) Known(int space, string ns, StringOrMemory name)
        {
            var lookup = _known[space].GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(name, out var known))
            {
                var text = name.ToString();
                NodeFlags flags;
                try
                {
                    flags = ((IConstructableNode)_names.CreateElement(ns, text)).Flags;
                }
                catch (DomException)
                {
                    flags = NodeFlags.None; // a name CreateElement refuses (Razor's <@x>): AngleSharp's parser makes it unknown
                }

                known = (text, flags);
                _known[space][text] = known;
            }

            return known;
        }
    }
}
