using System;
using System.Collections.Generic;
using System.Globalization;
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
    public static AnalysisResult Analyze(string path, string text, IOptionSource options, CancellationToken cancellationToken = default)
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
            return new AnalysisResult(path, Array.Empty<Finding>(), null, Array.Empty<Link>());
        }

        var reader = new OptionReader(options ?? DictionaryOptionSource.Empty);
        var severities = Severities(reader);

        foreach (var option in CommonOptions.All)
        {
            reader.Validate(option);
        }

        foreach (var rule in RuleCatalog.Rules)
        {
            if (severities[rule.Descriptor.Id] != RuleSeverity.None)
            {
                foreach (var option in rule.Options)
                {
                    reader.Validate(option);
                }
            }
        }

        var pending = new List<PendingFinding>();
        TemplateDocument? document = null;
        IReadOnlyList<Link> links = Array.Empty<Link>();
        var maxKb = reader.Get(CommonOptions.MaxFileSizeKb);
        if ((long)text.Length > (long)maxKb * 1024)
        {
            Unanalyzable(pending, 0, string.Format(
                CultureInfo.InvariantCulture,
                "it is {0:N0} KiB, over the limit of {1:N0} KiB (link_hygiene.max_file_size_kb)",
                text.Length / 1024,
                maxKb));
        }
        else if (text.IndexOf('\0') >= 0)
        {
            Unanalyzable(pending, text.IndexOf('\0'), "it contains NUL characters, so it looks like a binary file");
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = TemplateDocument.Parse(path, text, kind.Value);
            foreach (var problem in document.Problems)
            {
                Unanalyzable(
                    pending,
                    problem.Span.Start,
                    problem.IsFatal ? problem.Reason : problem.Reason + "; what follows it may be misread");
            }

            if (document.IsAnalyzable)
            {
                links = RunRules(document, reader, severities, pending, cancellationToken);
            }
        }

        foreach (var invalid in reader.InvalidValues)
        {
            pending.Add(new PendingFinding(
                EngineDescriptors.InvalidOption,
                new SourceSpan(0, 0),
                null,
                new[] { invalid.Option.Key, invalid.RawValue, invalid.Problem ?? "expected " + invalid.Option.Accepted, invalid.Option.DefaultText }));
        }

        return new AnalysisResult(path, Finish(text, document, pending, severities), document, links);
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

        var severities = Severities(new OptionReader(options ?? DictionaryOptionSource.Empty));
        var pending = new List<PendingFinding>();
        Unanalyzable(pending, 0, reason);
        return new AnalysisResult(path, Finish(string.Empty, null, pending, severities), null, Array.Empty<Link>());
    }

    private static Dictionary<string, RuleSeverity> Severities(OptionReader reader)
    {
        var severities = new Dictionary<string, RuleSeverity>(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            severities[descriptor.Id] = reader.Get(RuleCatalog.SeverityOption(descriptor)) ?? descriptor.DefaultSeverity;
        }

        return severities;
    }

    private static IReadOnlyList<Link> RunRules(TemplateDocument document, OptionReader reader, Dictionary<string, RuleSeverity> severities, List<PendingFinding> pending, CancellationToken cancellationToken)
    {
        var settings = new LinkSettings(
            reader.Get(CommonOptions.Zone),
            reader.Get(CommonOptions.UgcSelectors),
            reader.Get(CommonOptions.SponsoredSelectors),
            reader.Get(CommonOptions.SiteHosts));
        var walk = LinkExtractor.Walk(document, settings);
        var links = walk.Links;
        var context = new RuleContext(document, walk, reader, settings, reader.Get(CommonOptions.DefaultLanguage), pending);
        foreach (var rule in RuleCatalog.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (severities[rule.Descriptor.Id] == RuleSeverity.None)
            {
                continue;
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

        return links;
    }

    private static void Unanalyzable(List<PendingFinding> pending, int offset, string reason) =>
        pending.Add(new PendingFinding(EngineDescriptors.UnanalyzableTemplate, new SourceSpan(Math.Max(0, offset), 0), null, new[] { reason }));

    private static IReadOnlyList<Finding> Finish(string text, TemplateDocument? document, List<PendingFinding> pending, Dictionary<string, RuleSeverity> severities)
    {
        if (pending.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        var lines = document?.Lines ?? LineMap.Create(text);
        var suppressions = document is null ? null : SuppressionIndex.Build(document);
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

            var span = Clamp(item.Span, text.Length);
            var start = lines.GetPosition(span.Start);
            int? linkLine = item.Link is null ? null : lines.GetLine(item.Link.StartTagSpan.Start);
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
