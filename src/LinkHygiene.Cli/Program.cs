using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using LinkHygiene.Cli.Output;
using LinkHygiene.Diagnostics;
using LinkHygiene.Rules;

namespace LinkHygiene.Cli;

/// <summary>The <c>linkhygiene</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the tool; returns the exit code (0 clean, 1 findings, 2 usage or input error).</summary>
    public static int Main(string[] args)
    {
        // Every command is a burst of allocation on a small heap: background collections, run beside it on the other
        // core, slowed it, and blocking ones are cheaper. The language server (lsp-latency, 500 KB page, a link's text,
        // three runs each): p50 52-55 ms against 58-62, p95 62-65 against 72-81, peak 140 MB against 161-165. A check of
        // python3.11-doc (530 pages, 50 MB; five paired runs): 10.1 s against 11.3 s, 16.1 s CPU against 18.4, peak 268 MB
        // against 317; of the shared corpus, the same within the noise (2.15 s against 2.11 s, 128 MB against 124).
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        try
        {
            return Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The boundary: a bug must end in a clear message and a distinct exit code, not a stack dump mid-report.
            Console.Error.WriteLine($"linkhygiene: internal error ({e.GetType().Name}: {e.Message}); please report this with the command you ran");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Runs the tool with the given writers and current directory (tests call this in-process).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var root = Build(stdout, stderr, currentDirectory);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"linkhygiene: error: {error.Message}");
            }

            stderr.WriteLine("Run 'linkhygiene --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files and folders to check (default: the current folder). Folders are searched for .cshtml, .razor, .html and .htm files, skipping bin/, obj/, node_modules/, .git/, wwwroot/lib/ and copied packages under wwwroot.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, sarif (SARIF 2.1.0 for GitHub code scanning) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding has this severity or worse: error, warning (default), suggestion, or none (always exit 0 unless the command fails).",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
        var exclude = new Option<string[]>("--exclude", "-x")
        {
            Description = "Leave out files and folders matching this glob (repeatable): 'wwwroot/vendor/**', 'legacy' (a name without '/' matches at any depth). Files named on the command line are always checked.",
            HelpName = "GLOB",
        };
        var noGitIgnore = new Option<bool>("--no-gitignore") { Description = "Also check what .gitignore files leave out of a Git repository (generated sites, coverage reports). By default the folders walked skip it, as git does; files named on the command line are always checked." };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes in place (add the missing rel token, normalise rel, add noopener), keeping encoding, BOM, line endings and every other byte." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print a unified diff of the changes and change nothing." };
        var fixOnly = new Option<string?>("--fix-only") { Description = "With --fix: fix only these rules, e.g. LH001,LH020.", HelpName = "RULES" };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not draw the progress bar (it is drawn only on a terminal, for runs longer than a moment)." };
        var color = new Option<string>("--color")
        {
            Description = "Colours in text output: auto (default: on a terminal, unless NO_COLOR is set), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");

        var rootCommand = new RootCommand(
            "LinkHygiene: checks links in Razor (.cshtml), Blazor (.razor) and HTML templates: rel=\"ugc\"/\"sponsored\"/\"nofollow\" on user-generated and paid links, generic and empty anchor text, malformed rel and URLs, target=\"_blank\" without noopener, and more. Options come from .editorconfig and .globalconfig, as in the build.\n\nExit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.")
        {
            paths, format, output, failOn, exclude, noGitIgnore, fix, dryRun, fixOnly, noProgress, color,
        };
        rootCommand.SetAction(parse =>
        {
            var fixOnlyIds = ParseRuleList(parse.GetValue(fixOnly), out var badId);
            if (badId is not null)
            {
                stderr.WriteLine($"linkhygiene: error: --fix-only: there is no rule '{badId}'; `linkhygiene rules` lists them");
                return ExitCodes.UsageError;
            }

            if ((parse.GetValue(dryRun) || fixOnlyIds is not null) && !parse.GetValue(fix))
            {
                stderr.WriteLine("linkhygiene: error: --dry-run and --fix-only go with --fix");
                return ExitCodes.UsageError;
            }

            var given = parse.GetValue(paths) ?? Array.Empty<string>();
            var settings = new CheckSettings(
                given.Length == 0 ? new[] { "." } : given,
                ParseFormat(parse.GetValue(format)!),
                parse.GetValue(output),
                ParseFailOn(parse.GetValue(failOn)!),
                parse.GetValue(exclude) ?? Array.Empty<string>(),
                parse.GetValue(fix),
                parse.GetValue(dryRun),
                fixOnlyIds,
                !parse.GetValue(noProgress),
                Enum.Parse<ColorMode>(parse.GetValue(color)!, ignoreCase: true),
                UseGitIgnore: !parse.GetValue(noGitIgnore));
            return CheckCommand.Run(settings, stdout, stderr, currentDirectory);
        });

        var rules = new Command("rules", "List every rule with its default severity and whether --fix can fix it.");
        rules.SetAction(_ => InfoCommands.Rules(stdout, Style.For(ColorMode.Auto, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected)));
        rootCommand.Subcommands.Add(rules);

        var ruleId = new Argument<string>("RULE") { Description = "A rule ID, e.g. LH001." };
        var explain = new Command("explain", "Print a rule's documentation: what it reports, why, examples and options.") { ruleId };
        explain.SetAction(parse => InfoCommands.Explain(parse.GetValue(ruleId)!, stdout, stderr));
        rootCommand.Subcommands.Add(explain);

        var stdio = new Option<bool>("--stdio") { Description = "Speak over standard input and output (the default and only transport; accepted because LSP clients pass it)." };
        var lsp = new Command("lsp", "Run the LinkHygiene language server (Language Server Protocol over stdin/stdout) for editors: live diagnostics, quick fixes and hovers, configured by .editorconfig as in the build.") { stdio };
        lsp.SetAction(_ => Lsp.LanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), stderr).GetAwaiter().GetResult());
        rootCommand.Subcommands.Add(lsp);
        return rootCommand;
    }

    private static OutputFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        _ => OutputFormat.Text,
    };

    private static RuleSeverity? ParseFailOn(string value) => value.ToLowerInvariant() switch
    {
        "error" => RuleSeverity.Error,
        "suggestion" => RuleSeverity.Suggestion,
        "none" => null,
        _ => RuleSeverity.Warning,
    };

    private static IReadOnlyList<string>? ParseRuleList(string? value, out string? unknown)
    {
        unknown = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var part in value!.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var rule = RuleCatalog.Find(part.Trim());
            if (rule is null)
            {
                unknown = part.Trim();
                return null;
            }

            ids.Add(rule.Id);
        }

        return ids;
    }
}
