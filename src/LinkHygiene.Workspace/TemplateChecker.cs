using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.Text;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace;

/// <summary>A fix's edit with its line positions (zero-based, UTF-16 columns).</summary>
/// <param name="Edit">The edit (offsets into the decoded text, BOM excluded).</param>
/// <param name="Start">Where the replaced span starts.</param>
/// <param name="End">Where it ends.</param>
public sealed record LocatedEdit(TextEdit Edit, LinePosition Start, LinePosition End);

/// <summary>A finding with what reports need besides it: the text of the line it starts on, and its fix's located edits.</summary>
/// <param name="Finding">The engine's finding.</param>
/// <param name="LineText">The text of the line the finding starts on, without the line break.</param>
/// <param name="FixEdits">The fix's edits with positions (empty when the finding has no fix).</param>
public sealed record ReportedFinding(Finding Finding, string LineText, IReadOnlyList<LocatedEdit> FixEdits);

/// <summary>One file's findings, in source order.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Findings">The findings.</param>
public sealed record CheckedFile(string Path, IReadOnlyList<ReportedFinding> Findings)
{
    /// <summary>What the site checks need from the template (null when it was not analysed).</summary>
    public LinkHygiene.Site.TemplateFacts? Facts { get; init; }

    /// <summary>The length of the text the findings are in.</summary>
    public int TextLength { get; init; }
}

/// <summary>
/// Reads a template from disk the way the compiler reads an AdditionalFile and runs the engine on it with its
/// configuration. Never throws for a bad file: unreadable and binary files become LH901 findings.
/// </summary>
public static class TemplateChecker
{
    /// <summary>Checks one template.</summary>
    public static CheckedFile Check(string path, TemplateConfiguration configuration, CancellationToken cancellationToken = default) =>
        Check(path, configuration, ProjectContext.Empty, cancellationToken);

    /// <summary>Checks one template with what is known about its project.</summary>
    public static CheckedFile Check(string path, TemplateConfiguration configuration, ProjectContext project, CancellationToken cancellationToken = default)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return Check(path, () => TemplateFile.ReadText(path), configuration, project, cancellationToken);
    }

    /// <summary>Checks a template's bytes (already read, or about to be written), decoded as the compiler would.</summary>
    public static CheckedFile Check(string path, byte[] bytes, TemplateConfiguration configuration, ProjectContext project, CancellationToken cancellationToken = default)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return Check(path, () => TemplateFile.DecodeText(bytes), configuration, project, cancellationToken);
    }

    private static CheckedFile Check(string path, Func<string> read, TemplateConfiguration configuration, ProjectContext project, CancellationToken cancellationToken)
    {
        var options = configuration.OptionsFor(path);
        string text;
        try
        {
            text = read();
        }
        catch (InvalidDataException)
        {
            return Describe(path, string.Empty, LinkHygieneEngine.Unreadable(path, EngineDescriptors.NotTextReason, options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Describe(path, string.Empty, LinkHygieneEngine.Unreadable(path, $"the file could not be read ({e.Message})", options));
        }

        return Describe(path, text, LinkHygieneEngine.Analyze(path, text, options, project, cancellationToken));
    }

    /// <summary>Checks a configuration file's LinkHygiene lines (LH900 where a line has no effect as written).</summary>
    public static CheckedFile CheckConfiguration(string path, TemplateConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        // Decoded as the compiler decodes the additional files it hands the analyzer, so that a configuration file that is
        // not text is LH901 here too.
        var options = configuration.OptionsFor(path);
        string text;
        try
        {
            text = TemplateFile.ReadText(path);
        }
        catch (InvalidDataException)
        {
            return Describe(path, string.Empty, LinkHygieneEngine.Unreadable(path, EngineDescriptors.NotTextReason, options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CheckedFile(path, Array.Empty<ReportedFinding>()); // already refused when the configuration was loaded
        }

        return Describe(path, text, LinkHygieneEngine.AnalyzeConfiguration(path, text, options));
    }

    /// <summary>Describes an analysis of a text already in memory (an editor's buffer, a fixed text).</summary>
    public static CheckedFile Describe(string path, string text, AnalysisResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var findings = result.Findings;
        if (findings.Count == 0)
        {
            return new CheckedFile(path, Array.Empty<ReportedFinding>()) { Facts = result.Facts, TextLength = text.Length };
        }

        var lines = result.Document?.Lines ?? LineMap.Create(text);
        var lineTexts = new LineTexts(text, lines);
        var reported = new ReportedFinding[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            IReadOnlyList<LocatedEdit> edits = Array.Empty<LocatedEdit>();
            if (finding.Fix is { } fix)
            {
                var located = new List<LocatedEdit>(fix.Edits.Count);
                foreach (var edit in fix.Edits)
                {
                    located.Add(new LocatedEdit(edit, lines.GetPosition(edit.Span.Start), lines.GetPosition(edit.Span.End)));
                }

                edits = located;
            }

            reported[i] = new ReportedFinding(finding, lineTexts[finding.Start.Line], edits);
        }

        return new CheckedFile(path, reported) { Facts = result.Facts, TextLength = text.Length };
    }

    /// <summary>Describes findings made apart from the template's analysis (the site checks) in its text.</summary>
    public static IReadOnlyList<ReportedFinding> Describe(string text, IReadOnlyList<Finding> findings)
    {
        if (findings is null || findings.Count == 0)
        {
            return Array.Empty<ReportedFinding>();
        }

        var lineTexts = new LineTexts(text, LineMap.Create(text));
        return findings.Select(f => new ReportedFinding(f, lineTexts[f.Start.Line], Array.Empty<LocatedEdit>())).ToList();
    }

    /// <summary>The text of a zero-based line, without its line break.</summary>
    public static string LineText(string text, LineMap lines, int line)
    {
        if (text is null || lines is null || text.Length == 0 || line >= lines.LineCount)
        {
            return string.Empty;
        }

        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        while (end > start && LineMap.IsLineBreak(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// The text of each line findings start on, each made once: a minified page's findings share one line, which was
    /// copied for each of them (50,000 findings on a 340 KB line: 24 GB).
    /// </summary>
    private sealed class LineTexts
    {
        private readonly string _text;
        private readonly LineMap _lines;
        private readonly Dictionary<int, string> _made = new();

        public LineTexts(string text, LineMap lines)
        {
            _text = text;
            _lines = lines;
        }

        public string this[int line]
        {
            get
            {
                if (!_made.TryGetValue(line, out var made))
                {
                    _made.Add(line, made = LineText(_text, _lines, line));
                }

                return made;
            }
        }
    }
}
