using System;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Documents;

/// <summary>
/// The interpolations of client-side template languages, masked as run-time values inside template scripts:
/// <c>{{ }}</c> (Vue, Angular, Handlebars, Mustache, jsrender), <c>{% %}</c>, <c>&lt;% %&gt;</c> (Underscore, EJS, jQuery
/// templates), <c>#= #</c> and <c>#: #</c> (Kendo), <c>${ }</c> (ES templates, jQuery tmpl).
/// </summary>
internal static partial class ClientTemplateSyntax
{
    private static readonly (string Open, string Close)[] Delimiters =
    {
        ("{{", "}}"), ("{%", "%}"), ("<%", "%>"), ("#=", "#"), ("#:", "#"), ("${", "}"),
    };

    /// <summary>Masks every interpolation between <paramref name="start"/> and <paramref name="end"/> (line breaks kept).</summary>
    public static void Mask(char[] chars, int start, int end)
    {
        // Where each delimiter's close was last looked for in vain: it is not found after that either, and looking
        // again for every "{{" of a script that never closes one read the rest of it for each.
        var noCloseFrom = new int[Delimiters.Length];
        for (var d = 0; d < noCloseFrom.Length; d++)
        {
            noCloseFrom[d] = int.MaxValue;
        }

        var i = start;
        while (i < end - 1)
        {
            var matched = false;
            for (var d = 0; d < Delimiters.Length; d++)
            {
                var (open, close) = Delimiters[d];
                if (chars[i] != open[0] || chars[i + 1] != open[1] || i + open.Length >= noCloseFrom[d])
                {
                    continue;
                }

                var closeAt = IndexOf(chars, close, i + open.Length, end);
                if (closeAt < 0)
                {
                    noCloseFrom[d] = i + open.Length;
                    continue;
                }

                var stop = closeAt + close.Length;
                if (close == "}}" && stop < end && chars[stop] == '}')
                {
                    stop++; // {{{ raw }}}
                }

                Fill(chars, i, stop, MaskChars.Dynamic);

                i = stop;
                matched = true;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    /// <summary>Writes <paramref name="mask"/> over start..end, keeping line breaks (so that lines and columns stay where they were).</summary>
    internal static void Fill(char[] chars, int start, int end, char mask)
    {
        for (var k = start; k < end; k++)
        {
            if (!LineMap.IsLineBreak(chars[k]))
            {
                chars[k] = mask;
            }
        }
    }

    /// <summary>
    /// An HTML file's static-site template code, masked before it is parsed as HTML, as Razor code is: <c>{{ }}</c> (Go
    /// templates, Hugo, Handlebars, Angular, Vue; <c>{{{ }}}</c> too) and <c>{% %}</c> (Liquid, Jinja, Nunjucks, Twig) as
    /// run-time values, their comments (<c>{{/* */}}</c>, <c>{# #}</c>) as text that renders nothing. Quotes and
    /// <c>&gt;</c> inside template code are the template's, not the markup's: <c>href="{{ .Get "url" }}"</c> and
    /// <c>href="{{&lt; relref "/docs" &gt;}}"</c> are one attribute value each, and the attributes after them stay
    /// attributes. Line breaks are kept; the text itself when it has none (then the file is no template). The same scan
    /// adds to <paramref name="rawOutputs"/> the tags that write their value as HTML, not as escaped text: Handlebars'
    /// and Mustache's <c>{{{ }}}</c>, and a value through a filter that marks it safe or renders Markdown (<c>| safe</c>,
    /// Hugo's <c>safeHTML</c>, <c>markdownify</c>, Twig's <c>raw</c>).
    /// </summary>
    public static string MaskTemplateTags(string text, System.Collections.Generic.List<SourceSpan> rawOutputs) =>
        MaskTemplateTags(text, rawOutputs, flow: null);

    /// <summary>
    /// <see cref="MaskTemplateTags(string, System.Collections.Generic.List{SourceSpan})"/>, and the branches of every
    /// if/elif/else, case/when and for/else (or empty) chain, in order, into <paramref name="flow"/>: markup in two
    /// branches of one chain never renders together (<see cref="TemplateDocument.AreExclusive"/>), unless the chain is
    /// in a loop's body, which the flow notes too. Angular's control flow blocks are masked and read into chains too
    /// (<see cref="MaskAngularBlocks"/>).
    /// </summary>
    public static string MaskTemplateTags(string text, System.Collections.Generic.List<SourceSpan> rawOutputs, ControlFlow? flow)
    {
        var chains = flow is null ? null : new BranchChains(flow);
        char[]? chars = null;
        var frontMatter = FrontMatterEnd(text);
        if (frontMatter > 0)
        {
            // YAML or TOML the generator reads and takes out: data, not markup ("title: <!-- draft" opens no comment).
            chars = text.ToCharArray();
            Fill(chars, 0, frontMatter, MaskChars.Elided);
        }

        // Django's {% autoescape off %} and Jinja's {% autoescape false %} write every value up to their
        // {% endautoescape %} as HTML; the innermost block decides.
        System.Collections.Generic.List<bool>? autoescapeOff = null;
        // The translation block open: its closing statement, and where its body starts
        (string Close, int Start) translation = default;
        foreach (var tag in TemplateTags(text, frontMatter))
        {
            chars ??= text.ToCharArray();
            var isStatement = !tag.IsComment && text[tag.Start + 1] == '%';
            var statement = isStatement ? WordAt(text, ContentStart(text, tag.Start + 2, tag.End - 2), tag.End - 2) : default;
            var mask = tag.IsComment ? MaskChars.Elided : MaskChars.Dynamic;
            var writesNothing = tag.IsComment || (isStatement ? ControlWords.Contains(statement.Word) : IsControlAction(text, tag.Start, tag.End));
            if (writesNothing && BetweenAttributes(chars, tag.Start))
            {
                // In a start tag, where an attribute may begin, a tag that writes nothing (a comment, an if, an else, an
                // end) is no attribute: <a {% if active %}class="active"{% endif %} href="/p">Read more</a> has a class
                // and an href, as every rendering of it has, and nothing supplied at run time.
                mask = ' ';
            }

            Fill(chars, tag.Start, tag.End, mask);
            if (writesNothing && mask == MaskChars.Dynamic && !tag.IsComment)
            {
                flow?.Silent.Add(SourceSpan.FromBounds(tag.Start, tag.End));
            }

            if (isStatement)
            {
                SeparateControlTag(text, chars, tag.Start, tag.End);
            }

            if (!tag.IsComment)
            {
                MaskTrimmedWhiteSpace(text, chars, tag.Start, tag.End);
                if (chains is not null && writesNothing)
                {
                    chains.Read(text, tag.Start, tag.End, isStatement ? statement.Word : null);
                }
            }

            if (!tag.IsComment && text[tag.Start + 1] == '{'
                && ((autoescapeOff is { Count: > 0 } && autoescapeOff[autoescapeOff.Count - 1]) || IsTriple(text, tag) || HasRawFilter(text, tag.Start + 2, tag.End - 2)))
            {
                rawOutputs.Add(SourceSpan.FromBounds(tag.Start, tag.End));
            }
            else if (isStatement)
            {
                if (statement.Word == "autoescape")
                {
                    (autoescapeOff ??= new()).Add(WordAt(text, ContentStart(text, statement.End, tag.End - 2), tag.End - 2).Word is "off" or "false");
                }
                else if (statement.Word == "endautoescape" && autoescapeOff is { Count: > 0 })
                {
                    autoescapeOff.RemoveAt(autoescapeOff.Count - 1);
                }
                else if (statement.Word is "blocktranslate" or "blocktrans" or "trans")
                {
                    // (Django's {% trans "text" %} is a tag of its own, never closed: the next block replaces it)
                    translation = ("end" + statement.Word, tag.End);
                }
                else if (flow is not null && statement.Word == translation.Close)
                {
                    flow.Translated.Add(SourceSpan.FromBounds(translation.Start, tag.Start));
                    translation = default;
                }
            }
        }

        MaskAngularBlocks(text, ref chars, flow is null ? null : new BranchChains(flow));
        ReadEmailBranches(text, flow is null ? null : new BranchChains(flow));
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// The if/elif/else (case/when, for/else) chains of template tags, as the tags come: Liquid, Jinja, Django, Twig and
    /// Nunjucks statements (<c>{% if %}</c> ... <c>{% endif %}</c>, closed by name), Go actions (<c>{{ if }}</c>,
    /// <c>{{ with }}</c>, <c>{{ range }}</c> ... <c>{{ end }}</c>) and Handlebars blocks (<c>{{#if}}</c> ... <c>{{/if}}</c>),
    /// each <c>{{ else }}</c> splitting the innermost. A chain with two branches or more is a group of exclusive branches.
    /// Only tags that write nothing come here (<see cref="IsControlAction"/>): a Go <c>{{ define }}</c> or
    /// <c>{{ block }}</c> does not, so its <c>{{ end }}</c> closes the innermost open chain early, which leaves fewer
    /// branches exclusive, except when what it closes is a loop's body: the chains after it in that body are then read
    /// as outside the loop, so exclusive (a <c>{{ block }}</c> inside a <c>{{ range }}</c> is rare).
    /// <para>
    /// A loop's body (<c>{% for %}</c>, Go's <c>{{ range }}</c>, <c>{{#each}}</c>, Angular's <c>@for</c>) renders once
    /// for each item, each time maybe taking another branch of a chain in it, so those chains exclude nothing; the
    /// outermost bodies are noted in the flow, for the branches elements make (<c>*ngIf</c> in an <c>@for</c>). The
    /// loop's own <c>else</c> or <c>empty</c> renders instead of its body, once.
    /// </para>
    /// </summary>
    private sealed class BranchChains
    {
        private readonly ControlFlow _flow;
        private readonly System.Collections.Generic.List<(string Close, int BranchStart, System.Collections.Generic.List<SourceSpan> Branches, bool InBody, Section Section)> _open = new();

        // A Mustache section just closed that was alone in its chain (the tag's end): an inverted section of the same
        // name right after it continues the chain, since at most one of the two renders ({{#user}}...{{/user}}
        // {{^user}}...{{/user}}), and the other way round. Any other tag between them ends it.
        private (string Close, Section Section, System.Collections.Generic.List<SourceSpan> Branches, int End)? _closedSection;

        internal enum Section
        {
            None,
            Section,
            Inverted,
        }

        // How many of the open chains are loops still in their body
        private int _bodies;

        public BranchChains(ControlFlow flow) => _flow = flow;

        public void Read(string text, int start, int end, string? statement)
        {
            var closedSection = _closedSection;
            _closedSection = null;
            if (statement is not null)
            {
                switch (statement)
                {
                    case "if" or "unless" or "for" or "ifequal" or "ifnotequal" or "ifchanged":
                        Open("end" + statement, end, loop: statement == "for");
                        break;
                    case "case":
                        Open("endcase", -1); // its branches start at its first "when"
                        break;
                    case var word when BranchWords.Contains(word):
                        Split(start, end);
                        break;
                    default:
                        if (statement.StartsWith("end", StringComparison.Ordinal))
                        {
                            Close(statement, start);
                        }

                        break;
                }

                return;
            }

            var content = ContentStart(text, start + 2, end - 2);
            if (content >= end - 2)
            {
                return;
            }

            if (text[content] is '#' or '/' or '^')
            {
                var block = SectionName(text, content + 1, end - 2);
                if (text[content] == '/')
                {
                    Close("/" + block, start, end);
                }
                else if (block.Length == 0)
                {
                    Split(start, end); // Handlebars' {{^}}: an else
                }
                else
                {
                    // (a Mustache section renders once for each item of a list: any but Handlebars' if, unless and with
                    // may be a loop)
                    var section = text[content] == '^' ? Section.Inverted : Section.Section;
                    var continued = closedSection is { } closed && closed.Close == "/" + block && closed.Section != section && HtmlChars.IsSpace(text, closed.End, start)
                        ? closed.Branches
                        : null;
                    Open("/" + block, end, loop: section == Section.Section && block is not ("if" or "unless" or "with"), section, continued);
                }

                return;
            }

            switch (WordAt(text, content, end - 2).Word)
            {
                case "if" or "with":
                    Open("end", end);
                    break;
                case "range":
                    Open("end", end, loop: true);
                    break;
                case "else":
                    Split(start, end);
                    break;
                case "end":
                    Close("end", start);
                    break;
            }
        }

        // Bounds on a pathological file (a million unclosed {% if %}): chains nested deeper are not followed, and a closer
        // looks at the innermost few open chains only, so reading stays linear.
        private const int MaxOpen = 1024;
        private const int CloseSearch = 64;

        internal void Open(string close, int branchStart, bool loop = false, Section section = Section.None, System.Collections.Generic.List<SourceSpan>? branches = null)
        {
            if (_open.Count < MaxOpen)
            {
                _open.Add((close, branchStart, branches ?? new System.Collections.Generic.List<SourceSpan>(), loop, section));
                _bodies += loop ? 1 : 0;
            }
        }

        internal void Split(int start, int end)
        {
            if (_open.Count == 0)
            {
                return;
            }

            var (close, branchStart, branches, inBody, section) = _open[_open.Count - 1];
            if (branchStart >= 0)
            {
                branches.Add(SourceSpan.FromBounds(branchStart, start));
            }

            if (inBody)
            {
                EndBody(branchStart, start); // a loop's else or empty: what renders when it has no item
            }

            _open[_open.Count - 1] = (close, end, branches, false, section);
        }

        /// <summary>A loop's body, from <paramref name="start"/>, ends at <paramref name="end"/>; the outermost is noted.</summary>
        private void EndBody(int start, int end)
        {
            _bodies--;
            if (_bodies == 0 && start >= 0 && end > start)
            {
                _flow.Repeated.Add(SourceSpan.FromBounds(start, end));
            }
        }

        internal void Close(string close, int start, int end = -1)
        {
            // The innermost chain this closes; chains opened inside it and never closed end with it.
            for (var i = _open.Count - 1; i >= 0 && i >= _open.Count - CloseSearch; i--)
            {
                if (_open[i].Close != close)
                {
                    continue;
                }

                var (_, branchStart, branches, _, section) = _open[i];
                if (branchStart >= 0)
                {
                    branches.Add(SourceSpan.FromBounds(branchStart, start));
                }

                for (var j = _open.Count - 1; j >= i; j--)
                {
                    if (_open[j].InBody)
                    {
                        EndBody(_open[j].BranchStart, start);
                    }
                }

                // (in a loop's body every branch may render, one for each item)
                if (branches.Count >= 2 && _bodies == 0)
                {
                    _flow.Exclusive.Add(branches);
                }
                else if (section != Section.None && branches.Count == 1 && _bodies == 0 && end >= 0)
                {
                    _closedSection = (close, section, branches, end);
                }

                _open.RemoveRange(i, _open.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// A control tag (<c>{% if %}</c>, <c>{% endif %}</c>) writes nothing itself. Right after an element's name it ends the
    /// name (<c>&lt;a{% if p %} href="x"{% endif %}&gt;</c> is an <c>a</c> element), and in a class list, between a class
    /// name and white space (or the quote), it ends the name in every rendering
    /// (<c>class="comment{% if t %} in-thread{% endif %}"</c> and <c>class="{% if t %}a {% endif %}comment"</c> hold the
    /// class "comment"): there its masked run starts (or ends) with a space, as the template's output would. Where both
    /// sides are words (<c>comment{% if t %}-active{% endif %}</c>) the tag may join them and stays one run; in any
    /// other value (a URL) white space would be a change of its own.
    /// </summary>
    private static void SeparateControlTag(string text, char[] chars, int start, int end)
    {
        if (end - start < 5 || start == 0)
        {
            return;
        }

        var left = text[start - 1];
        var right = end == text.Length ? ' ' : text[end];
        if (!EndsWord(left) && EndsWord(right) && AfterElementName(chars, start))
        {
            chars[start] = ' ';
        }
        else if (EndsWord(left) != EndsWord(right) && InClassValue(chars, start))
        {
            chars[EndsWord(left) ? end - 1 : start] = ' ';
        }

        static bool EndsWord(char c) => char.IsWhiteSpace(c) || c is '"' or '\'';
    }

    // The statements of Django, Jinja, Liquid, Twig and Nunjucks that choose or repeat markup and write nothing of their own.
    private static readonly System.Collections.Generic.HashSet<string> ControlWords = new(StringComparer.Ordinal)
    {
        "if", "elif", "elsif", "elseif", "else", "endif", "unless", "endunless", "for", "endfor", "empty", "with", "endwith", "case",
        "when", "endcase", "ifchanged", "endifchanged", "ifequal", "ifnotequal", "endifequal", "endifnotequal", "set",
        "load", "spaceless", "endspaceless", "autoescape", "endautoescape",
    };

    // The statements that start another branch of the chain they are in: Jinja's and Django's elif, Liquid's elsif,
    // Twig's elseif, else, Liquid's when (of a case) and Django's empty (of a for); Go's and Handlebars' else too. The
    // chains (BranchChains) and the blocks around a link's text (BlockStep) read them alike.
    private static readonly System.Collections.Generic.HashSet<string> BranchWords = new(StringComparer.Ordinal)
    {
        "elif", "elsif", "elseif", "else", "when", "empty",
    };

    // Go templates' actions that write nothing: if, else, end, with, range (and an assignment, "{{ $x := ... }}").
    private static readonly System.Collections.Generic.HashSet<string> GoControlWords = new(StringComparer.Ordinal)
    {
        "if", "else", "end", "with", "range",
    };

    /// <summary>
    /// Whether the <c>{{ }}</c> tag between <paramref name="start"/> and <paramref name="end"/> only chooses or repeats
    /// markup: Go's <c>{{ if }}</c>, <c>{{ end }}</c> and assignments, Handlebars' <c>{{#if}}</c>, <c>{{else}}</c> and
    /// <c>{{/if}}</c>; not one that writes (<c>{{ x }}</c>). (A <c>{% %}</c> statement's first word says: <see cref="ControlWords"/>.)
    /// </summary>
    private static bool IsControlAction(string text, int start, int end)
    {
        if (end - start < 5)
        {
            return false;
        }

        var content = ContentStart(text, start + 2, end - 2);
        if (content < end - 2 && text[content] is '#' or '/' or '^')
        {
            // Handlebars' blocks and Mustache's sections, {{#name}} ... {{/name}} and the inverted {{^name}}, and
            // Handlebars' {{^}} (an else), which render their body or not (a conditional helper's too, {{#ifEquals a
            // "b"}}, the usual way to write an active class: code review 124); not a partial block ({{#> layout}}) or an
            // inline partial ({{#*inline}}), which write one, nor a block with nothing in it, whose helper or lambda
            // writes what it returns ({{#t "cart"}}{{/t}}, {{#cartIcon}}{{/cartIcon}}: code review 123)
            var name = SectionName(text, content + 1, end - 2);
            if (name.Length == 0)
            {
                return text[content] == '^';
            }

            return IsNamePart(name[0]) && (text[content] != '#' || name is "if" or "unless" or "each" or "with" || !ClosesRightAway(text, end, name));
        }

        if (content < end - 2 && text[content] == '$')
        {
            var after = content + 1;
            while (after < end - 2 && (char.IsLetterOrDigit(text[after]) || text[after] == '_'))
            {
                after++;
            }

            var assign = ContentStart(text, after, end - 2);
            return assign < end - 3 && (text[assign] == '=' || (text[assign] == ':' && text[assign + 1] == '='));
        }

        return GoControlWords.Contains(WordAt(text, content, end - 2).Word);
    }

    /// <summary>
    /// The name of a Mustache section or Handlebars block after its <c>#</c>, <c>^</c> or <c>/</c>, as written (Mustache's
    /// names are case-sensitive, and may hold dots and dashes: <c>user.isAdmin</c>, <c>has-account</c>).
    /// </summary>
    private static string SectionName(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var nameStart = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '~')
        {
            i++;
        }

        return text.Substring(nameStart, i - nameStart);
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '@';

    /// <summary>Whether the section opened by the tag ending at <paramref name="from"/> is closed right after it, with only white space between.</summary>
    private static bool ClosesRightAway(string text, int from, string name)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i + 2 >= text.Length || text[i] != '{' || text[i + 1] != '{')
        {
            return false;
        }

        var close = text.IndexOf("}}", i + 2, Math.Min(text.Length - i - 2, 1024), StringComparison.Ordinal);
        var content = close < 0 ? -1 : ContentStart(text, i + 2, close);
        return content >= 0 && content < close && text[content] == '/' && SectionName(text, content + 1, close) == name;
    }

    /// <summary>A tag that continues a block opened before it: an else, an elif, a when, an empty (<see cref="BlockStep"/>).</summary>
    internal const int Continues = 2;

    /// <summary>
    /// What a tag that writes nothing (<see cref="ControlFlow.Silent"/>) does to the blocks around it: 1 when it opens one
    /// (<c>{% if %}</c>, <c>{% for %}</c>, <c>{{ range }}</c>, <c>{{#each}}</c>), -1 when it closes one (<c>{% endif %}</c>,
    /// <c>{{ end }}</c>, <c>{{/if}}</c>), <see cref="Continues"/> for an else, and 0 for one that stands alone (<c>{% load %}</c>,
    /// <c>{% set x = 1 %}</c>, <c>{{ $x := 1 }}</c>).
    /// </summary>
    internal static int BlockStep(string text, SourceSpan tag)
    {
        var (start, end) = (tag.Start, tag.End);
        if (end - start < 5)
        {
            return 0;
        }

        var content = ContentStart(text, start + 2, end - 2);
        if (content >= end - 2)
        {
            return 0;
        }

        if (text[start + 1] == '{' && text[content] is '#' or '/' or '^')
        {
            return text[content] == '/' ? -1 : text[content] == '#' || SectionName(text, content + 1, end - 2).Length > 0 ? 1 : Continues;
        }

        var word = WordAt(text, content, end - 2).Word;
        return word switch
        {
            "if" or "for" or "with" or "unless" or "case" or "ifchanged" or "ifequal" or "ifnotequal" or "spaceless" or "autoescape" or "range" => 1,
            _ when BranchWords.Contains(word) => Continues,
            _ when word.StartsWith("end", StringComparison.Ordinal) => -1,
            _ => 0,
        };
    }

    /// <summary>Where a template tag stands in a start tag.</summary>
    private enum TagPlace
    {
        /// <summary>Not in a start tag, or where it cannot be told.</summary>
        Elsewhere,

        /// <summary>Where an attribute may begin: right after the element's name, or after white space or a value.</summary>
        BetweenAttributes,

        /// <summary>In a quoted attribute value.</summary>
        InQuotedValue,
    }

    private static bool BetweenAttributes(char[] chars, int at) => PlaceInStartTag(chars, at) == TagPlace.BetweenAttributes;

    /// <summary>
    /// Where <paramref name="at"/> is in a start tag (template tags before it are masked already), read from the tag's
    /// '&lt;', at most 2,048 characters back.
    /// </summary>
    private static TagPlace PlaceInStartTag(char[] chars, int at)
    {
        var open = at - 1;
        while (open >= 0 && at - open <= 2048 && chars[open] is not ('<' or '>'))
        {
            open--;
        }

        if (open < 0 || chars[open] != '<' || open + 1 >= at || !HtmlChars.IsAsciiLetter(chars[open + 1]))
        {
            return TagPlace.Elsewhere;
        }

        var i = open + 1;
        while (i < at && !IsTagSpace(chars[i]) && chars[i] != '/')
        {
            i++; // the element's name
        }

        while (true)
        {
            while (i < at && (IsTagSpace(chars[i]) || chars[i] == '/'))
            {
                i++;
            }

            if (i == at)
            {
                return TagPlace.BetweenAttributes;
            }

            while (i < at && !IsTagSpace(chars[i]) && chars[i] is not ('=' or '/'))
            {
                i++; // an attribute's name
            }

            var afterName = i;
            while (i < at && IsTagSpace(chars[i]))
            {
                i++;
            }

            if (i == at)
            {
                return afterName < at ? TagPlace.BetweenAttributes : TagPlace.Elsewhere; // glued to the name: part of it
            }

            if (chars[i] != '=')
            {
                continue;
            }

            i++;
            while (i < at && IsTagSpace(chars[i]))
            {
                i++;
            }

            if (i == at)
            {
                return TagPlace.Elsewhere; // an unquoted value
            }

            if (chars[i] is '"' or '\'')
            {
                var quote = chars[i];
                i++;
                while (i < at && chars[i] != quote)
                {
                    i++;
                }

                if (i == at)
                {
                    return TagPlace.InQuotedValue;
                }

                i++;
            }
            else
            {
                while (i < at && !IsTagSpace(chars[i]))
                {
                    i++;
                }

                if (i == at)
                {
                    return TagPlace.Elsewhere; // an unquoted value
                }
            }
        }

        static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
    }

    /// <summary>
    /// In an attribute's quoted value, the white space a tag's trim marker takes out (<c>{{-</c>, <c>{%-</c> before it,
    /// <c>-}}</c>, <c>-%}</c> after: Jinja, Liquid, Go, Hugo) is the tag's, not the value's:
    /// <c>href="{{ .RelPermalink }}&#10;   {{- with .Params.anchor }}#{{ . }}{{ end }}"</c> writes no white space. Line
    /// breaks are kept (they are the tag's where run-time code is on both sides). <c>{{-3}}</c> is Go's number -3.
    /// </summary>
    private static void MaskTrimmedWhiteSpace(string text, char[] chars, int start, int end)
    {
        var before = end - start >= 5 && text[start + 2] == '-' && !(text[start + 1] == '{' && text[start + 3] is >= '0' and <= '9');
        var after = end - start >= 5 && text[end - 3] == '-';
        if ((!before && !after) || PlaceInStartTag(chars, start) != TagPlace.InQuotedValue)
        {
            return;
        }

        for (var k = start - 1; before && k >= 0 && char.IsWhiteSpace(chars[k]); k--)
        {
            chars[k] = LineMap.IsLineBreak(chars[k]) ? chars[k] : MaskChars.Dynamic;
        }

        for (var k = end; after && k < chars.Length && char.IsWhiteSpace(chars[k]); k++)
        {
            chars[k] = LineMap.IsLineBreak(chars[k]) ? chars[k] : MaskChars.Dynamic;
        }
    }

    /// <summary>Whether <paramref name="at"/> directly follows an element's name (<c>&lt;a</c>).</summary>
    private static bool AfterElementName(char[] chars, int at)
    {
        var i = at - 1;
        while (i >= 0 && at - i <= 64 && (HtmlChars.IsAsciiLetter(chars[i]) || chars[i] is (>= '0' and <= '9') or '-'))
        {
            i--;
        }

        return i >= 0 && i < at - 1 && chars[i] == '<' && HtmlChars.IsAsciiLetter(chars[i + 1]);
    }

    /// <summary>
    /// Whether <paramref name="at"/> is inside a quoted <c>class</c> attribute's value, read back from it over the value
    /// (template tags before it are masked already, so a quote is the value's own) to its opening quote and name.
    /// </summary>
    private static bool InClassValue(char[] chars, int at)
    {
        var i = at - 1;
        while (i >= 0 && at - i <= 1024 && chars[i] is not ('"' or '\'' or '<' or '>'))
        {
            i--;
        }

        if (i < 0 || chars[i] is '<' or '>')
        {
            return false;
        }

        i--;
        while (i >= 0 && HtmlChars.IsSpace(chars[i]))
        {
            i--;
        }

        if (i < 0 || chars[i] != '=')
        {
            return false;
        }

        i--;
        while (i >= 0 && HtmlChars.IsSpace(chars[i]))
        {
            i--;
        }

        return i >= 5 && (chars[i - 5] is ' ' or '\t' or '\n' or '\r' or '\f' || chars[i - 5] == MaskChars.Dynamic)
            && new ReadOnlySpan<char>(chars, i - 4, 5).Equals("class".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTriple(string text, (int Start, int End, bool IsComment) tag) =>
        tag.Start + 2 < text.Length && text[tag.Start + 2] == '{' && text[tag.End - 1] == '}' && text[tag.End - 3] == '}';

    /// <summary>
    /// The end of the front matter a file starts with (after a byte-order mark): a line "---" (YAML: Jekyll, Hugo,
    /// Eleventy) or "+++" (TOML: Hugo), trailing spaces allowed, up to the end of the same line closing it; or Statiq's
    /// and Wyam's, which has no opening line: YAML from the first line (<c>Title: About</c>) to a line of three dashes or
    /// more, every line of it YAML's (a key and a colon, an indented value, a list's item, a comment or nothing; held-out
    /// review 95: its links had been read as the page's). 0 when the file has none or it is never closed.
    /// </summary>
    internal static int FrontMatterEnd(string text)
    {
        if (FrontMatterOpening(text) is not { } opening)
        {
            return 0;
        }

        var statiq = opening.Next == opening.Start;
        var inBlockScalar = false; // after "key: |" or "key: >", whose indented lines may be markup (third code review)
        for (var line = opening.Next; line < text.Length; line = NextLine(text, line))
        {
            if (DelimiterLine(text, line, opening.Delimiter, orLonger: statiq) is { } end)
            {
                return end;
            }

            if (!statiq)
            {
                continue;
            }

            var content = text.Substring(line, NextLine(text, line) - line);
            var indented = content.Length > 0 && content[0] is ' ' or '\t';
            if (!(inBlockScalar && indented) && !YamlLine.IsMatch(content))
            {
                return 0; // text of the page (code review: "Note: ..." and a line of markup before an <hr>-like "---")
            }

            inBlockScalar = indented ? inBlockScalar : BlockScalarKey.IsMatch(content);
        }

        return 0;
    }

    // A YAML key and its colon (og:image: too: code review)
    private const string YamlKey = @"[A-Za-z_][\w.:-]*?[ \t]*:";

    // A key whose value is a block scalar, on the indented lines after it: "Excerpt: |", "Summary: >-"
    private static readonly System.Text.RegularExpressions.Regex BlockScalarKey = new("^" + YamlKey + @"[ \t]*[|>][+-]?[ \t]*\r?\n?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A line of YAML front matter: a key and a colon, an indented value (not markup: code review), a list's item, a
    // comment, or nothing
    private static readonly System.Text.RegularExpressions.Regex YamlLine = new("^(?:" + YamlKey + @"(?:[ \t].*)?|[ \t]+[^<\s].*|-(?:[ \t].*)?|#.*|[ \t]*)\r?\n?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Where a file's first line (after a byte-order mark) opens front matter, "---" or "+++", and where the line after
    /// it starts, or where Statiq's starts (its first line: a YAML key and a colon), with the delimiter that closes it;
    /// null when it does not.
    /// </summary>
    internal static (int Start, int Next, string Delimiter)? FrontMatterOpening(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (DelimiterLine(text, start, "---") is { } afterDashes)
        {
            return (start, afterDashes, "---");
        }

        if (DelimiterLine(text, start, "+++") is { } afterPluses)
        {
            return (start, afterPluses, "+++");
        }

        return StatiqFrontMatterKey.Match(text, start, Math.Min(text.Length - start, 256)).Success ? (start, start, "---") : null;
    }

    // A YAML key at the start of a file, before a value or the end of the line (Statiq's and Wyam's front matter)
    private static readonly System.Text.RegularExpressions.Regex StatiqFrontMatterKey = new("^" + YamlKey + @"(?:[ \t]|\r?\n)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// When the line at <paramref name="at"/> is the delimiter (trailing spaces allowed; <paramref name="orLonger"/>: more of
    /// its character too), where the next line starts; else null.
    /// </summary>
    private static int? DelimiterLine(string text, int at, string delimiter, bool orLonger = false)
    {
        if (string.CompareOrdinal(text, at, delimiter, 0, 3) != 0)
        {
            return null;
        }

        var i = at + 3;
        while (orLonger && i < text.Length && text[i] == delimiter[0])
        {
            i++;
        }

        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i == text.Length)
        {
            return i;
        }

        return LineMap.IsLineBreak(text[i]) ? NextLine(text, i) : null;
    }

    private static int NextLine(string text, int from)
    {
        var i = from;
        while (i < text.Length && !LineMap.IsLineBreak(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            i++;
        }

        return Math.Min(i + 1, text.Length);
    }

    private static readonly string[] RawFilters = { "safe", "safehtml", "markdownify", "markdown", "raw", "htmlunescape", "safe_html" };

    // Hugo's functions that return HTML, called with an argument: {{ safeHTML .Summary }}, {{ markdownify .Params.note }}.
    private static readonly string[] RawFunctions = { "safehtml", "markdownify", "htmlunescape" };

    // Filters whose output is text, whatever they are given: they strip or escape the tags, or count (held-out review 73:
    // Jekyll's excerpt idiom, {{ c.message | markdownify | strip_html | truncatewords: 20 }}; Jinja's |e; Hugo's plainify).
    private static readonly string[] TextFilters =
    {
        "strip_html", "striptags", "plainify", "escape", "e", "escape_once", "force_escape", "forceescape", "xml_escape",
        "htmlescape", "length", "size", "count", "wordcount", "number_of_words", "slugify", "urlencode", "url_encode",
        "uri_escape", "cgi_escape",
    };

    /// <summary>
    /// Whether a tag's value is written as HTML: it goes through a filter that writes it so, after a '|'
    /// (<c>{{ x | safe }}</c>), or is called with such a function first in the tag (Hugo's <c>{{ safeHTML .Summary }}</c>),
    /// and no filter after that makes it text again (<c>| strip_html</c>, <c>| escape</c>, <c>| size</c>).
    /// </summary>
    private static bool HasRawFilter(string text, int start, int end)
    {
        var first = ContentStart(text, start, end);

        // A function with an argument ({{ safeHTML .Summary }}); a bare {{ safe }} is a variable.
        var (name, after) = WordAt(text, first, end);
        var raw = Array.IndexOf(RawFunctions, name) >= 0 && after < end && char.IsWhiteSpace(text[after]) && text.Substring(after, end - after).Trim().TrimEnd('-').Length > 0;

        for (var bar = text.IndexOf('|', start, end - start); bar >= 0; bar = bar + 1 < end ? text.IndexOf('|', bar + 1, end - bar - 1) : -1)
        {
            var i = bar + 1;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var filter = WordAt(text, i, end).Word;
            if (Array.IndexOf(RawFilters, filter) >= 0)
            {
                raw = true;
            }
            else if (raw && Array.IndexOf(TextFilters, filter) >= 0)
            {
                raw = false;
            }
        }

        return raw;
    }

    private static (string Word, int End) WordAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return (text.Substring(start, i - start).ToLowerInvariant(), i);
    }

    /// <summary>
    /// The template tags of an HTML file from <paramref name="from"/> (the end of its front matter) in order: "{{ }}"
    /// ("{{{ }}}" whole), "{% %}", "{# #}", each from its opener to
    /// the end of its first closer, and whether it is a comment (<c>{# #}</c>, <c>{{/* */}}</c>). An opener never closed is
    /// text.
    /// </summary>
    private static System.Collections.Generic.IEnumerable<(int Start, int End, bool IsComment)> TemplateTags(string text, int from)
    {
        // Where each closer was last looked for in vain: it is not found after that either.
        int noBraces = int.MaxValue, noPercent = int.MaxValue, noHash = int.MaxValue;
        var noEndBlock = new[] { int.MaxValue, int.MaxValue }; // for each of SilentBlocks
        var percentClose = -1; // the last "%}" found: the first after every "{%" between its search's start and it
        for (var i = NextTemplateTag(text, from); i >= 0 && i < text.Length - 1; i = NextTemplateTag(text, i))
        {
            var kind = text[i + 1];
            var noClose = kind == '{' ? noBraces : kind == '%' ? noPercent : noHash;
            var closer = kind == '{' ? "}}" : kind == '%' ? "%}" : "#}";
            var close = i + 2 >= noClose ? -1 : kind == '%' && percentClose >= i + 2 ? percentClose : text.IndexOf(closer, i + 2, StringComparison.Ordinal);
            percentClose = kind == '%' ? close : percentClose;
            if (close < 0)
            {
                switch (kind)
                {
                    case '{': noBraces = Math.Min(noBraces, i + 2); break;
                    case '%': noPercent = Math.Min(noPercent, i + 2); break;
                    default: noHash = Math.Min(noHash, i + 2); break;
                }

                i += 2;
                continue;
            }

            var inlineComment = false;
            if (kind == '%' && ContentStart(text, i + 2, close) is var word)
            {
                // A statement starts with its word ({% if %}, {%- for %}, a custom tag's {% 3d_viewer %}), or is Liquid's
                // inline comment ({% # note %}: code review 125); "{%" before anything else is text, such as ImageMagick's
                // geometry "WxH{%}" written twice on a page (held-out review 164)
                inlineComment = word < close && text[word] == '#';
                if (!inlineComment && (word >= close || !(char.IsLetterOrDigit(text[word]) || text[word] == '_')))
                {
                    i += 2;
                    continue;
                }
            }

            if (kind == '{' && ContentStart(text, i + 2, close) is var slash && slash < close && text[slash] == '/' && !EndsSection(text, slash + 1, close))
            {
                // "{{/" closes a section ({{/each}}, {{/ items }}) or opens a Go comment ({{/* */}}); before anything else
                // it is text, such as Postfix's "regexp:{{/^[^A-Z]/ Bogus}}" in its manual (held-out review 167)
                i += 2;
                continue;
            }

            close = CloserOutsideStrings(text, i + 2, close, closer);
            var stop = close + 2;
            if (kind == '{' && stop < text.Length && text[stop] == '}' && i + 2 < text.Length && text[i + 2] == '{')
            {
                stop++; // {{{ raw }}}
            }

            var block = kind == '%' ? SilentBlock(text, i + 2, close) : -1;
            if (block >= 0 && stop < noEndBlock[block])
            {
                // {% comment %} ... {% endcomment %} (Liquid, Django): nothing in it is output. {% highlight html %} ...
                // {% endhighlight %} (Jekyll): its markup is output as escaped code, a sample, not links.
                var end = text.IndexOf(SilentBlockEnds[block], stop, StringComparison.Ordinal);
                var endClose = end < 0 ? -1 : text.IndexOf("%}", end, StringComparison.Ordinal);
                if (endClose < 0)
                {
                    noEndBlock[block] = stop;
                }
                else
                {
                    yield return (i, endClose + 2, true);
                    i = endClose + 2;
                    continue;
                }
            }

            yield return (i, stop, kind == '#' || inlineComment || IsGoComment(text, i + 2, close));
            i = stop;
        }
    }

    /// <summary>
    /// The first closer at or after <paramref name="found"/> that is not inside a quoted string of the tag begun at
    /// <paramref name="start"/> (<c>{{ "}}" }}</c>); <paramref name="found"/> itself when a string is not closed within a
    /// short way, so that a stray quote costs no more than that.
    /// </summary>
    private static int CloserOutsideStrings(string text, int start, int found, string closer)
    {
        const int Reach = 256;
        char quote = '\0';
        for (var k = start; k < text.Length && k < found + Reach; k++)
        {
            var c = text[k];
            if (quote != '\0')
            {
                if (c == '\\' && quote != '`')
                {
                    k++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c == closer[0] && k + 1 < text.Length && text[k + 1] == closer[1])
            {
                return k;
            }
        }

        return found;
    }

    /// <summary>
    /// Which of <see cref="SilentBlocks"/> the <c>{% %}</c> tag between <paramref name="start"/> and <paramref name="end"/>
    /// opens (<c>{% comment %}</c>, <c>{%- comment "note" -%}</c>, <c>{% highlight html %}</c>), whose output is no
    /// markup; else -1.
    /// </summary>
    private static int SilentBlock(string text, int start, int end)
    {
        var i = ContentStart(text, start, end);
        for (var block = 0; block < SilentBlocks.Length; block++)
        {
            var word = SilentBlocks[block];
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && (i + word.Length >= end || !char.IsLetterOrDigit(text[i + word.Length])))
            {
                return block;
            }
        }

        return -1;
    }

    private static readonly string[] SilentBlocks = { "comment", "highlight" };
    private static readonly string[] SilentBlockEnds = { "endcomment", "endhighlight" };

    /// <summary>
    /// The next "{{", "{%" or "{#" at or after <paramref name="from"/>, or -1. Not "{%" before two hex digits: a brace
    /// and a percent escape in a URL (<c>?f={%22k%22:1}</c>), which would otherwise pair with a later "%}" (CSS's
    /// <c>width:100%}</c>) and hide everything between.
    /// </summary>
    private static int NextTemplateTag(string text, int from)
    {
        for (var i = text.IndexOf('{', from); i >= 0 && i < text.Length - 1; i = text.IndexOf('{', i + 1))
        {
            if (text[i + 1] is '{' or '#' || (text[i + 1] == '%' && !(i + 3 < text.Length && IsHex(text[i + 2]) && IsHex(text[i + 3]))))
            {
                return i;
            }
        }

        return -1;

        static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
    }

    /// <summary>
    /// Where a tag's content starts: after its opener's white-space control (<c>{{-</c>, <c>{%-</c>; Jinja's <c>{%+</c> and
    /// Handlebars' <c>{{~</c>: held-out review 140) and white space.
    /// </summary>
    private static int ContentStart(string text, int start, int end)
    {
        var i = start < end && text[start] is '-' or '+' or '~' ? start + 1 : start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether what follows a tag's "/" (from <paramref name="start"/>) is a section's name, <c>{{/each}}</c>,
    /// <c>{{/ items }}</c>, <c>{{/[foo bar]}}</c>, or none (<c>{{/}}</c>), or a Go comment's star, <c>{{/* */}}</c>.
    /// </summary>
    private static bool EndsSection(string text, int start, int end)
    {
        if (start >= end)
        {
            return true; // can-stache's "{{/}}" (code review 126)
        }

        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // (Handlebars closes a name with spaces with "{{/[foo bar]}}": code review 126)
        return i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$' or '@' or '.' or '*' or '[');
    }

    /// <summary>Whether <c>{{ ... }}</c> between <paramref name="start"/> and <paramref name="end"/> is a Go template comment, <c>{{/* */}}</c> or <c>{{- /* */ -}}</c>.</summary>
    private static bool IsGoComment(string text, int start, int end)
    {
        var i = ContentStart(text, start, end);
        return i + 1 < end && text[i] == '/' && text[i + 1] == '*';
    }

    private static int IndexOf(char[] chars, string value, int from, int end)
    {
        for (var i = from; i + value.Length <= end; i++)
        {
            if (chars[i] == value[0] && (value.Length == 1 || chars[i + 1] == value[1]))
            {
                return i;
            }
        }

        return -1;
    }
}
