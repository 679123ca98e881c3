using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using LinkHygiene.Workspace.Files;
using LinkHygiene.Analyzers;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using LinkHygiene.Testing;

namespace LinkHygiene.Build.Tests;

/// <summary>Runs the two front ends over files on disk and describes their findings the same way.</summary>
public static class FrontEnds
{
    private static readonly Lazy<MetadataReference> AspNetCoreMvc = new(() => StandIn("Microsoft.AspNetCore.Mvc.Core", "namespace Microsoft.AspNetCore.Mvc { public class ControllerBase { } }"));

    private static readonly Lazy<MetadataReference> WebAssembly = new(() => StandIn("Microsoft.AspNetCore.Components.WebAssembly", "namespace Microsoft.AspNetCore.Components.WebAssembly.Hosting { public class WebAssemblyHostBuilder { } }"));

    private static readonly Lazy<MetadataReference> IdentityWebUi = new(() => StandIn("Microsoft.Identity.Web.UI", "namespace Microsoft.Identity.Web.UI.Areas.MicrosoftIdentity.Controllers { public class AccountController { } }"));

    private static MetadataReference StandIn(string assembly, string code) =>
        CSharpCompilation.Create(assembly, new[] { CSharpSyntaxTree.ParseText(code) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();

    /// <summary>The MSBuild task, in-process.</summary>
    public static (bool Success, List<string> Findings, FakeBuildEngine Engine) RunTask(string directory, IEnumerable<string> files, Action<CheckLinks>? configure = null, FakeBuildEngine? engine = null)
    {
        engine ??= new FakeBuildEngine();
        var task = new CheckLinks
        {
            BuildEngine = engine,
            Files = files.Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(Path.Combine(directory, f))).ToArray(),
            ProjectDirectory = directory,
        };
        configure?.Invoke(task);
        var success = task.Execute();
        var findings = new List<string>();
        findings.AddRange(engine.Errors.Select(e => Describe(directory, e.File, e.LineNumber, e.ColumnNumber, "error", e.Code, WithoutHelpLink(e.Message, e.Code))));
        findings.AddRange(engine.Warnings.Select(w => Describe(directory, w.File, w.LineNumber, w.ColumnNumber, "warning", w.Code, WithoutHelpLink(w.Message, w.Code))));
        findings.AddRange(engine.Messages.Where(m => m.Code is not null && m.Code.StartsWith("LH", StringComparison.Ordinal))
            .Select(m => Describe(directory, m.File, m.LineNumber, m.ColumnNumber, "info", m.Code, WithoutHelpLink(m.Message!.Substring(("info " + m.Code + ": ").Length), m.Code))));
        findings.Sort(StringComparer.Ordinal);
        return (success, findings, engine);
    }

    /// <summary>The command-line tool (in-process, as `linkhygiene FILE... --format json`).</summary>
    public static List<string> RunCli(string directory, IEnumerable<string> files)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = LinkHygiene.Cli.Program.Run(files.Concat(new[] { "--format", "json", "--fail-on", "none", "--no-progress" }).ToArray(), output, error, directory);
        if (exit != 0)
        {
            throw new InvalidOperationException($"linkhygiene exited with {exit}: {error}");
        }

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => Describe(
                directory,
                Path.Combine(directory, f.GetProperty("path").GetString()!),
                f.GetProperty("line").GetInt32(),
                f.GetProperty("column").GetInt32(),
                f.GetProperty("severity").GetString() == "suggestion" ? "info" : f.GetProperty("severity").GetString()!,
                f.GetProperty("id").GetString(),
                f.GetProperty("message").GetString()))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The Roslyn analyzer, over the same files as AdditionalFiles, with options from the same .editorconfig files.</summary>
    public static List<string> RunAnalyzer(string directory, IEnumerable<string> files)
    {
        var texts = files.Select(f => (AdditionalText)new FileText(Path.Combine(directory, f))).ToList();
        var configs = Directory.GetFiles(directory, ".editorconfig", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(directory, ".globalconfig", SearchOption.AllDirectories))
            .Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p))
            .ToList();

        // As the package hands a project to the compiler: its folder, its wwwroot files listed, its C# compiled.
        var isProject = Directory.GetFiles(directory, "*.csproj").Length > 0;
        if (isProject)
        {
            configs.Add(AnalyzerConfig.Parse($"is_global = true\nbuild_property.MSBuildProjectDirectory = {directory}\n", Path.Combine(directory, ".project.globalconfig")));
            var webRoot = Path.Combine(directory, "wwwroot");
            var statics = Directory.Exists(webRoot) ? Directory.GetFiles(webRoot, "*", SearchOption.AllDirectories) : Array.Empty<string>();
            texts.Add(new InMemoryText(Path.Combine(directory, "obj", "Site.linkhygiene.staticfiles.txt"), string.Join("\n", statics)));
        }

        var set = AnalyzerConfigSet.Create(configs);
        var options = new AnalyzerOptions(texts.ToImmutableArray(), new ConfigSetOptionsProvider(set));
        var sources = isProject
            ? Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), path: p))
            : Array.Empty<SyntaxTree>();
        // A web project's compilation references ASP.NET Core's MVC, a Blazor WebAssembly app's the WebAssembly host (the
        // analyzer reads them so); stand-ins of those names.
        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        var projectTexts = isProject ? Directory.GetFiles(directory, "*.csproj").Select(File.ReadAllText).ToList() : new List<string>();
        // (the Web SDK brings ASP.NET Core's framework on .NET Core 3 and later, not on netstandard: Blazor 3.2's apps)
        if (projectTexts.Any(t => t.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal) && !t.Contains("netstandard", StringComparison.Ordinal)))
        {
            references.Add(AspNetCoreMvc.Value);
        }

        if (projectTexts.Any(t => t.Contains("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.Ordinal) || t.Contains("Include=\"Microsoft.AspNetCore.Components.WebAssembly\"", StringComparison.Ordinal)))
        {
            references.Add(WebAssembly.Value);
        }

        // A package with MVC's controllers or pages is an application part: the Web SDK writes its name into the generated
        // MvcApplicationPartsAssemblyInfo.cs (Microsoft.Identity.Web.UI's account controller).
        if (projectTexts.Any(t => t.Contains("Include=\"Microsoft.Identity.Web.UI\"", StringComparison.Ordinal)))
        {
            references.Add(IdentityWebUi.Value);
            sources = sources.Append(CSharpSyntaxTree.ParseText("[assembly: Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartAttribute(\"Microsoft.Identity.Web.UI\")]", path: Path.Combine(directory, "obj", "Site.MvcApplicationPartsAssemblyInfo.cs")));
        }

        var compilation = CSharpCompilation.Create(
            "Site",
            sources.Append(CSharpSyntaxTree.ParseText("class C { }", path: Path.Combine(directory, "C.cs"))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(set.GlobalConfigOptions.TreeOptions));
        var crashes = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new TemplateAnalyzer()),
            new CompilationWithAnalyzersOptions(options, (e, _, _) => { lock (crashes) { crashes.Add(e); } }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (crashes.Count > 0 || diagnostics.Any(d => d.Id == "AD0001"))
        {
            // What a build would show as AD0001.
            throw new AggregateException("the analyzer threw", crashes);
        }

        return diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "info",
                };
                return Describe(directory, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity, d.Id, d.GetMessage());
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The findings other than LH030/LH031. Internal links resolve against the project the front end serves: the task
    /// checks a static site (its folder is the web root), the analyzer a web project (wwwroot); a folder of random
    /// files is neither, so tests of single odd files compare the rest (projects are compared in FrontEndEquivalenceTests).
    /// </summary>
    public static List<string> WithoutInternalLinks(List<string> findings) =>
        findings.Where(f => !f.Contains(": warning LH030:", StringComparison.Ordinal) && !f.Contains(": warning LH031:", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The task ends each message with its help link, as the compiler prints analyzer diagnostics; Roslyn's
    /// Diagnostic.GetMessage() has no link. Compare the messages without it (and insist it is there).
    /// </summary>
    public static string WithoutHelpLink(string? message, string? id)
    {
        var suffix = $" ({LinkHygiene.Diagnostics.RuleDescriptor.HelpLinkUnder(null, id ?? string.Empty)})";
        if (message is null || !message.EndsWith(suffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the task's message has no help link: {message}");
        }

        return message.Substring(0, message.Length - suffix.Length);
    }

    private static string Describe(string directory, string? file, int line, int column, string severity, string? id, string? message) =>
        $"{Path.GetRelativePath(directory, file ?? string.Empty).Replace('\\', '/')}({line},{column}): {severity} {id}: {message}";

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        // As the compiler reads an AdditionalFile (BOM, strict UTF-8, else the ANSI code page; null when unreadable).
        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                return TemplateFile.Read(Path);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}

/// <summary>A temporary folder of files.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lh-task-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    public string Write(string relative, string text, System.Text.Encoding? encoding = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, encoding ?? new System.Text.UTF8Encoding(false));
        return relative;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
