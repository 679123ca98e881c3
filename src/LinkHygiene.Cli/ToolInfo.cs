using System.Reflection;

namespace LinkHygiene.Cli;

/// <summary>The tool's name and version, as --version prints them.</summary>
internal static class ToolInfo
{
    /// <summary>The informational version without build metadata (e.g. 0.1.0).</summary>
    public static string Version { get; } = Read();

    /// <summary>Where LinkHygiene lives.</summary>
    public const string InformationUri = "https://github.com/LinkHygiene/LinkHygiene";

    private static string Read()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
