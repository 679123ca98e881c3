using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LinkHygiene.Documents;
using LinkHygiene.Engine;
using LinkHygiene.Options;
using LinkHygiene.Site;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Workspace.Site;

/// <summary>The internal-link findings of checked templates, and what was decided about every internal link.</summary>
/// <param name="Findings">Findings per template path (only templates with findings).</param>
/// <param name="Stats">Links resolved, broken and undecidable (by reason).</param>
/// <param name="Indexes">The index of each project, by project folder (the language server keeps them).</param>
public sealed record SiteCheckResult(IReadOnlyDictionary<string, IReadOnlyList<ReportedFinding>> Findings, InternalLinkStats Stats, IReadOnlyDictionary<string, SiteIndex> Indexes);

/// <summary>
/// The second step of the disk-reading front ends: once their templates are checked, each template's project is
/// loaded (every template's facts, the C# facts, the static files), its <see cref="SiteIndex"/> built once, and every
/// checked template's internal links resolved against it (LH030, LH031 across documents). Templates of the project that
/// were not asked for are analysed for their facts only.
/// </summary>
public static class SiteChecks
{
    /// <summary>Runs the site checks over checked templates.</summary>
    /// <param name="files">The checked templates (with their facts).</param>
    /// <param name="configuration">Their configuration.</param>
    /// <param name="roots">The folders being scanned: a template outside any project belongs to the static site its root makes.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="staticSite">Whether the roots are static sites whatever project files they hold (the MSBuild task checks a static-site project: its folder is what is served).</param>
    public static SiteCheckResult Run(IReadOnlyList<CheckedFile> files, TemplateConfiguration configuration, IReadOnlyList<string> roots, CancellationToken cancellationToken = default, bool staticSite = false)
    {
        if (files is null || configuration is null || roots is null)
        {
            throw new ArgumentNullException(files is null ? nameof(files) : configuration is null ? nameof(configuration) : nameof(roots));
        }

        var findings = new ConcurrentDictionary<string, IReadOnlyList<ReportedFinding>>(PathUtilities.Comparer);
        var stats = new InternalLinkStats();
        var indexes = new ConcurrentDictionary<string, SiteIndex>(PathUtilities.Comparer);
        var locator = new SiteLocator();
        var rootSet = RootSet(roots);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Which site each template belongs to (a listing of each folder above it, once per folder), then each site on
        // its own: the sites are independent, and most are small, so they are checked side by side.
        var checkable = files.Where(f => f.Facts is not null).ToList();
        var sites = new (string? Folder, bool IsProject)[checkable.Count];
        Parallel.For(0, checkable.Count, parallel, i => sites[i] = staticSite ? StaticSiteOf(checkable[i].Path, rootSet) : locator.SiteOf(checkable[i].Path, rootSet));
        var groups = new Dictionary<(string? Folder, bool IsProject), List<CheckedFile>>(PathUtilities.Comparer.ToEqualityComparer());
        for (var i = 0; i < checkable.Count; i++)
        {
            if (sites[i].Folder is null)
            {
                continue;
            }

            if (!groups.TryGetValue(sites[i], out var members))
            {
                groups[sites[i]] = members = new List<CheckedFile>();
            }

            members.Add(checkable[i]);
        }

        Parallel.ForEach(groups, parallel, group =>
        {
            var index = BuildIndex(group.Key.Folder!, group.Key.IsProject, group.Value, cancellationToken);
            indexes[group.Key.Folder!] = index;
            Parallel.ForEach(group.Value, parallel, file =>
            {
                var found = LinkHygieneEngine.CheckInternalLinks(file.Facts!, file.TextLength, index, configuration.OptionsFor(file.Path), out var fileStats);
                lock (stats)
                {
                    stats.Add(fileStats);
                }

                if (found.Count > 0)
                {
                    findings[file.Path] = TemplateChecker.Describe(TemplateFile.ReadText(file.Path), found);
                }
            });
        });

        return new SiteCheckResult(findings, stats, indexes);
    }

    /// <summary>Builds one project's index: its templates' facts (from the checked files, else by analysing them), its C#, its files.</summary>
    public static SiteIndex BuildIndex(string folder, bool isProject, IReadOnlyList<CheckedFile> known, CancellationToken cancellationToken = default) =>
        BuildIndex(folder, isProject, known, cancellationToken, readRoutedProjects: true, findHost: true, cache: null);

    /// <summary>Builds a site's index, taking the facts of templates unchanged since <paramref name="cache"/> read them from it.</summary>
    public static SiteIndex BuildIndex(string folder, bool isProject, TemplateFactsCache cache, CancellationToken cancellationToken = default) =>
        BuildIndex(folder, isProject, Array.Empty<CheckedFile>(), cancellationToken, readRoutedProjects: true, findHost: true, cache);

    /// <param name="readRoutedProjects">Whether to read the projects its Blazor router names (not for those projects' own indexes).</param>
    /// <param name="findHost">Whether to find the server that hosts a WebAssembly client (not for that server's index).</param>
    /// <param name="cache">Facts kept from earlier indexes (the language server's), or null.</param>
    private static SiteIndex BuildIndex(string folder, bool isProject, IReadOnlyList<CheckedFile> known, CancellationToken cancellationToken, bool readRoutedProjects, bool findHost, TemplateFactsCache? cache)
    {
        var project = SiteLoader.Load(folder, isProject);
        cache?.KeepOnly(folder, new HashSet<string>(project.Templates, PathUtilities.Comparer)); // (pages gone or renamed)
        var facts = new ConcurrentDictionary<string, TemplateFacts>(PathUtilities.Comparer);
        foreach (var file in known ?? Array.Empty<CheckedFile>())
        {
            if (file.Facts is not null)
            {
                facts[Path.GetFullPath(file.Path)] = file.Facts;
            }
        }

        // A static site's HTML pages are analysed when a link into one needs it (SiteIndex: its ids, its base); the rest
        // (a project's templates, which make its routes) all at once.
        var onDemand = isProject ? new List<string>() : project.Templates.Where(t => !facts.ContainsKey(t) && TemplateKinds.FromPath(t) == TemplateKind.Html).ToList();
        var now = project.Templates.Where(t => !facts.ContainsKey(t)).Except(onDemand, PathUtilities.Comparer);
        Parallel.ForEach(now, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, template =>
        {
            if (FactsOf(template, cache, cancellationToken) is { } found)
            {
                facts[template] = found;
            }
        });

        if (readRoutedProjects)
        {
            ReadRoutedProjects(project, facts.Values, cache, cancellationToken);
        }

        // The pages of the libraries it references that serve pages and nothing else: each Razor file of theirs that is a
        // page, and one that cannot be read, which may be one (its route not known)
        foreach (var (identifier, path) in project.LibraryPageFiles.GroupBy(p => p.Identifier, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
        {
            var page = FactsOf(path, cache, cancellationToken);
            if (page is null || page.PageDirectives.Count > 0)
            {
                project.Code.LibraryPages.Add(new LibraryPage(identifier, page is null || page.HasUnknownRoute ? null : page.PageDirectives[0]));
            }
        }

        var index = SiteIndex.Build(project.Layout, facts.Values, project.Code, project.StaticFiles, onDemand, page => FactsOf(page, cache, CancellationToken.None));
        index.UnreadFolders = project.UnreadFolders;
        if (findHost && (project.Code.IsHostedClient || project.Code.IsWebAssembly || project.Code.IsLibrary)
            && SiteLoader.HostOf(project.Layout.ProjectDirectory, onlyUser: project.Code.IsLibrary && !project.Code.IsHostedClient) is { } server)
        {
            // The server's own index, with this client's routes as its router reads them (the --all-interactive template:
            // the client's NavMenu links to its own pages and to the server's Account pages; the "ASP.NET Core hosted"
            // template's client to the server's Razor Pages; a Razor class library's menu, which the one app that uses it
            // renders: held-out review 66).
            index.HostingServer = BuildIndex(server, isProject: true, Array.Empty<CheckedFile>(), cancellationToken, readRoutedProjects: true, findHost: false, cache);
        }

        return index;
    }

    /// <summary>A template's facts, from reading it on its own (without its rules); null when it cannot be read (it is reported as LH901 where it is checked).</summary>
    private static TemplateFacts? FactsOf(string template, TemplateFactsCache? cache, CancellationToken cancellationToken)
    {
        try
        {
            var text = TemplateFile.ReadText(template);
            return cache is null ? Read(text) : cache.FactsOf(template, text, Read);
            TemplateFacts? Read(string read) => LinkHygieneEngine.ReadFacts(template, read, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the routable components of each project this one references whose assembly its Blazor router names
    /// (<c>typeof(Client._Imports).Assembly</c>), as the build reads them from the referenced assembly: the referenced
    /// project's own index, built as its own check would build it. Only when a router names one; a referenced project's
    /// router does not reach further.
    /// </summary>
    private static void ReadRoutedProjects(SiteProject project, ICollection<TemplateFacts> templates, TemplateFactsCache? cache, CancellationToken cancellationToken)
    {
        var named = ComponentAssembly.NamedBy(templates, project.Code).ToList();
        if (named.Count == 0)
        {
            return;
        }

        foreach (var referenced in project.ComponentProjects)
        {
            var files = SiteLoader.ProjectFiles(referenced.Path!);
            var types = SiteLoader.ComponentTypeNames(referenced.Path!, referenced.Text!, files);
            if (!named.Any(name => ComponentAssembly.AnyIs(types, name)))
            {
                // named by a class of its C# (typeof(Client.Program).Assembly), read only then, and only by a qualified
                // name: typeof(Program) is the server's own Program, whatever the client declares
                var qualified = named.Select(ComponentAssembly.WithoutGlobal).Where(name => name.IndexOf('.') > 0).ToList();
                var simple = new HashSet<string>(qualified.Select(name => name.Substring(name.LastIndexOf('.') + 1)), StringComparer.Ordinal);
                var code = SiteLoader.CodeTypeNames(files, simple);
                types = types.Concat(code.Where(type => qualified.Any(name => ComponentAssembly.AnyIs(new[] { type }, name)))).ToList();
            }

            if (named.Any(name => ComponentAssembly.AnyIs(types, name)))
            {
                var index = BuildIndex(Path.GetDirectoryName(referenced.Path)!, isProject: true, Array.Empty<CheckedFile>(), cancellationToken, readRoutedProjects: false, findHost: false, cache);
                project.Code.ComponentAssemblies.Add(index.AsComponentAssembly(types));
            }
        }
    }

    /// <summary>The scanned folder that holds a template (the widest, as a static site is served from its root).</summary>
    internal static (string? Folder, bool IsProject) StaticSiteOf(string path, ISet<string> roots)
    {
        // The topmost scanned folder above the file: one set lookup per ancestor, however many roots there are (a
        // file list gives one root per file's folder).
        string? top = null;
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (roots.Contains(Normalize(folder!)))
            {
                top = folder;
            }
        }

        return (top, false);
    }

    /// <summary>The scanned folders, as <see cref="StaticSiteOf"/> looks them up.</summary>
    internal static ISet<string> RootSet(IEnumerable<string> roots) => new HashSet<string>(roots.Select(r => Normalize(Path.GetFullPath(r))), PathUtilities.Comparer);

    private static string Normalize(string folder) =>
        folder.Length > 1 ? folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : folder;

    private static IEqualityComparer<(string? Folder, bool IsProject)> ToEqualityComparer(this StringComparer comparer) => new KeyComparer(comparer);

    private sealed class KeyComparer : IEqualityComparer<(string? Folder, bool IsProject)>
    {
        private readonly StringComparer _comparer;

        public KeyComparer(StringComparer comparer) => _comparer = comparer;

        public bool Equals((string? Folder, bool IsProject) x, (string? Folder, bool IsProject) y) =>
            x.IsProject == y.IsProject && (x.Folder is null ? y.Folder is null : y.Folder is not null && _comparer.Equals(x.Folder, y.Folder));

        public int GetHashCode((string? Folder, bool IsProject) key) => key.Folder is null ? 0 : _comparer.GetHashCode(key.Folder);
    }
}
