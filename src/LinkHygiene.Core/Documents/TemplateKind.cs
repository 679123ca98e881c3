using System;
using System.IO;

namespace LinkHygiene.Documents;

/// <summary>The template languages LinkHygiene reads.</summary>
public enum TemplateKind
{
    /// <summary>Plain HTML (.html, .htm).</summary>
    Html,

    /// <summary>Razor views and pages (.cshtml).</summary>
    RazorView,

    /// <summary>Razor components (.razor).</summary>
    RazorComponent,
}

/// <summary>Maps file names to template kinds.</summary>
public static class TemplateKinds
{
    /// <summary>The file extensions LinkHygiene analyses.</summary>
    public static readonly string[] Extensions = { ".cshtml", ".razor", ".html", ".htm" };

    /// <summary>The kind of a file by its extension, or null when it is not a template.</summary>
    public static TemplateKind? FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string extension;
        try
        {
            extension = Path.GetExtension(path);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (extension.Equals(".cshtml", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateKind.RazorView;
        }

        if (extension.Equals(".razor", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateKind.RazorComponent;
        }

        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateKind.Html;
        }

        return null;
    }
}
