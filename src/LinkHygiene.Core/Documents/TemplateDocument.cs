using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using LinkHygiene.Engine;
using LinkHygiene.Links;
using LinkHygiene.Razor;
using LinkHygiene.Text;

namespace LinkHygiene.Documents;

/// <summary>
/// A template read once: its text, the masked HTML the parser saw, the DOM, every token's source range and what
/// the Razor scanner found. Every rule reads the same instance.
/// </summary>
public sealed class TemplateDocument
{
    /// <summary>
    /// Elements nested deeper than this make a template unanalysable: the HTML tree builder's work per tag grows
    /// with the number of open elements, so nesting that grows with the file makes parsing quadratic. (Browsers and
    /// AngleSharp stop nesting the DOM itself at about 512; Lighthouse already calls a depth of 32 excessive.)
    /// </summary>
    public const int MaxElementDepth = 4096;

    // Elements whose content the tokenizer reads as text up to their end tag.
    internal static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    internal static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    };

    /// <summary>The state the tree builder switches the tokenizer to after an HTML start tag, or null for none.</summary>
    internal static HtmlParseMode? StateAfter(string startTag) => startTag switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    private readonly OffsetMap<StartTag> _startTags;

    private bool? _hasBaseHref; // asked by LH022 for every empty href: looked for once
    private List<StartTag>? _baseTags; // the <base> tags HasBaseHref and BaseTarget read: looked for once, for both
    private string? _baseTarget; // asked by LH020 for every link without a target: looked for once ("" for none)
    private bool? _writtenByDocumentationGenerator; // asked once a walk
    private bool? _writesEmptySelfLinks; // asked by LH022 for every empty href
    private string? _generator; // the generator meta's content, "" for none: read by the parse for a page, else when a rule asks
    private string? _declaredHost; // asked by LH001 and LH002 for every external link in a zone: looked for once ("" for none)
    private (bool Component, bool Element)? _writesSvg; // asked for every svg in a link's name: looked for once

    // ElementAt's earlier answers, by the token its search started before: (the answer's token or -1, the offset asked).
    private Dictionary<int, (int Answer, int Offset)>? _elementAtSearches;
    private Dictionary<IElement, int>? _contentEnds;
    private List<ContentScan>? _contentScans;
    private TextIndex? _textIndex;
    private Dictionary<IDocument, Dictionary<string, IElement>>? _elementsById;
    private ExclusiveIndex? _exclusiveIndex;
    private bool[]? _inOrderGroups;
    private readonly Dictionary<IDocument, int> _islandOffsets = new();
    private readonly Dictionary<int, IDocument>? _scriptTemplatesByStart;

    private TemplateDocument(
        string path,
        string text,
        TemplateKind kind,
        string masked,
        IDocument? dom,
        TokenList tokens,
        OffsetMap<StartTag> startTags,
        IReadOnlyList<TemplateComment> comments,
        MaskedTemplate? razor,
        IReadOnlyList<ParseProblem> problems,
        IReadOnlyList<ScriptTemplate> scriptTemplates,
        bool tokensOnly,
        bool isSiteTemplate,
        bool isThymeleaf,
        List<SourceSpan> rawOutputTags,
        ControlFlow? templateFlow,
        string? generator)
    {
        IsTokensOnly = tokensOnly;
        _generator = generator;
        IsSiteTemplate = isSiteTemplate;
        _rawOutputTags = rawOutputTags;
        Path = path;
        Text = text;
        Kind = kind;
        Masked = masked;
        Dom = dom;
        Tokens = tokens;
        _startTags = startTags;
        Comments = comments;
        Expressions = razor?.Expressions ?? Array.Empty<RazorExpression>();
        CodeBlocks = razor?.CodeBlocks ?? Array.Empty<SourceSpan>();
        _formText = Outermost(razor?.FormText);
        TranslatedText = templateFlow?.Translated ?? (IReadOnlyList<SourceSpan>)Array.Empty<SourceSpan>();
        SilentTemplateTags = templateFlow?.Silent ?? (IReadOnlyList<SourceSpan>)Array.Empty<SourceSpan>();
        Directives = razor?.Directives ?? Array.Empty<RazorDirective>();
        ExclusiveBranches = razor?.ExclusiveBranches ?? (templateFlow is { Exclusive.Count: > 0 } ? templateFlow.Exclusive : Array.Empty<IReadOnlyList<SourceSpan>>());
        Problems = problems;
        ScriptTemplates = scriptTemplates;
        foreach (var template in scriptTemplates)
        {
            _islandOffsets[template.Dom] = template.Content.Start;
            (_scriptTemplatesByStart ??= new())[template.ScriptStart] = template.Dom;
        }

        Lines = LineMap.Create(text);
        var vue = kind == TemplateKind.Html && text.IndexOf("v-else", StringComparison.Ordinal) >= 0;
        var angular = kind == TemplateKind.Html && (text.IndexOf("ngSwitch", StringComparison.Ordinal) >= 0 || text.IndexOf("ng-switch", StringComparison.Ordinal) >= 0 || text.IndexOf("*ngIf", StringComparison.Ordinal) >= 0
            || text.IndexOf("ng-if", StringComparison.Ordinal) >= 0);
        var thymeleaf = isThymeleaf && (text.IndexOf("th:if", StringComparison.Ordinal) >= 0 || text.IndexOf("th:unless", StringComparison.Ordinal) >= 0 || text.IndexOf("data-th-if", StringComparison.Ordinal) >= 0
            || text.IndexOf("data-th-unless", StringComparison.Ordinal) >= 0 || text.IndexOf("sec:authorize", StringComparison.Ordinal) >= 0 || text.IndexOf("th:switch", StringComparison.Ordinal) >= 0 || text.IndexOf("data-th-switch", StringComparison.Ordinal) >= 0);
        // (Genshi's py:if and py:if="not ...", as Thymeleaf's: held-out review 140, Trac's and lazygal's templates)
        thymeleaf |= kind == TemplateKind.Html && text.IndexOf("py:if", StringComparison.Ordinal) >= 0 && IsGenshiTemplate(text);
        var components = kind != TemplateKind.Html && HasComponentBranches(text);
        var tagHelpers = kind == TemplateKind.RazorView && (text.IndexOf("<environment", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("<feature", StringComparison.OrdinalIgnoreCase) >= 0);
        if (dom is not null && (vue || angular || thymeleaf || components || tagHelpers))
        {
            ExclusiveBranches = WithElementBranches(ExclusiveBranches, dom, vue, angular, thymeleaf, components, tagHelpers, Outermost(razor?.RepeatedText ?? templateFlow?.Repeated));
        }
    }

    /// <summary>
    /// Components whose child contents render one at a time, by the content's element name (lower case, as the parser
    /// names elements): <c>AuthorizeView</c>'s <c>Authorized</c>, <c>NotAuthorized</c> and <c>Authorizing</c>, the
    /// router's <c>Found</c> and <c>NotFound</c>, <c>ErrorBoundary</c>'s <c>ChildContent</c> and <c>ErrorContent</c>
    /// (held-out review 89: a LoginDisplay's "Home" to the dashboard when signed in and to "/" when not).
    /// </summary>
    private static readonly Dictionary<string, string[]> ComponentBranches = new(StringComparer.Ordinal)
    {
        ["authorizeview"] = new[] { "authorized", "notauthorized", "authorizing" },
        ["router"] = new[] { "found", "notfound" },
        ["errorboundary"] = new[] { "childcontent", "errorcontent" },
    };

    private static bool HasComponentBranches(string text) =>
        text.IndexOf("<NotAuthorized", StringComparison.Ordinal) >= 0 || text.IndexOf("<Authorizing", StringComparison.Ordinal) >= 0 ||
        text.IndexOf("<NotFound", StringComparison.Ordinal) >= 0 || text.IndexOf("<ErrorContent", StringComparison.Ordinal) >= 0;

    // What repeats an element and all it holds: the branches of a condition in it may render together, one for each item
    private static readonly AttributeNameList Repeaters = new(new[] { "*ngfor", "[ngforof]", "ng-repeat", "data-ng-repeat", "ng-repeat-start", "data-ng-repeat-start", "v-for", "x-for", "th:each", "data-th-each" });

    // (and an Angular structural directive that declares an item, *cdkVirtualFor="let x of xs", *matCellDef="let el": code review)
    private static bool Repeats(SourceAttribute[] attributes) =>
        LinkExtractor.FindAny(attributes, Repeaters) is not null
        || Array.Exists(attributes, a => a.Name.Length > 1 && a.Name[0] == '*' && a.Value.TrimStart().StartsWith("let ", StringComparison.Ordinal));

    // Angular's, AngularJS's and Thymeleaf's switches and the cases of each (lower case, as the parser names attributes)
    private static readonly AttributeNameList Switches = new(new[] { "[ngswitch]", "ng-switch", "data-ng-switch", "th:switch", "data-th-switch" });
    private static readonly AttributeNameList SwitchCases = new(new[] { "*ngswitchcase", "*ngswitchdefault", "[ngswitchcase]", "ngswitchdefault", "ng-switch-when", "ng-switch-default", "data-ng-switch-when", "data-ng-switch-default", "th:case", "data-th-case" });

    // The templates *ngIf renders instead of its element: "cond; else other", "cond; then shown; else other"
    private static readonly System.Text.RegularExpressions.Regex NgIfTemplates = new(@"[;\s](?:then|else)\s+([A-Za-z_$][\w$]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Branches that elements make, of which one renders (held-out reviews of SPA templates, 89 and 91): Vue's conditional
    /// elements (<paramref name="vue"/>: an element with <c>v-if</c> and the siblings that follow it with
    /// <c>v-else-if</c> and <c>v-else</c>); Angular's <c>*ngIf</c> and the <c>&lt;ng-template #name&gt;</c>s its
    /// <c>then</c> and <c>else</c> name, and the cases of Angular's and AngularJS's switches (<paramref name="angular"/>);
    /// the child contents of a component that renders one of them (<paramref name="components"/>,
    /// <see cref="ComponentBranches"/>); Thymeleaf's switches (<paramref name="thymeleaf"/>), and elements whose conditions
    /// are one's negation (<see cref="ElementCondition"/>: <c>th:if</c> and <c>th:unless</c> of one expression, Spring
    /// Security's <c>sec:authorize="isAuthenticated()"</c> and <c>"isAnonymous()"</c>, held-out review 120; Angular's
    /// <c>*ngIf="x"</c> and <c>*ngIf="!x"</c>, review 125).
    /// </summary>
    private IReadOnlyList<IReadOnlyList<SourceSpan>> WithElementBranches(IReadOnlyList<IReadOnlyList<SourceSpan>> branches, IDocument dom, bool vue, bool angular, bool thymeleaf, bool components, bool tagHelpers, SourceSpan[] repeatedText)
    {
        List<IElement>? conditional = null; // the <environment> and <feature> tag helpers
        List<(IElement Element, string Test, bool Negated)>? conditions = null; // Thymeleaf's and Angular's, outside loops
        List<IReadOnlyList<SourceSpan>>? groups = null;
        NgTemplates? templates = null;
        // (nor in a loop of the template language, an *ngIf in an @for, where the condition may differ for each item)
        void Add(List<SourceSpan> group, bool differsPerItem = true)
        {
            if (group.Count >= 2 && !(differsPerItem && Sorted.AnyHolds(repeatedText, group[0].Start)))
            {
                (groups ??= new List<IReadOnlyList<SourceSpan>>(branches)).Add(group);
            }
        }

        // A condition in what repeats renders each branch for some item (code review: an *ngIf and its else in an *ngFor)
        var repeated = false;
        void AddUnlessRepeated(List<SourceSpan> group)
        {
            if (!repeated)
            {
                Add(group);
            }
        }

        // The cases of each switch, found on the way: at any depth under it but not under another switch (Angular allows
        // <section> between), in the order of the switches.
        List<(IElement Switch, List<SourceSpan> Cases, bool Repeated)>? switches = null;

        // Every element, those inside a <template>'s content too (<template v-for> around a v-if/v-else pair), with
        // whether it or an element around it repeats (the content of a <template v-for> too: second code review), and
        // the switch around it (not across a <template>'s content).
        var pending = new Stack<(INode Node, bool InRepeat, int Switch)>();
        pending.Push((dom, false, -1));
        while (pending.Count > 0)
        {
            var (node, inRepeat, around) = pending.Pop();
            repeated = inRepeat || (node is IElement repeater && (vue || angular || thymeleaf) && Repeats(GetAttributes(repeater)));
            var within = around;
            var isSwitch = false;
            if ((angular || thymeleaf) && node is IElement candidate)
            {
                if (around >= 0 && LinkExtractor.FindAny(GetAttributes(candidate), SwitchCases) is not null)
                {
                    AddSpan(switches![around].Cases, candidate);
                }

                isSwitch = IsSwitch(candidate);
                if (isSwitch)
                {
                    (switches ??= new()).Add((candidate, new List<SourceSpan>(), repeated));
                    within = switches.Count - 1;
                }
            }

            var template = node as AngleSharp.Html.Dom.IHtmlTemplateElement;
            var children = template is not null ? template.Content.ChildNodes : node.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    pending.Push((child, repeated, template is null ? within : -1));
                }
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (tagHelpers && element.LocalName is "environment" or "feature")
            {
                (conditional ??= new()).Add(element);
            }

            if ((thymeleaf || angular) && !repeated && ElementCondition(GetAttributes(element)) is { } elementCondition)
            {
                (conditions ??= new()).Add((element, elementCondition.Test, elementCondition.Negated));
            }

            if (components && ComponentBranches.TryGetValue(element.LocalName, out var contents))
            {
                // in a loop, an AuthorizeView decides alike for every item unless what it is given may differ: a Resource
                // (a C# value, with or without '@'), a computed Policy or Roles (code review); an ErrorBoundary may fail
                // for one item and not another
                var differsPerItem = element.LocalName != "authorizeview" || GetAttributes(element).Any(a => a.IsDynamic || string.Equals(a.Name, "resource", StringComparison.OrdinalIgnoreCase));
                Add(Children(element, content => Array.IndexOf(contents, content.LocalName) >= 0), differsPerItem);
            }
            else if (isSwitch)
            {
                continue; // (its cases are read on the way)
            }
            else if (angular && LinkExtractor.Find(GetAttributes(element), "*ngif") is { } ngIf && NgIfTemplates.IsMatch(ngIf.Value))
            {
                // the templates it names, unless another *ngIf names one too: it renders for either (code review)
                templates ??= NgTemplates.Of(this, dom);
                var group = new List<SourceSpan>();
                AddSpan(group, element);
                foreach (System.Text.RegularExpressions.Match name in NgIfTemplates.Matches(ngIf.Value))
                {
                    var key = name.Groups[1].Value.ToLowerInvariant();
                    if (templates.Uses.TryGetValue(key, out var uses) && uses == 1 && templates.Named.TryGetValue(key, out var named))
                    {
                        foreach (var ngTemplate in named)
                        {
                            AddSpan(group, ngTemplate);
                        }
                    }
                }

                AddUnlessRepeated(group);
            }
            else if (vue && VueCondition(element) == "v-if")
            {
                var chain = new List<SourceSpan>();
                for (var branch = element; branch is not null; branch = branch.NextElementSibling)
                {
                    var condition = VueCondition(branch);
                    if ((branch == element ? condition != "v-if" : condition is not ("v-else-if" or "v-else")) || !AddSpan(chain, branch))
                    {
                        break;
                    }

                    if (condition == "v-else")
                    {
                        break;
                    }
                }

                AddUnlessRepeated(chain);
            }
        }

        foreach (var (_, cases, switchRepeats) in switches ?? new())
        {
            if (!switchRepeats)
            {
                Add(cases);
            }
        }

        // Two tag helpers whose conditions never hold together never share a page, in a loop too (held-out review 96: a
        // DfE error page's "Report this problem" to a form inside <feature name="X"> and to an address inside
        // <feature name="X" negate="true">). (A page has a few; past 64, the rest are not paired.)
        for (var i = 0; i < Math.Min(conditional?.Count ?? 0, 64); i++)
        {
            for (var j = i + 1; j < Math.Min(conditional!.Count, 64); j++)
            {
                var pair = new List<SourceSpan>(2);
                if (NeverTogether(GetAttributes(conditional[i]), GetAttributes(conditional[j]), conditional[i].LocalName == "feature", conditional[j].LocalName == "feature")
                    && AddSpan(pair, conditional[i]) && AddSpan(pair, conditional[j]))
                {
                    Add(pair, differsPerItem: false);
                }
            }
        }

        // An element whose condition is another's negation never renders with it, unless both are in what the template
        // language repeats (an *ngIf pair in an @for: code review). Grouped by what they test: a form's seventy validation
        // messages do not keep its menu's pair from being read (code review); past 64 of one test and polarity, the rest
        // are not paired.
        foreach (var group in (conditions ?? new()).GroupBy(c => c.Test, StringComparer.Ordinal))
        {
            var shown = group.Where(c => !c.Negated).Take(64).ToList();
            foreach (var negated in group.Where(c => c.Negated).Take(64))
            {
                foreach (var other in shown)
                {
                    var pair = new List<SourceSpan>(2);
                    if (AddSpan(pair, other.Element) && AddSpan(pair, negated.Element))
                    {
                        pair.Sort((a, b) => a.Start.CompareTo(b.Start));
                        Add(pair);
                    }
                }
            }
        }

        return groups ?? branches;
    }

    /// <summary>
    /// What an element's condition tests and whether it is negated: Thymeleaf's <c>th:if</c> (or <c>th:unless</c>, negated)
    /// of an expression, Spring Security's <c>sec:authorize</c>, Angular's <c>*ngIf</c> without a <c>then</c> or
    /// <c>else</c>, AngularJS's <c>ng-if</c> (held-out review 125: a login menu's <c>*ngIf="isLoggedIn"</c> and
    /// <c>*ngIf="!isLoggedIn"</c>), read without white space, <c>${...}</c>, outer parentheses, Angular's <c>as</c> alias and
    /// AngularJS's one-time <c>::</c>; a leading <c>!</c> or <c>not</c> negates it
    /// when what follows is one operand (a name, a property, a call), not <c>!a or b</c>, whose <c>!</c> is the first
    /// operand's (code review); <c>isAnonymous()</c> is <c>isAuthenticated()</c> negated. Null without one.
    /// </summary>
    internal static (string Test, bool Negated)? ElementCondition(SourceAttribute[] attributes)
    {
        foreach (var attribute in attributes)
        {
            var name = LinkExtractor.ThymeleafDirective(attribute.Name) is { } directive ? "th:" + directive
                : attribute.Name is "*ngif" or "ng-if" or "data-ng-if" ? "ng:if" : attribute.Name;
            if (name is not ("th:if" or "th:unless" or "sec:authorize" or "sec:authorize-expr" or "ng:if" or "py:if") || (name == "ng:if" && attribute.Value.IndexOf(';') >= 0))
            {
                continue;
            }

            // (Angular's alias, "user$ | async as user", names the value; AngularJS's "::" binds it once: code review)
            var written = name == "ng:if" ? AngularAlias.Replace(attribute.Value, string.Empty).Trim() : attribute.Value.Trim();
            var test = written;
            var negations = 0;
            // (a few steps: each reads the expression, and thousands of nested parentheses were quadratic)
            for (var step = 0; step < 16; step++)
            {
                if (test.StartsWith("${", StringComparison.Ordinal) && test.EndsWith("}", StringComparison.Ordinal) && test.IndexOf('}') == test.Length - 1)
                {
                    test = test.Substring(2, test.Length - 3).Trim();
                }
                else if (name == "ng:if" && test.StartsWith("::", StringComparison.Ordinal))
                {
                    test = test.Substring(2).TrimStart();
                }
                else if (test.Length > 1 && test[0] == '(' && ClosingParenthesis(test) == test.Length - 1)
                {
                    test = test.Substring(1, test.Length - 2).Trim(); // !(user$ | async)
                }
                else if (test.StartsWith("!", StringComparison.Ordinal) && !test.StartsWith("!=", StringComparison.Ordinal))
                {
                    test = test.Substring(1).TrimStart();
                    negations++;
                }
                else if (test.StartsWith("not ", StringComparison.Ordinal))
                {
                    test = test.Substring(4).TrimStart();
                    negations++;
                }
                else
                {
                    break;
                }
            }

            if (negations > 0 && HasOperatorOutsideBrackets(test))
            {
                (test, negations) = (written, 0);
            }

            var negated = (name == "th:unless") != (negations % 2 == 1);
            test = new string(test.Where(c => !char.IsWhiteSpace(c)).ToArray());
            if (name.StartsWith("sec:", StringComparison.Ordinal) && test == "isAnonymous()")
            {
                (test, negated) = ("isAuthenticated()", !negated);
            }

            return test.Length == 0 ? null : (name.Substring(0, name.IndexOf(':') + 1) + test, negated);
        }

        return null;
    }

    // Angular's "as alias" after a condition
    private static readonly System.Text.RegularExpressions.Regex AngularAlias = new(@"\s+as\s+[\w$]+\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Where the parenthesis that opens an expression closes, -1 when it does not.</summary>
    private static int ClosingParenthesis(string expression)
    {
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            depth += expression[i] == '(' ? 1 : expression[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether an expression has a binary operator outside its strings, parentheses and brackets (<c>a or b</c>,
    /// <c>a &amp;&amp; b</c>, <c>a == 1</c>, <c>a ? b : c</c>), so that a leading negation is its first operand's; not
    /// <c>#authorization.expression('isAuthenticated()')</c>, <c>user?.admin</c> or <c>roles[0].admin</c> (code review).
    /// </summary>
    private static bool HasOperatorOutsideBrackets(string expression)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '\'':
                case '"':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '?' when depth == 0 && !(i + 1 < expression.Length && expression[i + 1] is '.' or '['):
                case '=' or '<' or '>' or '+' or '*' or '/' or '%' or ':' when depth == 0:
                case '&' or '|' when depth == 0 && i + 1 < expression.Length && expression[i + 1] == c: // (not Angular's pipe, "x | async")
                case '!' when depth == 0 && i + 1 < expression.Length && expression[i + 1] == '=':
                    return true;
                case ' ' or '\t' when depth == 0 && (i == 0 || !char.IsWhiteSpace(expression[i - 1])) && TopLevelWord.IsMatch(expression, i):
                    return true; // (read once for each run of white space: a run of thousands was quadratic, code review)
            }
        }

        return false;
    }

    // Thymeleaf's word operators between operands: " or ", " and ", " eq ", " gt " ...
    private static readonly System.Text.RegularExpressions.Regex TopLevelWord = new(@"\G\s+(or|and|eq|ne|neq|gt|ge|lt|le|mod|div)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether two of ASP.NET Core's conditional tag helpers never render together: <c>&lt;environment&gt;</c>s no
    /// environment name passes both of (<c>include</c> or its older <c>names</c>, less <c>exclude</c>), or
    /// <c>&lt;feature&gt;</c>s of the same features and requirement of which one is <c>negate</c>d. What is computed at
    /// run time, or any other attribute (a feature's <c>variant</c>), says nothing.
    /// </summary>
    private static bool NeverTogether(SourceAttribute[] a, SourceAttribute[] b, bool aIsFeature, bool bIsFeature)
    {
        if (aIsFeature != bIsFeature || Array.Exists(a, x => x.IsDynamic) || Array.Exists(b, x => x.IsDynamic))
        {
            return false;
        }

        string? Value(SourceAttribute[] attributes, string name) => Array.Find(attributes, x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
        HashSet<string>? Names(string? value) => value is null ? null : new HashSet<string>(value.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
        if (aIsFeature)
        {
            static bool Negated(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            static string Requirement(string? value) => string.IsNullOrWhiteSpace(value) ? "all" : value!.Trim().ToLowerInvariant();
            bool Known(SourceAttribute[] attributes) => Array.TrueForAll(attributes, x => x.Name.ToLowerInvariant() is "name" or "negate" or "requirement");
            // (of one feature, "All" and "Any" are the same requirement: code review)
            return Known(a) && Known(b) && Negated(Value(a, "negate")) != Negated(Value(b, "negate"))
                && Names(Value(a, "name")) is { Count: > 0 } aNames && Names(Value(b, "name")) is { } bNames && aNames.SetEquals(bNames)
                && (aNames.Count == 1 || Requirement(Value(a, "requirement")) == Requirement(Value(b, "requirement")));
        }

        // the names each lets through: those it includes, by include and names alike (every name, when it includes none),
        // less those it excludes
        HashSet<string>? Included(SourceAttribute[] attributes)
        {
            var (include, names) = (Names(Value(attributes, "include")), Names(Value(attributes, "names")));
            include?.UnionWith(names ?? Enumerable.Empty<string>());
            return include ?? names;
        }

        var (aInclude, bInclude) = (Included(a), Included(b));
        var excluded = Names(Value(a, "exclude")) ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        excluded.UnionWith(Names(Value(b, "exclude")) ?? Enumerable.Empty<string>());
        if (aInclude is not { Count: > 0 } && bInclude is not { Count: > 0 })
        {
            return false;
        }

        var passing = aInclude is { Count: > 0 } ? new HashSet<string>(aInclude, StringComparer.OrdinalIgnoreCase) : bInclude!;
        if (aInclude is { Count: > 0 } && bInclude is { Count: > 0 })
        {
            passing.IntersectWith(bInclude);
        }

        return passing.All(excluded.Contains);
    }

    /// <summary>
    /// The outermost of some spans, in source order, those that overlap one merged: the runs of text that may render many
    /// times (the Razor scanner's, or a template language's loops), the bodies of form statements.
    /// </summary>
    private static SourceSpan[] Outermost(IReadOnlyList<SourceSpan>? spans)
    {
        if (spans is not { Count: > 0 })
        {
            return Array.Empty<SourceSpan>();
        }

        // (a file's loops are read in more than one pass, Liquid's and Angular's, and nested statements close before the
        // statements around them: sorted, and those inside another dropped)
        var sorted = spans.OrderBy(s => s.Start).ToList();
        var outermost = new List<SourceSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (outermost.Count > 0 && span.Start < outermost[outermost.Count - 1].End)
            {
                var last = outermost[outermost.Count - 1];
                outermost[outermost.Count - 1] = SourceSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                outermost.Add(span);
            }
        }

        return outermost.ToArray();
    }

    /// <summary>Whether an element is a switch (<c>[ngSwitch]</c>, <c>ng-switch</c>, AngularJS's <c>&lt;ng-switch on&gt;</c>).</summary>
    private bool IsSwitch(IElement element) => element.LocalName == "ng-switch" || LinkExtractor.FindAny(GetAttributes(element), Switches) is not null;

    /// <summary>
    /// A component's <c>&lt;ng-template #name&gt;</c>s by their lower-case names, and how many <c>*ngIf</c>s name each
    /// (<c>then</c> or <c>else</c>), read in one walk.
    /// </summary>
    private sealed class NgTemplates
    {
        public Dictionary<string, int> Uses { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<IElement>> Named { get; } = new(StringComparer.Ordinal);

        public static NgTemplates Of(TemplateDocument document, IDocument dom)
        {
            var found = new NgTemplates();
            foreach (var element in dom.GetElementsByTagName("*"))
            {
                var attributes = document.GetAttributes(element);
                if (LinkExtractor.Find(attributes, "*ngif") is { } ngIf)
                {
                    foreach (System.Text.RegularExpressions.Match name in NgIfTemplates.Matches(ngIf.Value))
                    {
                        var key = name.Groups[1].Value.ToLowerInvariant();
                        found.Uses[key] = found.Uses.TryGetValue(key, out var n) ? n + 1 : 1;
                    }
                }

                if (element.LocalName == "ng-template")
                {
                    foreach (var attribute in attributes)
                    {
                        if (attribute.Name.Length > 1 && attribute.Name[0] == '#')
                        {
                            var key = attribute.Name.Substring(1);
                            if (!found.Named.TryGetValue(key, out var list))
                            {
                                found.Named[key] = list = new List<IElement>();
                            }

                            list.Add(element);
                        }
                    }
                }
            }

            return found;
        }
    }

    /// <summary>The spans of an element's children that <paramref name="test"/> accepts, in order.</summary>
    private List<SourceSpan> Children(IElement element, Func<IElement, bool> test)
    {
        var spans = new List<SourceSpan>();
        foreach (var child in element.Children)
        {
            if (test(child))
            {
                AddSpan(spans, child);
            }
        }

        return spans;
    }

    /// <summary>
    /// Adds an element's span, its start tag to the end of its content and of every element in it, when the source holds
    /// its tag. (The content region of an element holding one of its own name ends at the inner one's end tag, as it
    /// does for a component never closed: a <c>&lt;div *ngIf&gt;</c> around a <c>&lt;div&gt;</c> and a link lost the link;
    /// code review.)
    /// </summary>
    private bool AddSpan(List<SourceSpan> spans, IElement element)
    {
        if (GetStartTag(element) is not { } tag)
        {
            return false;
        }

        // (the last element in it, by its last children, is where its markup ends: second code review, a walk of every
        // element in each branch was slow on deep nesting)
        var end = Math.Max(tag.End, GetContentRegion(element).End);
        for (var last = element.LastElementChild; last is not null; last = last.LastElementChild)
        {
            if (GetStartTag(last) is { } lastTag)
            {
                end = Math.Max(end, Math.Max(lastTag.End, GetContentRegion(last).End));
            }
        }

        spans.Add(SourceSpan.FromBounds(tag.Start, end));
        return true;
    }

    /// <summary>The element's Vue condition (<c>v-if</c>, <c>v-else-if</c>, <c>v-else</c>), or null.</summary>
    private string? VueCondition(IElement element)
    {
        foreach (var attribute in GetAttributes(element))
        {
            if (attribute.Name is "v-if" or "v-else-if" or "v-else")
            {
                return attribute.Name;
            }
        }

        return null;
    }

    /// <summary>The path the template was read from (as given).</summary>
    public string Path { get; }

    /// <summary>The template text (without BOM).</summary>
    public string Text { get; }

    /// <summary>The template language.</summary>
    public TemplateKind Kind { get; }

    private int[]? _expressionReach;

    /// <summary>Lines of <see cref="Text"/>.</summary>
    public LineMap Lines { get; }

    /// <summary>HTML and Razor comments in source order.</summary>
    public IReadOnlyList<TemplateComment> Comments { get; }

    /// <summary>Razor expressions that render values, in source order.</summary>
    public IReadOnlyList<RazorExpression> Expressions { get; }

    /// <summary>
    /// The first of <see cref="Expressions"/> that ends after an offset, or their count: a binary search over the
    /// furthest end reached so far (ordered even where an expression holds another, as a template delegate's does).
    /// </summary>
    /// <param name="offset">An offset into <see cref="Text"/>.</param>
    internal int FirstExpressionEndingAfter(int offset)
    {
        var reach = _expressionReach ??= Reach(Expressions);
        return Sorted.PartitionPoint(reach.Length, (reach, offset), static (s, i) => s.reach[i] <= s.offset);

        static int[] Reach(IReadOnlyList<RazorExpression> expressions)
        {
            var ends = new int[expressions.Count];
            var furthest = 0;
            for (var i = 0; i < ends.Length; i++)
            {
                furthest = Math.Max(furthest, expressions[i].Span.End);
                ends[i] = furthest;
            }

            return ends;
        }
    }

    /// <summary>Razor code blocks and control statements in element content, in source order.</summary>
    public IReadOnlyList<SourceSpan> CodeBlocks { get; }

    private readonly SourceSpan[] _formText;

    /// <summary>The bodies of a template language's translation blocks, in source order (<see cref="ControlFlow.Translated"/>).</summary>
    internal IReadOnlyList<SourceSpan> TranslatedText { get; }

    /// <summary>A template language's tags that write nothing in text, in source order (<see cref="ControlFlow.Silent"/>).</summary>
    internal IReadOnlyList<SourceSpan> SilentTemplateTags { get; }

    /// <summary>
    /// Whether the element starts in the body of a Razor using statement that writes a form around it
    /// (<c>@using (Html.BeginForm()) { ... }</c> in markup, <c>using (Html.BeginForm()) { ... }</c> in a code block): on
    /// the page it is inside that <c>&lt;form&gt;</c>.
    /// </summary>
    internal bool IsInFormStatement(IElement element)
    {
        return _formText.Length > 0 && SourceIndex(element) is >= 0 and var offset && Sorted.AnyHolds(_formText, offset);
    }

    /// <summary>Groups of Razor branches of which at most one renders (<c>@if/else</c> chains, <c>@switch</c> sections).</summary>
    public IReadOnlyList<IReadOnlyList<SourceSpan>> ExclusiveBranches { get; }

    /// <summary>Whether markup at the two offsets can never render together (different branches of one if/else or switch).</summary>
    public bool AreExclusive(int first, int second)
    {
        foreach (var group in GroupsAround(first))
        {
            if (InDifferentBranches(group, first, second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For two offsets in different branches of an if/else chain or switch whose branches follow one another: that group,
    /// and where the branch of <paramref name="later"/> starts. Every offset from <paramref name="earlier"/> up to there is
    /// in a branch before it (so exclusive of <paramref name="later"/>) or between two branches (see
    /// <see cref="GroupsBetweenBranches"/>). Null when the two are not in different branches of such a group.
    /// </summary>
    internal (int Group, int BranchStart)? EarlierBranch(int earlier, int later)
    {
        foreach (var group in GroupsAround(later))
        {
            if (IsInOrder(group))
            {
                var a = BranchOf(group, earlier);
                var b = BranchOf(group, later);
                if (a >= 0 && b > a)
                {
                    return (group, ExclusiveBranches[group][b].Start);
                }
            }
        }

        return null;
    }

    /// <summary>The groups whose extent holds an offset in none of their branches (in an else-if's condition, say).</summary>
    internal IEnumerable<int> GroupsBetweenBranches(int offset)
    {
        foreach (var group in GroupsAround(offset))
        {
            var branches = ExclusiveBranches[group];
            if (offset >= branches[0].Start && offset < branches[branches.Count - 1].End && BranchOf(group, offset) < 0)
            {
                yield return group;
            }
        }
    }

    /// <summary>
    /// Which branch of each if/else or switch holds an offset, as a key: markup at two offsets with the same key can never
    /// render together with exactly the same markup (<see cref="AreExclusive"/> answers the same for both).
    /// </summary>
    internal string BranchKey(int offset)
    {
        if (ExclusiveBranches.Count == 0)
        {
            return string.Empty;
        }

        var key = new StringBuilder();
        foreach (var group in GroupsAround(offset))
        {
            var branch = BranchOf(group, offset);
            if (branch >= 0)
            {
                key.Append(group).Append('.').Append(branch).Append(' ');
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// The branch groups (indexes into <see cref="ExclusiveBranches"/>) that may hold an offset, each counted in
    /// <see cref="Work"/>: those whose extent holds it, the innermost that starts before it and the groups around that
    /// one; every group when extents overlap without nesting.
    /// </summary>
    private IEnumerable<int> GroupsAround(int offset)
    {
        if (ExclusiveBranches.Count == 0)
        {
            yield break;
        }

        var index = _exclusiveIndex ??= ExclusiveIndex.Create(ExclusiveBranches);
        if (!index.IsNested)
        {
            for (var group = 0; group < ExclusiveBranches.Count; group++)
            {
                Work++;
                yield return group;
            }

            yield break;
        }

        for (var g = index.LastStartingAtOrBefore(offset); g >= 0; g = index.Parent[g])
        {
            Work++;
            if (index.Extent[g].Contains(offset))
            {
                yield return index.Group[g];
            }
        }
    }

    private bool InDifferentBranches(int group, int first, int second)
    {
        var a = BranchOf(group, first);
        var b = BranchOf(group, second);
        return a >= 0 && b >= 0 && a != b;
    }

    /// <summary>The (last) branch of a group that holds an offset, or -1.</summary>
    /// <remarks>
    /// The branches of an if/else chain or a switch follow one another: a binary search finds the one that holds an
    /// offset. (An else-if chain of 1,200 branches, each a link with one text, looked at every branch for each pair of
    /// its links LH013 compared.) A group whose branches are not in order and apart is searched branch by branch.
    /// </remarks>
    private int BranchOf(int group, int offset)
    {
        var branches = ExclusiveBranches[group];
        if (IsInOrder(group))
        {
            var first = Sorted.PartitionPoint(branches.Count, (branches, offset), static (s, i) => s.branches[i].End <= s.offset);
            return first < branches.Count && branches[first].Contains(offset) ? first : -1;
        }

        var found = -1;
        for (var k = 0; k < branches.Count; k++)
        {
            if (branches[k].Contains(offset))
            {
                found = k;
            }
        }

        return found;
    }

    /// <summary>Whether each group's branches follow one another (in order and apart), so that a binary search finds one.</summary>
    private bool IsInOrder(int group) => (_inOrderGroups ??= InOrder(ExclusiveBranches))[group];

    private static bool[] InOrder(IReadOnlyList<IReadOnlyList<SourceSpan>> groups)
    {
        var inOrder = new bool[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            inOrder[g] = true;
            for (var k = 1; k < groups[g].Count && inOrder[g]; k++)
            {
                inOrder[g] = groups[g][k - 1].End <= groups[g][k].Start;
            }
        }

        return inOrder;
    }

    /// <summary>Razor line directives (<c>@page</c>, <c>@model</c>, ...).</summary>
    public IReadOnlyList<RazorDirective> Directives { get; }

    /// <summary>Whether the template sets a base URL (<c>&lt;base href&gt;</c>, or an empty <c>&lt;base /&gt;</c> a script gives one): an empty href then points at it.</summary>
    public bool HasBaseHref => _hasBaseHref ??= FindBaseHref();

    /// <summary>
    /// Whether a generator's meta says the page is that generator's (<c>&lt;meta name="generator" content="Doxygen
    /// 1.14.0"&gt;</c>, Sphinx's <c>content="Docutils ..."</c>): generated documentation, whose conventions the rules read.
    /// </summary>
    internal bool WrittenBy(string generator) =>
        (_generator ??= GeneratorOf(Text)).StartsWith(generator, StringComparison.Ordinal);

    /// <summary>The content of a page's generator meta, "" for none (a page without the word is read no further).</summary>
    private static string GeneratorOf(string text) =>
        text.IndexOf("generator", StringComparison.OrdinalIgnoreCase) >= 0 && GeneratorMeta.Match(text) is { Success: true } meta ? meta.Groups["content"].Value : string.Empty;

    /// <summary>
    /// Whether DocFX wrote the page: its generator meta, or the <c>docfx:rel</c> and <c>docfx:navrel</c> metas its
    /// templates write on every page, most of which have no generator meta (held-out review 121).
    /// </summary>
    internal bool WrittenByDocFx =>
        Kind == TemplateKind.Html && (WrittenBy("docfx") || DocFxMeta.IsMatch(Text));

    // <meta name="docfx:rel" ...> or property=, in either quotes (not prose that names it: code review)
    private static readonly System.Text.RegularExpressions.Regex DocFxMeta = new(@"<meta\s[^>]{0,1024}(?:name|property)\s*=\s*[""']docfx:(?:nav)?rel[""']", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether Sphinx wrote the page: its Docutils generator meta, or, on the pages Docutils does not write (the general
    /// index, the search page), the scripts Sphinx's pages load from <c>_static/</c> (held-out review 122).
    /// </summary>
    internal bool WrittenBySphinx =>
        Kind == TemplateKind.Html && (WrittenBy("Docutils") || Text.IndexOf("_static/documentation_options.js", StringComparison.Ordinal) >= 0 || Text.IndexOf("_static/doctools.js", StringComparison.Ordinal) >= 0);

    /// <summary>Whether Javadoc wrote the page: its generator meta, or the comment JDK 8 and older write instead (code review).</summary>
    internal bool WrittenByJavadoc =>
        Kind == TemplateKind.Html && (WrittenBy("javadoc") || Text.IndexOf("<!-- Generated by javadoc", StringComparison.Ordinal) >= 0);

    /// <summary>
    /// Whether a documentation generator wrote the page (its generator meta: DocBook's, Doxygen's, MkDocs', Publican's,
    /// AsciiDoc's, Texinfo's, rustdoc's ...; Sphinx, Javadoc and DocFX as above): its ids name topics and members, not
    /// what the page's users wrote.
    /// </summary>
    internal bool WrittenByDocumentationGenerator => _writtenByDocumentationGenerator ??=
        Kind == TemplateKind.Html && (NamesDocumentationGenerator(_generator ??= GeneratorOf(Text)) || WrittenBySphinx || WrittenByJavadoc || WrittenByDocFx || WritesEmptySelfLinks);

    /// <summary>
    /// Whether a generator that writes its links to the page itself as <c>href=""</c> wrote the page, though no generator
    /// meta says so (held-out review 139): Racket's Scribble, by the script every page of it loads; RDoc, by the variable its
    /// first script sets; YARD, by its footer's link; Julia's Documenter, by the variable its first script sets (its
    /// breadcrumb's and sidebar's <c>&lt;a href&gt;</c> for the page: held-out review 145). In the markup, not in text that
    /// shows it (code review).
    /// </summary>
    internal bool WritesEmptySelfLinks => _writesEmptySelfLinks ??= Kind == TemplateKind.Html
        && (Text.IndexOf("scribble-common.js", StringComparison.Ordinal) >= 0 || Text.IndexOf("rdoc_rel_prefix", StringComparison.Ordinal) >= 0 || Text.IndexOf("Yay! A Ruby Documentation Tool", StringComparison.Ordinal) >= 0 || Text.IndexOf("documenterBaseURL", StringComparison.Ordinal) >= 0)
        && SelfLinkingGenerator.IsMatch(Text);

    // (a tag's attributes read up to 512 characters: a page of "<script <script ..." sharing one '>' made each read to it)
    private static readonly System.Text.RegularExpressions.Regex SelfLinkingGenerator = new(
        @"<script\b[^<>]{0,512}\bsrc\s*=\s*[""'][^""'<>]{0,512}\bscribble-common\.js[""']|<script\b[^<>]{0,512}>\s*var\s+rdoc_rel_prefix\s*=|<a\s[^<>]{0,512}\btitle\s*=\s*[""']Yay! A Ruby Documentation Tool[""']|<script>\s*documenterBaseURL\s*=",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a documentation generator's meta, with a literal content, says it wrote the page (Doxygen's, DocBook's,
    /// Docutils' for Sphinx, Javadoc's ...): generated output, not a template (a theme's template writes the meta's content
    /// with template code, <c>content="Docutils {{ version }}"</c>).
    /// </summary>
    private static bool IsGeneratedDocumentation(string generator, string text) =>
        generator.IndexOfAny(TemplateCodeChars) < 0 && NamesDocumentationGenerator(generator)
        // (pandoc's own templates write its meta literally: one with its $if(x)$ or $body$ outside code samples is a
        // template, code review 117; pandoc's manual shows them in code)
        && !(generator.StartsWith("pandoc", StringComparison.OrdinalIgnoreCase) || generator.StartsWith("quarto", StringComparison.OrdinalIgnoreCase)
            ? MatchesOutsideSamples(PandocTemplateSyntax, text) : false);

    private static readonly System.Text.RegularExpressions.Regex PandocTemplateSyntax = new(
        @"\$(?:if|for)\([\w.-]{1,64}\)\$|\$(?:body|endif|endfor|else|toc|pagetitle|title|header-includes|include-before|include-after)\$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a generator meta's content names a documentation generator: one of <see cref="DocumentationGenerators"/>, Docutils (Sphinx's) or Javadoc.</summary>
    private static bool NamesDocumentationGenerator(string generator) =>
        Array.Exists(DocumentationGenerators, g => generator.StartsWith(g, StringComparison.OrdinalIgnoreCase))
        || generator.StartsWith("Docutils", StringComparison.Ordinal) || generator.StartsWith("javadoc", StringComparison.Ordinal);

    private static readonly char[] TemplateCodeChars = { '{', '}', '%', '$', '@', '<' };

    // (and the document converters, whose TeX math holds braces, \frac{{1}}{{2}}, in an image's alt, a comment or MathJax's
    // text: held-out reviews 148 and 150, LaTeX2HTML's and pandoc's pages read as templates, their links undecided)
    private static readonly string[] DocumentationGenerators =
    {
        "DocBook", "Doxygen", "MkDocs", "Publican", "AsciiDoc", "Asciidoctor", "texi2any", "makeinfo", "rustdoc", "Haddock", "GTK-Doc",
        "LaTeX2HTML", "pandoc", "hevea", "quarto", "TeX4ht", "Org mode", "Org-mode", "odoc",
    };


    // <meta name="generator" content="..."> with its attributes in either order (read up to 1,024 characters each: it is
    // read for every page that names a generator, and "<meta <meta ..." sharing one '>' made each read to it)
    private static readonly System.Text.RegularExpressions.Regex GeneratorMeta = new(
        @"<meta\s(?=[^<>]{0,1024}\bname\s*=\s*[""']?generator[""'\s/>])[^<>]{0,1024}\bcontent\s*=\s*[""'](?<content>[^""']{0,1024})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// The host the page declares as its own address, lower-cased and without <c>www.</c>: a literal absolute URL in
    /// <c>&lt;link rel="canonical" href&gt;</c> or <c>&lt;meta property="og:url" content&gt;</c>; null when it writes none
    /// (held-out review 110: a WordPress export's comment permalinks, absolute to the blog's own host).
    /// </summary>
    internal string? DeclaredHost => (_declaredHost ??= FindDeclaredHost() ?? string.Empty) is { Length: > 0 } host ? host : null;

    /// <summary>Whether a host (as <see cref="Links.UrlParts"/> reads it, in lower case) is the one the page declares as its own, with or without <c>www.</c>.</summary>
    internal bool IsDeclaredHost(string host) => DeclaredHost is { } own && Links.UrlParts.WithoutWww(host) == own;

    private string? FindDeclaredHost()
    {
        foreach (var tag in _startTags.Values)
        {
            Work++;
            if (tag.Name is not ("link" or "meta"))
            {
                continue;
            }

            string? rel = null, href = null, content = null;
            var ogUrl = false;
            foreach (var attribute in tag.RawAttributes)
            {
                switch (attribute.Name)
                {
                    case "rel": rel = attribute.Value; break;
                    // (og:url is written as a property or a name, and a tag may hold both: <meta name="twitter:url"
                    // property="og:url">, second and third code reviews)
                    case "property" or "name": ogUrl |= attribute.Value.Trim().Equals("og:url", StringComparison.OrdinalIgnoreCase); break;
                    case "href": href = attribute.Value; break;
                    case "content": content = attribute.Value; break;
                }
            }

            var url = tag.Name == "link"
                ? (rel is not null && rel.Split(HtmlSpace.Chars, StringSplitOptions.RemoveEmptyEntries).Any(t => t.Equals("canonical", StringComparison.OrdinalIgnoreCase)) ? href : null)
                : (ogUrl ? content : null);
            if (url is null)
            {
                continue;
            }

            // its literal start, when that holds the whole host: a layout's href="https://example.com/posts/@Model.Slug"
            // (second code review)
            var literal = Dynamic.LiteralPrefix(url.Trim());
            var parts = Links.UrlParts.Parse(literal);
            if (parts.Scheme is "http" or "https" && parts.Host is { Length: > 0 } host && (literal.Length == url.Trim().Length || parts.Path.Length > 0))
            {
                return Links.UrlParts.WithoutWww(host);
            }
        }

        return null;
    }

    /// <summary>Whether the text writes a component named <c>Svg</c> (<c>&lt;Svg</c>), and an svg element (<c>&lt;svg</c>).</summary>
    internal (bool Component, bool Element) WritesSvg =>
        _writesSvg ??= (Text.IndexOf("<Svg", StringComparison.Ordinal) >= 0, Text.IndexOf("<svg", StringComparison.Ordinal) >= 0);

    /// <summary>
    /// The target the template's <c>&lt;base target&gt;</c> gives its links that have none (<c>&lt;base target="_blank"&gt;</c>:
    /// every such link opens a new window), as written: the first <c>&lt;base&gt;</c> with a target in the document, as
    /// browsers take it (not one in a <c>&lt;template&gt;</c>'s content or a template script's text: code review 117);
    /// null when there is none, or its value is computed at run time.
    /// </summary>
    internal string? BaseTarget => (_baseTarget ??= FindBaseTarget()) is { Length: > 0 } target ? target : null;

    private string FindBaseTarget()
    {
        if (Dom is null || BaseTags.Count == 0)
        {
            return string.Empty;
        }

        foreach (var element in Site.TemplateFacts.Elements(Dom))
        {
            Work++;
            if (element.LocalName == "base" && GetAttributes(element) is var attributes && LinkHygiene.Links.LinkExtractor.Find(attributes, "target") is { } target)
            {
                return target.IsDynamic || target.Value.IndexOfAny(TemplateCodeChars) >= 0 ? string.Empty : target.Value;
            }
        }

        return string.Empty;
    }

    private bool FindBaseHref()
    {
        foreach (var tag in BaseTags)
        {
            if (tag.RawAttributes.Length == 0)
            {
                return true; // <base />, which a script gives its href (the GitHub Pages recipe for a Blazor app)
            }

            foreach (var attribute in tag.RawAttributes)
            {
                if (attribute.Name == "href")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The page's <c>&lt;base&gt;</c> start tags in order (one look at each of its tags; only those found are sorted).</summary>
    private List<StartTag> BaseTags => _baseTags ??= FindBaseTags();

    private List<StartTag> FindBaseTags()
    {
        Work += _startTags.Count;
        return _startTags.FindAll(static tag => tag.Name == "base");
    }

    /// <summary>What could not be read.</summary>
    public IReadOnlyList<ParseProblem> Problems { get; }

    /// <summary>Whether the template could be analysed at all (no fatal problem).</summary>
    public bool IsAnalyzable => Dom is not null || IsTokensOnly;

    /// <summary>
    /// Whether the template was read by the tokenizer alone, without a DOM: it holds nothing the DOM would be read for
    /// (no link, no raw HTML, no suppression; see <see cref="NeedsTree"/>), so its tokens, comments and problems are all
    /// there is to know. Its ids, which only a link from another page asks for, come from a full parse when asked.
    /// </summary>
    internal bool IsTokensOnly { get; }

    /// <summary>
    /// The ids the parsed page has, whether they are all its rendered page's, and its literal base href
    /// (<see cref="Site.TemplateFacts.IdsOf"/>), found once: for the site's facts, and for a link's <c>aria-labelledby</c>
    /// that names an id the page lacks.
    /// </summary>
    internal (IReadOnlyCollection<string> Ids, bool Complete, string? BaseHref)? IdsFound { get; set; }

    /// <summary>
    /// Steps taken by the token scans after parsing (content regions, text spans, element lookups), by the branch
    /// groups asked in <see cref="AreExclusive"/> and by rules that compare links with one another: a deterministic
    /// measure of work, which tests compare with the number of tokens to show the analysis stays linear.
    /// </summary>
    internal long Work { get; private set; }

    /// <summary>Counts steps of a rule's comparisons in <see cref="Work"/>.</summary>
    internal void CountWork(long steps) => Work += steps;

    /// <summary>The text the HTML parser saw (C# masked).</summary>
    internal string Masked { get; }

    /// <summary>The DOM (null when the template is unanalysable).</summary>
    internal IDocument? Dom { get; }

    /// <summary>Every token in source order.</summary>
    internal TokenList Tokens { get; }

    /// <summary>
    /// Client-side templates (<c>&lt;script type="text/x-template"&gt;</c> and the like): markup the browser never parses
    /// as such, but that a client framework renders into real links. Each is parsed on its own.
    /// </summary>
    internal IReadOnlyList<ScriptTemplate> ScriptTemplates { get; }

    /// <summary>An HTML file's template tags in text that write their value as HTML (found by <see cref="ClientTemplateSyntax.MaskTemplateTags"/>), picked when first asked for.</summary>
    internal IReadOnlyList<SourceSpan> RawTemplateOutputs => _rawTemplateOutputs ??= _rawOutputTags.FindAll(IsInText);

    /// <summary>
    /// Whether an HTML file is a static-site or client-side template: it starts with front matter or has a template tag
    /// (<see cref="ClientTemplateSyntax.MaskTemplateTags"/> masked something), its name says it is one
    /// (<see cref="IsPartialByName"/>), or it holds a client framework's view syntax (<see cref="HasClientViewSyntax"/>).
    /// </summary>
    internal bool IsSiteTemplate { get; }

    private static readonly string[] PartialFolders = { "_includes", "_layouts", "_partials", "includes", "partials" };

    // What a page written to be served has and a fragment of one does not.
    private static readonly System.Text.RegularExpressions.Regex DocumentParts = new(
        @"<!doctype|<(?:html|head|body|title)[\s>]", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// Whether an HTML file is a fragment of a page: no doctype, no <c>&lt;html&gt;</c>, <c>&lt;head&gt;</c>,
    /// <c>&lt;body&gt;</c> or <c>&lt;title&gt;</c> (a browser needs none of them, but every page written to be served has
    /// one). A template includes it, a server's include or a script puts it into a page, so its relative links and ids are
    /// that page's (held-out review 47: a GOV.UK prototype's <c>{% include "sections/name-row.html" %}</c>).
    /// </summary>
    internal static bool IsFragment(string text) => !DocumentParts.IsMatch(text);

    // Folders of parts of pages, by names that hold whole pages too: a fragment right in one is a part (a snippet to try
    // a rule on, anywhere else, is still a page).
    private static readonly string[] FragmentFolders = { "components", "sections", "snippets", "fragments", "shared", "layouts", "templates", "blocks", "parts", "views" };

    // Where a web framework keeps its templates, in folders of their own: Django's and Flask's templates/<app>/
    private static readonly string[] TemplateRoots = { "templates" };

    /// <summary>
    /// Whether an HTML file is a fragment (<see cref="IsFragment"/>) right in a folder of parts of pages (<c>sections/</c>,
    /// <c>components/</c>, <c>views/</c> ...), or in a folder right under a <c>templates/</c> folder (held-out review 97:
    /// Django's and Flask's app templates, <c>blog/templates/blog/post_tools.html</c>, which another includes; not any
    /// folder below one, which a checkout under <c>~/templates/</c> would make every fragment: second code review), or
    /// below Django's <c>&lt;app&gt;/templates/&lt;app&gt;/</c>, or named as a part is,
    /// with a leading underscore (held-out review 55: tcpdump's site pastes <c>htmlsrc/_top_menu.html</c> into its pages).
    /// </summary>
    internal static bool IsIncludedFragment(string path, string text) =>
        (InFolderNamed(path, FragmentFolders, levels: 1) || InFolderNamed(path, TemplateRoots, levels: 2) || InAppTemplates(path) || FileNameStartsWithUnderscore(path)) && IsFragment(text);

    /// <summary>
    /// Whether a path is under Django's folder of an app's templates, <c>&lt;app&gt;/templates/&lt;app&gt;/</c>, at any depth
    /// (<c>blog/templates/blog/post/share_tools.html</c>, as "Django by Example" lays them out: third code review).
    /// </summary>
    private static bool InAppTemplates(string path)
    {
        var normalized = path.Replace('\\', '/');
        for (var at = normalized.IndexOf("/templates/", StringComparison.OrdinalIgnoreCase); at > 0; at = normalized.IndexOf("/templates/", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var appStart = normalized.LastIndexOf('/', at - 1) + 1;
            var app = normalized.Substring(appStart, at - appStart);
            var below = at + "/templates/".Length;
            if (app.Length > 0 && string.Compare(normalized, below, app + "/", 0, app.Length + 1, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FileNameStartsWithUnderscore(string path)
    {
        var start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        return start < path.Length && path[start] == '_';
    }

    /// <summary>
    /// Whether an HTML file's name says it is rendered inside other pages, template tags or not: an Angular component's
    /// template (<c>header.component.html</c>), or a file in a folder of includes, layouts or partials (Jekyll's and
    /// Eleventy's <c>_includes</c> and <c>_layouts</c>, <c>partials</c>).
    /// </summary>
    internal static bool IsPartialByName(string path) =>
        path.EndsWith(".component.html", StringComparison.OrdinalIgnoreCase) || InFolderNamed(path, PartialFolders, levels: int.MaxValue);

    /// <summary>Whether one of the nearest <paramref name="levels"/> folders of a path has one of the names (ignoring case).</summary>
    private static bool InFolderNamed(string path, string[] folders, int levels)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        for (var end = slash; end > 0 && levels-- > 0;)
        {
            var start = Math.Max(path.LastIndexOf('/', end - 1), path.LastIndexOf('\\', end - 1)) + 1;
            foreach (var folder in folders)
            {
                if (end - start == folder.Length && string.Compare(path, start, folder, 0, folder.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            end = start - 1;
        }

        return false;
    }

    // What only a client framework's view holds: Angular's router links and outlet, event bindings on clicks, structural
    // directives and own elements; AngularJS's directives and UI-Router's state links (a partial its ng-view or
    // ng-include renders: held-out review 91); Knockout's bindings (a Durandal view); Aurelia's route links, <require> and
    // router outlet. As attributes (after white space) and elements, not words: a page's prose may name routerLink.
    private static readonly string[] ViewAttributes =
    {
        "routerLink=", "[routerLink]=", "(click)=", "*ngIf=", "*ngFor=", "data-bind=", "route-href=",
        "ng-controller=", "ng-click=", "ng-show=", "ng-hide=", "ng-if=", "ng-repeat=", "ng-model=", "ng-include=", "ng-href=",
        "ng-bind=", "ng-submit=", "ng-class=", "ui-sref=", "data-ng-controller=", "data-ng-click=", "data-ng-show=", "data-ng-if=",
        "data-ng-repeat=", "data-ng-model=", "data-ng-href=", "data-ui-sref=",
    };
    private static readonly string[] ViewElements = { "<router-outlet", "<ng-container", "<ng-template", "<router-view", "<require " };

    // Aurelia's binding commands, after the name of the attribute they bind (href.bind=, click.delegate=).
    private static readonly string[] AureliaCommands = { ".bind=\"", ".delegate=\"", ".trigger=\"" };

    /// <summary>
    /// Whether an HTML file holds a client framework's view syntax (Angular, AngularJS, Knockout, Aurelia): then it is a component's
    /// template or a view the app composes into its page, however it is named (the Angular CLI names them <c>nav.html</c>
    /// since version 20, <c>nav.component.html</c> before). A whole page (a doctype, an &lt;html&gt; element) is no view,
    /// whatever its text shows.
    /// </summary>
    internal static bool HasClientViewSyntax(string text)
    {
        var found = Needles.AnyIn(text, ViewElements, StringComparison.Ordinal) || Follows(text, ViewAttributes, char.IsWhiteSpace) || Follows(text, AureliaCommands, char.IsLetter);
        return found && !ClientTemplateSyntax.IsWholePage(text);
    }

    /// <summary>Whether one of the needles stands in the text right after a character <paramref name="before"/> accepts (an attribute after white space, a command after its attribute's name).</summary>
    private static bool Follows(string text, string[] needles, Func<char, bool> before)
    {
        foreach (var needle in needles)
        {
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at > 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                if (before(text[at - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an HTML file is a server-side template of a language the masking does not read (held-out reviews 34 and
    /// 35): PHP (<c>&lt;?php</c>, <c>&lt;?=</c>), ERB, EJS or classic ASP (<c>&lt;%=</c>, <c>&lt;% </c>), Smarty and
    /// RainTPL (<c>="{$</c>, <c>{$name}</c>, not Perl's <c>$ENV{$key}</c>, <c>${$ref}</c>, <c>@{$aref}</c>, <c>%{$href}</c> or
    /// <c>$self->{$key}</c> in pod2html's pages: held-out review 145, code review 117; <c>{loop="</c>, <c>{if $</c>), Mako (<c>&lt;%inherit</c>, a <c>% if</c> line), web.py
    /// Templetor (<c>$def with</c>, a <c>$for</c> line), Velocity (a <c>#if(</c> line), or an attribute written as an
    /// expression (<c>="${</c>). An app renders it at URLs of its own, not where the file sits.
    /// </summary>
    internal static bool HasServerTemplateSyntax(string text)
    {
        if (text.IndexOf("<?php", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("<?=", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // The rest counts in the page's markup only: a static page's client-side template (<script type="text/template">
        // with <%= %>), its JavaScript ({$el.hide()}), a code sample in <pre> or <code> (PHP's "{$great}", C's
        // "#if(DEBUG)"), a style sheet or a comment is no server's.
        return MayHoldServerTemplateSyntax(text) && MatchesOutsideSamples(ServerTemplateSyntax, text);
    }

    /// <summary>
    /// Whether the text holds what every match of <see cref="ServerTemplateSyntax"/> starts with: <c>&lt;%</c>, <c>{$</c>,
    /// <c>${</c> or <c>$!{</c>, a Smarty or RainTPL tag's <c>{if</c>, <c>{elseif</c>, <c>{loop</c>, <c>{include</c> or
    /// <c>{foreach</c>, or a line that starts with <c>$</c>, <c>%</c>, or a Velocity <c>#if</c>, <c>#foreach</c> or
    /// <c>#set</c>. Most pages hold none, and the pattern, which may start at any line, is read by the regex interpreter at
    /// every character of theirs (7% of the engine's samples over the corpus).
    /// </summary>
    internal static bool MayHoldServerTemplateSyntax(string text)
    {
        if (Needles.AnyIn(text, ServerTemplateOpenings, StringComparison.Ordinal))
        {
            return true;
        }

        // The pattern's ^ is a line's start in multi-line mode: the text's, or after a '\n'
        for (var line = 0; line >= 0 && line < text.Length; line = text.IndexOf('\n', line) is var end && end >= 0 ? end + 1 : -1)
        {
            var at = line;
            while (at < text.Length && text[at] is ' ' or '\t')
            {
                at++;
            }

            if (at < text.Length && (text[at] is '$' or '%'
                || (text[at] == '#' && (string.CompareOrdinal(text, at + 1, "if", 0, 2) == 0 || string.CompareOrdinal(text, at + 1, "foreach", 0, 7) == 0 || string.CompareOrdinal(text, at + 1, "set", 0, 3) == 0))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ServerTemplateOpenings = { "<%", "{$", "${", "$!{", "{if", "{elseif", "{loop", "{include", "{foreach" };

    /// <summary>
    /// Whether a pattern matches in a page's markup, not in a code sample (<c>&lt;pre&gt;</c>, <c>&lt;code&gt;</c>), a
    /// script, a style sheet or a comment. Their extents are found once, in order, when the pattern first matches.
    /// </summary>
    private static bool MatchesOutsideSamples(System.Text.RegularExpressions.Regex pattern, string text)
    {
        List<(int Start, int End)>? samples = null;
        var next = 0;
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            samples ??= SampleExtents(text);
            while (next < samples.Count && samples[next].End <= match.Index)
            {
                next++;
            }

            if (next == samples.Count || match.Index < samples[next].Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the masking of template code changed the page outside its code samples (<c>&lt;pre&gt;</c>,
    /// <c>&lt;code&gt;</c>, <c>&lt;xmp&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c>): a generated page that shows
    /// <c>&lt;a href="{{ page.url }}"&gt;</c> in a <c>&lt;pre&gt;</c> is a page at its own URL (held-out review 118: MkDocs'
    /// documentation of its themes lost 221 links' checks). Template code in a script or a textarea is data a server fills
    /// in, in a comment it may be the template's own: those make a template (code review).
    /// </summary>
    private static bool MasksMarkup(string text, string masked)
    {
        List<(int Start, int End)>? samples = null;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == masked[i])
            {
                continue;
            }

            samples ??= SampleExtents(text, CodeSamples);
            while (next < samples.Count && samples[next].End <= i)
            {
                next++;
            }

            if (next == samples.Count || i < samples[next].Start)
            {
                return true;
            }

            // (the rest of this sample is a sample too, and so is the rest of template code that starts in it: a sample's
            // brace ending in another sample, <code>{{'$1','$2'}</code> ... <code>{const,25}}</code>: held-out review 136)
            var end = samples[next].End - 1;
            while (i + 1 < text.Length && (text[i + 1] != masked[i + 1] || text[i + 1] is '\n' or '\r'))
            {
                i++; // (the masking keeps a tag's line breaks)
            }

            i = Math.Max(i, end);
        }

        return false;
    }

    private static readonly (string Open, string Close)[] Samples =
    {
        ("<script", "</script"), ("<style", "</style"), ("<pre", "</pre"), ("<code", "</code"), ("<textarea", "</textarea"), ("<xmp", "</xmp"), ("<!--", "-->"),
    };

    private static readonly (string Open, string Close)[] CodeSamples =
    {
        ("<pre", "</pre"), ("<code", "</code"), ("<xmp", "</xmp"), ("<kbd", "</kbd"), ("<samp", "</samp"),
    };

    /// <summary>
    /// Where each script, style sheet, code sample (<c>&lt;pre&gt;</c>, <c>&lt;code&gt;</c>, <c>&lt;textarea&gt;</c>,
    /// <c>&lt;xmp&gt;</c>) and comment is, by start (to the end of the text when it is not closed).
    /// </summary>
    private static List<(int Start, int End)> SampleExtents(string text) => SampleExtents(text, Samples);

    /// <summary>The extents of the elements (and comments) a list names, by start; an element's name ends where its tag's does (not <c>&lt;pre-loader&gt;</c>).</summary>
    private static List<(int Start, int End)> SampleExtents(string text, (string Open, string Close)[] samples)
    {
        var extents = new List<(int Start, int End)>();
        foreach (var (openText, closeText) in samples)
        {
            // (after a close near the end, the next search starts at the end at most: the fuzzer, once the masking's check
            // read these extents for every template with template code)
            for (var open = text.IndexOf(openText, StringComparison.OrdinalIgnoreCase); open >= 0; open = text.IndexOf(openText, Math.Min(open + openText.Length, text.Length), StringComparison.OrdinalIgnoreCase))
            {
                if (openText[1] != '!' && open + openText.Length < text.Length && !EndsName(text[open + openText.Length]))
                {
                    continue; // <pre-loader>, <code-block>: another element
                }

                var close = text.IndexOf(closeText, open + openText.Length, StringComparison.OrdinalIgnoreCase);
                extents.Add((open, close < 0 ? text.Length : close));
                if (close < 0)
                {
                    break;
                }

                open = close;
            }
        }

        extents.Sort((a, b) => a.Start.CompareTo(b.Start));
        return extents;
    }

    private static bool EndsName(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    internal static readonly System.Text.RegularExpressions.Regex ServerTemplateSyntax = new(
        @"<%[=\-#@ \t\r\n]|<%(?:inherit|def|namespace|include|block|page|text)\b|=[""']\{\$[A-Za-z_]|(?<![\w$@%>]|&gt;)\{\$[A-Za-z_][A-Za-z0-9_.]*\}|\{(?:loop|if|elseif|include|foreach)=[""']|\{(?:if|foreach|include) (?:\$|file=|from=)|=[""']\$!?\{|^[ \t]*(?:\$(?:def with|var |code:|for |if |elif |while |else:)|%[ \t]*(?:if|for|while|endif|endfor|endwhile)\b|#(?:if|foreach|set)[ \t]*\()",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Multiline);

    // Thymeleaf's attributes in their HTML5 form: one that says where markup comes from or goes (data-th-replace="x :: y",
    // data-th-if, data-th-each ...), or one that writes text with an expression of Thymeleaf's in it (${...}, *{...},
    // #{...}, @{...}, ~{...}): not a bilingual page's data-th-text="เกี่ยวกับเรา" (code reviews)
    private static readonly System.Text.RegularExpressions.Regex ThymeleafDataAttribute = new(
        @"\Gdata-th-(?:(?:href|src|if|unless|each|replace|insert|include|switch|case|attr|object|field|fragment|with|inline|class|classappend|style|action|id|substituteby|remove)\s*=\s*[""']"
            + @"|(?:text|utext|value|title|alt|name|for|selected|checked|errorclass|placeholder|content|onclick|styleappend|attrappend|attrprepend)\s*=\s*(?:""[^""]*[$*#@~]\{|'[^']*[$*#@~]\{))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the template declares Genshi's namespace (<c>xmlns:py="http://genshi.edgewall.org/"</c>): an XML template of Trac's, Tryton's or lazygal's.</summary>
    private static bool IsGenshiTemplate(string text) => text.IndexOf("http://genshi.edgewall.org/", StringComparison.Ordinal) >= 0 && GenshiNamespace.IsMatch(text);

    // (declared, not named: a page's link to Genshi's site is no template; code review)
    private static readonly System.Text.RegularExpressions.Regex GenshiNamespace = new(@"\bxmlns:py\s*=\s*[""']http://genshi\.edgewall\.org/[""']", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether an HTML file is a Thymeleaf view: its namespace (<c>xmlns:th=</c>), a <c>th:</c> or <c>data-th-</c> attribute
    /// (after white space) or a <c>&lt;th:block&gt;</c>. A Spring app renders it at a controller's URL, inside layouts and with fragments
    /// of other views, and its parser closes <c>&lt;div th:replace="..." /&gt;</c> where it stands, as a Razor component's does.
    /// </summary>
    internal static bool HasThymeleafSyntax(string text)
    {
        if (text.IndexOf("xmlns:th=", StringComparison.Ordinal) >= 0 || text.IndexOf("<th:block", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // its HTML5 form, data-th-href="..." (held-out review 120): one of Thymeleaf's own attributes, not a site's data-
        // attribute for Thai text (data-th-ph="ค้นหา": code review)
        for (var at = text.IndexOf("data-th-", StringComparison.Ordinal); at > 0; at = text.IndexOf("data-th-", at + 8, StringComparison.Ordinal))
        {
            if (char.IsWhiteSpace(text[at - 1]) && ThymeleafDataAttribute.IsMatch(text, at))
            {
                return true;
            }
        }

        // An attribute: after white space, inside a start tag (not a style sheet's "th:hover", nor prose naming th:text).
        // Each look back for the nearest '<' or '>' stops where the one before it started: linear in the text.
        var inTag = false;
        var scanned = 0;
        for (var at = text.IndexOf("th:", StringComparison.Ordinal); at > 0; at = text.IndexOf("th:", at + 3, StringComparison.Ordinal))
        {
            for (var k = at - 1; k >= scanned; k--)
            {
                if (text[k] == '>')
                {
                    inTag = false;
                    break;
                }

                if (text[k] == '<')
                {
                    inTag = char.IsLetter(text[k + 1]);
                    break;
                }
            }

            scanned = at;
            if (char.IsWhiteSpace(text[at - 1]) && at + 3 < text.Length && char.IsLetter(text[at + 3]) && (inTag || HasQuotedValue(text, at + 3)))
            {
                return true;
            }
        }

        return false;

        // th:href="..." as an attribute is written, when a quoted '>' before it (onclick="a > b") hid the tag's start.
        static bool HasQuotedValue(string text, int name)
        {
            var end = name;
            while (end < text.Length && end - name < 64 && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or ':'))
            {
                end++;
            }

            return end + 1 < text.Length && text[end] == '=' && text[end + 1] is '"' or '\'';
        }
    }

    /// <summary>
    /// A Thymeleaf view's <c>&lt;textarea th:field="*{notes}"/&gt;</c> and <c>&lt;script th:src="..."/&gt;</c>, a Genshi
    /// template's <c>&lt;title py:content="x" /&gt;</c>, and a Razor component's, which their compilers close where they stand, masked out: an HTML parser would read the rest of the file
    /// as their text, and lose every link after them. They hold no link themselves.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static string WithoutSelfClosedRawText(string masked)
    {
        char[]? chars = null;
        for (var at = masked.IndexOf('<'); at >= 0 && at + 1 < masked.Length; at = masked.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(masked, at, "<!--", 0, 4) == 0)
            {
                var close = masked.IndexOf("-->", at + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                at = close + 2;
                continue;
            }

            var nameEnd = at + 1;
            while (nameEnd < masked.Length && char.IsLetter(masked[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == at + 1 || nameEnd - at - 1 > 8 || !RawTextElements.Contains(masked.Substring(at + 1, nameEnd - at - 1).ToLowerInvariant()))
            {
                continue;
            }

            // The tag's end, past quoted values; "/>" closes it.
            var end = nameEnd;
            for (var quote = '\0'; end < masked.Length; end++)
            {
                var c = masked[end];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    break;
                }
            }

            if (end == masked.Length)
            {
                break; // a quote that never closes: the rest is this tag's
            }

            if (masked[end - 1] == '/')
            {
                chars ??= masked.ToCharArray();
                if (char.IsUpper(masked[at + 1]))
                {
                    // a Razor component of that name (<Title Text="Home" />), which may write text: kept, as an element of
                    // another name that the parser does not read as raw text (its source name is still the component's)
                    chars[at + 1] = 'X';
                }
                else
                {
                    ClientTemplateSyntax.Fill(chars, at, end + 1, ' ');
                }
            }

            at = end; // each character is read once, whatever shares the '>' (code review: 40,000 "<script " in a comment)
        }

        return chars is null ? masked : new string(chars);
    }

    /// <summary>Whether a span starts in a text token: rendered as content, not inside a tag (an attribute's value renders no links).</summary>
    private bool IsInText(SourceSpan span)
    {
        var index = FirstTokenAtOrAfter(span.Start + 1) - 1;
        return index >= 0 && Tokens[index].Kind == TokenKind.Text && Tokens[index].End > span.Start;
    }

    private List<SourceSpan>? _rawTemplateOutputs;
    private readonly List<SourceSpan> _rawOutputTags; // the raw-output tags masking found, in tags and text alike
    private Dictionary<string, string?>? _localStrings;
    private Dictionary<string, string?>? _localizers;

    private static readonly System.Text.RegularExpressions.Regex LocalizerDeclaration = new(
        @"\bI(?<kind>String|View|Html)Localizer\b(?:\s*<\s*(?<type>[^<>\r\n]*?)\s*>)?\s+(?<name>[A-Za-z_]\w*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the template declares a localizer under this name: <c>@inject IStringLocalizer&lt;Counter&gt; Loc</c>,
    /// <c>@inject IViewLocalizer Text</c>, <c>[Inject] IStringLocalizer&lt;App&gt; Strings { get; set; }</c>, a field.
    /// </summary>
    internal bool DeclaresLocalizer(string name) => Localizers.ContainsKey(name);

    /// <summary>
    /// What a localizer the template declares reads (<see cref="DeclaresLocalizer"/>): "" for an <c>IViewLocalizer</c>
    /// (the view's own resources), the type's name for <c>IStringLocalizer&lt;T&gt;</c> or <c>IHtmlLocalizer&lt;T&gt;</c>
    /// (T's resources), null for one without a type (any of the project's). False when it declares none by this name.
    /// </summary>
    internal bool TryGetLocalizer(string name, out string? resources) => Localizers.TryGetValue(name, out resources);

    private Dictionary<string, string?> Localizers
    {
        get
        {
            if (_localizers is null)
            {
                _localizers = new Dictionary<string, string?>(StringComparer.Ordinal);
                ReadLocalizerDeclarations(Text, _localizers);
            }

            return _localizers;
        }
    }

    /// <summary>
    /// The localizers a text declares (<see cref="DeclaresLocalizer"/>), by name, with what each reads (as
    /// <see cref="TryGetLocalizer"/> says): a template's own, or those a <c>_ViewImports.cshtml</c> or <c>_Imports.razor</c>
    /// injects into the templates beside and below it (<see cref="Engine.ProjectContext.LocalizersOf"/>).
    /// </summary>
    internal static void ReadLocalizerDeclarations(string text, Dictionary<string, string?> localizers)
    {
        if (text.IndexOf("Localizer", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match declaration in LocalizerDeclaration.Matches(text))
        {
            var type = declaration.Groups["type"];
            localizers[declaration.Groups["name"].Value] = declaration.Groups["kind"].Value == "View" ? string.Empty
                : type.Success && type.Value.Length > 0 ? type.Value.Substring(type.Value.LastIndexOf('.') + 1) : null;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex LocalStringDeclaration = new(
        @"(?<![\w.])(?:var|string)\s+(?<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?<value>[$@]{0,2}"")", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex Assignment = new(
        @"(?<![\w.])(?<name>[A-Za-z_]\w*)\s*(?:\+|-|\?\?)?=(?!=)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The URL the one C# string expression a local (or field) is declared with in this template's code builds
    /// (<c>var share = "https://www.facebook.com/sharer.php?u=" + slug;</c> gives "https://www.facebook.com/sharer.php?u="
    /// and a run-time part, as <see cref="Href.StringPattern"/> reads it), or null: not declared so, declared twice, or
    /// assigned anywhere else in the template's code.
    /// </summary>
    internal string? LocalStringStart(string name)
    {
        _localStrings ??= ReadLocalStrings();
        return _localStrings.TryGetValue(name, out var start) ? start : null;
    }

    private static readonly System.Text.RegularExpressions.Regex ConstantStringDeclaration = new(
        @"(?<![\w.])const\s+string\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<value>(?:@""(?:[^""]|"""")*""|""(?:[^""\\\r\n]|\\.)*""|@(?!"")|[^;{}""@\r\n])+);", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The value of a string constant this template's code declares once, as written on one line
    /// (<c>private const string PageUrl = "/getting-started";</c>, <c>= DemoRouteConstants.Demos_URL_Buttons;</c>), or null.
    /// </summary>
    internal string? ConstantString(string name)
    {
        string? found = null;
        var count = 0;
        foreach (var block in CodeBlocks)
        {
            foreach (System.Text.RegularExpressions.Match declaration in ConstantStringDeclaration.Matches(Text.Substring(block.Start, block.Length)))
            {
                if (declaration.Groups["name"].Value == name)
                {
                    found = declaration.Groups["value"].Value;
                    count++;
                }
            }
        }

        return count == 1 ? found : null;
    }

    private Dictionary<string, string?> ReadLocalStrings()
    {
        var starts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var assignments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in CodeBlocks)
        {
            var code = Text.Substring(block.Start, block.Length);
            foreach (System.Text.RegularExpressions.Match declaration in LocalStringDeclaration.Matches(code))
            {
                var name = declaration.Groups["name"].Value;
                var start = Href.StringPattern(code, declaration.Groups["value"].Index);
                starts[name] = starts.ContainsKey(name) || start.Length == 0 ? null : start;
            }

            foreach (System.Text.RegularExpressions.Match assignment in Assignment.Matches(code))
            {
                var name = assignment.Groups["name"].Value;
                assignments[name] = assignments.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        foreach (var name in starts.Keys.ToList())
        {
            if (assignments.TryGetValue(name, out var count) && count > 1)
            {
                starts[name] = null; // its declaration and another assignment
            }
        }

        return starts;
    }

    /// <summary>Reads a template.</summary>
    public static TemplateDocument Parse(string path, string text, TemplateKind kind) => Parse(path, text, kind, Reading.Dom);

    /// <summary>Reads a template; with <paramref name="tokensWhenEnough"/>, without a DOM when nothing in it needs one.</summary>
    internal static TemplateDocument Parse(string path, string text, TemplateKind kind, bool tokensWhenEnough) =>
        Parse(path, text, kind, tokensWhenEnough ? Reading.TokensWhenEnough : Reading.Dom);

    /// <summary>Reads a template with the tokenizer alone, whatever it holds (for tests that compare it with a full parse).</summary>
    internal static TemplateDocument ParseTokensOnly(string path, string text, TemplateKind kind) => Parse(path, text, kind, Reading.TokensOnly);

    /// <summary>
    /// Reads a template with a DOM and the tokens as the parser reports them while it builds the DOM, whatever the text
    /// holds: the reading the others are compared with (for tests).
    /// </summary>
    internal static TemplateDocument ParseWithParserTokens(string path, string text, TemplateKind kind) => Parse(path, text, kind, Reading.DomWithParserTokens);

    /// <summary>How <see cref="Parse(string, string, TemplateKind, Reading)"/> reads a template.</summary>
    private enum Reading
    {
        /// <summary>Without a DOM when nothing in the template needs one (<see cref="NeedsTree"/>).</summary>
        TokensWhenEnough,

        /// <summary>With a DOM.</summary>
        Dom,

        /// <summary>With a DOM, and the tokens from the parser's callback even where the tokenizer alone would read the same.</summary>
        DomWithParserTokens,

        /// <summary>Without a DOM, whatever the template holds.</summary>
        TokensOnly,
    }

    private static TemplateDocument Parse(string path, string text, TemplateKind kind, Reading reading)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        MaskedTemplate? razor = null;
        var masked = text;
        var problems = new List<ParseProblem>();
        var comments = new List<TemplateComment>();
        if (kind != TemplateKind.Html)
        {
            razor = RazorScanner.Scan(text, kind == TemplateKind.RazorComponent);
            masked = razor.Masked;
            problems.AddRange(razor.Problems);
            comments.AddRange(razor.RazorComments);
        }
        var rawOutputTags = new List<SourceSpan>();
        ControlFlow? templateFlow = null;
        // A page a documentation generator wrote is a page, whatever its text shows: Doxygen's source listings hold Vim's
        // fold markers ({{{1) and LaTeX ({{x - \mu}), a Sphinx page Trac's {{{x}}} (held-out review 143: 19 of
        // libstdc++'s pages were templates, their 3,517 links undecided)
        var generator = kind == TemplateKind.Html ? GeneratorOf(text) : null; // (read once: the rules ask for it too)
        var generated = generator is not null && IsGeneratedDocumentation(generator, text);
        if (kind == TemplateKind.Html && !generated)
        {
            masked = ClientTemplateSyntax.MaskTemplateTags(text, rawOutputTags, templateFlow = new ControlFlow());
        }

        var isThymeleaf = kind == TemplateKind.Html && HasThymeleafSyntax(text);
        // (a Genshi template is XML, whose "/>" closes what it ends: held-out review 140, lazygal's <title py:content="x" />)
        var isGenshi = kind == TemplateKind.Html && IsGenshiTemplate(text);
        var isSiteTemplate = kind == TemplateKind.Html && !generated && ((!ReferenceEquals(masked, text) && MasksMarkup(text, masked)) || IsPartialByName(path) || HasClientViewSyntax(text) || isThymeleaf || isGenshi || HasServerTemplateSyntax(text) || IsIncludedFragment(path, text));
        if (isThymeleaf || isGenshi || (kind == TemplateKind.RazorComponent && masked.IndexOf("/>", StringComparison.Ordinal) >= 0))
        {
            // (a component's <textarea @bind="Message" />, <script src="x.js" />, <Title Text="Home" />: the compiler
            // closes them where they stand; held-out review 102)
            masked = WithoutSelfClosedRawText(masked);
        }

        // U+FFFF, a noncharacter, is AngleSharp's mark for the end of its input: read as it is, a tag or comment holding one
        // was never closed and the rest of the template went unread (held-out review 152: WPT's URL "wow:\uFFFF"). The
        // parser reads U+FFFD there instead, one character for one, so every position holds.
        if (masked.IndexOf('\uffff') >= 0)
        {
            masked = masked.Replace('\uffff', '\ufffd');
        }

        // About one token per '<' and one text token between tags, one start tag per two '<': sized for that, instead of
        // grown by doubling.
        var angles = CountOf(masked, '<');
        var tokens = new TokenList(2 * angles + 16);
        var startTags = new OffsetMap<StartTag>(angles / 2 + 1, masked.Length);
        IDocument? dom = null;
        var readTokensOnly = false;
        if (!problems.Exists(p => p.IsFatal))
        {
            var commentsBefore = comments.Count;
            var sink = new TokenSink(masked, tokens, startTags, comments);
            try
            {
                var treeBuilderDecides = TreeBuilderDecidesReading(text);
                if (reading == Reading.TokensOnly || (reading == Reading.TokensWhenEnough && !treeBuilderDecides && !MayHoldWhatRulesRead(text, kind) && rawOutputTags.Count == 0))
                {
                    TreeConstruction? noTree = null;
                    readTokensOnly = TokenSink.Tokenize(sink, ref noTree);
                    dom = readTokensOnly ? null : ParseAgainWithParserTokens();
                }
                else if (reading != Reading.DomWithParserTokens && !treeBuilderDecides)
                {
                    // The tokenizer alone reads the text as the parser does: it reads the tokens (cheaper than the
                    // parser's callback, which makes an object of every token), and builds the DOM from them where the
                    // markup is of the kinds TreeConstruction builds as AngleSharp does; the parser builds it otherwise
                    // (and wherever a srcdoc attribute is, which the parser reads renamed: WithoutFrameDocuments).
                    var tree = TokenSink.MayHoldFrameDocuments(masked) ? null : TreeConstruction.For(masked);
                    dom = TokenSink.Tokenize(sink, ref tree) ? tree?.Document ?? TokenSink.ParseDom(masked) : ParseAgainWithParserTokens();
                }
                else
                {
                    dom = TokenSink.Parse(sink);
                }

                // The tokenizer alone stopped in SVG, MathML or a select, at markup the tree builder reads otherwise
                // there: the parser reads the template from the start, reporting its own tokens.
                IDocument ParseAgainWithParserTokens()
                {
                    tokens.Clear();
                    startTags.Clear();
                    comments.RemoveRange(commentsBefore, comments.Count - commentsBefore);
                    return TokenSink.Parse(new TokenSink(masked, tokens, startTags, comments));
                }
            }
            catch (DepthExceededException e)
            {
                problems.Add(new ParseProblem(
                    new SourceSpan(Math.Min(e.Offset, text.Length), 0),
                    $"elements are nested more than {MaxElementDepth} levels deep here; the template was not analysed",
                    IsFatal: true));
                tokens.Clear();
                startTags.Clear();
            }
        }

        if (dom is not null && (kind == TemplateKind.RazorComponent || isThymeleaf || isGenshi))
        {
            CloseSelfClosedElements(dom, startTags);
        }

        var scriptTemplates = new List<ScriptTemplate>();
        if (dom is not null || readTokensOnly)
        {
            FindUnclosedMarkup(masked, tokens, startTags, kind, problems);
            masked = ParseScriptTemplates(masked, tokens, startTags, scriptTemplates);
        }

        comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new TemplateDocument(path, text, kind, masked, dom, tokens, startTags, comments, razor, problems, scriptTemplates, readTokensOnly, isSiteTemplate, isThymeleaf, rawOutputTags, templateFlow, generator);
    }

    /// <summary>
    /// Whether a template needs the DOM: false only when the text (code included, any case) shows none of what the
    /// rules read from it, and none of the markup in which the tokenizer alone would read differently from the parser.
    /// The check is deliberately coarse: a false "needs it" costs a parse, a false "does not" would cost findings.
    /// </summary>
    /// <remarks>
    /// What the rules read from the DOM: links (the elements of <see cref="LinkExtractor.LinkElements"/>,
    /// <c>Html.ActionLink</c>/<c>RouteLink</c>), <c>&lt;base&gt;</c>, raw HTML (<c>Html.Raw</c>, <c>MarkupString</c>,
    /// <c>HtmlString</c>, <see cref="LinkExtractor.RawHtmlAttributes"/>) and <c>linkhygiene</c> comments and attributes. Where the
    /// tokenizer needs the tree builder: it switches the tokenizer to raw text after <c>&lt;script&gt;</c>,
    /// <c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;title&gt;</c>, <c>&lt;xmp&gt;</c>, <c>&lt;iframe&gt;</c>,
    /// <c>&lt;noembed&gt;</c>, <c>&lt;noframes&gt;</c> and <c>&lt;plaintext&gt;</c> (<see cref="TokenSink.Tokenize"/> does
    /// the same) except in <c>&lt;select&gt;</c>, framesets, column groups and SVG/MathML (where CDATA is read too), and it
    /// reads <c>&lt;noscript&gt;</c> by its own rules. Selects, SVG and MathML are not in the check: the tokenizer reads
    /// them on its own until it meets what the tree builder reads otherwise there, and the parser then reads the template
    /// again (<see cref="TokenSink.Tokenize"/>); a form's select or an inline icon is read as any other markup. (A
    /// <c>&lt;meta charset&gt;</c> cannot restart it: the text is a string.)
    /// </remarks>
    internal static bool NeedsTree(string text, TemplateKind kind = TemplateKind.RazorComponent) =>
        TreeBuilderDecidesReading(text) || MayHoldWhatRulesRead(text, kind) || HasRawOutputTag(text);

    /// <summary>Whether an HTML file has a template tag that writes HTML, which LH004 reads from the DOM (for tests: Parse has it from masking).</summary>
    private static bool HasRawOutputTag(string text)
    {
        var rawOutputTags = new List<SourceSpan>();
        ClientTemplateSyntax.MaskTemplateTags(text, rawOutputTags);
        return rawOutputTags.Count > 0;
    }

    /// <summary>
    /// Whether the text holds markup after which AngleSharp's tree builder, not its tokenizer, decides how the text that
    /// follows is read (so that the tokenizer alone could read it differently), or U+FFFF, AngleSharp's end-of-input
    /// mark, at which the parser stops and a tokenizer on its own reads on, or NUL, which the tokenizer's reading is not
    /// held to the parser's for (a NUL here and there is read; two in a row make a binary file, which the engine does not read).
    /// </summary>
    internal static bool TreeBuilderDecidesReading(string text)
    {
        if (text.IndexOf('\uffff') >= 0 || text.IndexOf('\0') >= 0)
        {
            return true;
        }

        return HasStartTag(text, TreeBuilderTagOpenings);
    }

    /// <summary>Whether the text may hold anything the rules read from a DOM: a link, a base URL, raw HTML, a suppression.</summary>
    [MethodImpl(Jit.Optimized)]
    private static bool MayHoldWhatRulesRead(string text, TemplateKind kind)
    {
        if (HasStartTag(text, RuleTagOpenings))
        {
            return true;
        }

        // Link components, which only a Razor component renders
        foreach (var library in kind == TemplateKind.RazorComponent ? LinkComponents.Libraries : Array.Empty<string>())
        {
            if (HasLinkComponent(text, library))
            {
                return true;
            }
        }

        // The components without a prefix (<BarLink To>, <BreadcrumbItem Href>): their destination parameter given a
        // value, then one of their start tags (<button>s alone need no DOM)
        foreach (var (href, names) in kind == TemplateKind.RazorComponent ? LinkComponents.Unprefixed : Array.Empty<(string, string[])>())
        {
            if (!HasAttributeWithValue(text, href))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (HasStartTag(text, "<" + name))
                {
                    return true;
                }
            }
        }

        foreach (var attribute in LinkExtractor.RawHtmlAttributes)
        {
            if (text.IndexOf(attribute, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        // (Knockout's html binding, data-bind, writes HTML too)
        return text.IndexOf("data-bind", StringComparison.OrdinalIgnoreCase) >= 0
            || Needles.AnyIn(text, RuleNeedles, StringComparison.OrdinalIgnoreCase)
            || Needles.AnyIn(text, RuleNeedlesExactCase, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the text may hold a start tag with this opening (any case): '&lt;' and a name, not followed by more of a
    /// name (<c>&lt;a</c> but not <c>&lt;article</c> or <c>&lt;aside</c>). Anything unusual after the name counts as a match.
    /// </summary>
    internal static bool HasStartTag(string text, string needle)
    {
        for (var i = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (EndsName(text, i + needle.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text may hold a start tag with one of these openings (<see cref="HasStartTag(string, string)"/> for
    /// each), in one pass over its '&lt;'s instead of one search of the whole text for each opening: most templates have
    /// none, and were searched for every one (the openings' second characters are lower-case ASCII letters).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal static bool HasStartTag(string text, string[] needles)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            // An ASCII character equals a needle's lower-case letter ignoring case only as that letter or its capital; any
            // other character is compared in full, as the search for each opening compares it.
            var first = text[i + 1];
            var folded = first < 128 ? (char)(first | 0x20) : '\0';
            foreach (var needle in needles)
            {
                if ((folded == '\0' || needle[1] == folded)
                    && string.Compare(text, i, needle, 0, needle.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && EndsName(text, i + needle.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a tag name that reached <paramref name="after"/> ends there: no more of a name follows.</summary>
    private static bool EndsName(string text, int after) =>
        after >= text.Length || !(HtmlChars.IsAsciiLetter(text[after]) || char.IsDigit(text[after]) || text[after] is '-' or ':' or '_' or '.');

    /// <summary>
    /// Whether the text may hold an attribute of this name (any case) with a value: after white space, and before an '='
    /// (<c>To="/"</c>, <c>To = "/"</c>; not <c>auto=</c> or <c>?to=</c>).
    /// </summary>
    private static bool HasAttributeWithValue(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = i + name.Length;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (i > 0 && char.IsWhiteSpace(text[i - 1]) && after < text.Length && text[after] == '=')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text may hold a start tag of a link component of a library (any case): '&lt;', the library's prefix
    /// (<c>mud</c>) and the rest of a name that <see cref="LinkComponents.ByName"/> holds (one scan for a library's
    /// components, not one for each), and somewhere the name of its destination parameter, without which it is no link
    /// (a page of <c>&lt;MudButton OnClick&gt;</c>s and no <c>Href</c> needs no DOM).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool HasLinkComponent(string text, string library)
    {
        // whether the text names each destination parameter, looked for once (code review: once for every component
        // made a page of 20,000 <MudFab/>s take 27 s)
        Dictionary<string, bool>? named = null;
        var prefix = "<" + library;
        for (var i = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(prefix, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + 1;
            while (end < text.Length && (HtmlChars.IsAsciiLetter(text[end]) || char.IsDigit(text[end])))
            {
                end++;
            }

            foreach (var (name, component) in LinkComponents.All)
            {
                if (name.Length != end - i - 1 || string.Compare(text, i + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                named ??= new Dictionary<string, bool>(StringComparer.Ordinal);
                if (!named.TryGetValue(component.Href, out var names))
                {
                    named.Add(component.Href, names = text.IndexOf(component.Href, StringComparison.OrdinalIgnoreCase) >= 0);
                }

                if (names)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Suppression comments and data-linkhygiene-ignore; HtmlHelperLinks' Html.ActionLink and Html.RouteLink.
    private static readonly string[] RuleNeedles = { "linkhygiene", "actionlink", "routelink" };

    // LH004's Html.Raw and the markup types, matched with their case as LH004 matches them.
    private static readonly string[] RuleNeedlesExactCase = { "Raw", "MarkupString", "HtmlString" };

    internal static readonly string[] TreeBuilderTagOpenings = Openings(new[] { "frameset", "col", "colgroup", "noscript" });

    // The link elements and <base> (the link components: HasLinkComponent).
    internal static readonly string[] RuleTagOpenings = Openings(LinkExtractor.LinkElements.Keys.Where(name => !LinkComponents.ByName.ContainsKey(name) || LinkComponents.IsWebComponent(name)).Append("base"));

    private static string[] Openings(IEnumerable<string> names) => names.Select(name => "<" + name).ToArray();

    /// <summary>
    /// Parses the markup inside client-side template scripts (Vue x-template, Knockout/jQuery/Underscore/Handlebars/
    /// Kendo templates), where the client framework's own interpolations (<c>{{ }}</c>, <c>&lt;%= %&gt;</c>,
    /// <c>#= #</c>, <c>${ }</c>) are run-time values. Their tokens join the document's, at their real offsets.
    /// </summary>
    /// <returns>The masked text with the templates' interpolations masked as run-time values.</returns>
    private static string ParseScriptTemplates(string masked, TokenList tokens, OffsetMap<StartTag> startTags, List<ScriptTemplate> templates)
    {
        List<(int TagStart, SourceSpan Content)>? regions = null;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.StartTag || tokens[t].Name != "script" || !IsTemplateScript(startTags[tokens[t].Start].RawAttributes))
            {
                continue;
            }

            var contentStart = tokens[t].End;
            for (var u = t + 1; u < tokens.Count; u++)
            {
                if (tokens[u].Kind == TokenKind.EndTag && tokens[u].Name == "script")
                {
                    if (tokens[u].Start > contentStart)
                    {
                        (regions ??= new()).Add((tokens[t].Start, SourceSpan.FromBounds(contentStart, tokens[u].Start)));
                    }

                    break;
                }

                if (tokens[u].Kind is TokenKind.StartTag or TokenKind.EndOfFile)
                {
                    break;
                }
            }
        }

        if (regions is null)
        {
            return masked;
        }

        var chars = masked.ToCharArray();
        var added = new List<Token>();
        foreach (var (tagStart, content) in regions)
        {
            ClientTemplateSyntax.Mask(chars, content.Start, content.End);
            var islandText = new string(chars, content.Start, content.Length);
            var islandTokens = new List<Token>();
            var open = new OpenElements();
            void OnToken(HtmlToken token, AngleSharp.Text.TextRange range)
            {
                if (open.Depth > MaxElementDepth)
                {
                    throw new DepthExceededException(range.Start.Index);
                }

                var start = content.Start + range.Start.Index;
                var end = Math.Max(start, Math.Min(content.Start + range.End.Index, content.End));
                switch (token.Type)
                {
                    case HtmlTokenType.StartTag:
                        var tag = (HtmlTagToken)token;
                        startTags[start] = new StartTag(start, end, tag.Name, tag, -1, content.Start);
                        islandTokens.Add(new Token(TokenKind.StartTag, start, end, tag.Name));
                        if (!tag.IsSelfClosing && !VoidElements.Contains(tag.Name))
                        {
                            open.StartTag(tag.Name);
                        }

                        break;
                    case HtmlTokenType.EndTag:
                        islandTokens.Add(new Token(TokenKind.EndTag, start, end, token.Name));
                        open.EndTag(token.Name);
                        break;
                    case HtmlTokenType.Character:
                        islandTokens.Add(new Token(TokenKind.Text, start, end, string.Empty));
                        break;
                    case HtmlTokenType.EndOfFile:
                        break;
                    default:
                        islandTokens.Add(new Token(TokenKind.Other, start, end, string.Empty));
                        break;
                }
            }

            try
            {
                var dom = TokenSink.ParseWithTokens(islandText, OnToken);
                templates.Add(new ScriptTemplate(tagStart, content, dom));
                added.AddRange(islandTokens);
            }
            catch (DepthExceededException)
            {
                // A template nested absurdly deep is left unparsed, as script text; the rest of the page is unaffected.
                foreach (var token in islandTokens.Where(t => t.Kind == TokenKind.StartTag))
                {
                    startTags.Remove(token.Start);
                }
            }
        }

        if (added.Count > 0)
        {
            tokens.AddRange(added);
            tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind == TokenKind.StartTag && startTags.TryGetValue(tokens[t].Start, out var tag))
                {
                    tag.TokenIndex = t;
                }
            }
        }

        return new string(chars);
    }

    private static bool IsTemplateScript(TagAttribute[] attributes)
    {
        string? type = null;
        foreach (var attribute in attributes)
        {
            if (attribute.Name == "type")
            {
                type = attribute.Value.Trim().ToLowerInvariant();
            }
        }

        return type is not null && type.StartsWith("text/", StringComparison.Ordinal)
            && (type == "text/html" || type.Contains("template") || type.Contains("tmpl") || type.Contains("handlebars")
                || type.Contains("mustache") || type.Contains("jsrender") || type.Contains("x-jquery") || type.Contains("x-kendo"));
    }

    /// <summary>
    /// HTML that silently swallows the rest of the file: a comment, a tag or a raw-text element (script, style,
    /// textarea, title) left open at the end. The parser accepts it, but every link after it is lost, so say so.
    /// </summary>
    private static void FindUnclosedMarkup(string masked, TokenList tokens, OffsetMap<StartTag> startTags, TemplateKind kind, List<ParseProblem> problems)
    {
        var lastEnd = 0;
        Token? lastTag = null;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.EndOfFile)
            {
                continue;
            }

            lastEnd = Math.Max(lastEnd, token.End);
            if (token.Kind is TokenKind.StartTag or TokenKind.EndTag or TokenKind.Comment)
            {
                lastTag = token;
            }
        }

        // Only when markup was swallowed: an open comment or script with nothing but text after it loses no link.
        if (lastTag is { Kind: TokenKind.Comment } comment && IsUnclosedComment(masked, comment) && HasTagAfter(masked, comment.Start + 4))
        {
            problems.Add(new ParseProblem(new SourceSpan(comment.Start, 0), "the HTML comment '<!--' starting here is never closed with '-->'", IsFatal: false));
        }
        else if (lastTag is { Kind: TokenKind.StartTag } tag && RawTextElements.Contains(tag.Name) && HasTagAfter(masked, tag.End))
        {
            // "/>" closes nothing in HTML (a browser reads the rest as the script's text), but a Razor component's
            // compiler closes it. (In SVG it is closed too, and the tags after it are tokens: it is not the last tag.)
            var selfClosed = startTags[tag.Start].IsSelfClosing;
            if (!selfClosed || kind != TemplateKind.RazorComponent)
            {
                problems.Add(new ParseProblem(
                    new SourceSpan(tag.Start, 0),
                    $"the <{tag.Name}> element starting here is never closed with '</{tag.Name}>'{(selfClosed ? " ('/>' does not close it in HTML)" : string.Empty)}",
                    IsFatal: false));
            }
        }

        // A tag cut off by the end of the file produces no token at all: what is left after the last token.
        var open = TagAfter(masked, lastEnd);
        if (open >= 0)
        {
            problems.Add(new ParseProblem(new SourceSpan(open, 0), "the tag starting here is never closed with '>'", IsFatal: false));
        }
    }

    private static bool IsUnclosedComment(string masked, Token comment)
    {
        var source = masked.Substring(comment.Start, comment.End - comment.Start);
        return source.StartsWith("<!--", StringComparison.Ordinal)
            && !source.EndsWith("-->", StringComparison.Ordinal)
            && !source.EndsWith("--!>", StringComparison.Ordinal)
            && source is not ("<!-->" or "<!--->");
    }

    private static bool HasTagAfter(string masked, int from) => TagAfter(masked, from) >= 0;

    /// <summary>Where the next start or end tag ('&lt;' then a letter, or '&lt;/' then a letter) begins, or -1.</summary>
    private static int TagAfter(string masked, int from)
    {
        for (var i = masked.IndexOf('<', from); i >= 0 && i + 1 < masked.Length; i = masked.IndexOf('<', i + 1))
        {
            var next = masked[i + 1];
            if (HtmlChars.IsAsciiLetter(next) || (next == '/' && i + 2 < masked.Length && HtmlChars.IsAsciiLetter(masked[i + 2])))
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountOf(string text, char c)
    {
        var count = 0;
        for (var i = text.IndexOf(c); i >= 0; i = text.IndexOf(c, i + 1))
        {
            count++;
        }

        return count;
    }

    /// <summary>The source start tag that created an element (null for implied elements such as &lt;body&gt;).</summary>
    internal StartTag? GetStartTag(IElement element)
    {
        if (element.SourceReference is StartTag own)
        {
            return own; // an element TreeConstruction built from its tag
        }

        var index = SourceIndex(element);
        return index >= 0 && _startTags.TryGetValue(index, out var tag) ? tag : null;
    }

    /// <summary>The element registered while walking whose start tag starts at an offset, if one is.</summary>
    internal IElement? RegisteredAt(int offset) => _startTags.TryGetValue(offset, out var tag) ? tag.Element : null;

    /// <summary>The start tag that starts at an offset, if one does.</summary>
    internal StartTag? StartTagAt(int offset) => _startTags.TryGetValue(offset, out var tag) ? tag : null;

    /// <summary>
    /// Registers an element found while walking the DOM, so tokens can be mapped back to it: on its start tag (the first
    /// element whose source is there; what asks is always a start tag's token), not in a table of its own.
    /// </summary>
    internal void RegisterElement(IElement element)
    {
        // (an element TreeConstruction built holds the very start tag it was built from: GetStartTag answers it without a look-up)
        if (GetStartTag(element) is { Element: null } tag)
        {
            tag.Element = element;
            _elementAtSearches = null;
            _contentEnds = null;
        }
    }

    /// <summary>
    /// What <c>owner.GetElementById(id)</c> answers (the first element in tree order with that id), from an index made
    /// once for each DOM: GetElementById walks the tree on every call, which a page of links named by
    /// <c>aria-labelledby</c> made quadratic.
    /// </summary>
    internal IElement? ElementById(IDocument owner, string id)
    {
        _elementsById ??= new Dictionary<IDocument, Dictionary<string, IElement>>();
        if (!_elementsById.TryGetValue(owner, out var index))
        {
            index = IndexIds(owner);
            _elementsById.Add(owner, index);
        }

        return index.TryGetValue(id, out var element) ? element : null;
    }

    /// <summary>Each id of a DOM with the first element in tree order that has it.</summary>
    internal static Dictionary<string, IElement> IndexIds(IDocument dom)
    {
        var index = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in Site.TemplateFacts.Elements(dom))
        {
            if (element.Id is { } id && !index.ContainsKey(id))
            {
                index.Add(id, element);
            }
        }

        return index;
    }

    /// <summary>The client-side template parsed from a script element's content, if it is one.</summary>
    internal IDocument? GetScriptTemplate(IElement script)
    {
        // By where the script starts: a lookup (made only for a template that has any), not a scan of every template
        // for every script.
        return _scriptTemplatesByStart is not null && _scriptTemplatesByStart.TryGetValue(SourceIndex(script), out var dom) ? dom : null;
    }

    /// <summary>
    /// In a Razor component <c>&lt;span class="icon" /&gt;</c> is closed where it stands (the component compiler builds its
    /// render tree so), which an HTML parser does not do for an element that is not void: what follows would be read as
    /// its content, and an aria-hidden icon would hide the link text after it. Moves such elements' content out after
    /// them, in document order (an element moved out of one is then a sibling, and is looked at in its turn).
    /// </summary>
    private static void CloseSelfClosedElements(IDocument dom, OffsetMap<StartTag> startTags)
    {
        var any = false;
        foreach (var tag in startTags.Values)
        {
            if (tag.IsSelfClosing && !VoidElements.Contains(tag.Name))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return;
        }

        var selfClosed = new List<IElement>();
        foreach (var element in dom.All)
        {
            if (element.HasChildNodes && element.SourceReference is { } reference && startTags.TryGetValue(reference.Position.Index, out var tag)
                && tag.IsSelfClosing && !VoidElements.Contains(element.LocalName))
            {
                selfClosed.Add(element);
            }
        }

        foreach (var element in selfClosed)
        {
            // Not the document's own elements (a broken <html ... /> holds the head and the body), nor out of a document
            // or fragment root, where the DOM allows no second element.
            if (element.ParentElement is not { } parent || element.LocalName is "html" or "head" or "body")
            {
                continue;
            }

            var next = element.NextSibling;
            try
            {
                while (element.FirstChild is { } child)
                {
                    parent.InsertBefore(child, next);
                }
            }
            catch (DomException)
            {
                // A move the DOM refuses leaves the rest where the parser put it.
            }
        }
    }

    /// <summary>Where an element's start tag is in the template (-1 for implied elements).</summary>
    private int SourceIndex(IElement element)
    {
        var reference = element.SourceReference;
        if (reference is null || reference.Position.Index < 0)
        {
            return -1;
        }

        return reference.Position.Index + (_islandOffsets.Count > 0 && element.Owner is { } owner && _islandOffsets.TryGetValue(owner, out var offset) ? offset : 0);
    }

    /// <summary>The attributes of an element's start tag, with source spans (empty for implied elements).</summary>
    internal SourceAttribute[] GetAttributes(IElement element) =>
        GetStartTag(element)?.GetAttributes(this) ?? Array.Empty<SourceAttribute>();

    /// <summary>The start tag's name as written (case kept), or the DOM name.</summary>
    internal string GetSourceName(IElement element)
    {
        var tag = GetStartTag(element);
        if (tag is null)
        {
            return element.LocalName;
        }

        var start = tag.Start + 1;
        var end = start;
        while (end < Masked.Length && end < tag.End && !char.IsWhiteSpace(Masked[end]) && Masked[end] != '/' && Masked[end] != '>')
        {
            end++;
        }

        return Masked.Substring(start, end - start);
    }

    /// <summary>
    /// The source region of an element's content: from the end of its start tag to the token that ends it
    /// (its end tag, an end tag of an ancestor, or a start tag of an element outside it).
    /// </summary>
    internal SourceSpan GetContentRegion(IElement element)
    {
        var tag = GetStartTag(element);
        if (tag is null)
        {
            return new SourceSpan(0, 0);
        }

        if (HasNoContent(element, tag))
        {
            return new SourceSpan(tag.End, 0);
        }

        var end = ContentEnd(element, tag);
        if (end >= Tokens.Count)
        {
            return SourceSpan.FromBounds(tag.End, Masked.Length);
        }

        var token = Tokens[end];
        return SourceSpan.FromBounds(tag.End, token.Kind == TokenKind.EndOfFile ? Math.Max(tag.End, token.Start) : token.Start);
    }

    /// <summary>Whether an element has no content in the source: a void element or a self-closed tag.</summary>
    internal static bool HasNoContent(IElement element, StartTag tag) => tag.IsSelfClosing || VoidElements.Contains(element.LocalName);

    /// <summary>The index of the token that ends an element's content (the token count when none does).</summary>
    /// <remarks>
    /// The tokens of a descendant's content cannot end its ancestor's (that descendant's ancestors' end tags and every
    /// start tag outside it would have ended it first), so a scan steps over them from the descendant's start tag to the
    /// token that ended it: nested elements that are never closed (500 <c>&lt;NavLink&gt;</c>s, then the rest of the
    /// page) each scanned to the end of the template, walking the ancestors of every start tag on the way. Descendants are
    /// scanned first, on a stack (not by recursion); an end that took more than a few tokens to find is kept for later
    /// calls, the rest are found again when asked (a handful of tokens, and nothing kept for each small element).
    /// </remarks>
    private int ContentEnd(IElement element, StartTag tag)
    {
        if (_contentEnds is not null && _contentEnds.TryGetValue(element, out var known))
        {
            return known;
        }

        var scans = _contentScans ??= new List<ContentScan>();
        scans.Clear();
        scans.Add(new ContentScan(element, tag.TokenIndex + 1));
        IElement? finished = null;
        var finishedEnd = 0;
        while (true)
        {
            var scan = scans[scans.Count - 1];
            var end = Tokens.Count;
            var inner = false;
            for (var t = scan.Next; t < Tokens.Count; t++)
            {
                Work++;
                var token = Tokens[t];
                if (token.Kind == TokenKind.EndTag)
                {
                    if (token.Name == scan.Element.LocalName || scan.IsAncestorName(token.Name))
                    {
                        end = t;
                        break;
                    }
                }
                else if (token.Kind == TokenKind.StartTag && RegisteredAt(token.Start) is { } other && !ReferenceEquals(other, scan.Element))
                {
                    if (!scan.Element.Contains(other))
                    {
                        end = t;
                        break;
                    }

                    if (GetStartTag(other) is not { } otherTag || otherTag.TokenIndex != t || HasNoContent(other, otherTag))
                    {
                        continue;
                    }

                    if (ReferenceEquals(other, finished))
                    {
                        t = finishedEnd - 1;
                        continue;
                    }

                    if (_contentEnds is not null && _contentEnds.TryGetValue(other, out var otherEnd))
                    {
                        t = otherEnd - 1;
                        continue;
                    }

                    scan.Next = t;
                    scans[scans.Count - 1] = scan;
                    scans.Add(new ContentScan(other, t + 1));
                    inner = true;
                    break;
                }
                else if (token.Kind == TokenKind.EndOfFile)
                {
                    end = t;
                    break;
                }
            }

            if (inner)
            {
                continue;
            }

            if (end - scan.First > 64)
            {
                (_contentEnds ??= new Dictionary<IElement, int>())[scan.Element] = end;
            }

            scans.RemoveAt(scans.Count - 1);
            if (scans.Count == 0)
            {
                return end;
            }

            (finished, finishedEnd) = (scan.Element, end);
        }
    }

    /// <summary>An element whose content is being scanned: where the scan began and the next token to look at.</summary>
    private struct ContentScan
    {
        public ContentScan(IElement element, int first)
        {
            Element = element;
            First = Next = first;
            _ancestors = null;
            _ancestorLookups = 0;
        }

        public IElement Element { get; }

        public int First { get; }

        public int Next { get; set; }

        private HashSet<string>? _ancestors;

        private int _ancestorLookups;

        /// <summary>
        /// Whether an ancestor of the element has this name: the first few end tags that do not close the element look
        /// up its ancestors one by one (most elements meet none or one: a link's own end tag ends it), later ones in a set of
        /// their names, made once (an element never closed, and many end tags of others after it).
        /// </summary>
        public bool IsAncestorName(string name)
        {
            if (_ancestors is null && ++_ancestorLookups <= 4)
            {
                for (var parent = Element.ParentElement; parent is not null; parent = parent.ParentElement)
                {
                    if (parent.LocalName == name)
                    {
                        return true;
                    }
                }

                return false;
            }

            return (_ancestors ??= AncestorNames(Element)).Contains(name);
        }
    }

    /// <summary>The span of non-blank text inside a region (text tokens only, minus excluded parts), or null when there is none.</summary>
    /// <remarks>
    /// A region of many tokens or characters is searched from both ends with <see cref="TextIndex"/>: links nested and
    /// never closed (components in a Razor component) each reach the end of the template, and reading every character
    /// of each made the page quadratic.
    /// </remarks>
    internal SourceSpan? GetTextSpan(SourceSpan region, IReadOnlyList<SourceSpan>? excluded = null)
    {
        var from = FirstTokenAtOrAfter(region.Start);
        var to = FirstTokenAtOrAfter(region.End);
        return to - from > 64 || region.Length > 4096 ? IndexedTextSpan(from, to, excluded) : ScannedTextSpan(from, to, excluded);
    }

    /// <summary><see cref="GetTextSpan"/> by reading every text token from <paramref name="from"/> to before <paramref name="to"/>.</summary>
    internal SourceSpan? ScannedTextSpan(int from, int to, IReadOnlyList<SourceSpan>? excluded)
    {
        int first = -1, last = -1;
        for (var t = from; t < to; t++)
        {
            Work++;
            var token = Tokens[t];
            if (token.Kind != TokenKind.Text || Excluding(token.Start, excluded) is not null)
            {
                continue;
            }

            Work += token.End - token.Start;
            for (var k = token.Start; k < token.End; k++)
            {
                if (!IsBlank(Masked[k]))
                {
                    if (first < 0)
                    {
                        first = k;
                    }

                    last = k;
                }
            }
        }

        return first < 0 ? null : SourceSpan.FromBounds(first, last + 1);
    }

    /// <summary><see cref="GetTextSpan"/> by the first and the last text token with text that is not excluded.</summary>
    internal SourceSpan? IndexedTextSpan(int from, int to, IReadOnlyList<SourceSpan>? excluded)
    {
        var index = _textIndex ??= new TextIndex(this);
        var first = -1;
        for (var t = from < to ? index.Next[from] : to; t < to;)
        {
            Work++;
            if (Excluding(Tokens[t].Start, excluded) is not { } span)
            {
                first = index.First[t];
                break;
            }

            var after = FirstTokenAtOrAfter(span.End);
            t = after < Tokens.Count ? index.Next[after] : Tokens.Count;
        }

        if (first < 0)
        {
            return null;
        }

        var last = -1;
        for (var t = index.Previous[to - 1]; t >= from;)
        {
            Work++;
            if (Excluding(Tokens[t].Start, excluded) is not { } span)
            {
                last = index.Last[t];
                break;
            }

            var before = FirstTokenAtOrAfter(span.Start) - 1;
            t = before >= 0 ? index.Previous[before] : -1;
        }

        return SourceSpan.FromBounds(first, last + 1);
    }

    /// <summary>
    /// For each token, where the first and the last character that is not blank are when it is text (-1 when it is not, or
    /// has none), and the nearest such token at or after it and at or before it. Made once, for a template with a link
    /// whose content is large.
    /// </summary>
    private sealed class TextIndex
    {
        public TextIndex(TemplateDocument document)
        {
            var tokens = document.Tokens;
            var count = tokens.Count;
            First = new int[count];
            Last = new int[count];
            Next = new int[count];
            Previous = new int[count];
            for (var t = 0; t < count; t++)
            {
                int first = -1, last = -1;
                var token = tokens[t];
                if (token.Kind == TokenKind.Text)
                {
                    for (var k = token.Start; k < token.End; k++)
                    {
                        if (!IsBlank(document.Masked[k]))
                        {
                            first = first < 0 ? k : first;
                            last = k;
                        }
                    }
                }

                document.Work += 1 + token.End - token.Start;
                First[t] = first;
                Last[t] = last;
                Previous[t] = first >= 0 ? t : t > 0 ? Previous[t - 1] : -1;
            }

            for (var t = count - 1; t >= 0; t--)
            {
                Next[t] = First[t] >= 0 ? t : t + 1 < count ? Next[t + 1] : count;
            }
        }

        public int[] First { get; }

        public int[] Last { get; }

        public int[] Next { get; }

        public int[] Previous { get; }
    }

    /// <summary>The excluded span that holds an offset, the one reaching furthest when several do.</summary>
    private static SourceSpan? Excluding(int offset, IReadOnlyList<SourceSpan>? excluded)
    {
        SourceSpan? found = null;
        for (var i = 0; excluded is not null && i < excluded.Count; i++)
        {
            if (excluded[i].Contains(offset) && (found is null || excluded[i].End > found.Value.End))
            {
                found = excluded[i];
            }
        }

        return found;
    }

    /// <summary>The innermost element (registered while walking) whose start tag precedes the offset and whose content contains it.</summary>
    /// <remarks>
    /// A search goes back from the offset to the first element whose content holds it. An element passed over, its
    /// start tag and content both before the offset, is passed over for every later offset too; so a search that reaches
    /// where an earlier one for a smaller offset started goes on from that one's answer. Razor helpers asked for one
    /// after another (<c>&lt;br&gt;@Html.Raw(x)</c> repeated) each went back to the start of the template.
    /// </remarks>
    internal IElement? ElementAt(int offset)
    {
        var searches = _elementAtSearches ??= new Dictionary<int, (int Answer, int Offset)>();
        var from = FirstTokenAtOrAfter(offset);
        var answer = -1;
        for (var t = from - 1; t >= 0; t--)
        {
            Work++;
            if (searches.TryGetValue(t + 1, out var earlier) && earlier.Offset <= offset)
            {
                t = earlier.Answer;
                if (t < 0)
                {
                    break;
                }
            }

            var token = Tokens[t];
            if (token.Kind != TokenKind.StartTag || RegisteredAt(token.Start) is not { } element)
            {
                continue;
            }

            if (GetContentRegion(element).Contains(offset) || token.End > offset)
            {
                answer = t;
                break;
            }
        }

        searches[from] = (answer, offset);
        return answer < 0 ? null : RegisteredAt(Tokens[answer].Start);
    }

    internal int FirstTokenAtOrAfter(int offset) =>
        Sorted.PartitionPoint(Tokens.Count, (Tokens, offset), static (s, i) => s.Tokens[i].Start < s.offset);

    private static HashSet<string> AncestorNames(IElement element)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            names.Add(parent.LocalName);
        }

        return names;
    }

    /// <summary>Whether a character adds nothing to a name: white space, or what masking elided.</summary>
    internal static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == MaskChars.Elided;

    /// <summary>
    /// How every DOM of a template is parsed: each element keeps where its start tag is, without scripting (a template's
    /// scripts are not run), and without counting lines and columns: only a position's index is read, and the count costs
    /// the tokenizer a branch for every character and a push for every line.
    /// </summary>
    /// <param name="onToken">Called with every token and its range, or null.</param>
    private static HtmlParserOptions ParserOptions(Action<HtmlToken, AngleSharp.Text.TextRange>? onToken) => new()
    {
        IsKeepingSourceReferences = true,
        DisableElementPositionTracking = true,
        IsScripting = false,
        OnToken = onToken,
    };

    /// <summary>
    /// Records every token's source range while AngleSharp builds the DOM. One parser per thread is kept and reused:
    /// creating an HtmlParser creates a browsing context, which costs more than parsing a small template.
    /// </summary>
    private sealed class TokenSink
    {
        // The thread's parser that reports tokens, with the callback of the parse under way (a page, then each of its
        // template scripts: never two at once).
        [ThreadStatic]
        private static (HtmlParser Parser, Holder Holder)? cached;

        [ThreadStatic]
        private static HtmlParser? domParser;

        private readonly string _masked;
        private readonly TokenList _tokens;
        private readonly OffsetMap<StartTag> _startTags;
        private readonly List<TemplateComment> _comments;
        private readonly OpenElements _open = new();
        private readonly List<string> _otherNames = new();
        private StartTag? _lastStartTag; // (for the tree construction, which makes its element's source reference of it)

        public TokenSink(string masked, TokenList tokens, OffsetMap<StartTag> startTags, List<TemplateComment> comments)
        {
            _masked = masked;
            _tokens = tokens;
            _startTags = startTags;
            _comments = comments;
        }

        public static IDocument Parse(TokenSink sink) => ParseWithTokens(sink._masked, sink.OnToken);

        /// <summary>
        /// Parses markup (a page, or a client-side template's text) with the thread's parser, passing every token and its
        /// range to <paramref name="onToken"/>.
        /// </summary>
        public static IDocument ParseWithTokens(string text, Action<HtmlToken, AngleSharp.Text.TextRange> onToken)
        {
            if (cached is null)
            {
                var holder = new Holder();
                cached = (new HtmlParser(ParserOptions((token, range) => holder.Current!(token, range))), holder);
            }

            var (parser, current) = cached.Value;
            current.Current = onToken;
            try
            {
                return parser.ParseDocument(WithoutFrameDocuments(text));
            }
            finally
            {
                current.Current = null;
            }
        }

        /// <summary>
        /// Builds the DOM alone, keeping each element's source position (for tokens read by <see cref="Tokenize"/>).
        /// </summary>
        public static IDocument ParseDom(string masked)
        {
            domParser ??= new HtmlParser(ParserOptions(onToken: null));
            return domParser.ParseDocument(WithoutFrameDocuments(masked));
        }

        /// <summary>
        /// The text with each <c>srcdoc</c> attribute's name changed, one character for one (<c>_rcdoc</c>): AngleSharp
        /// parses an iframe's srcdoc as a document of its own, with the same parser, while it builds the page's, and the
        /// nested document's tokens reached the page's list with their own positions (held-out review 158: an
        /// ArgumentOutOfRangeException on five of a landing kit's pages, and an LH022 quoting a wrong slice of another).
        /// The document an iframe shows is not the page's, and no rule reads the attribute.
        /// </summary>
        private static string WithoutFrameDocuments(string text)
        {
            if (!MayHoldFrameDocuments(text))
            {
                return text;
            }

            char[]? changed = null;
            foreach (System.Text.RegularExpressions.Match name in SrcdocName.Matches(text))
            {
                if (IsAttributeName(text, name.Index))
                {
                    (changed ??= text.ToCharArray())[name.Index] = '_';
                }
            }

            return changed is null ? text : new string(changed);
        }

        /// <summary>
        /// Whether a word stands where a start tag's attribute name does: after a '&lt;' and a letter, with no '&gt;'
        /// between, outside a quoted value (not <c>href="/srcdoc/"</c>, nor text: code review 119).
        /// </summary>
        private static bool IsAttributeName(string text, int index)
        {
            var open = index == 0 ? -1 : text.LastIndexOf('<', index - 1, Math.Min(index, 4096));
            if (open < 0 || !HtmlChars.IsAsciiLetter(text[open + 1]))
            {
                return false;
            }

            var quote = '\0';
            var afterEquals = false;
            for (var i = open + 1; i < index; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c == '>')
                {
                    return false;
                }
                else if (afterEquals && c is '"' or '\'')
                {
                    quote = c;
                    afterEquals = false;
                }
                else if (c == '=')
                {
                    afterEquals = true;
                }
                else if (!HtmlChars.IsSpace(c))
                {
                    afterEquals = false;
                }
            }

            return quote == '\0';
        }

        /// <summary>Whether the text may hold a srcdoc attribute, which the parser reads renamed (<see cref="WithoutFrameDocuments"/>).</summary>
        public static bool MayHoldFrameDocuments(string text) => text.IndexOf("srcdoc", StringComparison.OrdinalIgnoreCase) >= 0;

        private static readonly System.Text.RegularExpressions.Regex SrcdocName = new(@"(?<=[\s/""'])srcdoc(?=[\s/>=])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// Reads the tokens without building a DOM, switching the tokenizer to raw text, RCDATA, script data or plain
        /// text after the start tags after which the HTML tree builder switches it (only for templates without the
        /// markup where the tree builder decides otherwise: <see cref="NeedsTree"/>). Inside SVG, MathML and
        /// <c>&lt;select&gt;</c> the tree builder reads some of those tags otherwise, and CDATA: the reading stops at
        /// the first of them there (<see cref="TreeBuilderScopes"/>).
        /// </summary>
        /// <param name="sink">Where the tokens go.</param>
        /// <param name="tree">A construction of the DOM to give each token to, or null; null once it gave up.</param>
        /// <returns>False when the reading stopped in SVG, MathML or a select; the tokens read are then incomplete.</returns>
        public static bool Tokenize(TokenSink sink, ref TreeConstruction? tree)
        {
            // The source HtmlParser itself reads a string through (without scripting): TextSource(string) would copy the text
            // into a StringBuilder and read it a character at a time through the builder.
            using var tokenizer = new HtmlTokenizer(new AngleSharp.Text.TextSource(new AngleSharp.Text.ReadOnlyMemoryTextSource(sink._masked)), AngleSharp.Html.HtmlEntityProvider.ResolverExtended)
            {
                DisableElementPositionTracking = true, // as the parsers do (ParserOptions)
            };
            var skipsNewLine = false;
            var scopes = default(TreeBuilderScopes);
            while (true)
            {
                ref var token = ref tokenizer.GetStructToken();
                var name = sink.Record(tokenizer, ref token, treeBuilds: tree is not null);
                if (tree is not null && !tree.Consume(ref token, name, token.Type == HtmlTokenType.StartTag ? sink._lastStartTag : null))
                {
                    tree = null;
                }

                if (token.Type == HtmlTokenType.EndOfFile)
                {
                    if (skipsNewLine)
                    {
                        // After <pre>, <listing> and <textarea> the tree builder reads the next token itself (to drop
                        // a leading newline); when that is the end of the file, its own loop reads the end once more.
                        sink.Record(tokenizer, ref tokenizer.GetStructToken(), treeBuilds: false);
                    }

                    return true;
                }

                skipsNewLine = false;
                if (token.Type == HtmlTokenType.StartTag)
                {
                    if (!scopes.StartTag(name!, token.IsSelfClosing))
                    {
                        return false;
                    }

                    skipsNewLine = SkipsLeadingNewLine(name!);
                    if (StateAfter(name!) is { } next)
                    {
                        tokenizer.State = next;
                    }
                }
                else if (token.Type == HtmlTokenType.EndTag)
                {
                    scopes.EndTag(name!);
                }
                else if (token.Type == HtmlTokenType.Comment && !scopes.Comment(token.Data.Memory.Span))
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// Whether the tokenizer alone still reads SVG, MathML and <c>&lt;select&gt;</c> as the parser does. The tree
        /// builder reads their content by other rules. In SVG and MathML: no raw text after <c>&lt;style&gt;</c>,
        /// <c>&lt;script&gt;</c>, <c>&lt;title&gt;</c> and the rest of <see cref="StateAfter"/>'s tags, CDATA sections, and
        /// HTML again inside integration points; the tags after which the tree builder drops a newline
        /// (<see cref="SkipsLeadingNewLine"/>) end SVG or MathML first, and the reading stops there too. In a select: the
        /// raw-text tags are ignored, and AngleSharp keeps any other element but an option or a group open there (an
        /// <c>&lt;img&gt;</c>, a <c>&lt;b&gt;</c>), out of whose scope the <c>&lt;/select&gt;</c> is ignored (code
        /// review 132), so the reading stops at any other start tag in a select. Up to the first of those the two read the
        /// same tokens, so the count of open <c>&lt;svg&gt;</c>, <c>&lt;math&gt;</c> and <c>&lt;select&gt;</c> start tags
        /// only has to be at least the parser's: in SVG and
        /// MathML, without integration points, an end tag closes at most the nearest element of its name, as does a
        /// <c>&lt;/select&gt;</c> when only options and groups are open in it, and elements the tree builder closes or
        /// ignores otherwise only leave the count higher. CDATA is looked for after any SVG or MathML, closed or not:
        /// AngleSharp's tokenizer goes on reading CDATA after a self-closed <c>&lt;svg/&gt;</c> until the tree builder
        /// next adds or closes an element (the fuzzer found it: <c>&lt;svg/&gt;&lt;![CDATA[a]]&gt;</c> is text to the
        /// parser), and CDATA outside scripts is rare in HTML.
        /// </summary>
        private struct TreeBuilderScopes
        {
            private int _svg;
            private int _math;
            private int _select;
            private bool _foreignSeen;

            /// <summary>False when the tree builder may read on otherwise after this start tag.</summary>
            public bool StartTag(string name, bool selfClosing)
            {
                if (_select > 0 && name is not ("option" or "optgroup"))
                {
                    return false;
                }

                if ((_svg > 0 || _math > 0) && (StateAfter(name) is not null || SkipsLeadingNewLine(name) || name is "foreignobject" or "desc" or "annotation-xml" or "mi" or "mo" or "mn" or "ms" or "mtext"))
                {
                    return false;
                }

                // A self-closed <svg/> or <math/> is closed; an HTML element's "/>" means nothing (<select/> opens one).
                _foreignSeen |= name is "svg" or "math";
                _select += name == "select" ? 1 : 0;
                if (!selfClosing)
                {
                    _svg += name == "svg" ? 1 : 0;
                    _math += name == "math" ? 1 : 0;
                }

                return true;
            }

            public void EndTag(string name)
            {
                switch (name)
                {
                    case "svg" when _svg > 0:
                        _svg--;
                        break;
                    case "math" when _math > 0:
                        _math--;
                        break;
                    case "select" when _select > 0:
                        _select--;
                        break;
                }
            }

            /// <summary>False for what the tokenizer alone reads as a comment and the parser may read as CDATA.</summary>
            public readonly bool Comment(ReadOnlySpan<char> text) =>
                !_foreignSeen || !text.StartsWith("[CDATA[".AsSpan(), StringComparison.OrdinalIgnoreCase);
        }

        // The link elements (the link walk reads each one's attributes), <base> (HasBaseHref) and <script> (IsTemplateScript);
        // not the components without a prefix, read when asked for (a page's every <button> is not a Blazorise link's).
        private static readonly HashSet<string> AttributesAlwaysRead = new(
            LinkExtractor.LinkElements.Keys.Where(name => !LinkComponents.Unprefixed.Any(group => Array.IndexOf(group.Names, name) >= 0)).Concat(new[] { "base", "script" }),
            StringComparer.Ordinal);

        // After these the tree builder drops a newline that starts the element's content, reading the next token itself.
        private static bool SkipsLeadingNewLine(string startTag) => startTag is "pre" or "listing" or "textarea";

        private void OnToken(HtmlToken token, AngleSharp.Text.TextRange range) => Record(
            token.Type,
            range.Start.Index,
            range.End.Index,
            token.Type == HtmlTokenType.StartTag ? (HtmlTagToken)token : null,
            token.Type is HtmlTokenType.EndTag or HtmlTokenType.Comment ? token.Data : null);

        /// <summary>
        /// A token read by <see cref="Tokenize"/>, with the range the tokenizer gives its callback (from the token's
        /// start to just after the current character). No token becomes an object: a start tag keeps its position, its
        /// name and, for the tags whose attributes are always read, its attributes (now, or as its element is built:
        /// <see cref="StartTag.TakeAttributes"/>); any other tag's are read again from its text if a rule asks
        /// (<see cref="StartTag.RawAttributes"/>). Text, the bulk of every template, is not copied out.
        /// </summary>
        /// <param name="treeBuilds">Whether <see cref="TreeConstruction"/> builds the element of a start tag from this token.</param>
        /// <returns>A tag's name as recorded (null for any other token).</returns>
        [MethodImpl(Jit.Optimized)]
        private string? Record(HtmlTokenizer tokenizer, ref StructHtmlToken token, bool treeBuilds)
        {
            var start = token.Position.Index;
            var rangeEnd = tokenizer.GetCurrentPosition().Index + 1;
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    // The attributes of the tags whose attributes are always read are read now, or, where the tree
                    // construction builds the element, taken from it as it is built (StartTag.TakeAttributes: the
                    // element's strings); the others', again from the tag's text if a rule asks for them (few do: those
                    // of what a link holds).
                    var name = TagNames.Get(token.Name.Memory.Span, _otherNames);
                    var alwaysRead = AttributesAlwaysRead.Contains(name);
                    RecordStartTag(alwaysRead && !treeBuilds
                        ? new StartTag(start, EndOf(start, rangeEnd), name, ref token, _tokens.Count)
                        : new StartTag(start, EndOf(start, rangeEnd), name, token.IsSelfClosing, _masked, _tokens.Count) { TakesAttributes = alwaysRead });
                    return name;
                case HtmlTokenType.EndTag:
                    var endName = TagNames.Get(token.Data.Memory.Span, _otherNames);
                    Record(token.Type, start, rangeEnd, null, endName);
                    return endName;
                default:
                    Record(token.Type, start, rangeEnd, null, token.Type == HtmlTokenType.Comment ? token.Data.ToString() : null);
                    return null;
            }
        }

        /// <param name="type">The token's type.</param>
        /// <param name="start">Where it starts.</param>
        /// <param name="rangeEnd">Where the tokenizer's range for it ends.</param>
        /// <param name="startTag">The start tag, for a start tag.</param>
        /// <param name="data">The name of an end tag, the text of a comment.</param>
        [MethodImpl(Jit.Optimized)]
        private void Record(HtmlTokenType type, int start, int rangeEnd, HtmlTagToken? startTag, string? data)
        {
            if (_open.Depth > MaxElementDepth)
            {
                throw new DepthExceededException(start);
            }

            var end = EndOf(start, rangeEnd);
            switch (type)
            {
                case HtmlTokenType.StartTag:
                    RecordStartTag(new StartTag(start, end, startTag!.Name, startTag, _tokens.Count));
                    break;

                case HtmlTokenType.EndTag:
                    _tokens.Add(new Token(TokenKind.EndTag, start, end, data!));
                    _open.EndTag(data!);
                    break;
                case HtmlTokenType.Character:
                    _tokens.Add(new Token(TokenKind.Text, start, end, string.Empty));
                    if (!HtmlChars.IsSpace(_masked, start, end))
                    {
                        _open.Text();
                    }

                    break;
                case HtmlTokenType.Comment:
                    _tokens.Add(new Token(TokenKind.Comment, start, end, string.Empty));
                    _comments.Add(new TemplateComment(SourceSpan.FromBounds(start, end), data!, IsRazor: false));
                    break;
                case HtmlTokenType.EndOfFile:
                    _tokens.Add(new Token(TokenKind.EndOfFile, _masked.Length, _masked.Length, string.Empty));
                    break;
                default:
                    _tokens.Add(new Token(TokenKind.Other, start, end, string.Empty));
                    break;
            }
        }

        private int EndOf(int start, int rangeEnd) => Math.Max(start, Math.Min(rangeEnd, _masked.Length));

        private void RecordStartTag(StartTag tag)
        {
            if (_open.Depth > MaxElementDepth)
            {
                throw new DepthExceededException(tag.Start);
            }

            _startTags[tag.Start] = tag;
            _lastStartTag = tag;
            _tokens.Add(new Token(TokenKind.StartTag, tag.Start, tag.End, tag.Name));
            if (!tag.IsSelfClosing && !VoidElements.Contains(tag.Name))
            {
                _open.StartTag(tag.Name);
            }
        }

        private sealed class Holder
        {
            public Action<HtmlToken, AngleSharp.Text.TextRange>? Current { get; set; }
        }
    }

    private sealed class DepthExceededException : Exception
    {
        public DepthExceededException(int offset) => Offset = offset;

        public int Offset { get; }
    }
}

/// <summary>What kind of token (no more than eight: <see cref="TokenList"/> keeps one in three bits).</summary>
internal enum TokenKind
{
    StartTag,
    EndTag,
    Text,
    Comment,
    EndOfFile,
    Other,
}

/// <summary>A token's kind, source range and (for tags) lower-case name.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Name);

/// <summary>A start tag as the tokenizer produced it.</summary>
internal sealed class StartTag : ISourceReference
{
    // The tag's attributes (TagAttribute[]), or, until they are asked for, the text a tag read without them is read
    // again from (a string): one field for both, as a page's every start tag has one of these objects.
    private object _raw;
    private SourceAttribute[]? _attributes;

    /// <summary>A tag with its attributes, from the parser's token (positions in the token counted from <paramref name="offset"/>).</summary>
    public StartTag(int start, int end, string name, HtmlTagToken token, int tokenIndex, int offset = 0)
    {
        Start = start;
        End = end;
        Name = name;
        IsSelfClosing = token.IsSelfClosing;
        TokenIndex = tokenIndex;
        var attributes = token.Attributes;
        var raw = attributes.Count == 0 ? Array.Empty<TagAttribute>() : new TagAttribute[attributes.Count];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = new TagAttribute(attributes[i].Name, attributes[i].Value, attributes[i].Position.Index + offset);
        }

        _raw = raw;
    }

    /// <summary>A tag whose attributes are read from <paramref name="source"/> (the text it was read from) only when asked for.</summary>
    public StartTag(int start, int end, string name, bool isSelfClosing, string source, int tokenIndex)
    {
        Start = start;
        End = end;
        Name = name;
        IsSelfClosing = isSelfClosing;
        _raw = source;
        TokenIndex = tokenIndex;
    }

    /// <summary>A tag with its attributes, read from the token the tokenizer read it as from the whole template.</summary>
    public StartTag(int start, int end, string name, ref StructHtmlToken token, int tokenIndex)
    {
        Start = start;
        End = end;
        Name = name;
        IsSelfClosing = token.IsSelfClosing;
        TokenIndex = tokenIndex;
        _raw = Read(ref token, 0);
    }

    public int Start { get; }

    public int End { get; }

    public string Name { get; }

    public bool IsSelfClosing { get; }

    /// <summary>Whether the element built of this tag gives it its attributes (<see cref="TakeAttributes"/>): a tag whose attributes are always read.</summary>
    public bool TakesAttributes { get; init; }

    /// <summary>Where the tag starts, as the source reference of the element built from it (<see cref="TreeConstruction"/>; a position counts from 1, its index from 0).</summary>
    AngleSharp.Text.TextPosition ISourceReference.Position => new(0, 0, Start + 1);

    /// <summary>The element the link walk registered here (<see cref="TemplateDocument.RegisterElement"/>), if it has.</summary>
    public IElement? Element { get; set; }

    /// <summary>
    /// The tag's attributes as the tokenizer reads them (a name given twice only the first time), each with where its
    /// name starts. A tag read lazily is read again from its text alone, in place when it is plain (<see cref="ReadPlain"/>)
    /// and by a tokenizer otherwise: a start tag is only ever read in the data state and ends at its '&gt;', so its text
    /// alone gives the same token.
    /// </summary>
    public TagAttribute[] RawAttributes => _raw as TagAttribute[] ?? Reread();

    /// <summary>
    /// Takes the attributes of a tag not read yet from the element just built of it (by <see cref="TreeConstruction"/>,
    /// from the same token): the element's own strings, which AngleSharp's construction makes once for equal values, at
    /// the token's positions. A link's href, class and title were otherwise each made twice. Where the element's
    /// attributes are not the token's, one for one (none such is known), the tag is read from its text when asked.
    /// </summary>
    internal void TakeAttributes(IElement element, ref StructHtmlToken token)
    {
        var attributes = token.Attributes;
        var own = element.Attributes;
        if (_raw is not string || own.Length != attributes.Count)
        {
            return;
        }

        var read = attributes.Count == 0 ? Array.Empty<TagAttribute>() : new TagAttribute[attributes.Count];
        for (var i = 0; i < read.Length; i++)
        {
            var attribute = own[i]!;
            var name = attribute.Name;
            if (!attributes[i].Name.Memory.Span.SequenceEqual(name.AsSpan()))
            {
                return;
            }

            read[i] = new TagAttribute(name, attribute.Value, attributes[i].Position.Index);
        }

        _raw = read;
    }

    private TagAttribute[] Reread()
    {
        // (the field read once: another thread may have put the attributes in its place meanwhile)
        var raw = _raw;
        if (raw is TagAttribute[] read)
        {
            return read;
        }

        var source = (string)raw;
        read = ReadPlain(source, Start, End) ?? ReadWithTokenizer(source, Start, End);
        _raw = read;
        return read;
    }

    /// <summary>A tag's attributes as a tokenizer of its text alone reads them.</summary>
    internal static TagAttribute[] ReadWithTokenizer(string source, int start, int end)
    {
        using var tokenizer = new HtmlTokenizer(new AngleSharp.Text.TextSource(new AngleSharp.Text.ReadOnlyMemoryTextSource(source.AsMemory(start, end - start))), AngleSharp.Html.HtmlEntityProvider.ResolverExtended);
        return Read(ref tokenizer.GetStructToken(), start);
    }

    /// <summary>
    /// A tag's attributes read in place where the tag is plain: ASCII names, values quoted or not without a character
    /// reference, no CR, NUL or U+FFFF (AngleSharp's end of input) anywhere, white space between attributes, and a
    /// '&gt;' (or "/&gt;") that ends it; null for any other tag, which the tokenizer reads. The text between
    /// <paramref name="start"/> and <paramref name="end"/> is one start tag, as the tokenizer read it. The same
    /// attributes as the tokenizer's for the tags it answers (a test holds it to that on every corpus tag and on generated
    /// ones); a page's spans and codes inside its links were each tokenized again on their own, a new tokenizer every time.
    /// </summary>
    internal static TagAttribute[]? ReadPlain(string source, int start, int end)
    {
        if (end - start < 2 || source[start] != '<' || source[end - 1] != '>' || source.IndexOfAny(Unplain, start, end - start) >= 0)
        {
            return null;
        }

        var last = end - 1; // the '>'
        var i = start + 1;
        while (i < last && !HtmlChars.IsSpace(source[i]) && source[i] != '/')
        {
            i++;
        }

        // (read into one list kept by the thread, and copied out: a list grown for each tag cost more than the array)
        var read = scratch ??= new List<TagAttribute>();
        read.Clear();
        while (true)
        {
            var spaced = HtmlChars.IsSpace(source[i]);
            while (i < last && HtmlChars.IsSpace(source[i]))
            {
                i++;
            }

            if (i == last || (i == last - 1 && source[i] == '/'))
            {
                return read.Count == 0 ? Array.Empty<TagAttribute>() : read.ToArray();
            }

            if (!spaced && read.Count > 0)
            {
                return null; // (a="b"c: no white space between two attributes)
            }

            var nameStart = i;
            var upper = false;
            while (i < last && !HtmlChars.IsSpace(source[i]) && source[i] is not ('/' or '='))
            {
                var c = source[i];
                if (c >= '\u007f' || c < ' ' || c is '"' or '\'' or '<' or '>' or '&')
                {
                    return null;
                }

                upper |= c is >= 'A' and <= 'Z';
                i++;
            }

            if (i == nameStart)
            {
                return null; // (a '/' or a '=' where a name starts)
            }

            var name = upper ? source.Substring(nameStart, i - nameStart).ToLowerInvariant() : AttributeNames.Get(source.AsSpan(nameStart, i - nameStart));
            var afterName = i;
            while (i < last && HtmlChars.IsSpace(source[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < last && source[i] == '=')
            {
                i++;
                while (i < last && HtmlChars.IsSpace(source[i]))
                {
                    i++;
                }

                if (i == last)
                {
                    return null; // (a= and nothing)
                }

                var quote = source[i];
                var quoted = quote is '"' or '\'';
                var valueStart = quoted ? i + 1 : i;
                var valueEnd = valueStart;
                while (valueEnd < last && (quoted ? source[valueEnd] != quote : !HtmlChars.IsSpace(source[valueEnd])))
                {
                    var c = source[valueEnd];
                    if (c is '&' or '\r' or '\0' || (!quoted && c is '"' or '\'' or '<' or '>' or '=' or '`'))
                    {
                        return null;
                    }

                    valueEnd++;
                }

                if (quoted && valueEnd == last)
                {
                    return null; // (its quote never closed before the '>')
                }

                value = AttributeValues.Get(source, valueStart, valueEnd - valueStart);
                i = quoted ? valueEnd + 1 : valueEnd;
                if (i < last && !HtmlChars.IsSpace(source[i]) && !(i == last - 1 && source[i] == '/'))
                {
                    return null;
                }
            }
            else
            {
                i = afterName;
            }

            if (!Holds(read, name))
            {
                read.Add(new TagAttribute(name, value, nameStart)); // (a name again is dropped)
            }
        }
    }

    [ThreadStatic]
    private static List<TagAttribute>? scratch; // ReadPlain's

    // (characters the tokenizer reads otherwise than as written: CR, NUL, and U+FFFF, which it takes for the end of its input)
    private static readonly char[] Unplain = { '\r', '\0', '\uffff' };

    private static bool Holds(List<TagAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // A token's attributes, their positions moved by offset (where the text the token was read from starts).
    private static TagAttribute[] Read(ref StructHtmlToken token, int offset)
    {
        var attributes = token.Attributes;
        if (attributes.Count == 0)
        {
            return Array.Empty<TagAttribute>();
        }

        var read = new TagAttribute[attributes.Count];
        for (var i = 0; i < read.Length; i++)
        {
            var attribute = attributes[i];
            read[i] = new TagAttribute(AttributeNames.Get(attribute.Name.Memory.Span), attribute.Value.ToString(), attribute.Position.Index + offset);
        }

        return read;
    }

    public int TokenIndex { get; set; }

    public SourceSpan Span => SourceSpan.FromBounds(Start, End);

    public SourceAttribute[] GetAttributes(TemplateDocument document)
    {
        if (_attributes is not null)
        {
            return _attributes;
        }

        var raw = RawAttributes;
        var list = raw.Length == 0 ? Array.Empty<SourceAttribute>() : new SourceAttribute[raw.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var attribute = raw[i];
            list[i] = AttributeSpans.Measure(document.Text, document.Masked, attribute.Position, attribute.Name, attribute.Value, End);
        }

        _attributes = list;
        return list;
    }
}

/// <summary>An attribute as the tokenizer reads it: its name, its value (character references decoded) and where its name starts.</summary>
internal readonly record struct TagAttribute(string Name, string Value, int Position);

/// <summary>Measures an attribute's extent in the source from where its name starts.</summary>
internal static class AttributeSpans
{
    public static SourceAttribute Measure(string text, string masked, int nameStart, string name, string value, int tagEnd)
    {
        var n = Math.Min(masked.Length, tagEnd);
        var j = Math.Min(nameStart + 1, n);
        while (j < n && !HtmlChars.IsSpace(masked[j]) && masked[j] != '/' && masked[j] != '>' && masked[j] != '=')
        {
            j++;
        }

        var nameEnd = j;
        var k = j;
        while (k < n && HtmlChars.IsSpace(masked[k]))
        {
            k++;
        }

        var cleanValue = MaskChars.RemoveElided(value);
        if (k >= n || masked[k] != '=')
        {
            return new SourceAttribute(name, cleanValue, SourceSpan.FromBounds(nameStart, nameEnd), new SourceSpan(nameEnd, 0), hasValue: false, string.Empty, valueMapsOneToOne: true);
        }

        k++;
        while (k < n && HtmlChars.IsSpace(masked[k]))
        {
            k++;
        }

        int valueStart, valueEnd, end;
        if (k < n && (masked[k] == '"' || masked[k] == '\''))
        {
            var quote = masked[k];
            valueStart = k + 1;
            valueEnd = masked.IndexOf(quote, valueStart);
            if (valueEnd < 0 || valueEnd >= n)
            {
                valueEnd = n;
                end = n;
            }
            else
            {
                end = valueEnd + 1;
            }
        }
        else
        {
            valueStart = k;
            valueEnd = k;
            while (valueEnd < n && !HtmlChars.IsSpace(masked[valueEnd]) && masked[valueEnd] != '>')
            {
                valueEnd++;
            }

            end = valueEnd;
        }

        // Usually the source is the value as written (no Razor, no character reference): the same string serves both.
        var source = text.AsSpan(valueStart, valueEnd - valueStart);
        var sourceValue = source.SequenceEqual(value.AsSpan()) ? value : source.ToString();
        return new SourceAttribute(
            name,
            cleanValue,
            SourceSpan.FromBounds(nameStart, end),
            SourceSpan.FromBounds(valueStart, valueEnd),
            hasValue: true,
            sourceValue,
            valueMapsOneToOne: masked.AsSpan(valueStart, valueEnd - valueStart).SequenceEqual(value.AsSpan()) && cleanValue.Length == value.Length);
    }

}

/// <summary>A client-side template: the script element's start, its content's span and the content parsed as markup.</summary>
internal sealed record ScriptTemplate(int ScriptStart, SourceSpan Content, IDocument Dom);

/// <summary>
/// The extents of a template's exclusive branch groups (<see cref="TemplateDocument.ExclusiveBranches"/>), sorted by
/// start, each with the group around it, so that <see cref="TemplateDocument.AreExclusive"/> asks only the groups that
/// hold an offset instead of every group of the template. Razor's statements nest; should the extents ever overlap
/// without nesting, <see cref="IsNested"/> is false and every group is asked.
/// </summary>
internal sealed class ExclusiveIndex
{
    private ExclusiveIndex(SourceSpan[] extent, int[] group, int[] parent, bool isNested)
    {
        Extent = extent;
        Group = group;
        Parent = parent;
        IsNested = isNested;
    }

    /// <summary>Each group's extent, from the start of its first branch to the end of its last, sorted by start (the larger first).</summary>
    public SourceSpan[] Extent { get; }

    /// <summary>The index in <see cref="TemplateDocument.ExclusiveBranches"/> of each extent's group.</summary>
    public int[] Group { get; }

    /// <summary>The innermost extent around each extent, or -1.</summary>
    public int[] Parent { get; }

    /// <summary>Whether every two extents are nested or apart.</summary>
    public bool IsNested { get; }

    public static ExclusiveIndex Create(IReadOnlyList<IReadOnlyList<SourceSpan>> groups)
    {
        var extents = new List<(SourceSpan Extent, int Group)>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Count == 0)
            {
                continue; // no branch: nothing in it is exclusive of anything
            }

            int start = int.MaxValue, end = int.MinValue;
            foreach (var branch in groups[i])
            {
                start = Math.Min(start, branch.Start);
                end = Math.Max(end, branch.End);
            }

            extents.Add((SourceSpan.FromBounds(start, end), i));
        }

        extents.Sort((x, y) => x.Extent.Start != y.Extent.Start ? x.Extent.Start.CompareTo(y.Extent.Start) : y.Extent.End.CompareTo(x.Extent.End));
        var parent = new int[extents.Count];
        var open = new Stack<int>();
        var isNested = true;
        for (var i = 0; i < extents.Count; i++)
        {
            while (open.Count > 0 && extents[open.Peek()].Extent.End <= extents[i].Extent.Start)
            {
                open.Pop();
            }

            parent[i] = open.Count > 0 ? open.Peek() : -1;
            isNested &= parent[i] < 0 || extents[i].Extent.End <= extents[parent[i]].Extent.End;
            open.Push(i);
        }

        return new ExclusiveIndex(extents.ConvertAll(e => e.Extent).ToArray(), extents.ConvertAll(e => e.Group).ToArray(), parent, isNested);
    }

    /// <summary>The last extent that starts at or before the offset, or -1.</summary>
    public int LastStartingAtOrBefore(int offset) =>
        Sorted.PartitionPoint(Extent.Length, (Extent, offset), static (s, i) => s.Extent[i].Start <= s.offset) - 1;
}
