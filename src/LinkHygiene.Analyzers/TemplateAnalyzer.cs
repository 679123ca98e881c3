using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Localization;
using LinkHygiene.Options;
using LinkHygiene.Rules;
using LinkHygiene.Site;
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

    /// <summary>MSBuild property (made visible to the compiler): where help links point, e.g. an internal mirror of docs/rules.</summary>
    internal const string HelpLinkBaseProperty = "build_property.LinkHygieneHelpLinkBase";

    // MSBuild's bare -warnaserror, and the IDs -warnnotaserror keeps warnings (the package's targets set them)
    private const string WarningsAsErrorsProperty = "build_property._LinkHygieneWarningsAsErrors";
    private const string WarningsNotAsErrorsProperty = "build_property._LinkHygieneWarningsNotAsErrors";

    /// <summary>
    /// The list the package's targets write of static pages the compiler could not read (binary, locked) and therefore
    /// does not receive: one "path TAB reason" per line. Each becomes LH901 here, so it is reported like every finding.
    /// </summary>
    internal const string UnreadableListSuffix = ".linkhygiene.unreadable.txt";

    /// <summary>The list the package's targets write of every file under wwwroot (one full path per line), for LH030.</summary>
    internal const string StaticListSuffix = ".linkhygiene.staticfiles.txt";

    /// <summary>The project folder, made visible to the compiler by the package.</summary>
    internal const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";

    /// <summary>Library for a Razor class library, whose pages an app serves beside its own.</summary>
    internal const string OutputTypeProperty = "build_property.OutputType";

    /// <summary>Default in a Blazor Web App's WebAssembly client, whose server project serves pages besides its own.</summary>
    internal const string StaticWebAssetModeProperty = "build_property.StaticWebAssetProjectMode";

    /// <summary>The project's root namespace (the Razor SDK makes it visible to the compiler), under which its routers name types.</summary>
    internal const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>
    /// The list the package's targets write of the templates matched by @(LinkHygieneExclude) (one full path per line):
    /// analysed for the site's index, but not reported.
    /// </summary>
    internal const string ExcludedListSuffix = ".linkhygiene.excluded.txt";

    /// <summary>One cache for every compilation this assembly sees: the compiler server and IDEs keep it loaded across builds.</summary>
    private static readonly TemplateResultCache SharedCache = new();

    private readonly TemplateResultCache _cache;

    /// <summary>Creates the analyzer (the compiler's constructor), sharing results across compilations.</summary>
    public TemplateAnalyzer()
        : this(SharedCache)
    {
    }

    /// <summary>Creates an analyzer with its own cache (for tests).</summary>
    internal TemplateAnalyzer(TemplateResultCache cache) => _cache = cache;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            if (IsDisabled(provider.GlobalOptions))
            {
                return;
            }

            // What every template of this compilation shares: the neutral .resx strings (the package hands them in), the
            // language its page shells declare.
            var project = new Lazy<Project>(() => LoadProject(start.Options.AdditionalFiles, start.CancellationToken));
            var excluded = new Lazy<HashSet<string>>(() => new HashSet<string>(ReadList(start.Options.AdditionalFiles, ExcludedListSuffix, start.CancellationToken).Select(NormalizePath), StringComparer.Ordinal));
            var unread = new Lazy<HashSet<string>>(() => UnreadEditorConfigs(start.Options.AdditionalFiles, start.CancellationToken));
            var descriptors = DiagnosticDescriptors.ForHelpLinkBase(provider.GlobalOptions.TryGetValue(HelpLinkBaseProperty, out var helpBase) ? helpBase : null);
            var asErrors = WarningsAsErrors(provider.GlobalOptions);
            var configuredByCompiler = SeverityKeysConfiguredByCompiler(start.Compilation, start.CancellationToken);
            var sweep = new TemplateSweep<Outcome>(
                start.Options.AdditionalFiles,
                file => LinkHygieneEngine.IsTemplate(file.Path),
                file => Analyze(file, provider, configuredByCompiler, project, excluded, unread, descriptors, _cache, start.CancellationToken),
                LookAheadWorkers,
                start.CancellationToken);
            var sites = new System.Collections.Concurrent.ConcurrentBag<Outcome>();
            start.RegisterAdditionalFileAction(file =>
            {
                var outcome = sweep.Get(file.AdditionalFile);
                foreach (var report in outcome.Reports)
                {
                    file.ReportDiagnostic(asErrors(report));
                }

                if (outcome.Facts is not null)
                {
                    sites.Add(outcome);
                }
            });

            // Internal links (LH030, LH031 across documents) need the whole project: decided once every template is known.
            if (provider.GlobalOptions.TryGetValue(ProjectDirectoryProperty, out var projectDirectory) && !string.IsNullOrWhiteSpace(projectDirectory))
            {
                start.RegisterCompilationEndAction(end => CheckInternalLinks(end, projectDirectory.Trim(), sites.ToList(), descriptors, asErrors));
            }
        });
    }

    /// <summary>
    /// Whether an application part of ASP.NET Core may serve paths: it holds a Razor page (a compiled item of kind
    /// <c>mvc.1.0.razor-page</c>), a controller (a public class, not abstract or generic, named <c>...Controller</c> or
    /// deriving from one), or an extension of the builders endpoints and middleware are added to
    /// (<c>IEndpointRouteBuilder</c>, <c>IApplicationBuilder</c>, <c>WebApplication</c>, <c>RouteGroupBuilder</c>).
    /// </summary>
    private static bool MayServePaths(IAssemblySymbol assembly) =>
        assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "RazorCompiledItemAttribute" && a.ConstructorArguments.Length > 1 && a.ConstructorArguments[1].Value as string == "mvc.1.0.razor-page")
        || ServesPaths(assembly.GlobalNamespace);

    /// <summary>
    /// Adds the Razor pages of an application part that serves nothing else (no controller, no endpoint) to
    /// <paramref name="pages"/>, as ASP.NET Core finds them: its <c>[assembly: RazorCompiledItem(typeof(Page),
    /// "mvc.1.0.razor-page", "/Pages/X.cshtml")]</c>, with the route template the page's class is given
    /// (<c>[RazorCompiledItemMetadata("RouteTemplate", "{id}")]</c>; none for a bare <c>@page</c>, not known when the class
    /// is not there to read). False, adding none, when it serves more.
    /// </summary>
    private static bool ReadPagesOnly(IAssemblySymbol part, List<LibraryPage> pages)
    {
        if (ServesPaths(part.GlobalNamespace) || ConfiguresTheApp(part.GlobalNamespace))
        {
            return false;
        }

        foreach (var item in part.GetAttributes())
        {
            if (item.AttributeClass?.Name == "RazorCompiledItemAttribute" && item.ConstructorArguments.Length > 2
                && item.ConstructorArguments[1].Value as string == "mvc.1.0.razor-page" && item.ConstructorArguments[2].Value is string identifier)
            {
                var type = item.ConstructorArguments[0].Value as INamedTypeSymbol;
                var template = type is null or IErrorTypeSymbol ? null : string.Empty;
                foreach (var metadata in type?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
                {
                    if (metadata.AttributeClass?.Name == "RazorCompiledItemMetadataAttribute" && metadata.ConstructorArguments.Length == 2
                        && metadata.ConstructorArguments[0].Value as string == "RouteTemplate" && metadata.ConstructorArguments[1].Value is string route)
                    {
                        template = route;
                    }
                }

                pages.Add(new LibraryPage(identifier, template));
            }
        }

        return true;
    }

    private static readonly string[] EndpointBuilders = { "IEndpointRouteBuilder", "IApplicationBuilder", "WebApplication", "RouteGroupBuilder" };

    private static readonly string[] ServiceBuilders = { "IServiceCollection", "IMvcBuilder", "IMvcCoreBuilder" };

    /// <summary>
    /// Whether a library may change the app's routes beyond its pages, as the command line reads its C#: an extension of
    /// the app's services (<c>AddMyFeature(this IServiceCollection services)</c>, which may add Razor Pages' conventions), a
    /// convention or options class (<c>IPageRouteModelConvention</c>, <c>IConfigureOptions&lt;RazorPagesOptions&gt;</c>), or
    /// an action's route attribute on a class of its own (code review: an endpoint library's base class from a package).
    /// </summary>
    private static bool ConfiguresTheApp(INamespaceSymbol space) =>
        space.GetTypeMembers().Any(t => t.TypeKind == TypeKind.Class && (
            (t.IsStatic && t.GetMembers().OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod && Array.IndexOf(ServiceBuilders, m.Parameters[0].Type.Name) >= 0))
            || t.AllInterfaces.Any(i => i.Name.EndsWith("Convention", StringComparison.Ordinal) || i.Name is "IConfigureOptions" or "IPostConfigureOptions")
            || t.GetMembers().OfType<IMethodSymbol>().Any(m => m.GetAttributes().Any(a => a.AttributeClass?.Name is "RouteAttribute" or "HttpGetAttribute" or "HttpPostAttribute" or "HttpPutAttribute" or "HttpDeleteAttribute" or "HttpPatchAttribute" or "HttpHeadAttribute" or "HttpOptionsAttribute"))))
        || space.GetNamespaceMembers().Any(ConfiguresTheApp);

    private static bool ServesPaths(INamespaceSymbol space) =>
        space.GetTypeMembers().Any(t => t.TypeKind == TypeKind.Class && t.DeclaredAccessibility == Accessibility.Public && (IsCoreController(t) || (t.IsStatic && t.GetMembers().OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod && Array.IndexOf(EndpointBuilders, m.Parameters[0].Type.Name) >= 0))))
        || space.GetNamespaceMembers().Any(ServesPaths);

    private static bool IsCoreController(INamedTypeSymbol type)
    {
        if (type.IsAbstract || type.IsGenericType)
        {
            return false;
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name.EndsWith("Controller", StringComparison.Ordinal) || t.Name == "ControllerBase")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a namespace holds a public class, not abstract, named <c>...Controller</c>, as MVC 5 finds controllers.</summary>
    private static bool DeclaresController(INamespaceSymbol space) =>
        space.GetTypeMembers().Any(t => t.TypeKind == TypeKind.Class && !t.IsAbstract && t.DeclaredAccessibility == Accessibility.Public && t.Name.EndsWith("Controller", StringComparison.Ordinal))
        || space.GetNamespaceMembers().Any(DeclaresController);

    private static void CheckInternalLinks(CompilationAnalysisContext context, string projectDirectory, List<Outcome> templates, ImmutableDictionary<string, DiagnosticDescriptor> descriptors, Func<Diagnostic, Diagnostic> asErrors)
    {
        try
        {
            var code = new CodeFacts();
            foreach (var tree in context.Compilation.SyntaxTrees)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                code.Add(Workspace.Site.CSharpSiteFacts.Read(tree));
            }

            foreach (var assembly in context.Compilation.ReferencedAssemblyNames)
            {
                code.AddReferencedAssembly(assembly.Name);
            }

            // ASP.NET MVC 5 finds controllers in every assembly the app loads: a referenced one built on MVC 5 that declares a
            // public class, not abstract, named as controllers are (the command line reads a referenced project's C# the same
            // way; a package's, such as Elmah.Mvc's ElmahController, only the build sees)
            if (context.Compilation.ReferencedAssemblyNames.Any(a => a.Name == "System.Web.Mvc"))
            {
                code.HasExternalRouteSources |= context.Compilation.References
                    .Select(context.Compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>()
                    .Any(a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "System.Web.Mvc"))
                        && a.TypeNames.Any(n => n.EndsWith("Controller", StringComparison.Ordinal)) && DeclaresController(a.GlobalNamespace));
            }

            // An application part serves what it declares (held-out review 92: an Infrastructure library referencing an MVC
            // package, no controller in it, had left every area and controller of the app undecided), as the command line
            // reads a referenced project's sources; one the compilation does not reference may serve anything.
            // A part that serves Razor pages and nothing else gives them to the app, read from its metadata as ASP.NET Core
            // reads them (held-out review 142: a library made with --support-pages-and-views; the command line reads its
            // sources).
            code.ApplicationParts.RemoveAll(name => context.Compilation.References
                .Select(context.Compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>()
                .FirstOrDefault(a => a.Name == name) is { } part && (!MayServePaths(part) || ReadPagesOnly(part, code.LibraryPages)));

            // A library (a Razor class library), and a Blazor Web App's .Client project (the command line reads the same from
            // its project file).
            var global = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            code.IsLibrary = global.TryGetValue(OutputTypeProperty, out var outputType) && string.Equals(outputType.Trim(), "Library", StringComparison.OrdinalIgnoreCase)
                && !context.Compilation.ReferencedAssemblyNames.Any(a => a.Name is "System.Web.Mvc" or "System.Web.WebPages"); // ASP.NET MVC 5 on .NET Framework builds a library that IIS serves (every .NET compilation has a System.Web facade)
            // Razor files no ASP.NET serves: a Statiq site (whatever it references), no MVC or components of ASP.NET Core,
            // no MVC 5 (RazorLight e-mails, ASP.NET Web Pages), as the command line reads the project file.
            code.RendersRazorItself = code.SiteGenerator is not null || !context.Compilation.ReferencedAssemblyNames.Any(a =>
                a.Name.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal) || a.Name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal) || a.Name == "System.Web.Mvc");
            var webAssembly = context.Compilation.ReferencedAssemblyNames.Any(a => a.Name == "Microsoft.AspNetCore.Components.WebAssembly");
            code.IsHostedClient = webAssembly && global.TryGetValue(StaticWebAssetModeProperty, out var mode)
                && string.Equals(mode.Trim(), "Default", StringComparison.OrdinalIgnoreCase);
            // A WebAssembly app, not the server that references its client (and with it the WebAssembly assemblies): MVC
            // does not run in the browser.
            code.IsWebAssembly = webAssembly && !context.Compilation.ReferencedAssemblyNames.Any(a => a.Name.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));

            ReadRoutedAssemblies(context.Compilation, global, ComponentAssembly.NamedBy(templates.Select(t => t.Facts!), code), code);

            var hasStaticList = context.Options.AdditionalFiles.Any(f => f.Path.EndsWith(StaticListSuffix, StringComparison.OrdinalIgnoreCase));
            var files = hasStaticList ? ReadList(context.Options.AdditionalFiles, StaticListSuffix, context.CancellationToken).ToList() : null;

            var root = System.IO.Path.GetFullPath(projectDirectory);
            var index = SiteIndex.Build(new SiteLayout(root, System.IO.Path.Combine(root, "wwwroot")), templates.Select(t => t.Facts!), code, files);
            foreach (var template in templates)
            {
                if (template.Excluded)
                {
                    continue;
                }

                foreach (var finding in LinkHygieneEngine.CheckInternalLinks(template.Facts!, template.TextLength, index, template.Options!, out _))
                {
                    if (descriptors.TryGetValue(finding.Id, out var descriptor))
                    {
                        var span = new TextSpan(finding.Span.Start, finding.Span.Length);
                        var lines = new LinePositionSpan(new LinePosition(finding.Start.Line, finding.Start.Character), new LinePosition(finding.End.Line, finding.End.Character));
                        context.ReportDiagnostic(asErrors(Diagnostic.Create(descriptor, Location.Create(template.Facts!.Path, span, lines), DiagnosticDescriptors.ToRoslyn(finding.Severity), additionalLocations: null, properties: null, finding.Arguments.ToArray<object>())));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The boundary, as for every template: a bug here must not become AD0001 in someone's build.
            context.ReportDiagnostic(asErrors(Diagnostic.Create(descriptors[RuleIds.UnanalyzableTemplate], Location.None, $"LinkHygiene failed checking internal links ({e.GetType().Name}: {e.Message}); please report this")));
        }
    }

    /// <summary>
    /// Reads the routes of each referenced assembly a Blazor router names by a type (<c>typeof(Client._Imports).Assembly</c>
    /// in <c>AdditionalAssemblies</c> or <c>AddAdditionalAssemblies</c>): every <c>[Route]</c> of its components, as the
    /// Razor compiler writes <c>@page</c>. The type is looked up as written, under the project's namespaces (a router writes
    /// it relative to its own) and under the namespaces its files use (<c>using App.Client.Pages;</c> ...
    /// <c>typeof(Counter)</c>, as the .NET 8 template writes it); a type of the app's own assembly is passed over for another
    /// of that name. One not found leaves the routes unknown, as the command line does. Each assembly is read once, under
    /// every name it was found by; the framework's assemblies serve no pages and are not walked.
    /// </summary>
    private static void ReadRoutedAssemblies(Compilation compilation, AnalyzerConfigOptions global, IEnumerable<string> named, CodeFacts code)
    {
        List<string>? namespaces = null;
        var read = new Dictionary<IAssemblySymbol, (List<string> Names, List<string> Routes)>(SymbolEqualityComparer.Default);
        foreach (var written in named.Distinct(StringComparer.Ordinal))
        {
            var name = ComponentAssembly.WithoutGlobal(written);
            namespaces ??= OwnNamespaces(compilation, global);
            var type = new[] { name }.Concat(namespaces.Select(n => n + "." + name))
                .Select(compilation.GetTypeByMetadataName)
                .FirstOrDefault(t => t is not null && !SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly));
            if (type is null || IsFrameworkAssembly(type.ContainingAssembly.Name))
            {
                continue;
            }

            if (read.TryGetValue(type.ContainingAssembly, out var known))
            {
                known.Names.Add(name);
                continue;
            }

            var routes = new List<string>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(type.ContainingAssembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamedTypeSymbol component)
                    {
                        routes.AddRange(component.GetAttributes()
                            .Where(a => a.AttributeClass?.ToDisplayString() == "Microsoft.AspNetCore.Components.RouteAttribute" && a.ConstructorArguments.Length == 1)
                            .Select(a => a.ConstructorArguments[0].Value as string)
                            .Where(t => t is not null)!);
                    }

                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }
                }
            }

            read.Add(type.ContainingAssembly, (new List<string> { name }, routes));
        }

        foreach (var (names, routes) in read.Values)
        {
            code.ComponentAssemblies.Add(new ComponentAssembly(names, routes, HasUnknownRoutes: false));
        }
    }

    private static bool IsFrameworkAssembly(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal);

    /// <summary>
    /// The namespaces of the project's own code and its root namespace, under which a router may write a type's name, and
    /// those its C# files use (<c>using App.Client.Pages;</c>, global usings included).
    /// </summary>
    private static List<string> OwnNamespaces(Compilation compilation, AnalyzerConfigOptions global)
    {
        var found = new List<string>();
        if (global.TryGetValue(RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root))
        {
            found.Add(root.Trim());
        }

        var pending = new Stack<INamespaceSymbol>(compilation.Assembly.GlobalNamespace.GetNamespaceMembers());
        while (pending.Count > 0)
        {
            var space = pending.Pop();
            found.Add(space.ToDisplayString());
            foreach (var child in space.GetNamespaceMembers())
            {
                pending.Push(child);
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            found.AddRange(Workspace.Site.CSharpSiteFacts.UsedNamespaces(tree));
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    // The other cores analyse ahead while the compiler's thread reports (RS1035 bans Environment for reading settings;
    // the processor count is not a setting).
#pragma warning disable RS1035
    private static readonly int LookAheadWorkers = Math.Max(0, Math.Min(Environment.ProcessorCount - 1, 7));
#pragma warning restore RS1035

    /// <summary>The diagnostics for one additional file, made ready on whichever thread analysed it, and what the internal-link check needs later.</summary>
    private sealed class Outcome
    {
        public static readonly Outcome None = new(new List<Diagnostic>());

        public Outcome(List<Diagnostic> reports) => Reports = reports;

        public List<Diagnostic> Reports { get; }

        public TemplateFacts? Facts { get; init; }

        public int TextLength { get; init; }

        public IOptionSource? Options { get; init; }

        /// <summary>Excluded from reporting (@(LinkHygieneExclude)), but part of the site.</summary>
        public bool Excluded { get; init; }
    }

    /// <summary>The non-empty lines, trimmed, of every additional file whose name ends with the suffix (the targets' lists).</summary>
    private static IEnumerable<string> ReadList(ImmutableArray<AdditionalText> files, string suffix, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var list in files.Where(f => f.Path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
        {
            if (list.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var line in text.Lines)
            {
                var entry = line.ToString().Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }
            }
        }
    }

    private static string NormalizePath(string path)
    {
        try
        {
            return System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>
    /// The severity keys (<c>link_hygiene.lhxxx.severity</c>) of the rules the compilation configures by ID: NoWarn,
    /// WarningsAsErrors or <c>-warnaserror:LHxxx</c>, and a .globalconfig's <c>dotnet_diagnostic</c> entries. Roslyn's
    /// bulk keys do not apply to those rules (its AnalyzerOptionsExtensions.TryGetSeverityFromBulkConfiguration).
    /// </summary>
    private static ISet<string> SeverityKeysConfiguredByCompiler(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            if (compilation.Options.SpecificDiagnosticOptions.ContainsKey(descriptor.Id)
                || compilation.Options.SyntaxTreeOptionsProvider?.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out _) == true)
            {
                keys.Add(descriptor.SeverityOptionKey);
            }
        }

        return keys;
    }

    /// <summary>What every template of a compilation shares, and a key that changes whenever it does (for the cache).</summary>
    private sealed record Project(ProjectContext Context, string Key);

    private static Project LoadProject(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var texts = files
            .Where(f => LocalizationCatalog.IsNeutralResx(f.Path) || ProjectContext.IsPageShell(f.Path) || ProjectContext.IsImports(f.Path))
            .Select(f => (f.Path, Text: f.GetText(cancellationToken)))
            .ToList();
        if (texts.Count == 0)
        {
            return new Project(ProjectContext.Empty, string.Empty);
        }

        var key = string.Join("\n", texts.Select(t => t.Path + "\t" + (t.Text is null ? "-" : BitConverter.ToString(t.Text.GetChecksum().ToArray()))));
        var strings = texts.Where(t => LocalizationCatalog.IsNeutralResx(t.Path)).Select(t => (t.Path, t.Text?.ToString())).ToList();
        var shells = texts.Where(t => ProjectContext.IsPageShell(t.Path)).Select(t => (t.Path, t.Text?.ToString())).ToList();
        var imports = texts.Where(t => ProjectContext.IsImports(t.Path)).Select(t => (t.Path, t.Text?.ToString()));
        return new Project(new ProjectContext(LocalizationCatalog.FromResx(strings), ProjectContext.LanguageOfShells(shells), ProjectContext.LocalizersOf(imports)), key);
    }

    /// <summary>The .editorconfig files the package hands in that no template of the compilation reads (above a root = true one).</summary>
    private static HashSet<string> UnreadEditorConfigs(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var editorConfigs = files.Where(f => string.Equals(System.IO.Path.GetFileName(f.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase)).ToList();
        var unread = new HashSet<string>(StringComparer.Ordinal);
        if (editorConfigs.Count < 2)
        {
            return unread;
        }

        var roots = editorConfigs.Where(f => f.GetText(cancellationToken) is { } text && ConfigurationValidator.DeclaresRoot(text.ToString())).Select(f => System.IO.Path.GetDirectoryName(f.Path) ?? string.Empty).ToList();
        if (roots.Count == 0)
        {
            return unread;
        }

        var read = ConfigurationValidator.FoldersReadFrom(files.Where(f => LinkHygieneEngine.IsTemplate(f.Path)).Select(f => f.Path), roots);
        foreach (var file in editorConfigs)
        {
            if (!read.Contains(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file.Path)) ?? string.Empty))
            {
                unread.Add(file.Path);
            }
        }

        return unread;
    }

    private static Outcome Analyze(AdditionalText file, AnalyzerConfigOptionsProvider provider, ISet<string> configuredByCompiler, Lazy<Project> project, Lazy<HashSet<string>> excludedPaths, Lazy<HashSet<string>> unreadConfigurations, ImmutableDictionary<string, DiagnosticDescriptor> descriptors, TemplateResultCache cache, System.Threading.CancellationToken cancellationToken)
    {
        var isTemplate = LinkHygieneEngine.IsTemplate(file.Path);
        var isConfiguration = !isTemplate && ConfigurationValidator.IsConfigurationFile(file.Path);
        if (isConfiguration && unreadConfigurations.Value.Contains(file.Path))
        {
            return Outcome.None;
        }

        var isUnreadableList = !isTemplate && !isConfiguration && file.Path.EndsWith(UnreadableListSuffix, StringComparison.OrdinalIgnoreCase);
        if (!isTemplate && !isConfiguration && !isUnreadableList)
        {
            return Outcome.None;
        }

        var fileOptions = provider.GetOptions(file);
        var excluded = excludedPaths.Value.Count > 0 && excludedPaths.Value.Contains(NormalizePath(file.Path));
        if (excluded && !isTemplate)
        {
            return Outcome.None;
        }

        var reports = new List<Diagnostic>();
        SourceText? text = null;
        try
        {
            if (isUnreadableList)
            {
                ReportUnreadable(reports, file, fileOptions, configuredByCompiler, descriptors, cancellationToken);
                return new Outcome(reports);
            }

            var options = new AnalyzerConfigOptionSource(fileOptions, configuredByCompiler, record: isTemplate);
            text = file.GetText(cancellationToken);
            TemplateResultCache.Result result;
            if (text is null)
            {
                result = new(LinkHygieneEngine.Unreadable(file.Path, EngineDescriptors.NotTextReason, options).Findings, null);
            }
            else if (!isTemplate)
            {
                result = new(LinkHygieneEngine.AnalyzeConfiguration(file.Path, text.ToString(), options).Findings, null);
            }
            else if (!cache.TryGet(file.Path, text, project.Value.Key, fileOptions, out result))
            {
                var analysis = LinkHygieneEngine.Analyze(file.Path, text.ToString(), options, project.Value.Context, cancellationToken);
                result = new(analysis.Findings, analysis.Facts);
                cache.Store(file.Path, text, project.Value.Key, options, result);
            }

            if (!excluded)
            {
                foreach (var finding in result.Findings)
                {
                    if (descriptors.TryGetValue(finding.Id, out var descriptor))
                    {
                        reports.Add(Create(file.Path, text, descriptor, finding.Severity, new TextSpan(finding.Span.Start, finding.Span.Length), finding.Arguments.ToArray<object>()));
                    }
                }
            }

            return new Outcome(reports) { Facts = result.Facts, TextLength = text?.Length ?? 0, Options = options, Excluded = excluded };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The boundary: an exception here would become AD0001 in someone's build. Say what happened instead.
            reports.Add(Create(file.Path, text, descriptors[RuleIds.UnanalyzableTemplate], RuleSeverity.Warning, new TextSpan(0, 0), $"LinkHygiene failed on this file ({e.GetType().Name}: {e.Message}); please report this"));
        }

        return new Outcome(reports);
    }

    private static void ReportUnreadable(List<Diagnostic> reports, AdditionalText list, AnalyzerConfigOptions options, ISet<string> configuredByCompiler, ImmutableDictionary<string, DiagnosticDescriptor> descriptors, System.Threading.CancellationToken cancellationToken)
    {
        var text = list.GetText(cancellationToken);
        if (text is null)
        {
            return;
        }

        foreach (var line in text.Lines)
        {
            var entry = line.ToString();
            var tab = entry.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var path = entry.Substring(0, tab);
            foreach (var finding in LinkHygieneEngine.Unreadable(path, entry.Substring(tab + 1), new AnalyzerConfigOptionSource(options, configuredByCompiler)).Findings)
            {
                reports.Add(Create(path, null, descriptors[finding.Id], finding.Severity, new TextSpan(0, 0), finding.Arguments.ToArray<object>()));
            }
        }
    }

    /// <summary>
    /// What MSBuild's bare <c>-warnaserror</c> asks of the analyzer, which the compiler never hears of (the package's
    /// targets say so): its warnings reported as errors, but those of the IDs <c>-warnnotaserror</c> keeps; suggestions and
    /// silent findings as they are, as MSBuild leaves them (held-out review 154). Otherwise each diagnostic as it is.
    /// </summary>
    private static Func<Diagnostic, Diagnostic> WarningsAsErrors(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue(WarningsAsErrorsProperty, out var on) || !string.Equals(on?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return diagnostic => diagnostic;
        }

        var kept = new HashSet<string>(
            globalOptions.TryGetValue(WarningsNotAsErrorsProperty, out var ids) && ids is not null ? ids.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()) : Enumerable.Empty<string>(),
            StringComparer.OrdinalIgnoreCase);
        return diagnostic => diagnostic.Severity != DiagnosticSeverity.Warning || kept.Contains(diagnostic.Id)
            ? diagnostic
            : Diagnostic.Create(
                diagnostic.Id,
                diagnostic.Descriptor.Category,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                DiagnosticSeverity.Error,
                diagnostic.Descriptor.DefaultSeverity,
                diagnostic.Descriptor.IsEnabledByDefault,
                warningLevel: 0,
                diagnostic.Descriptor.Title,
                diagnostic.Descriptor.Description,
                diagnostic.Descriptor.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                diagnostic.Descriptor.CustomTags,
                diagnostic.Properties);
    }

    private static bool IsDisabled(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(EnabledProperty, out var enabled) && string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Create(string path, SourceText? text, DiagnosticDescriptor descriptor, RuleSeverity severity, TextSpan span, params object[] arguments)
    {
        var lines = text is null ? default : text.Lines.GetLinePositionSpan(span);
        var location = Location.Create(path, span, lines);
        return Diagnostic.Create(descriptor, location, DiagnosticDescriptors.ToRoslyn(severity), additionalLocations: null, properties: null, arguments);
    }
}
