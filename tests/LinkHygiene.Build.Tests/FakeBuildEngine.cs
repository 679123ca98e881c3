using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace LinkHygiene.Build.Tests;

/// <summary>Collects what a task logs; optionally answers MSBuild's -warnaserror question.</summary>
public sealed class FakeBuildEngine : IBuildEngine8
{
    private readonly Func<string, bool> _warnAsError;

    public FakeBuildEngine(Func<string, bool>? warnAsError = null) => _warnAsError = warnAsError ?? (_ => false);

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    public bool IsRunningMultipleNodes => false;

    public bool AllowFailureWithoutError { get; set; }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogTelemetry(string eventName, IDictionary<string, string> properties)
    {
    }

    public bool ShouldTreatWarningAsError(string warningCode) => _warnAsError(warningCode);

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
    {
    }

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null;

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null;

    public IReadOnlyDictionary<string, string> GetGlobalProperties() => new Dictionary<string, string>();
}
