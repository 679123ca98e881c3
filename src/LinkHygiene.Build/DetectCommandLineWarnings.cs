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
/// MSBuildWarningsAsErrors itself, as every SDK project does (NU1605).
/// </remarks>
public sealed class DetectCommandLineWarnings : MSBuildTask
{
    /// <summary>The IDs MSBuild treats as errors.</summary>
    [Output]
    public string[] IdsAsErrors { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var engine = BuildEngine as IBuildEngine8;
        IdsAsErrors = engine is null
            ? Array.Empty<string>()
            : RuleCatalog.Descriptors.Select(d => d.Id).Where(engine.ShouldTreatWarningAsError).ToArray();
        return true;
    }
}
