using System;
using System.IO;
using System.Reflection;

namespace LinkHygiene.IntegrationTests.Infrastructure;

/// <summary>Where the repository was when the tests were built.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute : Attribute
{
    public RepositoryRootAttribute(string path) => Path = path;

    public string Path { get; }
}

public static class Repository
{
    public static string Root { get; } = System.IO.Path.GetFullPath(
        typeof(Repository).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path);

    public static string PathOf(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    /// <summary>Copies a directory tree (skipping bin/ and obj/).</summary>
    public static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = System.IO.Path.GetFileName(directory);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyTree(directory, System.IO.Path.Combine(target, name));
        }
    }
}

/// <summary>A temporary directory, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}".Substring(0, prefix.Length + 13));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a compiler server may still hold a file for a moment
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
