using System;
using System.IO;
using System.Linq;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Docs;

/// <summary>The README's two commands at the top: the test command is the one CI runs, word for word.</summary>
public class ReadmeCommandTests
{
    [Fact]
    public void TheReadmesTestCommandIsTheOneCiRuns()
    {
        var readme = File.ReadAllLines(RepositoryFiles.PathOf("README.md"));
        var comment = Array.FindIndex(readme, l => l.StartsWith("# Run all tests", StringComparison.Ordinal));
        Assert.True(comment > 0, "README.md has no '# Run all tests' line in its first code block");
        var command = readme[comment + 1].Trim();
        Assert.StartsWith("dotnet test LinkHygiene.sln", command, StringComparison.Ordinal);

        var commands = File.ReadAllLines(RepositoryFiles.PathOf(".ci", "run"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.Contains(command, commands);
        Assert.Single(commands, c => c.StartsWith("dotnet test", StringComparison.Ordinal));
    }
}
