using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using Microsoft.Build.Framework;

namespace LinkHygiene.Build;

/// <summary>How a finding is logged.</summary>
internal enum LogLevel
{
    None,
    Message,
    Warning,
    Error,
}

/// <summary>
/// Applies the project's warning settings the way the compiler does for its own diagnostics: NoWarn drops a warning,
/// WarningsAsErrors and TreatWarningsAsErrors (minus WarningsNotAsErrors) turn it into an error, and so does MSBuild's
/// -warnaserror / MSBuildWarningsAsErrors (asked through IBuildEngine8). Errors are logged as errors by the task itself,
/// so the target fails now and a stamp is never written for a failing run.
/// </summary>
internal sealed class SeverityPolicy
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _asErrors;
    private readonly HashSet<string> _notAsErrors;
    private readonly HashSet<string> _noWarn;
    private readonly IBuildEngine8? _engine;

    public SeverityPolicy(bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn, IBuildEngine8? engine)
    {
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _asErrors = Parse(warningsAsErrors);
        _notAsErrors = Parse(warningsNotAsErrors);
        _noWarn = Parse(noWarn);
        _engine = engine;
    }

    public LogLevel Decide(string id, RuleSeverity severity)
    {
        switch (severity)
        {
            case RuleSeverity.Error:
                return LogLevel.Error;
            case RuleSeverity.Warning:
                if (_noWarn.Contains(id))
                {
                    return LogLevel.None;
                }

                if (_asErrors.Contains(id) || (_treatWarningsAsErrors && !_notAsErrors.Contains(id)) || (_engine?.ShouldTreatWarningAsError(id) ?? false))
                {
                    return LogLevel.Error;
                }

                return LogLevel.Warning;
            case RuleSeverity.Suggestion:
                return _noWarn.Contains(id) ? LogLevel.None : LogLevel.Message;
            default:
                return LogLevel.None;
        }
    }

    private static HashSet<string> Parse(string? list)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (list is not null)
        {
            foreach (var item in list.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(item.Trim());
            }
        }

        return set;
    }
}
