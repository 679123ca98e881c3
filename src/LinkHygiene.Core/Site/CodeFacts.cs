using System;
using System.Collections.Generic;

namespace LinkHygiene.Site;

/// <summary>An MVC action: its name (after <c>[ActionName]</c>) and its attribute route templates.</summary>
/// <param name="Name">The action name.</param>
/// <param name="RouteTemplates">Templates of <c>[Route]</c>/<c>[HttpGet("...")]</c> on the action (tokens not yet replaced).</param>
/// <param name="HasAttributeRoute">Whether the action has any route attribute (a bare <c>[HttpGet]</c> counts: it joins the controller's route).</param>
public sealed record ActionFact(string Name, IReadOnlyList<string> RouteTemplates, bool HasAttributeRoute);

/// <summary>An MVC controller.</summary>
/// <param name="Name">The name without the Controller suffix.</param>
/// <param name="Area">The <c>[Area]</c>, if any.</param>
/// <param name="RouteTemplates">Templates of <c>[Route]</c> on the controller.</param>
/// <param name="Actions">Its public actions (not <c>[NonAction]</c>).</param>
public sealed record ControllerFact(string Name, string? Area, IReadOnlyList<string> RouteTemplates, IReadOnlyList<ActionFact> Actions);

/// <summary>A page model class and its named handlers (<c>OnPostDelete</c> → "Delete").</summary>
public sealed record PageModelFact(string ClassName, IReadOnlyCollection<string> Handlers);

/// <summary>A Blazor component class with <c>[Route]</c> attributes (components written in C#).</summary>
public sealed record ComponentRouteFact(string ClassName, IReadOnlyList<string> RouteTemplates);

/// <summary>
/// What the C# of a project says about its URLs, read by a front end (the analyzer from the compilation's syntax trees,
/// the task, the command line and the language server by parsing the .cs files with Roslyn's syntax API). Only literal
/// values count; anything computed makes the matching scope undecidable instead.
/// </summary>
public sealed class CodeFacts
{
    /// <summary>Nothing known from C#.</summary>
    public static CodeFacts None { get; } = new();

    /// <summary>Controllers.</summary>
    public List<ControllerFact> Controllers { get; } = new();

    /// <summary>Page models with handlers.</summary>
    public List<PageModelFact> PageModels { get; } = new();

    /// <summary>Components with <c>[Route]</c>.</summary>
    public List<ComponentRouteFact> Components { get; } = new();

    /// <summary>Literal patterns of minimal-API endpoints (<c>MapGet("/api/items/{id}")</c>, with <c>MapGroup</c> prefixes).</summary>
    public List<string> Endpoints { get; } = new();

    /// <summary>Literal conventional route patterns (<c>MapControllerRoute(pattern: ...)</c>, <c>MapDefaultControllerRoute()</c>).</summary>
    public List<string> ConventionalRoutes { get; } = new();

    /// <summary>Whether the app maps a fallback (<c>MapFallback*</c>): unmatched paths are then undecidable.</summary>
    public bool HasFallback { get; set; }

    /// <summary>Whether some route is registered with a value that is not a literal (a constant, a variable): unmatched paths are undecidable.</summary>
    public bool HasUnknownRoutes { get; set; }

    /// <summary>Whether static files are served from somewhere else too (<c>UseStaticFiles</c> with a file provider or request path).</summary>
    public bool HasCustomStaticFiles { get; set; }

    /// <summary>Whether pages or routes may come from referenced libraries (Razor class libraries, Identity UI): unknown areas are undecidable.</summary>
    public bool HasExternalRouteSources { get; set; }

    /// <summary>
    /// Areas a referenced library serves pages of (Identity's default UI: <c>Identity</c>), though the project may hold
    /// some of them (scaffolded): a page of these areas that the project does not hold is undecidable, not broken.
    /// </summary>
    public HashSet<string> ExternalAreas { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes that the app serves Identity's default UI (its package, <c>AddDefaultUI</c>): the <c>Identity</c> area's pages, besides any the project scaffolds.</summary>
    public void AddIdentityDefaultUi()
    {
        HasExternalRouteSources = true;
        ExternalAreas.Add("Identity");
    }

    /// <summary>Whether any C# was read at all (without it, MVC and minimal-API routes are unknown).</summary>
    public bool HasCode { get; set; }

    /// <summary>Adds another set of facts (a project's files read one by one).</summary>
    public void Add(CodeFacts other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        Controllers.AddRange(other.Controllers);
        PageModels.AddRange(other.PageModels);
        Components.AddRange(other.Components);
        Endpoints.AddRange(other.Endpoints);
        ConventionalRoutes.AddRange(other.ConventionalRoutes);
        HasFallback |= other.HasFallback;
        HasUnknownRoutes |= other.HasUnknownRoutes;
        HasCustomStaticFiles |= other.HasCustomStaticFiles;
        HasExternalRouteSources |= other.HasExternalRouteSources;
        ExternalAreas.UnionWith(other.ExternalAreas);
        HasCode |= other.HasCode;
    }
}
