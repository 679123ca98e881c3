using System;
using System.Collections.Immutable;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Analyzers;

/// <summary>
/// Runs LinkHygiene on every template the compiler receives as an AdditionalFile (.cshtml, .razor, .html, .htm),
/// with that file's .editorconfig/.globalconfig options. Reports at exact locations in the template.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>MSBuild property (made visible to the compiler) that turns LinkHygiene off when "false".</summary>
    internal const string EnabledProperty = "build_property.LinkHygieneEnabled";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeTemplate);
    }

    private static void AnalyzeTemplate(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!LinkHygieneEngine.IsTemplate(file.Path) || IsDisabled(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
        {
            return;
        }

        SourceText? text = null;
        try
        {
            text = file.GetText(context.CancellationToken);
            if (text is null)
            {
                Report(context, file.Path, null, DiagnosticDescriptors.LH901, RuleSeverity.Warning, new TextSpan(0, 0), EngineDescriptors.NotTextReason);
                return;
            }

            var options = new AnalyzerConfigOptionSource(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file));
            var result = LinkHygieneEngine.Analyze(file.Path, text.ToString(), options, context.CancellationToken);
            foreach (var finding in result.Findings)
            {
                if (DiagnosticDescriptors.ById.TryGetValue(finding.Id, out var descriptor))
                {
                    Report(context, file.Path, text, descriptor, finding.Severity, new TextSpan(finding.Span.Start, finding.Span.Length), finding.Arguments.ToArray<object>());
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The boundary: an exception here would become AD0001 in someone's build. Say what happened instead.
            Report(context, file.Path, text, DiagnosticDescriptors.LH901, RuleSeverity.Warning, new TextSpan(0, 0), $"LinkHygiene failed on this file ({e.GetType().Name}: {e.Message}); please report this");
        }
    }

    private static bool IsDisabled(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(EnabledProperty, out var enabled) && string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static void Report(AdditionalFileAnalysisContext context, string path, SourceText? text, DiagnosticDescriptor descriptor, RuleSeverity severity, TextSpan span, params object[] arguments)
    {
        var lines = text is null ? default : text.Lines.GetLinePositionSpan(span);
        var location = Location.Create(path, span, lines);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, DiagnosticDescriptors.ToRoslyn(severity), additionalLocations: null, properties: null, arguments));
    }
}
