using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using DiffPlex.Renderer;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Fixes;
using LinkHygiene.Workspace;
using LinkHygiene.Workspace.Configuration;
using LinkHygiene.Workspace.Files;

namespace LinkHygiene.Cli;

/// <summary>What <c>--fix</c> did (or, with <c>--dry-run</c>, would do) to one file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Before">Its text before (for the diff).</param>
/// <param name="After">Its text after.</param>
/// <param name="Fixed">Fixed findings per rule.</param>
/// <param name="Error">Why the file could not be written, if it could not.</param>
internal sealed record FileChange(string Path, string Before, string After, IReadOnlyDictionary<string, int> Fixed, string? Error);

/// <summary>
/// <c>--fix</c>: applies the engine's fixes in place, one file at a time and atomically (a temporary file beside it, then
/// a rename), keeping the encoding, byte-order mark, line endings and every byte the fixes do not touch.
/// </summary>
internal static class Fixing
{
    /// <summary>Fixes one file and checks the result (decoded as the compiler decodes it, so findings match a plain run).</summary>
    public static (CheckedFile Result, FileChange? Change) FixFile(string path, TemplateConfiguration configuration, ProjectContext project, IReadOnlyList<string>? only, bool dryRun, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (TemplateChecker.Check(path, configuration, project, cancellationToken), null); // reports the read error as LH901
        }

        var options = configuration.OptionsFor(path);
        var (result, fixedBytes) = TemplateFixer.FixBytesDetailed(path, bytes, options, only, cancellationToken);
        if (result is null || result.Applied == 0)
        {
            return (TemplateChecker.Check(path, bytes, configuration, project, cancellationToken), null);
        }

        var before = TemplateEncoding.Decode(bytes)!.Value.Text;
        var change = new FileChange(path, before, result.Text, result.Fixed, null);
        if (dryRun)
        {
            // What a real --fix would leave, where it is in the file as it is (held-out review 56: the findings of the
            // fixed text were reported at its columns, after a rel="ugc" the file does not have): the file's findings
            // without those the fixes remove.
            var found = TemplateChecker.Check(path, bytes, configuration, project, cancellationToken);
            return (found with { Findings = found.Findings.Where(f => !WouldBeFixed(f.Finding, only)).ToList() }, change);
        }

        var error = WriteAtomically(path, fixedBytes);
        return (TemplateChecker.Check(path, error is null ? fixedBytes : bytes, configuration, project, cancellationToken), change with { Error = error });
    }

    /// <summary>Whether <c>--fix</c> (with <c>--fix-only</c>'s rules) fixes a finding: one with a fix, of a rule it fixes.</summary>
    private static bool WouldBeFixed(Finding finding, IReadOnlyList<string>? only) =>
        finding.Fix is not null && (only is null || only.Contains(finding.Id, StringComparer.OrdinalIgnoreCase));

    /// <summary>Prints what was fixed (or the diff of what would be); returns whether a file could not be written.</summary>
    public static bool Report(IEnumerable<FileChange?> changes, bool dryRun, TextWriter output, string currentDirectory)
    {
        var failed = false;
        int files = 0, findings = 0;
        foreach (var change in changes)
        {
            if (change is null)
            {
                continue;
            }

            var display = TemplateFinder.RelativePath(currentDirectory, change.Path);
            var count = change.Fixed.Values.Sum();
            var detail = string.Join(", ", change.Fixed.Select(p => p.Value == 1 ? p.Key : $"{p.Key} ×{p.Value}"));
            if (change.Error is not null)
            {
                output.WriteLine($"linkhygiene: error: could not write {display}: {change.Error}");
                failed = true;
                continue;
            }

            files++;
            findings += count;
            if (dryRun)
            {
                output.Write(UnidiffRenderer.GenerateUnidiff(change.Before, change.After, "a/" + display, "b/" + display, ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
            }
            else
            {
                output.WriteLine($"Fixed {count} in {display} ({detail})");
            }
        }

        var summary = files == 0
            ? "Nothing to fix."
            : dryRun
                ? $"Would fix {findings} finding(s) in {files} file(s); nothing was changed (--dry-run), and the report is what the fixes would leave."
                : $"Fixed {findings} finding(s) in {files} file(s).";
        output.WriteLine(summary);
        output.WriteLine();
        return failed;
    }

    /// <summary>Writes a file by writing a temporary file in the same folder and renaming it over the original.</summary>
    /// <returns>Null on success, else why it failed (the original is left as it was).</returns>
    internal static string? WriteAtomically(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".linkhygiene.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // the temporary file stays; the original is intact either way
            }

            return e.Message;
        }
    }
}
