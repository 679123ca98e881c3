using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LinkHygiene.Site;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinkHygiene.Workspace.Site;

/// <summary>
/// Reads what a project's C# says about its URLs from syntax alone (no compilation, so every front end can do it the
/// same way: the analyzer from the compilation's trees, the task, the command line and the language server from the
/// .cs files): controllers and actions with their route attributes, page models' handlers, components' <c>[Route]</c>,
/// minimal-API <c>Map*</c> calls and <c>MapGroup</c> prefixes, conventional routes, fallbacks, and anything that makes
/// routes unknowable (a route that is not a literal, static files served from elsewhere, Identity's default UI).
/// Shared as source with the analyzer, which cannot load this assembly.
/// </summary>
public static class CSharpSiteFacts
{
    private static readonly string[] MapVerbs = { "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "Map" };

    /// <summary>A route pattern that is one catch-all parameter (<c>{*path:nonfile}</c>, <c>{**slug}</c>): every path, as the fallback's default.</summary>
    private static readonly Regex CatchAll = new(@"^/?\{\*\*?\w+(?::nonfile)?\}$", RegexOptions.CultureInvariant);

    // (and the JavaScriptServices templates' routes.MapSpaFallbackRoute(...), ASP.NET Core 1 and 2: held-out review 125)
    private static readonly string[] Fallbacks = { "MapFallback", "MapFallbackToPage", "MapFallbackToFile", "MapFallbackToController", "MapFallbackToAreaPage", "MapFallbackToAreaController", "MapSpaFallbackRoute" };
    // The calls that set up a content management system, which serves its pages at paths kept in its database:
    // Umbraco's Program.cs (dotnet new umbraco), Piranha's, Orchard Core's CMS, Kentico Xperience's, Cofoundry's, and a
    // Sitecore rendering host's. (Not Optimizely's AddCms(), a name many apps give their own extension: code review; its
    // EPiServer.CMS packages tell.)
    private static readonly Dictionary<string, string> ContentSystems = new(StringComparer.Ordinal)
    {
        ["CreateUmbracoBuilder"] = "Umbraco", ["AddUmbraco"] = "Umbraco", ["UseUmbraco"] = "Umbraco", ["UseWebsiteEndpoints"] = "Umbraco",
        ["AddPiranha"] = "Piranha", ["UsePiranha"] = "Piranha",
        ["AddOrchardCms"] = "Orchard Core", // not UseOrchardCore, which a modular MVC app without the CMS calls too
        ["AddKentico"] = "Kentico Xperience", ["UseKentico"] = "Kentico Xperience",
        ["AddCofoundry"] = "Cofoundry", ["UseCofoundry"] = "Cofoundry",
        ["AddSitecoreRenderingEngine"] = "Sitecore", ["UseSitecoreRenderingEngine"] = "Sitecore",
    };

    /// <summary>
    /// Whether a static-file middleware serves paths besides the web root's files: a directory browser (folder listings),
    /// a request path, a file provider, directory browsing, options given as a variable or built from other options; not
    /// options that only say how the web root's files are sent (held-out review 96: <c>new StaticFileOptions {
    /// OnPrepareResponse = ... }</c>, the usual way to set cache headers, had made every unmatched path of an NHS service
    /// undecidable).
    /// </summary>
    private static bool ServesOtherFiles(string method, InvocationExpressionSyntax invocation)
    {
        if (method == "UseDirectoryBrowser")
        {
            return true;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is not BaseObjectCreationExpressionSyntax creation
                || creation.ArgumentList?.Arguments.Count > 0
                || (creation.Initializer is { } initializer && !initializer.Expressions.All(SetsHowFilesAreSent)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an options initializer's assignment only says how the web root's files are sent: not a file provider, a
    /// request path or directory browsing, nor options nested in it that do (<c>StaticFileOptions = { FileProvider = ... }</c>
    /// of <c>FileServerOptions</c>: second code review).
    /// </summary>
    private static bool SetsHowFilesAreSent(ExpressionSyntax expression) => expression switch
    {
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "EnableDirectoryBrowsing" }, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } } => true,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "FileProvider" or "RequestPath" or "FileSystem" or "EnableDirectoryBrowsing" } } => false,
        AssignmentExpressionSyntax { Right: InitializerExpressionSyntax nested } => nested.Expressions.All(SetsHowFilesAreSent),
        AssignmentExpressionSyntax { Right: BaseObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 }, Initializer: var nested } } => nested is null || nested.Expressions.All(SetsHowFilesAreSent),
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax } => true,
        _ => false,
    };

    private static readonly string[] HttpAttributes = { "Route", "HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpPatch", "HttpHead", "HttpOptions", "AcceptVerbs" };
    private static readonly string[] ComponentBases = { "ComponentBase", "LayoutComponentBase", "OwningComponentBase" };

    // Middleware whose path argument names a page the app serves already, or that changes how paths are read: not a path
    // it serves itself. The static-file middleware is read on its own (HasCustomStaticFiles).
    private static readonly string[] PathTakingMiddleware =
    {
        "UseExceptionHandler", "UseStatusCodePagesWithReExecute", "UseStatusCodePagesWithRedirects", "UsePathBase",
        "UseStaticFiles", "UseFileServer", "UseDirectoryBrowser", "UseDefaultFiles", "UseContentRoot", "UseWebRoot",
    };

    // Libraries' middleware that serves a UI under a path of its own when none is given (Swashbuckle, NSwag's ReDoc,
    // Hangfire, ElmahCore, MiniProfiler).
    private static readonly (string Method, string Path)[] DefaultMiddlewarePaths =
    {
        ("UseSwagger", "/swagger"), ("UseSwaggerUI", "/swagger"), ("UseSwaggerUi", "/swagger"), ("UseSwaggerUi3", "/swagger"),
        ("UseOpenApi", "/swagger"), ("UseReDoc", "/api-docs"), ("UseHangfireDashboard", "/hangfire"),
        ("MapHangfireDashboard", "/hangfire"), ("UseElmah", "/elmah"), ("UseMiniProfiler", "/mini-profiler-resources"),
        // Duende IdentityServer's protocol endpoints: the discovery document and /connect/authorize, /token, /endsession, ...
        ("UseIdentityServer", "/.well-known"), ("UseIdentityServer", "/connect"),
    };

    /// <summary>Parses C# text and reads its facts (a file that does not parse still gives what it can).</summary>
    public static CodeFacts Read(string text, string path)
    {
        var tree = CSharpSyntaxTree.ParseText(text ?? string.Empty, new CSharpParseOptions(LanguageVersion.Preview), path);
        return Read(tree);
    }

    /// <summary>Reads the facts of one syntax tree.</summary>
    public static CodeFacts Read(SyntaxTree tree)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var facts = new CodeFacts { HasCode = true };
        var root = tree.GetRoot();
        if (root is CompilationUnitSyntax unit)
        {
            foreach (var part in unit.AttributeLists.SelectMany(l => l.Attributes).Where(a => SimpleName(a.Name) is "ApplicationPart" or "ApplicationPartAttribute"))
            {
                // The Web SDK's MvcApplicationPartsAssemblyInfo: a referenced assembly whose controllers or pages the app
                // serves; one that serves an area only (Identity UI) serves that area (as the command line reads it).
                var assembly = part.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
                if (assembly is not null && CodeFacts.ServesAnAreaOnly(assembly))
                {
                    facts.AddReferencedAssembly(assembly);
                }
                else if (assembly is not null)
                {
                    facts.ApplicationParts.Add(assembly);
                }
                else
                {
                    facts.HasExternalRouteSources = true;
                }
            }
        }

        foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
        {
            ReadClass(type, facts);
            ReadStringConstants(type, facts);
        }

        // View location formats, wherever they are written (o.ViewLocationFormats.Add(...), an expander's yield return):
        // a string with the view's {0} and the controller's {1} that names a .cshtml file (held-out review 127).
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && IsViewLocationFormat(token.ValueText) && GivesViewLocations(token))
            {
                facts.ViewLocationFormats.Add(token.ValueText);
            }
        }

        // Top-level statements, then every method and local function on its own (each has its own MapGroup variables).
        ReadCalls(root, facts);
        foreach (var method in root.DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            ReadCalls(method, facts);
        }

        return facts;
    }

    /// <summary>
    /// Whether a string is given to the view engine as a location: added to, inserted in or assigned to its
    /// <c>ViewLocationFormats</c> (<c>AreaViewLocationFormats</c>), or returned by a view location expander's
    /// <c>ExpandViewLocations</c>; not any string that names a .cshtml file by two values (an e-mail renderer's
    /// <c>string.Format("{0}/{1}.cshtml", folder, name)</c>: code review).
    /// </summary>
    private static bool GivesViewLocations(SyntaxToken token)
    {
        foreach (var ancestor in token.Parent?.Ancestors() ?? Enumerable.Empty<SyntaxNode>())
        {
            switch (ancestor)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } when member.Expression.ToString().EndsWith("ViewLocationFormats", StringComparison.Ordinal):
                case AssignmentExpressionSyntax assignment when assignment.Left.ToString().EndsWith("ViewLocationFormats", StringComparison.Ordinal):
                    return true;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText == "ExpandViewLocations" || (InDeclaration(token) && AddsViewLocations(method.Parent));
                case FieldDeclarationSyntax field:
                    // a constant or a list of them the class adds to the view locations (code review 115:
                    // static readonly string[] Formats = { ... }; foreach (var f in Formats) o.ViewLocationFormats.Add(f);)
                    return AddsViewLocations(field.Parent);
            }
        }

        // top-level statements (Program.cs): a local the file adds
        return InDeclaration(token) && AddsViewLocations(token.SyntaxTree?.GetRoot());

        static bool InDeclaration(SyntaxToken literal) => literal.Parent?.Ancestors().Any(a => a is VariableDeclaratorSyntax) == true;

        static bool AddsViewLocations(SyntaxNode? scope) => scope is not null && scope.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is MemberAccessExpressionSyntax member && member.Expression.ToString().EndsWith("ViewLocationFormats", StringComparison.Ordinal));
    }

    private static bool IsViewLocationFormat(string value) =>
        value.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) && value.IndexOf("{0}", StringComparison.Ordinal) >= 0 && value.IndexOf("{1}", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// A class's literal string constants (<c>public const string Button = "/docs/components/button";</c>), by
    /// <c>Class.Field</c>: the routes a component names with <c>@attribute [Route(DocRoutes.Button)]</c> (held-out review 46).
    /// </summary>
    private static void ReadStringConstants(ClassDeclarationSyntax type, CodeFacts facts)
    {
        foreach (var field in type.Members.OfType<FieldDeclarationSyntax>())
        {
            if (!field.Modifiers.Any(SyntaxKind.ConstKeyword) || field.Declaration.Type is not PredefinedTypeSyntax { Keyword.ValueText: "string" })
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    facts.AddStringConstant(type.Identifier.ValueText + "." + variable.Identifier.ValueText, literal.Token.ValueText);
                }
                else if (variable.Initializer?.Value is { } value && ConstantValue(value, type.Identifier.ValueText) is { } expression)
                {
                    // Demos_URL_Buttons = Demos_URL_Prefix + "/buttons" (held-out review 101: Blazor.Bootstrap's demo routes),
                    // resolved when a route names it
                    facts.AddStringConstant(type.Identifier.ValueText + "." + variable.Identifier.ValueText, expression);
                }
            }
        }
    }

    /// <summary>
    /// A constant string expression as <see cref="ConstantExpression"/> keeps it: string literals, <c>nameof</c>, and
    /// constants (a simple name is one of the same class) joined by <c>+</c>; null for anything else.
    /// </summary>
    private static string? ConstantValue(ExpressionSyntax expression, string className) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.IndexOf(CodeFacts.ConstantReference[0]) < 0 => literal.Token.ValueText,
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => ConstantValue(binary.Left, className) is { } left && ConstantValue(binary.Right, className) is { } right ? left + right : null,
        ParenthesizedExpressionSyntax parenthesized => ConstantValue(parenthesized.Expression, className),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: 1 } nameOf => nameOf.ArgumentList.Arguments[0].Expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        },
        IdentifierNameSyntax identifier => CodeFacts.ConstantReference + className + "." + identifier.Identifier.ValueText + CodeFacts.ConstantReference,
        MemberAccessExpressionSyntax member when member.DescendantNodes().All(n => n is SimpleNameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax or IdentifierNameSyntax)
            => CodeFacts.ConstantKey(member.ToString().Replace("global::", string.Empty)) + CodeFacts.ConstantReference,
        _ => null,
    };

    private static void ReadClass(ClassDeclarationSyntax type, CodeFacts facts)
    {
        var name = type.Identifier.ValueText;
        var attributes = type.AttributeLists.SelectMany(l => l.Attributes).ToList();
        var bases = type.BaseList?.Types.Select(t => SimpleName(t.Type)).ToList() ?? new List<string>();
        var isAbstract = type.Modifiers.Any(SyntaxKind.AbstractKeyword);
        // (IApplicationFeatureProvider<ControllerFeature>, its type argument written out in full too: second code review)
        if (bases.Contains("ControllerFeatureProvider") || type.BaseList?.Types.Any(t => t.Type.DescendantNodesAndSelf().OfType<GenericNameSyntax>()
            .Any(g => g.Identifier.ValueText == "IApplicationFeatureProvider" && g.TypeArgumentList.Arguments.Count == 1 && SimpleName(g.TypeArgumentList.Arguments[0]) == "ControllerFeature")) == true)
        {
            facts.ControllerFeatureProviders.Add(name); // (see AddedFeatureProviders)
        }

        if (bases.Contains("AreaAttribute"))
        {
            // class AdminAreaAttribute : AreaAttribute { ... : base("Admin") }: [AdminArea] names an area this reader does
            // not follow (code review).
            facts.HasUnknownRoutes = true;
        }

        if (bases.Count > 0 && RouteAttributeKind(bases[0]) is { } isRoute)
        {
            facts.RouteAttributes.Add(ReadRouteAttribute(type, isRoute));
            return;
        }

        // A component's code-behind (Counter.razor.cs: partial class Counter) need not name its base class: the .razor
        // half derives from ComponentBase.
        var isCodeBehind = type.Modifiers.Any(SyntaxKind.PartialKeyword) && type.SyntaxTree.FilePath.EndsWith(".razor.cs", StringComparison.OrdinalIgnoreCase);
        if (isCodeBehind || bases.Any(b => Array.IndexOf(ComponentBases, b) >= 0))
        {
            // [Route(AppRoutes.Stats)]: a constant, as in a .razor file's @attribute (held-out review 89)
            var routes = attributes.Where(a => AttributeName(a) == "Route").Select(a => ConstantArgument(a) ?? Literal(a, 0, "template", facts)).Where(t => t is not null).Select(t => t!).ToList();
            if (routes.Count > 0)
            {
                facts.Components.Add(new ComponentRouteFact(name, routes));
            }

            return;
        }

        // A page model: a PageModel; or, not a controller, deriving from a class of the project's (BasePageModel :
        // PageModel) or a part of a partial one without a base list, a class declared in a page's code-behind
        // (Index.cshtml.cs) or with a page handler method (held-out review 72: Admin.IndexModel : BasePageModel had its
        // handler checked against the root page's IndexModel). (A component, above, may have an OnGetData of its own.)
        var looksLikeController = name.EndsWith("Controller", StringComparison.Ordinal) || attributes.Any(a => AttributeName(a) is "Controller" or "ApiController") || bases.Any(b => b.EndsWith("Controller", StringComparison.Ordinal) || b == "ControllerBase");
        if (bases.Contains("PageModel")
            || (!looksLikeController
                && ((type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && type.SyntaxTree.FilePath.EndsWith(".cshtml.cs", StringComparison.OrdinalIgnoreCase))
                    || type.Members.OfType<MethodDeclarationSyntax>().Any(m => PageModelFact.HandlerOf(m.Identifier.ValueText) is not null))))
        {
            var handlers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var method in type.Members.OfType<MethodDeclarationSyntax>())
            {
                if (PageModelFact.HandlerOf(method.Identifier.ValueText) is { Length: > 0 } handler)
                {
                    handlers.Add(handler);
                }
            }

            var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).Reverse().ToList();
            facts.PageModels.Add(new PageModelFact(name, handlers)
            {
                Namespace = namespaces.Count == 0 ? null : string.Join(".", namespaces),
                SourcePath = string.IsNullOrEmpty(type.SyntaxTree.FilePath) ? null : type.SyntaxTree.FilePath,
                BaseName = bases.Count > 0 && !IsInterfaceName(bases[0]) ? bases[0] : null,
            });
            return;
        }

        if (attributes.Any(a => AttributeName(a) is "RoutePrefix" or "RouteArea"))
        {
            facts.HasUnknownRoutes = true; // MVC 5's attribute-route prefix and area, not modelled
        }

        var area = attributes.Where(a => AttributeName(a) == "Area").Select(a => ConstantArgument(a) ?? Literal(a, 0, "areaName", facts)).FirstOrDefault()
            ?? Mvc5AreaOf(type);
        var classRoutes = attributes.Where(a => AttributeName(a) == "Route").Select(a => Literal(a, 0, "template", facts)).Where(t => t is not null).Select(t => t!).ToList();
        // A class's base class comes first in its base list, interfaces after it (a POCO controller may list only an
        // interface: IDisposable is no base class). A generic class and a class of the same name are two classes
        // (held-out review 70: Opserver's StatusController<T> : StatusController), named apart by their arity.
        var baseName = bases.Count > 0 && !IsInterfaceName(bases[0]) ? ClassName(type.BaseList!.Types[0].Type) : null;
        var className = type.TypeParameterList is { } typeParameters ? name + "`" + typeParameters.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : name;
        var classAttributes = OtherAttributes(attributes);
        // MVC 5's HandleUnknownAction answers any action name (held-out review 52: View(actionName) for every page)
        var handlesUnknownActions = type.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "HandleUnknownAction" && m.Modifiers.Any(SyntaxKind.OverrideKeyword));
        // A class's actions, read once when asked for: for a controller and for the classes deriving from it. A class that
        // does not look like a controller says nothing about the project's routes through its methods' attributes.
        List<ActionFact>? actions = null;
        List<ActionFact> Actions() => actions ??= ReadActions(type, baseName, looksLikeController ? facts : new CodeFacts());
        if (area is not null || classRoutes.Count > 0 || baseName is not null || type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            // Any class a controller may derive from, whatever its name (AppBase : Controller; code review), and each part
            // of a partial one: what it passes on is read when a controller's chain reaches it.
            facts.ControllerBases.Add(new ControllerBaseFact(className, baseName, area, classRoutes) { Actions = Actions(), HandlesUnknownActions = handlesUnknownActions, OtherAttributes = classAttributes });
        }

        // (ASP.NET Core takes no open generic class for a controller, unless a feature provider of the app's closes it:
        // such a class is noted as one, and counts when the app adds a feature provider)
        var isController = !isAbstract
            && !attributes.Any(a => AttributeName(a) == "NonController")
            && looksLikeController;
        // (a part of a partial class need not say it is public: another part does)
        var isPartial = type.Modifiers.Any(SyntaxKind.PartialKeyword);
        if (!isController || type.Modifiers.Any(SyntaxKind.StaticKeyword) || !(isPartial || type.Modifiers.Any(SyntaxKind.PublicKeyword)))
        {
            return;
        }

        var controllerName = name.EndsWith("Controller", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Controller".Length) : name;
        facts.Controllers.Add(new ControllerFact(controllerName, area, classRoutes, Actions(), baseName)
        {
            IsOpenGeneric = type.TypeParameterList is not null,
            HasUnknownActions = handlesUnknownActions,
            OtherAttributes = classAttributes,
            PartialKey = isPartial ? string.Join(".", type.Ancestors().Select(a => a switch { BaseNamespaceDeclarationSyntax n => n.Name.ToString(), TypeDeclarationSyntax t => t.Identifier.ValueText, _ => null }).Where(n => n is not null).Reverse().Append(name)) : null,
        });
    }

    /// <summary>
    /// The area of an ASP.NET MVC 5 controller, which its area's registration names by namespace
    /// (<c>Shop.Areas.Admin.Controllers</c>: <c>Admin</c>), in a file that names <c>System.Web.Mvc</c> (a <c>using</c>, or a
    /// type written out: ASP.NET Core takes an area from <c>[Area]</c> only); null for any other (held-out review 99: the
    /// nearest action to a link from the root's views was an admin controller's).
    /// </summary>
    // Whether a file names System.Web.Mvc, read once a file (second code review: once a class had grown with the square)
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, object> NamesMvc5 = new();
    private static readonly object Mvc5 = new(), NotMvc5 = new();

    private static string? Mvc5AreaOf(ClassDeclarationSyntax type)
    {
        var namespaceName = string.Join(".", type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).Reverse());
        var at = namespaceName.IndexOf(".Areas.", StringComparison.Ordinal);
        if (at < 0 || NamesMvc5.GetValue(type.SyntaxTree, tree => tree.GetRoot().DescendantNodes().OfType<QualifiedNameSyntax>().Any(name => name.ToString() == "System.Web.Mvc") ? Mvc5 : NotMvc5) != Mvc5)
        {
            return null;
        }

        var area = namespaceName.Substring(at + ".Areas.".Length).Split('.')[0];
        return area.Length > 0 ? area : null;
    }

    /// <summary>
    /// Whether a base class is ASP.NET Core's <c>RouteAttribute</c> (true) or an <c>[HttpGet]</c>-like one (false), which
    /// makes the class deriving from it a route attribute of the project's own; null for any other class.
    /// </summary>
    private static bool? RouteAttributeKind(string baseName)
    {
        var name = TrimAttribute(baseName);
        return name == "Route" ? true : name != "AcceptVerbs" && Array.IndexOf(HttpAttributes, name) >= 0 ? false : null;
    }

    /// <summary>A route attribute of the project's own: what each constructor gives its base as the template.</summary>
    private static RouteAttributeFact ReadRouteAttribute(ClassDeclarationSyntax type, bool isRoute)
    {
        var constructors = new List<RouteConstructor>();
        foreach (var constructor in type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            var parameters = constructor.ParameterList.Parameters;
            var declared = parameters.Select(p => new RouteParameter(p.Identifier.ValueText, p.Default is not null, StringLiteral(p.Default?.Value))).ToList();
            var argument = constructor.Initializer?.ArgumentList.Arguments.FirstOrDefault()?.Expression;
            if (constructor.Initializer is { } initializer && initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
            {
                constructors.Add(new RouteConstructor(declared, null, -1, IsKnown: false));
            }
            else if (argument is null)
            {
                constructors.Add(new RouteConstructor(declared, null, -1, IsKnown: true));
            }
            else if (argument is IdentifierNameSyntax identifier && IndexOfParameter(parameters, identifier.Identifier.ValueText) is var index and >= 0)
            {
                constructors.Add(new RouteConstructor(declared, null, index, IsKnown: true));
            }
            else if (StringLiteral(argument) is { } literal)
            {
                constructors.Add(new RouteConstructor(declared, literal, -1, IsKnown: true));
            }
            else
            {
                constructors.Add(new RouteConstructor(declared, null, -1, IsKnown: false));
            }
        }

        return new RouteAttributeFact(TrimAttribute(type.Identifier.ValueText), isRoute, constructors);
    }

    private static string? StringLiteral(ExpressionSyntax? expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

    private static int IndexOfParameter(SeparatedSyntaxList<ParameterSyntax> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Identifier.ValueText == name)
            {
                return i;
            }
        }

        return -1;
    }

    // ASP.NET Core's attributes on controllers and actions that route nothing: not kept for the project's route attributes
    private static readonly HashSet<string> NotRouteAttributes = new(StringComparer.Ordinal)
    {
        "NonAction", "ActionName", "Area", "Controller", "ApiController", "NonController", "Authorize", "AllowAnonymous",
        "ValidateAntiForgeryToken", "IgnoreAntiforgeryToken", "AutoValidateAntiforgeryToken", "ProducesResponseType", "Produces",
        "Consumes", "FromBody", "FromQuery", "FromRoute", "FromForm", "ResponseCache", "ApiExplorerSettings", "ChildActionOnly",
    };

    /// <summary>The attributes that may be the project's own route attributes, which only all its sources tell.</summary>
    private static IReadOnlyList<AttributeUse> OtherAttributes(List<AttributeSyntax> attributes)
    {
        List<AttributeUse>? uses = null;
        foreach (var attribute in attributes)
        {
            var name = AttributeName(attribute);
            if (NotRouteAttributes.Contains(name) || Array.IndexOf(HttpAttributes, name) >= 0)
            {
                continue;
            }

            // the constructor's arguments, by position or by name (not the properties it sets, Order = 1)
            var arguments = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null)
                .Select(a => new AttributeArgument(a.NameColon?.Name.Identifier.ValueText, StringLiteral(a.Expression))).ToList();
            (uses ??= new List<AttributeUse>()).Add(new AttributeUse(name, (IReadOnlyList<AttributeArgument>?)arguments ?? Array.Empty<AttributeArgument>()));
        }

        return (IReadOnlyList<AttributeUse>?)uses ?? Array.Empty<AttributeUse>();
    }

    /// <summary>
    /// Whether an action's HTTP method attributes let it answer GET: none of them, <c>[HttpGet]</c> or <c>[HttpHead]</c>
    /// among them, or <c>[AcceptVerbs]</c> naming GET (or naming methods this reading does not know); not <c>[HttpPost]</c>
    /// alone, with a <c>[Route]</c> or not (held-out review 86: eShopOnWeb's links to its POST-only GenerateRecoveryCodes).
    /// </summary>
    private static bool AnswersGet(List<AttributeSyntax> attributes)
    {
        var restricted = false;
        foreach (var attribute in attributes)
        {
            switch (AttributeName(attribute))
            {
                case "HttpGet" or "HttpHead":
                    return true;
                case "AcceptVerbs":
                    // the methods it is given, as strings ("GET") or MVC 5's HttpVerbs (HttpVerbs.Get | HttpVerbs.Post); not
                    // a named argument (Route = "target"); none at all is every method (code review)
                    if (attribute.ArgumentList is null || attribute.ArgumentList.Arguments.All(a => a.NameEquals is not null))
                    {
                        return true;
                    }

                    foreach (var argument in attribute.ArgumentList.Arguments)
                    {
                        if (argument.NameEquals is not null)
                        {
                            continue;
                        }

                        if (Methods(argument.Expression) is not { } methods || methods.Any(m => m.Equals("GET", StringComparison.OrdinalIgnoreCase) || m.Equals("HEAD", StringComparison.OrdinalIgnoreCase)))
                        {
                            return true;
                        }
                    }

                    restricted = true;
                    break;
                case "HttpPost" or "HttpPut" or "HttpDelete" or "HttpPatch" or "HttpOptions":
                    restricted = true;
                    break;
            }
        }

        return !restricted;

        // The HTTP methods an argument names, or null when it is anything else (a variable, a constant of the app's)
        static List<string>? Methods(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return new List<string> { literal.Token.ValueText };
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "HttpVerbs" } } verb:
                    return new List<string> { verb.Name.Identifier.ValueText };
                case BinaryExpressionSyntax either when either.IsKind(SyntaxKind.BitwiseOrExpression):
                    return Methods(either.Left) is { } left && Methods(either.Right) is { } right ? left.Concat(right).ToList() : null;
                case ParenthesizedExpressionSyntax inner:
                    return Methods(inner.Expression);
                default:
                    return null;
            }
        }
    }

    /// <summary>Whether a type's name is an interface's by .NET's convention (<c>IDisposable</c>, not <c>IdentityController</c>).</summary>
    private static bool IsInterfaceName(string name) => name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]);

    /// <summary>
    /// A controller class's public actions: not static, abstract, generic or <c>[NonAction]</c>; named by <c>[ActionName]</c>,
    /// else by the method's name, without <c>Async</c> in ASP.NET Core (MVC 5, in a file that uses <c>System.Web.Mvc</c>,
    /// keeps it, held-out review 52, but for an <c>AsyncController</c>'s asynchronous pattern, code review).
    /// </summary>
    private static List<ActionFact> ReadActions(ClassDeclarationSyntax type, string? baseName, CodeFacts facts)
    {
        var keepsAsync = baseName != "AsyncController" && UsesMvc5(type.SyntaxTree);
        var actions = new List<ActionFact>();
        foreach (var method in type.Members.OfType<MethodDeclarationSyntax>())
        {
            if (!method.Modifiers.Any(SyntaxKind.PublicKeyword) || method.Modifiers.Any(SyntaxKind.StaticKeyword) || method.Modifiers.Any(SyntaxKind.AbstractKeyword) || method.TypeParameterList is not null)
            {
                continue;
            }

            var methodAttributes = method.AttributeLists.SelectMany(l => l.Attributes).ToList();
            if (methodAttributes.Any(a => AttributeName(a) == "NonAction")
                || (baseName == "AsyncController" && method.Identifier.ValueText.EndsWith("Completed", StringComparison.Ordinal)))
            {
                continue; // AsyncController's XxxAsync/XxxCompleted pair is one action, Xxx
            }

            var actionName = methodAttributes.Where(a => AttributeName(a) == "ActionName").Select(a => Literal(a, 0, "name", facts)).FirstOrDefault()
                ?? (keepsAsync ? method.Identifier.ValueText : TrimAsync(method.Identifier.ValueText));
            var templates = new List<string>();
            foreach (var attribute in methodAttributes.Where(a => Array.IndexOf(HttpAttributes, AttributeName(a)) >= 0))
            {
                var index = AttributeName(attribute) == "AcceptVerbs" ? -1 : 0;
                var template = index < 0 ? Named(attribute, "Route", facts) : Literal(attribute, index, "template", facts);
                if (template is not null)
                {
                    templates.Add(template);
                }
            }

            actions.Add(new ActionFact(actionName, templates, templates.Count > 0) { OtherAttributes = OtherAttributes(methodAttributes), AnswersGet = AnswersGet(methodAttributes) });
        }

        return actions;
    }

    /// <summary>A type's name with the using alias it starts with (<c>using ClientImports = App.Client._Imports;</c>) replaced by what the alias names.</summary>
    private static string Unaliased(string type, SyntaxTree tree)
    {
        var dot = type.IndexOf('.');
        var first = dot < 0 ? type : type.Substring(0, dot);
        var alias = Usings(tree).FirstOrDefault(u => u.Alias?.Name.Identifier.ValueText == first && u.Name is not null);
        return alias is null ? type : alias.Name!.ToString() + (dot < 0 ? string.Empty : type.Substring(dot));
    }

    /// <summary>The namespaces a file's using directives import (not aliases, not <c>using static</c>).</summary>
    public static IEnumerable<string> UsedNamespaces(SyntaxTree tree) =>
        Usings(tree).Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name is not null).Select(u => u.Name!.ToString());

    /// <summary>A file's using directives, at its top and in its namespaces.</summary>
    private static IEnumerable<UsingDirectiveSyntax> Usings(SyntaxTree tree) =>
        tree.GetCompilationUnitRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>();

    /// <summary>Whether a file's controllers are MVC 5's: it uses <c>System.Web.Mvc</c> and not ASP.NET Core's MVC.</summary>
    private static bool UsesMvc5(SyntaxTree tree)
    {
        var usings = Usings(tree).Select(u => u.Name?.ToString()).ToList();
        return usings.Contains("System.Web.Mvc") && !usings.Contains("Microsoft.AspNetCore.Mvc");
    }

    private static void ReadCalls(SyntaxNode scope, CodeFacts facts)
    {
        // MapGroup prefixes held in local variables of this method (var api = app.MapGroup("/api");).
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var callerLocals = new HashSet<string>(StringComparer.Ordinal); // groups of a builder the method was given
        foreach (var node in scope.DescendantNodes(n => n == scope || n is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or TypeDeclarationSyntax)))
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && GroupPrefix(value, groups) is { } prefix)
            {
                // (a group of one the method was given: its prefix under the caller's)
                if (InGroupOfCaller(value, callerLocals))
                {
                    callerLocals.Add(declarator.Identifier.ValueText);
                }

                groups[declarator.Identifier.ValueText] = prefix;
                continue;
            }

            if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "RootDirectory" }, Right: var root })
            {
                // AddRazorPages(options => options.RootDirectory = "/Content")
                SetPagesRoot(facts, root is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null);
                continue;
            }

            if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Routes", Expression: IdentifierNameSyntax { Identifier.ValueText: "RouteTable" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "RouteTable" } })
            {
                // ASP.NET MVC 5's route table (System.Web.Routing), which has no route of its own: whatever fills it
                // (RouteConfig.RegisterRoutes(RouteTable.Routes), AttributeRouting's MapAttributeRoutes(), a project's own
                // attribute scanner) is code this reader does not model (held-out review 76: Stack Exchange Data Explorer)
                facts.HasUnknownRoutes = true;
                continue;
            }

            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
            {
                continue;
            }

            var method = member.Name.Identifier.ValueText;
            if (method == "MapFallbackToPage" && invocation.ArgumentList.Arguments.Count == 1 && LiteralArgument(invocation, 0, "page") is { } fallbackPage)
            {
                facts.FallbackPages.Add(fallbackPage); // a Blazor Server app's MapFallbackToPage("/_Host")
            }
            else if (method == "MapFallbackToPage" && invocation.ArgumentList.Arguments.Count == 2 && LiteralArgument(invocation, 0, "pattern") is { } fallbackPattern
                && CatchAll.IsMatch(fallbackPattern) && LiteralArgument(invocation, 1, "page") is { } patternPage)
            {
                facts.FallbackPages.Add(patternPage); // the same for every path: MapFallbackToPage("{*path:nonfile}", "/_Host") (held-out review 86)
            }
            else if (Array.IndexOf(Fallbacks, method) >= 0)
            {
                facts.HasFallback = true;
            }
            else if (ContentSystems.TryGetValue(method, out var contentSystem))
            {
                facts.ContentSystem ??= contentSystem;
                facts.IsAspNetCoreUmbraco |= contentSystem == "Umbraco"; // (set up in C#: Umbraco 9 and later)
            }
            else if (Array.IndexOf(MapVerbs, method) >= 0 && invocation.ArgumentList.Arguments.Count >= 2)
            {
                var pattern = LiteralArgument(invocation, 0, "pattern") ?? LiteralArgument(invocation, 0, "pathMatch");
                if (pattern is null)
                {
                    facts.HasUnknownRoutes = true;
                }
                else
                {
                    // one method other than a link's GET (held-out review 89: the Blazor template's MapPost("/Logout") under "/Account")
                    var verb = method is "MapPost" or "MapPut" or "MapDelete" or "MapPatch" ? method.Substring("Map".Length).ToUpperInvariant() : null;
                    var route = RouteTemplate.Nest(GroupPrefix(member.Expression, groups), pattern);
                    var fromCaller = InGroupOfCaller(member.Expression, callerLocals);
                    if (fromCaller)
                    {
                        // under a prefix its caller gives (app.MapGroup("/api").MapTodos()), which the index reads at the call
                        facts.CallerPrefixedEndpoints.Add((EnclosingMethod(member), route, verb));
                    }
                    else if (verb is not null)
                    {
                        facts.GetlessEndpoints.Add((route, verb));
                    }
                    else
                    {
                        facts.Endpoints.Add(route);
                    }

                    if (method == "Map" && !fromCaller && IsPipelineBranch(invocation.ArgumentList.Arguments[1].Expression))
                    {
                        // app.Map("/legacy", legacy => legacy.Run(...)) branches the pipeline: every path under it goes to
                        // the branch. Map(pattern, handler) with a request handler is one endpoint.
                        facts.Endpoints.Add(UnderPrefix(route));
                    }
                }
            }
            else if (method is "MapControllerRoute" or "MapAreaControllerRoute" || (method is "MapRoute" or "MapAreaRoute" && InUseMvc(invocation)))
            {
                // ASP.NET Core 2's UseMvc(routes => routes.MapRoute("default", "{controller=Home}/{action=Index}/{id?}"))
                // takes the same template and defaults as MapControllerRoute. MapAreaControllerRoute("admin", "Admin",
                // "Admin/{controller=Dashboard}/{action=Index}/{id?}") (routes.MapAreaRoute the same) is a conventional
                // route whose area is that one (held-out review 41).
                var ofArea = method is "MapAreaControllerRoute" or "MapAreaRoute";
                var at = ofArea ? 2 : 1;
                var area = ofArea ? LiteralArgument(invocation, 1, "areaName") : null;
                var pattern = LiteralArgument(invocation, at, method is "MapRoute" or "MapAreaRoute" ? "template" : "pattern");
                if (pattern is null || (ofArea && area is null))
                {
                    facts.HasUnknownRoutes = true;
                }
                else
                {
                    AddConventionalRoute(facts, pattern, Argument(invocation, at + 1, "defaults")?.Expression, area);
                }
            }
            else if (method is "MapDefaultControllerRoute" or "UseMvcWithDefaultRoute")
            {
                facts.ConventionalRoutes.Add("{controller=Home}/{action=Index}/{id?}");
            }
            else if (method == "MapControllers" || (method == "UseMvc" && invocation.ArgumentList.Arguments.Count == 0))
            {
                // endpoints by the controllers' attribute routes only (held-out review 108: a student's app mapping
                // MapControllers() alone, and ASP.NET Core 2's UseMvc() without routes)
                facts.MapsAttributeRoutes = true;
            }
            else if (method is "MapDynamicControllerRoute" or "MapDynamicPageRoute" or "MapWhen"
                || method is "MapRoute" or "MapAreaRoute" or "MapHttpRoute" or "MapPageRoute" or "MapMvcAttributeRoutes" or "MapHttpAttributeRoutes")
            {
                // Routes by values or by code; and the route tables of ASP.NET MVC 5 and Web API 2 (RouteConfig's
                // routes.MapRoute("Tags", "tags/{slug}", new { controller = "Posts", action = "Tag" }), an
                // AreaRegistration's context.MapRoute, attribute routes with [RoutePrefix]), which this reader does not
                // model.
                facts.HasUnknownRoutes = true;
            }
            else if (method == "UseRewriter")
            {
                // Rewriting and redirect rules may serve any path; the https and www redirects serve none of their own.
                var options = invocation.ArgumentList.Arguments.Count > 0 ? invocation.ArgumentList.Arguments[0].Expression : null;
                var rules = options?.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                    .Select(i => (i.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText ?? string.Empty).ToList();
                if (options is not ObjectCreationExpressionSyntax and not InvocationExpressionSyntax
                    || rules!.Any(r => !r.StartsWith("AddRedirectToHttps", StringComparison.Ordinal) && !r.StartsWith("AddRedirectToWww", StringComparison.Ordinal) && !r.StartsWith("AddRedirectToNonWww", StringComparison.Ordinal)))
                {
                    facts.HasUnknownRoutes = true;
                }
            }
            else if (method is "UseSpa")
            {
                facts.HasFallback = true;
            }
            else if (method is "Add" or "Insert" && member.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Conventions" }
                && invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText is not ("ConfigureConventions" or "OnModelCreating"))
            {
                // options.Conventions.Add(new AreaFromNamespaceConvention()), a RouteTokenTransformerConvention: an
                // application-model convention may set any controller's area and routes (held-out review 48). Not Entity
                // Framework's model conventions (a DbContext's ConfigureConventions, EF6's OnModelCreating).
                facts.HasUnknownRoutes = true;
            }
            else if (method is "Add" or "Insert" && member.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FeatureProviders" })
            {
                // ConfigureApplicationPartManager(m => m.FeatureProviders.Add(new GenericTypeControllerFeatureProvider())):
                // a controller feature provider may make controllers of generic classes, or of any type (held-out review
                // 100: Skoruba's AccountController<TUser, TKey>); which providers are the controllers' is known when every
                // class is read (code review: a ViewComponentFeatureProvider adds none)
                var added = invocation.ArgumentList.Arguments.Count > 0 ? invocation.ArgumentList.Arguments[invocation.ArgumentList.Arguments.Count - 1].Expression : null;
                // (or a local created so: var provider = new X(); m.FeatureProviders.Add(provider), second code review)
                if (added is IdentifierNameSyntax variable)
                {
                    added = invocation.Ancestors().OfType<BlockSyntax>().SelectMany(b => b.Statements.OfType<LocalDeclarationStatementSyntax>())
                        .SelectMany(d => d.Declaration.Variables).FirstOrDefault(v => v.Identifier.ValueText == variable.Identifier.ValueText)?.Initializer?.Value;
                }

                if (added is ObjectCreationExpressionSyntax { Type: { } created })
                {
                    facts.AddedFeatureProviders.Add(SimpleName(created));
                }
            }
            else if (method is "AddFolderRouteModelConvention" or "AddPageRouteModelConvention" or "AddAreaFolderRouteModelConvention" or "AddAreaPageRouteModelConvention")
            {
                // Conventions.AddFolderRouteModelConvention("/", model => ... "{culture}/" + selector's template): a
                // lambda may give the pages any routes (held-out review 53: the documented culture-prefix recipe)
                facts.HasUnknownRoutes = true;
            }
            else if (method is "AddPageRoute" or "AddAreaPageRoute")
            {
                // Conventions.AddPageRoute("/Blog/Post", "post/{slug}"): the page is served at the route too.
                var route = LiteralArgument(invocation, method == "AddPageRoute" ? 1 : 2, "route");
                if (route is null)
                {
                    facts.HasUnknownRoutes = true;
                }
                else
                {
                    facts.Endpoints.Add(route);
                }
            }
            else if (method == "UsePathBase")
            {
                var pathBase = LiteralArgument(invocation, 0, "pathBase");
                if (pathBase is { Length: > 1 } && pathBase.StartsWith("/", StringComparison.Ordinal))
                {
                    facts.PathBase = pathBase;
                }
            }
            else if (method == "WithRazorPagesRoot")
            {
                SetPagesRoot(facts, LiteralArgument(invocation, 0, "rootDirectory"));
            }
            else if (ServedPrefixes(invocation, method) is { Count: > 0 } served)
            {
                // MapHub<ChatHub>("/chathub"), MapHealthChecks("/healthz"), UseHealthChecks("/health"), UseSwaggerUI():
                // the path and everything under it; under a group the caller gives, under a prefix not known.
                var extension = InGroupOfCaller(member.Expression, callerLocals) ? EnclosingMethod(member) : null;
                foreach (var path in served)
                {
                    var route = RouteTemplate.Nest(GroupPrefix(member.Expression, groups), path);
                    foreach (var each in new[] { route, UnderPrefix(route) })
                    {
                        if (extension is null)
                        {
                            facts.Endpoints.Add(each);
                        }
                        else
                        {
                            facts.CallerPrefixedEndpoints.Add((extension, each, null));
                        }
                    }
                }
            }
            else if (EndpointUris.IsMatch(method))
            {
                // OpenIddict: options.SetAuthorizationEndpointUris("connect/authorize"), SetTokenEndpointUris(...)
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        facts.Endpoints.Add(literal.Token.ValueText);
                    }
                    else
                    {
                        facts.HasUnknownRoutes = true;
                    }
                }
            }
            else if (method == "MapHub")
            {
                facts.HasUnknownRoutes = true;
            }
            else if (method.StartsWith("Map", StringComparison.Ordinal) && LiteralArgument(invocation, 0, "pattern") is { } everyPath && CatchAll.IsMatch(everyPath))
            {
                // a library's endpoint for every path: VueCliMiddleware's endpoints.MapToVueCliProxy("{*path}", ...), which
                // hands any path to the client app's server (held-out review 125)
                facts.HasFallback = true;
            }
            else if (method.StartsWith("Map", StringComparison.Ordinal))
            {
                // a call of the app's own extension that maps endpoints (app.MapGroup("/api").MapTodosApi()), with the prefix
                // it gives them: none at the app, unknown where it is itself given a builder
                facts.ExtensionCalls.Add((method, InGroupOfCaller(member.Expression, callerLocals) ? null : GroupPrefix(member.Expression, groups) ?? string.Empty));
            }
            else if (method is "UseStaticFiles" or "UseFileServer" or "UseDirectoryBrowser" && ServesOtherFiles(method, invocation))
            {
                facts.HasCustomStaticFiles = true;
            }
            else if (method is "AddDefaultUI" or "AddDefaultIdentity")
            {
                facts.AddIdentityDefaultUi();
            }
            else if (method is "AddMicrosoftIdentityUI")
            {
                facts.AddMicrosoftIdentityUi();
            }
            else if (method == "AddAdditionalAssemblies" && ComponentAssembly.TypesNamedIn(invocation.ArgumentList.ToString()) is { } types)
            {
                // MapRazorComponents<App>().AddAdditionalAssemblies(typeof(Client._Imports).Assembly): a Blazor Web App
                // serves its .Client project's pages, which the front end reads where it can; a type named by a using
                // alias (using ClientImports = App.Client._Imports;) is the type it names (held-out review 49)
                facts.RouterAssemblyTypes.AddRange(types.Select(t => Unaliased(t, invocation.SyntaxTree)));
            }
            else if (method is "MapIdentityApi" or "AddAdditionalAssemblies" or "AddApplicationPart")
            {
                facts.HasExternalRouteSources = true;
            }
        }
    }

    /// <summary>
    /// The paths that a <c>Map*</c> or <c>Use*</c> call this reader knows nothing else about serves: its literal first argument
    /// when it starts with '/' (<c>MapHealthChecks("/healthz")</c>, <c>UseHealthChecks("/health")</c>,
    /// <c>UseMetaWeblog("/metaweblog")</c>), any literal of <c>MapHub</c>, or a library's default path
    /// (<c>UseSwaggerUI()</c>: /swagger; <c>UseIdentityServer()</c>: /.well-known and /connect).
    /// </summary>
    private static List<string> ServedPrefixes(InvocationExpressionSyntax invocation, string method)
    {
        var served = new List<string>();
        if (!(method.StartsWith("Map", StringComparison.Ordinal) || method.StartsWith("Use", StringComparison.Ordinal))
            || method == "MapGroup" || Array.IndexOf(PathTakingMiddleware, method) >= 0)
        {
            return served;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count > 0 && arguments[0].NameColon is null && arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            // Not a file's path (UseSqlite("/data/app.db") is no URL)
            var path = literal.Token.ValueText;
            var lastSegment = path.Substring(path.LastIndexOf('/') + 1);
            if ((path.StartsWith("/", StringComparison.Ordinal) || (method == "MapHub" && path.Length > 0)) && lastSegment.IndexOf('.') < 0)
            {
                served.Add(path);
            }

            return served;
        }

        foreach (var (name, path) in DefaultMiddlewarePaths)
        {
            if (name == method)
            {
                served.Add(path);
            }
        }

        return served;
    }

    private static readonly Regex EndpointUris = new(@"^Set\w*EndpointUris?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether Map's second argument configures a pipeline branch (<c>b =&gt; b.Run(...)</c>, <c>b =&gt; { b.UseX(); }</c>,
    /// a method group or a variable, whose kind is not known: read as a branch) rather than handling a request
    /// (<c>() =&gt; "ok"</c>, <c>(HttpContext c) =&gt; ...</c>).
    /// </summary>
    private static bool IsPipelineBranch(ExpressionSyntax handler)
    {
        if (handler is not LambdaExpressionSyntax lambda)
        {
            return true;
        }

        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0],
            _ => null,
        };
        if (parameter is null || parameter.Type is { } type && !type.ToString().EndsWith("IApplicationBuilder", StringComparison.Ordinal))
        {
            return false;
        }

        // b.Run(...), b.Use(...), b.UseX(...), b.Map(...): the parameter builds a pipeline
        var name = parameter.Identifier.ValueText;
        return lambda.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access && receiver.Identifier.ValueText == name
            && (access.Name.Identifier.ValueText is "Run" || access.Name.Identifier.ValueText.StartsWith("Use", StringComparison.Ordinal) || access.Name.Identifier.ValueText.StartsWith("Map", StringComparison.Ordinal)));
    }

    /// <summary>Every path under a route: "/legacy" gives "/legacy/{**rest}".</summary>
    private static string UnderPrefix(string route) => route.TrimEnd('/') + "/{**rest}";

    /// <summary>Whether a call is inside the route-building lambda of ASP.NET Core 2's <c>app.UseMvc(routes => ...)</c>.</summary>
    private static bool InUseMvc(InvocationExpressionSyntax invocation) =>
        invocation.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UseMvc" });

    /// <summary>A conventional route's controller, action or area token, and the constraints it is given.</summary>
    private static readonly Regex RouteToken = new(@"\{(?:controller|action|area)(?<constraints>(?::[^=}?]*)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The route constraints ASP.NET Core defines (its default <c>ConstraintMap</c>).</summary>
    private static readonly string[] BuiltInRouteConstraints =
    {
        "int", "bool", "datetime", "decimal", "double", "float", "guid", "long", "minlength", "maxlength", "length", "min", "max",
        "range", "alpha", "regex", "required", "file", "nonfile", "exists",
    };

    /// <summary>
    /// A conventional route. Its <c>defaults:</c> object gives the defaults that the pattern does not spell, written inline
    /// (<c>{controller}</c> with defaults <c>new { controller = "Blog" }</c> is <c>{controller=Blog}</c>, and so for a culture);
    /// a pattern with neither token (<c>"blog/{slug}"</c> to Blog's Post) serves its own URLs, like an endpoint.
    /// </summary>
    private static void AddConventionalRoute(CodeFacts facts, string pattern, ExpressionSyntax? defaults, string? area = null)
    {
        facts.MapsConventionalRoutes = true; // then the default route is not assumed, whatever form this one takes
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (defaults is AnonymousObjectCreationExpressionSyntax anonymous)
        {
            foreach (var initializer in anonymous.Initializers)
            {
                var name = initializer.NameEquals?.Name.Identifier.ValueText ?? (initializer.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
                // (a number's or a bool's too: new { page = 1 }; code review)
                if (name is not null && initializer.Expression is LiteralExpressionSyntax literal && !literal.IsKind(SyntaxKind.NullLiteralExpression))
                {
                    values[name] = literal.Token.ValueText;
                }
            }
        }
        else if (defaults is not null && !defaults.IsKind(SyntaxKind.NullLiteralExpression))
        {
            facts.HasUnknownRoutes = true;
            return;
        }

        if (pattern.IndexOf("{controller", StringComparison.OrdinalIgnoreCase) < 0 || pattern.IndexOf("{action", StringComparison.OrdinalIgnoreCase) < 0)
        {
            facts.Endpoints.Add(pattern);
            return;
        }

        // A constraint of the app's own on the controller, action or area is a parameter transformer
        // ("{controller:slugify=Home}", as ASP.NET Core's documentation gives it, serves OrderHistory at /order-history) or
        // a check this reading does not know: the URLs the route serves are not known (held-out review 86)
        foreach (Match token in RouteToken.Matches(pattern))
        {
            foreach (var constraint in token.Groups["constraints"].Value.Split(new[] { ':' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = constraint.Split('(')[0].Trim();
                if (Array.IndexOf(BuiltInRouteConstraints, name.ToLowerInvariant()) < 0)
                {
                    facts.HasUnknownRoutes = true;
                    return;
                }
            }
        }

        // every parameter's, as ASP.NET Core reads them: the controller's and action's, and a culture's
        // ("{culture}/{controller=Home}/..." with defaults new { culture = "en" } serves "/": held-out review 117)
        foreach (var pair in values)
        {
            pattern = Regex.Replace(
                pattern,
                @"\{(" + Regex.Escape(pair.Key) + @")(:[^{}=?]*)?\}",
                "{$1$2=" + pair.Value.Replace("$", "$$") + "}",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        if (area is null)
        {
            facts.ConventionalRoutes.Add(pattern);
        }
        else
        {
            facts.AreaRoutes.Add(new AreaRouteFact(area, pattern));
        }
    }

    /// <summary>Razor Pages' <c>RootDirectory</c> ("/Content"), or unknown routes when it is not a literal.</summary>
    private static void SetPagesRoot(CodeFacts facts, string? root)
    {
        if (root is null || root.Trim('/').Length == 0)
        {
            facts.HasUnknownRoutes |= root is null;
            return;
        }

        facts.PagesRoot = root.Trim('/');
    }

    /// <summary>
    /// Whether a route builder is one its method was given, or a group of it held in a local
    /// (<c>static void MapTodos(this RouteGroupBuilder group)</c>, <c>this IEndpointRouteBuilder routes</c>, <c>var todos =
    /// group.MapGroup("/todos")</c>): its prefix is the caller's, not known here (code review: <c>group.MapDelete("/{id}")</c>
    /// was read as <c>/{id}</c>; an extension called as <c>app.MapGroup("/api").MapTodos()</c>).
    /// </summary>
    private static string EnclosingMethod(SyntaxNode node) => node.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText ?? string.Empty;

    private static bool InGroupOfCaller(ExpressionSyntax builder, HashSet<string> callerLocals)
    {
        var root = builder;
        while (root is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member })
        {
            root = member.Expression; // group.MapGroup("/x").RequireAuthorization()
        }

        if (root is not IdentifierNameSyntax identifier)
        {
            return false;
        }

        var name = identifier.Identifier.ValueText;
        if (callerLocals.Contains(name))
        {
            return true;
        }

        var parameters = identifier.Ancestors().Select(a => a switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList,
            LocalFunctionStatementSyntax local => local.ParameterList,
            ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
            _ => null,
        }).FirstOrDefault(p => p is not null);
        return parameters?.Parameters.Any(p => p.Identifier.ValueText == name && p.Type is { } type && SimpleName(type) is "RouteGroupBuilder" or "IEndpointRouteBuilder") == true;
    }

    /// <summary>The route prefix of an endpoint builder expression: a MapGroup("/x") call (chained) or a variable holding one.</summary>
    private static string? GroupPrefix(ExpressionSyntax expression, Dictionary<string, string> groups)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                return groups.TryGetValue(identifier.Identifier.ValueText, out var prefix) ? prefix : null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation:
                if (member.Name.Identifier.ValueText == "MapGroup" && LiteralArgument(invocation, 0, "prefix") is { } group)
                {
                    return RouteTemplate.Nest(GroupPrefix(member.Expression, groups), group);
                }

                // Builder calls that return the same group (RequireAuthorization, WithTags, ...).
                return GroupPrefix(member.Expression, groups);
            default:
                return null;
        }
    }

    private static string? LiteralArgument(InvocationExpressionSyntax invocation, int position, string name) =>
        Argument(invocation, position, name)?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

    private static ArgumentSyntax? Argument(InvocationExpressionSyntax invocation, int position, string name)
    {
        var arguments = invocation.ArgumentList.Arguments;
        return arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)
            ?? (position < arguments.Count && arguments[position].NameColon is null ? arguments[position] : null);
    }

    /// <summary>An attribute's literal string argument (by position or name); a non-literal makes the routes unknown.</summary>
    private static string? Literal(AttributeSyntax attribute, int position, string name, CodeFacts facts)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)
            ?? (position < arguments.Count && arguments[position].NameEquals is null && arguments[position].NameColon is null ? arguments[position] : null);
        return StringValue(argument, facts);
    }

    /// <summary>
    /// <c>[Area(AreaNames.Admin)]</c>, <c>[Route(AppRoutes.Stats)]</c>: a constant of the project's, which the index
    /// resolves once every file is read (held-out review 77: allReady's admin controllers had no area, and a link that forgot
    /// it resolved), as <see cref="CodeFacts.ConstantReference"/>; null for any other argument.
    /// </summary>
    private static string? ConstantArgument(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        return arguments.Count == 1 && arguments[0].NameEquals is null
            && arguments[0].Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } access
            ? CodeFacts.ConstantKey(access.ToString())
            : null;
    }

    /// <summary>An attribute's literal string property (<c>Name = "..."</c>); a non-literal makes the routes unknown.</summary>
    private static string? Named(AttributeSyntax attribute, string name, CodeFacts facts) =>
        StringValue(attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name), facts);

    private static string? StringValue(AttributeArgumentSyntax? argument, CodeFacts facts)
    {
        if (argument is null)
        {
            return null;
        }

        if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText;
        }

        // [Area(nameof(ApplicationRoles.Admin))]: a constant, the name of what it names (held-out review 48).
        if (argument.Expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } nameofArguments })
        {
            switch (nameofArguments[0].Expression)
            {
                case MemberAccessExpressionSyntax access:
                    return access.Name.Identifier.ValueText;
                case SimpleNameSyntax simple:
                    return simple.Identifier.ValueText;
            }
        }

        facts.HasUnknownRoutes = true;
        return null;
    }

    private static string AttributeName(AttributeSyntax attribute) => TrimAttribute(SimpleName(attribute.Name));

    private static string TrimAttribute(string name) =>
        name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;

    /// <summary>A base class's name as the chain of base classes knows it: a generic one's with its arity (<c>StatusController`1</c>).</summary>
    private static string ClassName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => ClassName(qualified.Right),
        AliasQualifiedNameSyntax alias => ClassName(alias.Name),
        GenericNameSyntax generic => generic.Identifier.ValueText + "`" + generic.TypeArgumentList.Arguments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => SimpleName(type),
    };

    private static string SimpleName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => SimpleName(qualified.Right),
        GenericNameSyntax generic => generic.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => SimpleName(alias.Name),
        _ => type.ToString(),
    };

    /// <summary>MVC drops "Async" from action names (SuppressAsyncSuffixInActionNames, on by default since 3.0).</summary>
    private static string TrimAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) && name.Length > "Async".Length ? name.Substring(0, name.Length - "Async".Length) : name;
}
