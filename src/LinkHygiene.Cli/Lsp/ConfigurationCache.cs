using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LinkHygiene.Workspace.Configuration;

namespace LinkHygiene.Cli.Lsp;

/// <summary>
/// The .editorconfig/.globalconfig configuration for each folder of open documents, read with the same code as the
/// build and the command line (<see cref="TemplateConfiguration"/>), and read again when any of its files changes,
/// appears or disappears: every analysis compares the files' stamps (a few stat calls up the folder tree), so an
/// edit to .editorconfig applies on the next keystroke even when the client does not report file changes.
/// </summary>
internal sealed class ConfigurationCache
{
    private static readonly TemplateConfiguration Empty = TemplateConfiguration.Load(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
    private readonly Dictionary<string, (string Stamp, TemplateConfiguration Configuration, string? Problem)> _byFolder = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The configuration that applies to a file, and why it could not be read when it could not.</summary>
    public (TemplateConfiguration Configuration, string? Problem) For(string path, string? root)
    {
        var folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
        var stamp = Stamp(folder, root);
        var key = folder + "|" + root;
        lock (_gate)
        {
            if (_byFolder.TryGetValue(key, out var cached) && cached.Stamp == stamp)
            {
                return (cached.Configuration, cached.Problem);
            }
        }

        TemplateConfiguration configuration;
        string? problem = null;
        try
        {
            configuration = TemplateConfiguration.Load(new[] { path }, root is null ? Array.Empty<string>() : new[] { root }, Array.Empty<string>());
        }
        catch (ConfigurationException e)
        {
            configuration = Empty;
            problem = e.Message;
        }

        lock (_gate)
        {
            _byFolder[key] = (stamp, configuration, problem);
        }

        return (configuration, problem);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byFolder.Clear();
        }
    }

    private static string Stamp(string folder, string? root)
    {
        var stamp = new StringBuilder();
        void Add(string directory, string name)
        {
            var file = new FileInfo(System.IO.Path.Combine(directory, name));
            if (file.Exists)
            {
                stamp.Append(file.FullName).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('|').Append(file.Length).Append(';');
            }
        }

        for (var current = folder; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
        {
            Add(current!, ".editorconfig");
            Add(current!, ".globalconfig");
        }

        for (var current = root; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
        {
            Add(current!, ".globalconfig");
        }

        return stamp.ToString();
    }
}
