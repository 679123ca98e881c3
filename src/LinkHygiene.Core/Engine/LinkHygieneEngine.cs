using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using LinkHygiene.Diagnostics;
using LinkHygiene.Documents;
using LinkHygiene.Links;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using LinkHygiene.Suppressions;
using LinkHygiene.Text;

namespace LinkHygiene.Engine;

/// <summary>
/// The one entry point every front end calls: a template's path and text plus its options in, findings out.
/// Parses the template once; every rule reads the same parsed document. Never touches the disk or the network.
/// </summary>
public static class LinkHygieneEngine
{
    /// <summary>Whether LinkHygiene analyses a file with this path (by extension).</summary>
    public static bool IsTemplate(string? path) => TemplateKinds.FromPath(path) is not null;

    /// <summary>Analyses one template.</summary>
    /// <param name="path">The file path (its extension decides the template language).</param>
    /// <param name="text">The decoded text, without BOM.</param>
    /// <param name="options">Option values that apply to this file.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    public static AnalysisResult Analyze(string path, string text, IOptionSource options, CancellationToken cancellationToken = default) =>
        Analyze(path, text, options, ProjectContext.Empty, cancellationToken);

    /// <summary>Analyses one template with what is known about its project (resource strings).</summary>
    /// <param name="path">The file path (its extension decides the template language).</param>
    /// <param name="text">The decoded text, without BOM.</param>
    /// <param name="options">Option values that apply to this file.</param>
    /// <param name="project">What the front end knows about the whole project.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    public static AnalysisResult Analyze(string path, string text, IOptionSource options, ProjectContext project, CancellationToken cancellationToken = default) =>
        Analyze(path, text, options, project, tokensWhenEnough: true, cancellationToken);

    /// <summary>
    /// What the site check needs of a template it is not checking (its ids, links and routes: <see cref="AnalysisResult.Facts"/>),
    /// read as an analysis reads it but without running the rules, whose findings would be thrown away: a page checked on
    /// its own in a documentation site reads every page it links to (held-out review 175: python3.11-doc's contents page).
    /// Null when the template cannot be analysed.
    /// </summary>
    /// <param name="path">The file path (its extension decides the template language).</param>
    /// <param name="text">The decoded text, without BOM.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static Site.TemplateFacts? ReadFacts(string path, string text, CancellationToken cancellationToken = default) =>
        Analyze(path, text, DictionaryOptionSource.Empty, ProjectContext.Empty, tokensWhenEnough: true, cancellationToken, runRules: false).Facts;

    /// <summary>
    /// Analyses one template; with <paramref name="tokensWhenEnough"/> (what every front end uses), a template that
    /// holds nothing the rules read from a DOM is read without building one (<see cref="TemplateDocument.NeedsTree"/>).
    /// Tests compare the two. Without <paramref name="runRules"/>, the template is read and its links walked, and no rule
    /// runs (<see cref="ReadFacts"/>).
    /// </summary>
    internal static AnalysisResult Analyze(string path, string text, IOptionSource options, ProjectContext project, bool tokensWhenEnough, CancellationToken cancellationToken, bool runRules = true)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var kind = TemplateKinds.FromPath(path);
        if (kind is null)
        {
            return Empty(path);
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        if (IsSwitchedOff(reader, options))
        {
            return Empty(path);
        }

        var severities = Severities(reader);

        // Invalid values fall back to their defaults here; they are reported once, in the configuration file that
        // holds them (AnalyzeConfiguration), not on every template they apply to.
        var pending = new List<PendingFinding>();
        TemplateDocument? document = null;
        IReadOnlyList<Link> links = Array.Empty<Link>();
        Site.TemplateFacts? facts = null;
        (DocumentWalk, LinkSettings)? reading = null;
        var maxKb = reader.Get(CommonOptions.MaxFileSizeKb);
        if ((long)text.Length > (long)maxKb * 1024)
        {
            Unanalyzable(pending, 0, string.Format(
                CultureInfo.InvariantCulture,
                "it is {0:N0} KiB, over the limit of {1:N0} KiB (link_hygiene.max_file_size_kb)",
                Math.Max(text.Length / 1024, (long)maxKb + 1), // (a few characters over is not "5,120 KiB, over the limit of 5,120 KiB": held-out review 155)
                maxKb));
        }
        else if (text.IndexOf('\0') is var nul and >= 0 && NulReason(text) is { } nulReason)
        {
            Unanalyzable(pending, nul, nulReason);
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = pending.Count;
            try
            {
                document = TemplateDocument.Parse(path, text, kind.Value, tokensWhenEnough);
                foreach (var problem in document.Problems)
                {
                    Unanalyzable(
                        pending,
                        problem.Span.Start,
                        problem.IsFatal ? problem.Reason : problem.Reason + "; what follows it may be misread");
                }

                if (MisreadEncoding(text) is { } misread)
                {
                    Unanalyzable(pending, misread.Offset, misread.Reason);
                }

                if (document.IsAnalyzable)
                {
                    (links, facts, reading) = RunRules(document, reader, runRules ? severities : null, pending, project ?? ProjectContext.Empty, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The boundary for every front end, as Run is for each rule: a bug in reading one template must cost
                // that template's findings, not a command-line run, a build or the language server's document.
                (document, links, facts, reading) = (null, Array.Empty<Link>(), null, null);
                pending.RemoveRange(reported, pending.Count - reported); // what the rules found before it, unsuppressed without the document
                Unanalyzable(pending, 0, $"reading it failed ({e.GetType().Name}: {e.Message}); please report this");
            }
        }

        SuppressionIndex? suppressions = null;
        if (document is not null)
        {
            suppressions = SuppressionIndex.Build(document);
            foreach (var (span, id, directive) in suppressions.UnknownIds)
            {
                pending.Add(new PendingFinding(EngineDescriptors.InvalidOption, span, null, new[] { ConfigurationValidator.UnknownRule(id, directive + " " + id) }));
            }

            foreach (var (span, message) in suppressions.Malformed)
            {
                pending.Add(new PendingFinding(EngineDescriptors.InvalidOption, span, null, new[] { message }));
            }
        }

        if (facts is not null)
        {
            facts.Suppressions = suppressions;
        }

        return new AnalysisResult(path, Finish(text, document, pending, severities, suppressions), document, links) { Facts = facts, Reading = reading, Options = options ?? DictionaryOptionSource.Empty };
    }

    /// <summary>
    /// The findings of the rules that read links' text (<see cref="Rule.ReadsLinkText"/>) for an analysed template whose
    /// links now say something else: <paramref name="links"/> are its links, some with another name. The document is not
    /// read again, and the findings are at its offsets; suppressions and severities apply as in an analysis.
    /// </summary>
    internal static IReadOnlyList<Finding> AnalyzeLinkText(AnalysisResult result, IReadOnlyList<Link> links, IOptionSource options)
    {
        if (result.Document is not { } document || result.Reading is not var (walk, settings))
        {
            throw new ArgumentException("the template was not analysed", nameof(result));
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        var severities = Severities(reader);
        var pending = new List<PendingFinding>();
        var context = new RuleContext(document, walk, reader, settings, reader.Get(CommonOptions.DefaultLanguage), pending, links);
        foreach (var rule in RuleCatalog.Rules)
        {
            if (rule.ReadsLinkText)
            {
                Run(rule, context, severities, pending, CancellationToken.None);
            }
        }

        return Finish(document.Text, document, pending, severities, result.Facts?.Suppressions ?? SuppressionIndex.Build(document));
    }

    /// <summary>
    /// Whether the rules that read links' text (<see cref="AnalyzeLinkText"/>) read the same from both sources: whether
    /// LinkHygiene is on, their severities, their own options and the default language.
    /// </summary>
    internal static bool ReadLinkTextAlike(IOptionSource first, IOptionSource second)
    {
        if (ReferenceEquals(first, second))
        {
            return true;
        }

        var a = new OptionReader(first);
        var b = new OptionReader(second);
        if (IsSwitchedOff(a, first) != IsSwitchedOff(b, second) || a.Raw(CommonOptions.DefaultLanguage) != b.Raw(CommonOptions.DefaultLanguage))
        {
            return false;
        }

        var severitiesA = Severities(a);
        var severitiesB = Severities(b);
        foreach (var rule in RuleCatalog.Rules)
        {
            if (!rule.ReadsLinkText)
            {
                continue;
            }

            if (severitiesA[rule.Descriptor.Id] != severitiesB[rule.Descriptor.Id])
            {
                return false;
            }

            foreach (var option in rule.Options)
            {
                if (a.Raw(option) != b.Raw(option))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Checks a template's internal links against its project's index (LH030, and LH031 for fragments of other
    /// documents): the second step of every front end once the whole project is known. The template is not parsed
    /// again: its facts come from its <see cref="Analyze(string, string, IOptionSource, ProjectContext, CancellationToken)"/> result.
    /// </summary>
    /// <param name="facts">The template's facts (<see cref="AnalysisResult.Facts"/>).</param>
    /// <param name="textLength">The length of the template's text.</param>
    /// <param name="site">The project's index.</param>
    /// <param name="options">Option values that apply to the template.</param>
    /// <param name="stats">How many links were resolved, broken or undecidable.</param>
    public static IReadOnlyList<Finding> CheckInternalLinks(Site.TemplateFacts facts, int textLength, Site.SiteIndex site, IOptionSource options, out Site.InternalLinkStats stats)
    {
        if (facts is null || site is null)
        {
            throw new ArgumentNullException(facts is null ? nameof(facts) : nameof(site));
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        if (IsSwitchedOff(reader, options) || facts.Lines is null)
        {
            stats = new Site.InternalLinkStats();
            return Array.Empty<Finding>();
        }

        var pending = new List<PendingFinding>();
        stats = Site.InternalLinkChecker.Check(facts, site, (rule, link, span, arguments) =>
            pending.Add(new PendingFinding(rule, span, null, arguments, null, link.Ignored, link.LinkLine)));
        return Finish(textLength, facts.Lines, pending, Severities(reader), facts.Suppressions);
    }

    /// <summary>
    /// Checks a configuration file (<c>.editorconfig</c>, <c>.globalconfig</c>): every LinkHygiene line that has no
    /// effect as written becomes LH900 at that line (see <see cref="ConfigurationValidator"/>).
    /// </summary>
    /// <param name="path">The configuration file's path.</param>
    /// <param name="text">Its text.</param>
    /// <param name="options">Options that apply to the configuration file itself (for LH900's severity).</param>
    public static AnalysisResult AnalyzeConfiguration(string path, string text, IOptionSource options)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        var pending = new List<PendingFinding>();
        foreach (var problem in ConfigurationValidator.Validate(path, text))
        {
            pending.Add(new PendingFinding(EngineDescriptors.InvalidOption, problem.Span, null, new[] { problem.Message }));
        }

        return new AnalysisResult(path, Finish(text, null, pending, Severities(reader), null), null, Array.Empty<Link>());
    }

    /// <summary>Whether LinkHygiene is switched off for a file: <c>link_hygiene.enabled = false</c> or <c>generated_code = true</c>.</summary>
    public static bool IsSwitchedOff(IOptionSource options)
    {
        var source = options ?? DictionaryOptionSource.Empty;
        return IsSwitchedOff(new OptionReader(source), source);
    }

    private static bool IsSwitchedOff(OptionReader reader, IOptionSource? options) =>
        !reader.Get(CommonOptions.Enabled)
        || (options is not null && options.TryGetValue("generated_code", out var generated) && string.Equals(generated?.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    private static AnalysisResult Empty(string path) => new(path, Array.Empty<Finding>(), null, Array.Empty<Link>());

    /// <summary>
    /// Where a template that holds U+FFFD declares an encoding other than UTF-8 (<c>&lt;meta charset="shift_jis"&gt;</c>),
    /// and why that matters: its front end read it as the compiler reads a file without a byte-order mark (as UTF-8, or
    /// the system's code page), and the bytes that are not UTF-8 became replacement characters, so link text with them is
    /// misread (held-out review 94: Shift-JIS, GBK and Windows-1251 pages gave no LH010, a Windows-1252 one
    /// "Lire la suite\uFFFD"). One that declares no encoding is misread the same (held-out review 99: a Windows-1251 view
    /// whose layout declared the charset gave no LH010 and no word): reported where the first U+FFFD is. Null when it
    /// holds none.
    /// </summary>
    private static (int Offset, string Reason)? MisreadEncoding(string text)
    {
        if (text.IndexOf('\uFFFD') < 0)
        {
            return null;
        }

        // (the first that is not UTF-8: an XHTML page's <?xml encoding="UTF-8"?> may stand before a <meta> that says
        // otherwise; code review) in the page's head, before any script, whose strings may write others (third code review)
        var head = text.Substring(0, Math.Min(text.Length, 16 * 1024));
        var scriptOrBody = System.Text.RegularExpressions.Regex.Match(head, @"<(?:script|body)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var declarations = DeclaredCharset.Matches(scriptOrBody.Success ? head.Substring(0, scriptOrBody.Index) : head).Cast<System.Text.RegularExpressions.Match>().ToList();
        if (declarations.Count == 0)
        {
            // (a template that writes U+FFFD itself is rare, and &#xFFFD; writes it without the question; a declaration
            // anywhere in its head, after a script too, is taken at its word: code reviews)
            declarations = DeclaredCharset.Matches(head).Cast<System.Text.RegularExpressions.Match>().ToList();
            if (declarations.Count == 0)
            {
                return (text.IndexOf('\uFFFD'), "it holds U+FFFD, the character that stands for bytes that could not be read, and declares no encoding: it is likely not UTF-8 (as the compiler does, a file without a byte-order mark is read as UTF-8, else in the system's code page), so link text with it is misread; save the file as UTF-8 (or write &#xFFFD; where the character is meant)");
            }
        }

        var declared = declarations.FirstOrDefault(m => !IsUtf8(m.Groups[1].Value));
        if (declared is null)
        {
            return null; // it says it is UTF-8: its U+FFFD are its own
        }

        var charset = declared.Groups[1].Value;
        return (declared.Groups[1].Index, $"it declares the encoding '{charset}', in which it was not read (as the compiler does, a file without a byte-order mark is read as UTF-8, else in the system's code page): what could not be read became U+FFFD, so link text with it is misread; save the file as UTF-8");
    }

    private static bool IsUtf8(string charset) => charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    // <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, or XHTML's <?xml encoding="x"?>
    // at a line's start (after a Razor block or a comment of a feed view too; third code review)
    private static readonly System.Text.RegularExpressions.Regex DeclaredCharset = new(
        @"(?:<meta\b[^>]{0,1024}?\bcharset\s*=|^\uFEFF?[ \t]*<\?xml\b[^>]{0,1024}?\bencoding\s*=)\s*[""']?\s*([A-Za-z0-9_:.\-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>
    /// Why a text with NUL characters is not analysed: UTF-16 saved without a byte-order mark (NULs between its letters)
    /// or a binary file (two NULs in a row, the compiler's own test for binary text). Null for a NUL here and there in
    /// text, which the compiler reads, and a browser too (held-out review 157: one stray NUL cost a page every finding).
    /// </summary>
    private static string? NulReason(string text)
    {
        var sample = Math.Min(text.Length, 512);
        var nuls = 0;
        for (var i = 0; i < sample; i++)
        {
            nuls += text[i] == '\0' ? 1 : 0;
        }

        if (nuls * 3 >= sample)
        {
            return "it contains NUL characters between its letters, as UTF-16 or UTF-32 text read in the wrong encoding does (is its byte-order mark missing?); save it as UTF-8";
        }

        return text.IndexOf("\0\0", StringComparison.Ordinal) >= 0 ? "it contains NUL characters, so it looks like a binary file" : null;
    }

    /// <summary>
    /// The result for a template a front end could not read (binary, undecodable, locked): one LH901 with the reason,
    /// at the severity the file's options give LH901.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="reason">Why it could not be read, completing "Template could not be fully analysed: ...".</param>
    /// <param name="options">Option values that apply to this file.</param>
    public static AnalysisResult Unreadable(string path, string reason, IOptionSource options)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        if (IsSwitchedOff(reader, options))
        {
            return Empty(path);
        }

        var severities = Severities(reader);
        var pending = new List<PendingFinding>();
        Unanalyzable(pending, 0, reason);
        return new AnalysisResult(path, Finish(string.Empty, null, pending, severities, null), null, Array.Empty<Link>());
    }

    private static IReadOnlyDictionary<string, RuleSeverity> Severities(OptionReader reader)
    {
        // The templates of a project nearly all share one set of severities, so each set is made once and shared
        // (read only): its key holds each rule's severity in three bits, which fits 21 rules.
        var descriptors = RuleCatalog.Descriptors;
        var bulk = RuleCatalog.BulkSeverity(reader);
        if (descriptors.Count * 3 > 64)
        {
            return Table(reader, bulk);
        }

        var key = 0UL;
        for (var i = 0; i < descriptors.Count; i++)
        {
            key = (key << 3) | (ulong)RuleCatalog.Severity(reader, descriptors[i], bulk);
        }

        if (!SeverityTables.TryGetValue(key, out var table))
        {
            if (SeverityTables.Count >= 64)
            {
                SeverityTables.Clear();
            }

            table = SeverityTables.GetOrAdd(key, _ => Table(reader, bulk));
        }

        return table;

        static IReadOnlyDictionary<string, RuleSeverity> Table(OptionReader reader, RuleCatalog.BulkSetting bulk)
        {
            var severities = new Dictionary<string, RuleSeverity>(RuleCatalog.Descriptors.Count, StringComparer.Ordinal);
            foreach (var descriptor in RuleCatalog.Descriptors)
            {
                severities[descriptor.Id] = RuleCatalog.Severity(reader, descriptor, bulk);
            }

            return severities;
        }

    }

    // Sets of severities by their key (see Severities); cleared if a process meets more than a few dozen.
    private static readonly ConcurrentDictionary<ulong, IReadOnlyDictionary<string, RuleSeverity>> SeverityTables = new();

    /// <param name="severities">Each rule's severity; null runs no rule (the walk and the facts only).</param>
    private static (IReadOnlyList<Link> Links, Site.TemplateFacts Facts, (DocumentWalk, LinkSettings) Reading) RunRules(TemplateDocument document, OptionReader reader, IReadOnlyDictionary<string, RuleSeverity>? severities, List<PendingFinding> pending, ProjectContext project, CancellationToken cancellationToken)
    {
        var settings = new LinkSettings(
            reader.Get(CommonOptions.Zone),
            reader.Get(CommonOptions.UgcSelectors),
            reader.Get(CommonOptions.SponsoredSelectors),
            reader.Get(CommonOptions.SiteHosts))
        {
            Localization = project.Localization,
            PageLanguage = document.Kind == TemplateKind.Html ? null : project.PageLanguage,
        };
        var walk = LinkExtractor.Walk(document, settings);
        var links = walk.Links;
        foreach (var (element, value) in walk.UnknownIgnoreIds)
        {
            // The IDs the walk read, each where the source shows it (see RuleFilter.Locate); a long value is not repeated
            // in each message.
            var attribute = LinkExtractor.Find(document.GetAttributes(element), "data-linkhygiene-ignore");
            var span = attribute is null ? document.GetStartTag(element)?.Span ?? new SourceSpan(0, 0) : attribute.ValueSpan;
            foreach (var (id, at) in RuleFilter.Locate(value, document.Text, span.Start, attribute is null ? span.Start : span.End))
            {
                if (LinkExtractor.NamesNoRule(id))
                {
                    var written = attribute is null ? id : attribute.Value.Length > 80 ? "… " + id + " …" : attribute.Value;
                    pending.Add(new PendingFinding(
                        EngineDescriptors.InvalidOption,
                        at < 0 ? span : new SourceSpan(at, id.Length),
                        null,
                        new[] { ConfigurationValidator.UnknownRule(id, "data-linkhygiene-ignore=\"" + written + "\"") }));
                }
            }
        }

        var context = new RuleContext(document, walk, reader, settings, reader.Get(CommonOptions.DefaultLanguage), pending);
        if (severities is not null)
        {
            foreach (var rule in RuleCatalog.Rules)
            {
                Run(rule, context, severities, pending, cancellationToken);
            }
        }

        return (links, context.Facts, (walk, settings));
    }

    private static void Run(Rule rule, RuleContext context, IReadOnlyDictionary<string, RuleSeverity> severities, List<PendingFinding> pending, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (severities[rule.Descriptor.Id] == RuleSeverity.None)
        {
            return;
        }

        try
        {
            rule.Analyze(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one rule must not hide the others' findings, nor fail someone's build: say so instead.
            Unanalyzable(pending, 0, $"rule {rule.Descriptor.Id} failed ({e.GetType().Name}: {e.Message}); please report this");
        }
    }

    private static void Unanalyzable(List<PendingFinding> pending, int offset, string reason) =>
        pending.Add(new PendingFinding(EngineDescriptors.UnanalyzableTemplate, new SourceSpan(Math.Max(0, offset), 0), null, new[] { reason }));

    private static IReadOnlyList<Finding> Finish(string text, TemplateDocument? document, List<PendingFinding> pending, IReadOnlyDictionary<string, RuleSeverity> severities, SuppressionIndex? suppressions) =>
        pending.Count == 0 ? Array.Empty<Finding>() : Finish(text.Length, document?.Lines ?? LineMap.Create(text), pending, severities, suppressions);

    private static IReadOnlyList<Finding> Finish(int textLength, LineMap lines, List<PendingFinding> pending, IReadOnlyDictionary<string, RuleSeverity> severities, SuppressionIndex? suppressions)
    {
        if (pending.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        var findings = new List<Finding>(pending.Count);
        foreach (var item in pending)
        {
            var severity = severities.TryGetValue(item.Rule.Id, out var s) ? s : item.Rule.DefaultSeverity;
            if (severity == RuleSeverity.None)
            {
                continue;
            }

            if ((item.Link?.Ignored ?? item.Ignored)?.Contains(item.Rule.Id) == true)
            {
                continue;
            }

            var span = Clamp(item.Span, textLength);
            var start = lines.GetPosition(span.Start);
            var linkLine = item.LinkLine ?? (item.Link is null ? null : lines.GetLine(item.Link.StartTagSpan.Start));
            if (suppressions is not null && suppressions.IsSuppressed(item.Rule.Id, span, start.Line, linkLine))
            {
                continue;
            }

            findings.Add(new Finding(item.Rule, span, item.Arguments, severity, start, lines.GetPosition(span.End), item.Fix));
        }

        findings.Sort((a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
        });
        return findings;
    }

    private static SourceSpan Clamp(SourceSpan span, int length)
    {
        var start = Math.Min(span.Start, length);
        return SourceSpan.FromBounds(start, Math.Min(Math.Max(span.End, start), length));
    }
}
