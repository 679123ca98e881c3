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

    // Each folder's own patterns (empty when it has no .gitignore), and each folder's repository top (null: none).
    private readonly Dictionary<string, IReadOnlyList<IgnoreRule>> _rules = new(PathUtilities.Comparer);
    private readonly Dictionary<string, string?> _tops = new(PathUtilities.Comparer);

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

        var ignored = false;
        Apply(Rules(Path.Combine(top, ".git", "info", "exclude"), top), top);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            Apply(Rules(Path.Combine(chain[i], ".gitignore"), chain[i]), chain[i]);
        }

        return ignored;

        void Apply(IReadOnlyList<IgnoreRule> rules, string folder)
        {
            if (rules.Count == 0)
            {
                return;
            }

            var relative = TemplateFinder.RelativePath(folder, fullPath);
            foreach (var rule in rules)
            {
                if (rule.IsMatch(relative, isDirectory))
                {
                    ignored = (rule.PatternFlags & PatternFlags.NEGATION) == 0;
                }
            }
        }
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
    private IReadOnlyList<IgnoreRule> Rules(string file, string folder)
    {
        if (_rules.TryGetValue(file, out var rules))
        {
            return rules;
        }

        var read = new List<IgnoreRule>();
        try
        {
            if (File.Exists(file))
            {
                foreach (var line in File.ReadLines(file))
                {
                    // (git drops trailing blanks unless escaped, and reads '#' as a comment only at a line's start)
                    var pattern = line.EndsWith("\\ ", StringComparison.Ordinal) ? line : line.TrimEnd(' ', '\t', '\r');
                    if (pattern.Length > 0 && pattern[0] != '#' && pattern != "!" && pattern != "/")
                    {
                        read.Add(new IgnoreRule(pattern, Flags));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // an ignore file that cannot be read ignores nothing, as in git
        }

        _rules[file] = read;
        return read;
    }
}
