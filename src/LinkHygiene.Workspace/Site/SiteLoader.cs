using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Site;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace.Site;

/// <summary>What a project on disk holds for its site index: its layout, its templates, what its C# says, its static files.</summary>
/// <param name="Layout">The project folder and web root.</param>
/// <param name="IsProject">Whether a project file was found (else: a static site, the scanned folder).</param>
/// <param name="Templates">Every template in it (full paths).</param>
/// <param name="Code">What its .cs files say about URLs.</param>
/// <param name="StaticFiles">Every file under the web root (full paths).</param>
public sealed record SiteProject(SiteLayout Layout, bool IsProject, IReadOnlyList<string> Templates, CodeFacts Code, IReadOnlyList<string> StaticFiles)
{
    /// <summary>
    /// The projects it references itself that are no application part and can be read (their paths and texts): a Blazor
    /// Web App's <c>.Client</c> project, a Razor class library of components, whose routable components its router may name.
    /// </summary>
    internal IReadOnlyList<SiteLoader.ReferencedProject> ComponentProjects { get; init; } = Array.Empty<SiteLoader.ReferencedProject>();

    /// <summary>A static site's folders the walk leaves out (<c>/bin</c>, <c>/node_modules</c>), as URLs: see <see cref="SiteIndex.UnreadFolders"/>.</summary>
    internal IReadOnlyList<string> UnreadFolders { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The Razor files that may be pages of the application parts it references that serve pages and nothing else, read
    /// whole (a Razor class library made with <c>--support-pages-and-views</c>): each as the Razor compiler identifies it
    /// (<c>/Areas/MyFeature/Pages/Page1.cshtml</c>) and its path. Their facts give <see cref="CodeFacts.LibraryPages"/>.
    /// </summary>
    internal IReadOnlyList<(string Identifier, string Path)> LibraryPageFiles { get; init; } = Array.Empty<(string, string)>();
}

/// <summary>
/// Reads a project's site inputs from disk, for the front ends that read files (the command line, the language server,
/// the MSBuild task): the nearest folder with a project file is the project, its <c>wwwroot</c> the web root; without
/// one, the scanned folder is a static site served as it is. Folder rules are the walk's (bin/, obj/, node_modules/,
/// .git/ ... are not part of the site; copied packages under wwwroot are, since pages link to their files).
/// </summary>
public static class SiteLoader
{
    /// <summary>Loads a project (a folder with a project file) or a static site (any other folder).</summary>
    public static SiteProject Load(string directory, bool isProject)
    {
        var root = Path.GetFullPath(directory);
        var webRoot = isProject ? Path.Combine(root, "wwwroot") : root;
        var templates = new List<string>();
        var code = new CodeFacts();
        var statics = new List<string>();
        var componentProjects = new List<ReferencedProject>();
        var skipped = new List<string>();
        var libraryPages = new List<(string Identifier, string Path)>();
        foreach (var file in Walk(root, skipped))
        {
            if (LinkHygieneEngine.IsTemplate(file))
            {
                templates.Add(file);
            }
            else if (isProject && file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    code.Add(CSharpSiteFacts.Read(File.ReadAllText(file), file));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    code.HasUnknownRoutes = true; // an unreadable source may declare routes
                    code.HasExternalRouteSources = true; // ... and controllers
                }
            }

            if (file.StartsWith(webRoot + Path.DirectorySeparatorChar, PathUtilities.Comparison))
            {
                statics.Add(file);
            }
        }

        if (isProject)
        {
            var (codeProjects, aspNetProjects) = (0, 0);
            string? imported = null; // the Directory.Build files every project here imports, read for the first
            List<string>? projectJson = null; // the packages of a project.json here, read for the first
            foreach (var projectFile in Directory.EnumerateFiles(root, "*.*proj"))
            {
                try
                {
                    var text = File.ReadAllText(projectFile);
                    var references = ReferencedProjects(projectFile, text);
                    // The packages it references, and those of the projects it references (Clean Architecture's
                    // Infrastructure references Identity's UI), as they reach the build's compilation.
                    foreach (var package in PackageReferences(text).Concat(references?.SelectMany(r => PackageReferences(r.Text)) ?? Enumerable.Empty<string>()))
                    {
                        code.AddPackage(package);
                    }

                    // ... or, in a project of 2016 and 2017, the project.json beside it (held-out review 98: Kentico's Dancing
                    // Goat, an MVC 5 app whose project file names no MVC assembly), read once for the folder
                    projectJson ??= ProjectJsonPackages(Path.Combine(root, "project.json"));
                    foreach (var package in projectJson)
                    {
                        code.AddPackage(package);
                    }

                    // and the assemblies an ASP.NET MVC 5 project names itself (<Reference Include="Umbraco.Core, Version=...">)
                    foreach (var assembly in AssemblyReferences(text).Concat(references?.SelectMany(r => AssemblyReferences(r.Text)) ?? Enumerable.Empty<string>()))
                    {
                        code.AddReferencedAssembly(assembly);
                    }

                    // A project it references itself whose pages, controllers or routes the app serves (an application
                    // part: IsApplicationPart), or whose XML, or a reference of which, cannot be read: what it serves is
                    // unknown. A Razor class library of components only is no application part: a Blazor router routes
                    // to its components when it names AdditionalAssemblies (the router's template or Program.cs tells),
                    // and its static web assets are under _content/, which the link check leaves undecided.
                    // (the SDK makes a part of a project referenced through another too, code review; one of those that is not
                    // there to read, such as a sibling repository's, is left out, as before)
                    // A part that serves pages and nothing else, whose files can be read, is read: its pages are the app's
                    // (held-out review 142: a library made with --support-pages-and-views had left every link to the app's
                    // own top-level pages undecided).
                    var parts = references?.Where(r => r.Direct || r.Text is not null).Select(r => (Project: r, IsPart: r.Text is null || IsApplicationPart(r.Text, r.Path))).ToList();
                    foreach (var (part, _) in parts?.Where(d => d.IsPart) ?? Enumerable.Empty<(ReferencedProject, bool)>())
                    {
                        if (part.Text is null || part.Path is null || PageFilesOfPagesOnlyLibrary(Path.GetDirectoryName(part.Path)!) is not { } pages)
                        {
                            code.HasExternalRouteSources = true;
                        }
                        else
                        {
                            libraryPages.AddRange(pages);
                        }
                    }

                    if (parts is null)
                    {
                        code.HasExternalRouteSources = true;
                    }

                    componentProjects.AddRange(parts?.Where(d => d.Project.Direct && !d.IsPart).Select(d => d.Project) ?? Enumerable.Empty<ReferencedProject>());

                    if (IsCodeProject(projectFile))
                    {
                        code.IsHostedClient |= IsHostedClient(text);
                        code.IsWebAssembly |= IsWebAssemblyApp(text);
                        code.IsLibrary |= IsLibrary(text);
                        codeProjects++;
                        aspNetProjects += IsAspNet(text) || IsAspNet(imported ??= ImportedBuildFiles(root)) || projectJson.Exists(IsAspNetPackage) ? 1 : 0;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    code.HasExternalRouteSources = true;
                    aspNetProjects++; // unknown: not said to be no ASP.NET app
                }
            }

            // No code project here builds on ASP.NET, or it is a site generator's (Statiq on the Web SDK): its Razor files
            // are rendered where the app decides.
            code.RendersRazorItself = (codeProjects > 0 && aspNetProjects == 0) || code.SiteGenerator is not null;
        }

        if (!isProject)
        {
            code.SiteGenerator = SiteGeneratorOf(root);
        }

        // The folders the walk leaves out still serve their files: a project's web root lists them all, as the build's file
        // list does (wwwroot/lib); a static site's are not listed (node_modules may hold tens of thousands), and a link
        // into one is undecidable (held-out review 85: a download page's bin/tool.zip was "matches no file")
        var unread = new List<string>();
        foreach (var folder in skipped)
        {
            if (Path.GetFileName(folder).StartsWith(".", StringComparison.Ordinal))
            {
                continue; // version control and editor state, which no build lists either
            }

            if (isProject && folder.StartsWith(webRoot + Path.DirectorySeparatorChar, PathUtilities.Comparison))
            {
                statics.AddRange(FilesOutsideDotFolders(folder));
            }
            else if (!isProject)
            {
                unread.Add("/" + folder.Substring(root.Length).Trim(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        return new SiteProject(new SiteLayout(root, webRoot, isProject), isProject, templates, code, statics) { ComponentProjects = componentProjects, UnreadFolders = unread, LibraryPageFiles = libraryPages };
    }

    /// <summary>Every file under a folder but in folders whose names start with a dot; none when it cannot be read.</summary>
    private static IEnumerable<string> FilesOutsideDotFolders(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(file => file.Substring(folder.Length).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).All(part => !part.StartsWith(".", StringComparison.Ordinal) || part == Path.GetFileName(file)))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>
    /// The folder of the project that hosts a Blazor Web App's WebAssembly client in this folder: the one ASP.NET app beside
    /// it (in its parent folder, or a folder there) that references the client's project file itself, as <c>dotnet new
    /// blazor</c> lays out <c>App/</c> and <c>App.Client/</c>. A library, another WebAssembly app or a test project that
    /// references the client serves nothing (code review). Null when none does, or more than one (which one serves it is
    /// not known). For a Razor class library (<paramref name="onlyUser"/>), that app must be the only project beside it
    /// that uses it, tests aside: a library a WebAssembly app or another library uses too may link to their pages.
    /// </summary>
    internal static string? HostOf(string folder, bool onlyUser = false)
    {
        var client = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(client);
        if (parent is null)
        {
            return null;
        }

        HashSet<string> clientProjects;
        IEnumerable<string> candidates;
        try
        {
            clientProjects = new HashSet<string>(Directory.EnumerateFiles(client, "*.csproj").Select(Path.GetFullPath), PathUtilities.Comparer);
            candidates = new[] { parent }.Concat(Directory.EnumerateDirectories(parent)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        string? host = null;
        foreach (var candidate in candidates)
        {
            if (PathUtilities.Comparer.Equals(candidate, client) || FolderRules.IsSkipped(candidate))
            {
                continue;
            }

            try
            {
                foreach (var projectFile in Directory.EnumerateFiles(candidate, "*.csproj"))
                {
                    var text = File.ReadAllText(projectFile);
                    if (IsTestProject(text) || !DirectProjectReferences(projectFile, text).Any(clientProjects.Contains))
                    {
                        continue;
                    }

                    if (!IsAspNet(text) || IsLibrary(text) || IsBlazorWebAssembly(text))
                    {
                        if (onlyUser)
                        {
                            return null;
                        }

                        continue;
                    }

                    if (host is not null && !PathUtilities.Comparer.Equals(host, candidate))
                    {
                        return null;
                    }

                    host = candidate;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // a folder beside it that cannot be read, or a project file naming an impossible path, is not its server
            }
        }

        return host;
    }

    /// <summary>A test project (the test SDK, or IsTestProject): it references what it tests, and serves nothing.</summary>
    private static bool IsTestProject(string projectText) =>
        projectText.IndexOf("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase) >= 0
        || System.Text.RegularExpressions.Regex.IsMatch(projectText, @"<IsTestProject>\s*true\s*</IsTestProject>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The full paths of the projects a project file references itself (literal <c>Include</c>s only).</summary>
    private static IEnumerable<string> DirectProjectReferences(string projectFile, string text) =>
        Includes(text, ProjectReferenceInclude).Where(include => include.IndexOf("$(", StringComparison.Ordinal) < 0).Select(include => ReferencedPath(projectFile, include));

    /// <summary>The full path of a project a <c>ProjectReference</c> of <paramref name="projectFile"/> includes (written with either slash).</summary>
    private static string ReferencedPath(string projectFile, string include) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, include.Replace('\\', Path.DirectorySeparatorChar)));

    private static readonly System.Text.RegularExpressions.Regex ProjectReferenceInclude = new(
        @"<ProjectReference\s(?:[^>]{0,1024}?\s)?Include\s*=\s*[""'](?<name>[^""']+)[""']", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The full names of the components a project's Razor files compile to, as the Razor compiler names them: its root
    /// namespace (<c>RootNamespace</c>, else the project's name), the folders under it, and the file's name
    /// (<c>Client/Pages/Counter.razor</c>: <c>Client.Pages.Counter</c>; <c>_Imports.razor</c>: <c>Client._Imports</c>).
    /// A router names an assembly by one of them (<c>typeof(Client._Imports).Assembly</c>).
    /// </summary>
    internal static IReadOnlyCollection<string> ComponentTypeNames(string projectFile, string projectText, IEnumerable<string> projectFiles)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        var declared = System.Text.RegularExpressions.Regex.Match(projectText, @"<RootNamespace>\s*(?<name>[^<\s]+)\s*</RootNamespace>", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var names = new List<string>();
        var root = Identifier(declared.Success ? declared.Groups["name"].Value : Path.GetFileNameWithoutExtension(projectFile));
        foreach (var file in projectFiles)
        {
            if (file.EndsWith(".razor", StringComparison.OrdinalIgnoreCase))
            {
                var relative = file.Substring(folder.Length + 1, file.Length - folder.Length - 1 - ".razor".Length);
                names.Add(root + "." + string.Join(".", relative.Split(Path.DirectorySeparatorChar).Select(Identifier)));
            }
        }

        return names;

        // A namespace's parts as identifiers: what is not a letter, digit or underscore becomes an underscore (My-App: My_App).
        static string Identifier(string name) => new(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '.' ? c : '_').ToArray());
    }

    /// <summary>
    /// The full names of the types named <paramref name="simpleNames"/> that a project's C# declares at the top of a
    /// namespace, read from the files named after them as C# projects keep them (<c>Program.cs</c>: <c>Client.Program</c>),
    /// by which a router may name its assembly as well (<c>AddAdditionalAssemblies(typeof(Client.Program).Assembly)</c>:
    /// held-out review 76). Only those files are read: the project may hold thousands, and every index build asks.
    /// </summary>
    internal static IReadOnlyCollection<string> CodeTypeNames(IEnumerable<string> projectFiles, ICollection<string> simpleNames)
    {
        var names = new List<string>();
        if (simpleNames.Count == 0)
        {
            return names;
        }

        foreach (var file in projectFiles)
        {
            if (!file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || !simpleNames.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var space = NamespaceDeclaration.Match(text);
            var prefix = space.Success ? space.Groups["name"].Value + "." : string.Empty;
            foreach (System.Text.RegularExpressions.Match type in TypeDeclaration.Matches(text))
            {
                names.Add(prefix + type.Groups["name"].Value);
            }
        }

        return names;
    }

    private static readonly System.Text.RegularExpressions.Regex NamespaceDeclaration = new(
        @"^\s*namespace\s+(?<name>[\p{L}_][\w.]*)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // a declaration at a line's start (or after a file-scoped namespace or a brace on its line: held-out review 101,
    // "namespace Lib; public class Marker {}"), after attributes and modifiers: [ExcludeFromCodeCoverage] public static
    // class Marker, record struct, enum
    private static readonly System.Text.RegularExpressions.Regex TypeDeclaration = new(
        @"(?:^|[;{])[ \t]*(?:\[[^\]\r\n]*\][ \t]*)*(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|unsafe)\s+)*(?:class|record(?:\s+(?:class|struct))?|struct|interface|enum)\s+(?<name>[\p{L}_]\w*)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The static-site generator whose source tree a folder is (<see cref="SiteGenerators.Of"/>), or null.</summary>
    internal static string? SiteGeneratorOf(string folder) => SiteGenerators.Of(
        name => File.Exists(Path.Combine(folder, name)),
        name => Directory.Exists(Path.Combine(folder, name)),
        () => Directory.EnumerateDirectories(folder).Any(d => string.Equals(Path.GetFileName(d), "input", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A C#, F# or Visual Basic project file (not a Docker Compose, JavaScript or shared project beside it).</summary>
    private static bool IsCodeProject(string projectFile) =>
        projectFile.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || projectFile.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase) || projectFile.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a project file is a Blazor Web App's WebAssembly client: the BlazorWebAssembly SDK with
    /// <c>&lt;StaticWebAssetProjectMode&gt;Default&lt;/StaticWebAssetProjectMode&gt;</c>, as <c>dotnet new blazor</c> writes
    /// its .Client project (the build reads the same property).
    /// </summary>
    internal static bool IsHostedClient(string projectText) =>
        IsBlazorWebAssembly(projectText)
        && System.Text.RegularExpressions.Regex.IsMatch(projectText, @"<StaticWebAssetProjectMode>\s*Default\s*</StaticWebAssetProjectMode>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a project file builds a library: its <c>OutputType</c>, else its SDK's default (Library for
    /// Microsoft.NET.Sdk and Microsoft.NET.Sdk.Razor, Exe for the Web and BlazorWebAssembly SDKs). The build reads the
    /// same property.
    /// </summary>
    internal static bool IsLibrary(string projectText)
    {
        if (projectText.IndexOf("System.Web.Mvc", StringComparison.OrdinalIgnoreCase) >= 0 || projectText.IndexOf("System.Web.WebPages", StringComparison.OrdinalIgnoreCase) >= 0
            || projectText.IndexOf("349c5851-65df-11da-9384-00065b846f21", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false; // an ASP.NET MVC 5 app on .NET Framework builds a library that IIS serves
        }

        var outputType = System.Text.RegularExpressions.Regex.Match(projectText, @"<OutputType>\s*(?<type>\w+)\s*</OutputType>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (outputType.Success)
        {
            return outputType.Groups["type"].Value.Equals("Library", StringComparison.OrdinalIgnoreCase);
        }

        return projectText.IndexOf("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) < 0
            && !IsBlazorWebAssembly(projectText)
            && projectText.IndexOf("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase) < 0;
    }

    /// <summary>
    /// Whether a project file builds on ASP.NET: the Web, Razor or BlazorWebAssembly SDK, an ASP.NET Core framework or
    /// package reference, or MVC 5. A Statiq site, a console app rendering Razor e-mails or an ASP.NET Web Pages site
    /// (System.Web.WebPages without MVC) does not serve its Razor files as ASP.NET routes. The build reads the same from
    /// the compilation's references.
    /// </summary>
    internal static bool IsAspNet(string projectText) =>
        ServesPages(projectText)
        || IsBlazorWebAssembly(projectText)
        || projectText.IndexOf("Microsoft.AspNetCore.Components", StringComparison.OrdinalIgnoreCase) >= 0
        || ReferencesMvc5(projectText);

    /// <summary>
    /// The text of the Directory.Build.props and Directory.Build.targets files MSBuild imports into a project in this
    /// folder (the nearest of each, in it or above it), which may hold its SDK's references; empty when there are none
    /// or they cannot be read.
    /// </summary>
    private static string ImportedBuildFiles(string folder)
    {
        var text = new System.Text.StringBuilder();
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, name);
                if (File.Exists(path))
                {
                    try
                    {
                        var imported = File.ReadAllText(path);
                        text.Append(imported);
                        if (imported.IndexOf("<Import", StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            // It imports others (the one above it, through GetPathOfFileAbove): what they add is not read.
                            text.Append("Microsoft.AspNetCore.App");
                        }
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        text.Append("Microsoft.AspNetCore.App"); // unreadable: not said to be no ASP.NET app
                    }

                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether a project runs in the browser as a Blazor WebAssembly app: the BlazorWebAssembly SDK, or (Blazor 3.2's
    /// form, on the Web SDK and netstandard2.1) the WebAssembly package without ASP.NET Core's framework or MVC, as the
    /// build reads it from the compilation's references.
    /// </summary>
    internal static bool IsWebAssemblyApp(string projectText) =>
        IsBlazorWebAssembly(projectText)
        || (PackageReferences(projectText).Any(p => p.Equals("Microsoft.AspNetCore.Components.WebAssembly", StringComparison.OrdinalIgnoreCase) || p.Equals("Microsoft.AspNetCore.Components.WebAssembly.Authentication", StringComparison.OrdinalIgnoreCase))
            && projectText.IndexOf("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase) < 0
            && projectText.IndexOf("Microsoft.AspNetCore.Mvc", StringComparison.OrdinalIgnoreCase) < 0
            // the Web SDK on .NET Core 3 and later brings ASP.NET Core's framework, MVC included, without naming it
            && (projectText.IndexOf("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) < 0 || projectText.IndexOf("netstandard", StringComparison.OrdinalIgnoreCase) >= 0));

    /// <summary>Whether a project file is a Blazor WebAssembly app (<c>Microsoft.NET.Sdk.BlazorWebAssembly</c>): it runs in the browser, with no server of its own.</summary>
    private static bool IsBlazorWebAssembly(string projectText) =>
        projectText.IndexOf("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether an app serves the pages, controllers and routes of a project it references by itself: ASP.NET Core's SDK
    /// makes an application part (<c>[assembly: ApplicationPart]</c>, which the build reads from the compilation) of
    /// every referenced project whose assembly references MVC's: a web project, an MVC package, or a Razor class library
    /// with <c>AddRazorSupportForMvc</c>, in its project file or the Directory.Build files it imports. A library serves
    /// paths by what it declares (<see cref="MayServePaths"/>): a library of services that references an MVC package
    /// (held-out review 92: an Infrastructure project with Microsoft.AspNetCore.Mvc.Versioning) or of components on the
    /// framework (review 89) serves none. A Razor class library of components only is no application part.
    /// </summary>
    private static bool IsApplicationPart(string projectText, string? projectPath)
    {
        var folder = projectPath is null ? null : Path.GetDirectoryName(projectPath)!;
        // (any project, not only a Razor class library, may get ASP.NET Core from the Directory.Build files it imports:
        // second code review, a plain library's controllers)
        if (ReferencesMvc(projectText)
            || (folder is null ? projectText.IndexOf("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase) >= 0 : ReferencesMvc(ImportedBuildFiles(folder))))
        {
            return folder is null || projectText.IndexOf("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) >= 0 || MayServePaths(folder);
        }

        if (ReferencesMvc5(projectText))
        {
            // ASP.NET MVC 5 finds controllers in every assembly the app loads (code review: a library's AccountController
            // was "a controller that does not exist"); a library of MVC 5 helpers without one serves nothing
            return folder is null || AnyFile(folder, CSharp, (file, text) => DeclaresController(file, text));
        }

        return false;
    }

    /// <summary>Whether a project file references ASP.NET MVC 5 (<c>System.Web.Mvc</c>, the <c>Microsoft.AspNet.Mvc</c> package).</summary>
    private static bool ReferencesMvc5(string projectText) =>
        projectText.IndexOf("System.Web.Mvc", StringComparison.OrdinalIgnoreCase) >= 0
        || projectText.IndexOf("Microsoft.AspNet.Mvc", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether a C# file declares a controller, as the project's own C# is read (a public class that is not abstract or
    /// open generic, named <c>...Controller</c>: not a library's abstract <c>BaseController</c> or its
    /// <c>CrudController&lt;TEntity&gt;</c>, nor a comment naming one: second code review, and this stop's).
    /// </summary>
    private static bool DeclaresController(string file, string text) => CSharpSiteFacts.Read(text, file).Controllers.Any(c => !c.IsOpenGeneric);

    /// <summary>
    /// Whether a library on ASP.NET Core may serve paths: its C# declares a controller, or a class deriving from MVC's
    /// <c>Controller</c> or <c>ControllerBase</c> (a base whose subclasses need no "Controller" in their names: code
    /// review), or names the builders that endpoints and middleware are added to (<c>IEndpointRouteBuilder</c>,
    /// <c>IApplicationBuilder</c>, <c>WebApplication</c>, <c>RouteGroupBuilder</c>: an extension that calls <c>MapGet</c>
    /// or <c>MapHub</c>), or a Razor file of it is a page
    /// (<c>@page</c>). True when a file cannot be read.
    /// </summary>
    private static bool MayServePaths(string folder) => AnyFile(
        folder,
        CSharpAndRazorPages,
        (file, text) => file.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? PageDirective.IsMatch(text) : ServesPaths.IsMatch(text) || DeclaresController(file, text));

    /// <summary>
    /// The Razor views of a referenced library that serves pages and nothing else, each as the Razor compiler identifies it
    /// (its path from the library's folder) and its path: which are pages, and where the app's Razor Pages root puts them,
    /// their facts and the app's index tell. Null when it may serve more: its C# declares a controller, an action's route
    /// attribute or names the builders endpoints are added to, or configures the app's services or Razor Pages' conventions
    /// (<c>RazorPagesOptions</c>, <c>AddPageRoute</c>, an extension of <c>IServiceCollection</c> or <c>IMvcBuilder</c>: code
    /// review), or a folder of it cannot be read.
    /// </summary>
    private static List<(string Identifier, string Path)>? PageFilesOfPagesOnlyLibrary(string folder)
    {
        if (AnyFile(folder, CSharp, (file, text) => ServesPaths.IsMatch(text) || ConfiguresTheApp.IsMatch(text) || DeclaresController(file, text)))
        {
            return null;
        }

        var pages = new List<(string Identifier, string Path)>();
        var unreadable = new List<string>();
        foreach (var file in Walk(folder, unreadable: unreadable))
        {
            if (file.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            {
                pages.Add(("/" + file.Substring(folder.Length).Replace(Path.DirectorySeparatorChar, '/').TrimStart('/'), file));
            }
        }

        return unreadable.Count == 0 ? pages : null;
    }

    private static readonly System.Text.RegularExpressions.Regex ConfiguresTheApp = new(
        @"\b(?:RazorPagesOptions|Add(?:Area)?PageRoute|I\w*Convention)\b|\bthis\s+(?:IServiceCollection|IMvcBuilder|IMvcCoreBuilder)\b|\[\s*(?:Http(?:Get|Post|Put|Delete|Patch|Head|Options)|Route)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] CSharp = { ".cs" };
    private static readonly string[] CSharpAndRazorPages = { ".cs", ".cshtml" };

    private static readonly System.Text.RegularExpressions.Regex PageDirective = new(@"^[ \t]*@page\b", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a file of the given extensions in a referenced project's folder passes a test (given its path and text); true when a file cannot be read, as what it holds is not known.</summary>
    private static bool AnyFile(string folder, string[] extensions, Func<string, string, bool> test)
    {
        try
        {
            return Walk(folder).Any(file => Array.Exists(extensions, e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && test(file, File.ReadAllText(file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ServesPaths = new(
        @"\b(?:IEndpointRouteBuilder|IApplicationBuilder|WebApplication|RouteGroupBuilder)\b|:\s*(?:Microsoft\.AspNetCore\.Mvc\.)?Controller(?:Base)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool ReferencesMvc(string projectText) =>
        projectText.IndexOf("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) >= 0
        || projectText.IndexOf("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase) >= 0
        || projectText.IndexOf("Microsoft.AspNetCore.Mvc", StringComparison.OrdinalIgnoreCase) >= 0
        || AddRazorSupportForMvc.IsMatch(projectText);

    private static readonly System.Text.RegularExpressions.Regex AddRazorSupportForMvc = new(@"<AddRazorSupportForMvc>\s*true\s*<", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a project may serve pages, components or routes: a Razor class library or a web project (<c>Microsoft.NET.Sdk.Razor</c>, <c>.Web</c>, the ASP.NET Core framework or MVC); a plain class library serves nothing.</summary>
    private static bool ServesPages(string projectText) =>
        projectText.IndexOf("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase) >= 0 || ReferencesMvc(projectText);

    /// <summary>A project another references: its path and text (null when its path is computed, <c>$(...)</c>, or it cannot be read), and whether the first project names it itself.</summary>
    internal sealed record ReferencedProject(string? Path, string? Text, bool Direct);

    /// <summary>
    /// The packages a <c>project.json</c> lists (the keys of its <c>dependencies</c>, NuGet's format of 2016 and 2017 for
    /// projects whose project file lists none); empty when there is none or it cannot be read.
    /// </summary>
    internal static List<string> ProjectJsonPackages(string path)
    {
        var packages = new List<string>();
        try
        {
            if (!File.Exists(path))
            {
                return packages;
            }

            // (every dependencies object: the project's and each framework's; a // comment's line, which project.json
            // allows, taken out first: third code review)
            var text = LineComment.Replace(File.ReadAllText(path), "$1");
            for (var open = DependenciesObject.Match(text); open.Success; open = open.NextMatch())
            {
                ReadKeys(text, open.Index + open.Length - 1, packages);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return packages;
    }

    // A line comment outside strings: "//" after anything but a quote's run (a URL in a string keeps its "//")
    private static readonly System.Text.RegularExpressions.Regex LineComment = new(@"^((?:[^""/\n]|""(?:[^""\\\n]|\\.)*""|/(?!/))*)//[^\n]*", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Adds the keys of the JSON object whose '{' is at <paramref name="open"/> (its own keys, not nested objects').</summary>
    private static void ReadKeys(string text, int open, List<string> packages)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return;
            }
            else if (text[i] == '"')
            {
                // a key of the object itself is a package; any other string is skipped whole (escapes too)
                var key = JsonKey.Match(text, i);
                if (depth == 1 && key.Success)
                {
                    packages.Add(key.Groups["name"].Value);
                    i = key.Index + key.Length - 1;
                }
                else
                {
                    var close = i + 1;
                    while (close < text.Length && text[close] != '"')
                    {
                        close += text[close] == '\\' ? 2 : 1;
                    }

                    i = close;
                }
            }
        }
    }

    /// <summary>A package only an ASP.NET app references: MVC 5's, or ASP.NET Core 1's (a project.json of 2016: third code review).</summary>
    private static bool IsAspNetPackage(string package) =>
        ReferencesMvc5(package) || package.StartsWith("Microsoft.AspNetCore.", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex DependenciesObject = new(@"""dependencies""\s*:\s*\{", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex JsonKey = new(@"\G""(?<name>[^""\\]+)""\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The packages a project file references (<c>&lt;PackageReference Include="..."&gt;</c>).</summary>
    internal static IEnumerable<string> PackageReferences(string? projectText) => Includes(projectText, PackageReference);

    /// <summary>The assemblies a project file references by name (<c>&lt;Reference Include="Umbraco.Core, Version=..."&gt;</c>), as the build's compilation would.</summary>
    internal static IEnumerable<string> AssemblyReferences(string? projectText) => Includes(projectText, AssemblyReference);

    /// <summary>What the items an expression finds in a project file include (its <c>name</c> group), trimmed; not those in an XML comment.</summary>
    private static IEnumerable<string> Includes(string? projectText, System.Text.RegularExpressions.Regex item) =>
        projectText is null ? Enumerable.Empty<string>()
        : item.Matches(XmlComment.Replace(projectText, " ")).Cast<System.Text.RegularExpressions.Match>().Select(m => m.Groups["name"].Value.Trim());

    private static readonly System.Text.RegularExpressions.Regex XmlComment = new(@"<!--.*?(?:-->|$)", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex AssemblyReference = new(
        @"<Reference\s(?:[^>]{0,1024}?\s)?Include\s*=\s*[""'](?<name>[^""',]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex PackageReference = new(
        @"<PackageReference\s(?:[^>]{0,1024}?\s)?Include\s*=\s*[""'](?<name>[^""']+)[""']", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The projects a project references, directly or through others, each read once: every one it names itself, then
    /// those they name (at most 64 projects in all; one whose XML does not parse names none). Null when the project's own
    /// XML does not parse, so what it references is unknown.
    /// </summary>
    internal static List<ReferencedProject>? ReferencedProjects(string projectFile, string text)
    {
        var found = new List<ReferencedProject>();
        var seen = new HashSet<string>(PathUtilities.Comparer) { Path.GetFullPath(projectFile) };
        var pending = new Queue<(string File, string Text)>();
        pending.Enqueue((projectFile, text));
        var direct = true;
        while (pending.Count > 0 && seen.Count <= 64)
        {
            var (file, content) = pending.Dequeue();
            if (content.IndexOf("ProjectReference", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                System.Xml.Linq.XDocument project;
                try
                {
                    project = System.Xml.Linq.XDocument.Parse(content);
                }
                catch (System.Xml.XmlException)
                {
                    if (direct)
                    {
                        return null;
                    }

                    continue;
                }

                foreach (var reference in project.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
                {
                    var include = reference.Attribute("Include")?.Value;
                    if (string.IsNullOrWhiteSpace(include) || include!.IndexOf("$(", StringComparison.Ordinal) >= 0)
                    {
                        found.Add(new ReferencedProject(null, null, direct));
                        continue;
                    }

                    string path;
                    string? referenced;
                    try
                    {
                        path = ReferencedPath(file, include);
                        if (!seen.Add(path))
                        {
                            continue;
                        }

                        referenced = File.ReadAllText(path);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                    {
                        found.Add(new ReferencedProject(null, null, direct));
                        continue;
                    }

                    found.Add(new ReferencedProject(path, referenced, direct));
                    pending.Enqueue((path, referenced));
                }
            }

            direct = false;
        }

        return found;
    }

    /// <summary>
    /// The files of a project's folder, as <see cref="ComponentTypeNames"/> and <see cref="CodeTypeNames"/> read them: one
    /// walk for both (generated and dependency folders skipped).
    /// </summary>
    internal static IReadOnlyList<string> ProjectFiles(string projectFile) => Walk(Path.GetDirectoryName(Path.GetFullPath(projectFile))!).ToList();

    private static IEnumerable<string> Walk(string root, List<string>? skipped = null, List<string>? unreadable = null)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable?.Add(folder);
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in folders)
            {
                if (!FolderRules.IsSkipped(child))
                {
                    pending.Push(child);
                }
                else
                {
                    skipped?.Add(child);
                }
            }
        }
    }
}
