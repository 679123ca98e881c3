using System;
using System.Collections.Generic;
using System.IO;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Files;
using LinkHygiene.Workspace.Site;
using MAB.DotIgnore;

namespace LinkHygiene.Cli;

/// <summary>
/// What Git ignores in the repositories the command line walks (held-out review 160: a coverage report and a DocFX
/// site that <c>.gitignore</c> left out of the repository were 233 of a new user's 236 findings, none of which a CI run on
/// a fresh clone sees). As git reads them: the <c>.gitignore</c> of each folder from the repository's top down to the
/// path, each pattern relative to its own folder, after <c>.git/info/exclude</c>; the last pattern that matches decides,
/// so a deeper file's <c>!pattern</c> takes back what a shallower one ignored. Outside a repository nothing is ignored.
/// Not read: the user's global <c>core.excludesFile</c>, and whether an ignored file is tracked all the same.
/// </summary>
internal sealed class GitIgnoredPaths : IIgnoredPaths
{
    private static readonly MatchFlags Flags = PathUtilities.Comparison == StringComparison.Ordinal ? MatchFlags.PATHNAME : MatchFlags.PATHNAME | MatchFlags.CASEFOLD;

    // Each ignore file's patterns (none when it is missing), each folder's repository top (null: none), and each top's
    // info/exclude file.
    private readonly Dictionary<string, IReadOnlyList<Pattern>> _patterns = new(PathUtilities.Comparer);
    private readonly Dictionary<string, string?> _tops = new(PathUtilities.Comparer);
    private readonly Dictionary<string, string> _excludeFiles = new(PathUtilities.Comparer);

    /// <inheritdoc />
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        var parent = Path.GetDirectoryName(fullPath);
        if (string.IsNullOrEmpty(parent) || TopOf(parent!) is not { } top || PathUtilities.Comparer.Equals(fullPath, top))
        {
            return false;
        }

        // The folders whose patterns apply, the top first: their paths relative to it grow one name at a time.
        var chain = new List<string>();
        for (var folder = parent; folder is not null && folder.Length >= top.Length; folder = Path.GetDirectoryName(folder))
        {
            chain.Add(folder);
        }

        if (!_excludeFiles.TryGetValue(top, out var excludeFile))
        {
            _excludeFiles[top] = excludeFile = ExcludeFileOf(top);
        }

        var name = Path.GetFileName(fullPath);
        var ignored = false;
        Apply(Patterns(excludeFile), top);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            Apply(Patterns(Path.Combine(chain[i], ".gitignore")), chain[i]);
        }

        return ignored;

        void Apply(IReadOnlyList<Pattern> patterns, string folder)
        {
            string? relative = null;
            foreach (var pattern in patterns)
            {
                // A pattern without '/' is matched against the name alone, as git matches it: the folders above were
                // asked about on the way down, and the walk went on only into those not ignored. (The library tries each
                // name of the path, the folders' again.)
                var target = pattern.ByName ? name : relative ??= TemplateFinder.RelativePath(folder, fullPath);
                if (pattern.MayMatch(target) && pattern.Rule.IsMatch(target, isDirectory))
                {
                    ignored = (pattern.Rule.PatternFlags & PatternFlags.NEGATION) == 0;
                }
            }
        }
    }

    /// <summary>
    /// The repository's <c>info/exclude</c>: in its <c>.git</c> folder, or, where <c>.git</c> is a file (a worktree's or a
    /// submodule's <c>gitdir:</c> line), in the git folder it names, or in that folder's <c>commondir</c> (a worktree's).
    /// </summary>
    private static string ExcludeFileOf(string top)
    {
        var git = Path.Combine(top, ".git");
        try
        {
            if (File.Exists(git) && File.ReadAllText(git).Trim() is var line && line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                git = Path.GetFullPath(Path.Combine(top, line.Substring("gitdir:".Length).Trim()));
                var common = Path.Combine(git, "commondir");
                if (File.Exists(common))
                {
                    git = Path.GetFullPath(Path.Combine(git, File.ReadAllText(common).Trim()));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // as in git, what cannot be read ignores nothing
        }

        return Path.Combine(git, "info", "exclude");
    }

    private string? TopOf(string folder)
    {
        if (!_tops.TryGetValue(folder, out var top))
        {
            _tops[folder] = top = SiteLocator.RepositoryTopOf(folder);
        }

        return top;
    }

    /// <summary>The patterns of one ignore file, read once (none when it is missing or cannot be read).</summary>
    private IReadOnlyList<Pattern> Patterns(string file)
    {
        if (_patterns.TryGetValue(file, out var patterns))
        {
            return patterns;
        }

        var read = new List<Pattern>();
        try
        {
            if (File.Exists(file))
            {
                foreach (var line in File.ReadLines(file))
                {
                    // (git drops trailing spaces, not tabs, unless escaped, and reads '#' as a comment only at a line's start)
                    var text = line.EndsWith("\\ ", StringComparison.Ordinal) ? line : line.TrimEnd(' ', '\r');
                    if (text.Length > 0 && text[0] != '#' && text != "!" && text != "/")
                    {
                        read.Add(new Pattern(new IgnoreRule(text, Flags)));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // an ignore file that cannot be read ignores nothing, as in git
        }

        _patterns[file] = read;
        return read;
    }

    /// <summary>
    /// One pattern, and what a name or path must end with for it to match: its text after its last wildcard or '/' (a walk asks
    /// about every template and folder, and most of a .NET .gitignore's 400 patterns are <c>*.ext</c> or a name, which
    /// that rules out without the library's matcher).
    /// </summary>
    private sealed class Pattern
    {
        // (and '/': **/gen matches gen itself, beside its .gitignore, whose relative path has no '/gen'; code review 121)
        private static readonly char[] Wildcards = { '*', '?', '[', ']', '/' };

        private readonly string _tail;

        public Pattern(IgnoreRule rule)
        {
            Rule = rule;
            ByName = rule.Pattern.IndexOf('/') < 0 && (rule.PatternFlags & PatternFlags.ABSOLUTE_PATH) == 0;
            // (none for a pattern with escapes: what it ends with as written is not what it matches)
            _tail = rule.Pattern.IndexOf('\\') >= 0 ? string.Empty : rule.Pattern.Substring(rule.Pattern.LastIndexOfAny(Wildcards) + 1);
        }

        public IgnoreRule Rule { get; }

        /// <summary>Whether the pattern is matched against a name alone (it has no '/' and is not anchored).</summary>
        public bool ByName { get; }

        public bool MayMatch(string target) => target.EndsWith(_tail, (Flags & MatchFlags.CASEFOLD) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
