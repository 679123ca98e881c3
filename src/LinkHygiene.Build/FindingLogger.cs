using LinkHygiene.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LinkHygiene.Build;

/// <summary>
/// Logs a finding the way the compiler prints analyzer diagnostics: <c>file(line,col,endLine,endCol): warning LHxxx:
/// message (help link)</c>, with the project's warning policy applied (NoWarn, WarningsAsErrors, -warnaserror, ...).
/// </summary>
internal sealed class FindingLogger
{
    private readonly TaskLoggingHelper _log;
    private readonly SeverityPolicy _policy;
    private readonly string? _helpLinkBase;

    public FindingLogger(TaskLoggingHelper log, SeverityPolicy policy, string? helpLinkBase)
    {
        _log = log;
        _policy = policy;
        _helpLinkBase = helpLinkBase;
    }

    /// <summary>Logs one finding; returns 1 when it was logged, 0 when the policy drops it.</summary>
    public int Log(string path, Finding finding)
    {
        var rule = finding.Rule;
        var level = _policy.Decide(rule.Id, finding.Severity);
        if (level == LogLevel.None)
        {
            return 0;
        }

        int line = finding.Start.Line + 1, column = finding.Start.Character + 1, endLine = finding.End.Line + 1, endColumn = finding.End.Character + 1;

        // MSBuild's loggers do not print helpLink, so the link goes at the end of the message, as csc puts it.
        var helpLink = RuleDescriptor.HelpLinkUnder(_helpLinkBase, rule.Id);
        var message = finding.Message + " (" + helpLink + ")";
        switch (level)
        {
            case LogLevel.Error:
                _log.LogError(null, rule.Id, null, helpLink, path, line, column, endLine, endColumn, message);
                break;
            case LogLevel.Warning:
                _log.LogWarning(null, rule.Id, null, helpLink, path, line, column, endLine, endColumn, message);
                break;
            default:
                _log.LogMessage(null, rule.Id, null, path, line, column, endLine, endColumn, MessageImportance.Normal, "info " + rule.Id + ": " + message);
                break;
        }

        return 1;
    }
}
