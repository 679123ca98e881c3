using System;
using System.Linq;
using LinkHygiene.Engine;
using LinkHygiene.Localization;
using LinkHygiene.Options;

namespace LinkHygiene.Tests.Rules;

/// <summary>
/// Link text written as a localizer lookup: by ASP.NET's convention the key is the neutral text, or the project's
/// neutral .resx says what it is (issue 13; the shapes are Blogifier's and btcpayserver's, in the corpus).
/// </summary>
public class LocalizedLinkTextTests
{
    private const string Resx = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <data name="read-more" xml:space="preserve"><value>Continue reading this post</value></data>
          <data name="more-info" xml:space="preserve"><value>More info</value></data>
          <data name="logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>logo.png;System.Byte[]</value></data>
        </root>
        """;

    private static string[] Findings(string path, string template, ProjectContext? project = null) =>
        LinkHygieneEngine.Analyze(path, template, DictionaryOptionSource.Empty, project ?? ProjectContext.Empty)
            .Findings.Select(f => $"{f.Id} '{template.Substring(f.Span.Start, f.Span.Length)}' {f.Message}").ToArray();

    [Theory]
    [InlineData("<a href=\"/x\">@Localizer[\"Read more\"]</a>", "LH010 '@Localizer[\"Read more\"]' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("<a href=\"/x\">\n    @StringLocalizer[\"View all\"]\n</a>", "LH010 '@StringLocalizer[\"View all\"]' Anchor text 'View all' does not describe the link's destination; use words that say where it goes")]
    [InlineData("<a href=\"/x\">@T[\"click here\"]</a>", "LH010 '@T[\"click here\"]' Anchor text 'click here' does not describe the link's destination; use words that say where it goes")]
    [InlineData("<a href=\"/x\">@Localizer.GetString(\"Learn more\")</a>", "LH010 '@Localizer.GetString(\"Learn more\")' Anchor text 'Learn more' does not describe the link's destination; use words that say where it goes")]
    // The key is read as C# reads the literal: an escape is its character, a verbatim key keeps its backslashes
    // (one made the whole run stop: "Unrecognized escape sequence \m", from a regular-expression unescaping).
    [InlineData("<a href=\"/x\">@Localizer[\"Read m\\u006Fre\"]</a>", "LH010 '@Localizer[\"Read m\\u006Fre\"]' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("<a href=\"/x\">@Localizer[@\"click here\"]</a><a href=\"/y\">@Localizer[@\"C:\\more\"]</a>", "LH010 '@Localizer[@\"click here\"]' Anchor text 'click here' does not describe the link's destination; use words that say where it goes")]
    // an aria-label or a title is read as the content is (what a link with an icon only is named by)
    [InlineData("<a href=\"/x\" aria-label=\"@Localizer[\"Read more\"]\"><i class=\"bi bi-arrow-right\"></i></a>", "LH010 'aria-label=\"@Localizer[\"Read more\"]\"' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("<a href=\"/x\" title=\"@Localizer[\"More\"]\"><i class=\"icon\"></i></a><a href=\"/y\" aria-label=\"@Localizer[\"Read more\"] @Model.Title\"><i></i></a>", "LH010 'title=\"@Localizer[\"More\"]\"' Anchor text 'More' does not describe the link's destination; use words that say where it goes")]
    // MVC's link helpers given a lookup as their text
    [InlineData("@Html.ActionLink(Localizer[\"Read more\"].Value, \"Details\", new { id = 1 })", "LH010 'Localizer[\"Read more\"].Value' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("@Html.ActionLink( T(\"Click here\") , \"Index\") @Html.ActionLink(Localizer[\"More\"] + \"!\", \"Index\")", "LH010 'T(\"Click here\")' Anchor text 'Click here' does not describe the link's destination; use words that say where it goes")]
    // the string a link helper takes, as Orchard 1.x and MVC views write it (code review)
    [InlineData("@Html.ActionLink(T(\"Read more\").ToString(), \"Details\")", "LH010 'T(\"Read more\").ToString()' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("@Html.ActionLink(T(\"Read more\").Text, \"Details\")", "LH010 'T(\"Read more\").Text' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("@Html.ActionLink(SharedLocalizer[\"Read more\"].ToString(), \"Details\")", "LH010 'SharedLocalizer[\"Read more\"].ToString()' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("@Html.ActionLink(@Localizer[\"Read more\"].Value, \"Details\")", "LH010 '@Localizer[\"Read more\"].Value' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    // aria_label among route values is a query parameter, not the link's name (code review)
    [InlineData("@Html.ActionLink(\"Read more\", \"Details\", new { aria_label = \"x\" })", "LH010 'Read more' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    // a lookup and a notice that the link opens a new tab (code reviews of stop 51), which is part of its name, as written
    // out
    [InlineData("<a href=\"/a\" target=\"_blank\" rel=\"noopener\">@Localizer[\"Read more\"]<span class=\"govuk-visually-hidden\"> (opens in new tab)</span></a>", "LH010 '@Localizer[\"Read more\"]' Anchor text 'Read more (opens in new tab)' does not describe the link's destination; use words that say where it goes")]
    // ... and a full stop or a symbol after the notice (third code review)
    [InlineData("<a href=\"/a\">@Localizer[\"Read more\"] <span class=\"sr-only\">(opens in new tab)</span> &raquo;</a>", "LH010 '@Localizer[\"Read more\"]' Anchor text 'Read more (opens in new tab) »' does not describe the link's destination; use words that say where it goes")]
    // MVC 5's Ajax.ActionLink and Ajax.RouteLink write an anchor as the Html helpers do (held-out review 98)
    [InlineData("@Ajax.ActionLink(\"Read more\", \"Index\", new AjaxOptions { UpdateTargetId = \"x\" })", "LH010 'Read more' Anchor text 'Read more' does not describe the link's destination; use words that say where it goes")]
    [InlineData("@Ajax.RouteLink(\"Click here\", \"Default\", new AjaxOptions())", "LH010 'Click here' Anchor text 'Click here' does not describe the link's destination; use words that say where it goes")]
    public void LocalizedGenericTextIsReported(string template, string expected) =>
        Assert.Equal(new[] { expected }, Findings("Pages/Index.cshtml", template));

    [Theory]
    [InlineData("<a href=\"/x\">@Localizer[\"Our pricing for teams\"]</a>")]
    [InlineData("<a href=\"/x\">@Localizer[\"Read more\"] @Model.Title</a>")]
    [InlineData("<a href=\"/x\">@Localizer[\"Read {0}\", Model.Title]</a>")]
    [InlineData("<a href=\"/x\">@Localizer[key]</a>")]
    [InlineData("<a href=\"/x\">@Model.ReadMore</a>")]
    // A key written as an identifier names a text kept elsewhere (Blogifier's JSON resources): unknown without a .resx.
    [InlineData("<a href=\"/posts/@p.Slug\">@_localizer[\"read-more\"]</a>")]
    [InlineData("<a href=\"/x\">@_localizer[\"more_info\"]</a>")]
    [InlineData("<a href=\"/x\">@L[\"Nav.ReadMore\"]</a>")]
    // a link helper's aria-label names the link in place of its text (code review)
    [InlineData("@Html.ActionLink(Localizer[\"Read more\"].Value, \"Details\", null, new { aria_label = \"Read more about pricing\" }) @Html.ActionLink(\"Read more\", \"Details\", null, new Dictionary<string, object> { [\"aria-label\"] = \"Pricing\" })")]
    // a notice that the link opens a new tab makes another text, as written out (second code review)
    [InlineData("<a href=\"/a\">@Localizer[\"Annual report\"] (opens in new tab)</a> <a href=\"/b\">@Localizer[\"Annual report\"]</a>")]
    public void OtherTextIsLeftAlone(string template) => Assert.Empty(Findings("Pages/Index.cshtml", template));

    [Fact]
    public void TheNeutralResxDecides()
    {
        var project = new ProjectContext(LocalizationCatalog.FromResx(new[]
        {
            ("/app/Resources/SharedResource.resx", (string?)Resx),
            ("/app/Resources/SharedResource.de.resx", "<root><data name=\"read-more\"><value>Weiterlesen</value></data></root>"),
        }));
        Assert.Empty(Findings("Components/Post.razor", "<a href=\"/posts/x\">@_localizer[\"read-more\"]</a>", project));
        Assert.Equal(
            new[] { "LH010 '@_localizer[\"more-info\"]' Anchor text 'More info' does not describe the link's destination; use words that say where it goes" },
            Findings("Components/Post.razor", "<a href=\"/posts/x\">@_localizer[\"more-info\"]</a>", project));
    }

    // A localizer reads its own resources: IStringLocalizer<T> T's, IViewLocalizer (and a view's undeclared @Localizer,
    // as ASP.NET's documentation injects it) the view's; a key another file holds renders as itself there (held-out
    // review 28: a view's @Localizer["Home.Link"] was given SharedResource.resx's "Click here", and a typed localizer's
    // generic value was hidden because the view's own file held the same key).
    [Theory]
    [InlineData("Pages/Index.cshtml", "@page\n<a href=\"/\">@Localizer[\"Home.Link\"]</a>", null)]
    [InlineData("Pages/Index.cshtml", "@page\n@inject IViewLocalizer Text\n<a href=\"/\">@Text[\"Home.Link\"]</a>", null)]
    [InlineData("Pages/Index.cshtml", "@page\n@inject IStringLocalizer<SharedResource> Loc\n<a href=\"/\">@Loc[\"Home.Link\"]</a>", "Click here")]
    [InlineData("Pages/Index.cshtml", "@page\n@inject IHtmlLocalizer<App.Resources.SharedResource> Loc\n<a href=\"/\">@Loc[\"Home.Link\"]</a>", "Click here")]
    [InlineData("Pages/About.cshtml", "@page\n@inject IViewLocalizer Localizer\n<a href=\"/\">@Localizer[\"Home.Link\"]</a>", "Click here")]
    [InlineData("Areas/Admin/Pages/Index.cshtml", "@page\n@inject IViewLocalizer Localizer\n<a href=\"/\">@Localizer[\"Home.Link\"]</a>", "Here")]
    // undeclared (from _ViewImports), @Localizer may be the view's or another: only what both give is known
    [InlineData("Pages/About.cshtml", "@page\n<a href=\"/\">@Localizer[\"Read more\"]</a> <a href=\"/x\">@Localizer[\"Only.Shared\"]</a>", "Read more")]
    [InlineData("Pages/About.cshtml", "@page\n<a href=\"/\">@Localizer[\"Home.Link\"]</a>", null)]
    // a view outside Pages and Views: its file is not known, so only a key that renders as what every file gives
    [InlineData("Features/Home/Index.cshtml", "@inject IViewLocalizer Localizer\n<a href=\"/\">@Localizer[\"Area.Only\"]</a> <a href=\"/x\">@Localizer[\"Read more\"]</a>", "Read more")]
    // a view outside an area does not read an area's file of the same name (code review)
    [InlineData("Pages/Index.cshtml", "@page\n@inject IViewLocalizer Localizer\n<a href=\"/\">@Localizer[\"Area.Only\"]</a>", null)]
    // a localizer declared without a type, or elsewhere under another name, may read any file: they must agree
    [InlineData("Pages/Index.cshtml", "@page\n@inject IStringLocalizer Loc\n<a href=\"/\">@Loc[\"Home.Link\"]</a>", null)]
    [InlineData("Components/Nav.razor", "<a href=\"/\">@Localizer[\"Only.Shared\"]</a>", "Read more")]
    public void ALocalizerReadsItsOwnResources(string path, string template, string? generic)
    {
        var project = new ProjectContext(LocalizationCatalog.FromResx(new[]
        {
            ("/app/Resources/SharedResource.resx", (string?)"<root><data name=\"Home.Link\"><value>Click here</value></data><data name=\"Only.Shared\"><value>Read more</value></data></root>"),
            ("/app/Resources/Pages/Index.resx", "<root><data name=\"Home.Link\"><value>Our home page</value></data></root>"),
            ("/app/Resources/Pages.About.resx", "<root><data name=\"Home.Link\"><value>Click here</value></data></root>"),
            ("/app/Resources/Areas/Admin/Pages/Index.resx", "<root><data name=\"Home.Link\"><value>Here</value></data><data name=\"Area.Only\"><value>Click here</value></data></root>"),
        }));
        AssertTheGenericTextIs(generic, Findings(path, template, project));
    }

    // A localizer the project's _ViewImports.cshtml or _Imports.razor injects, under any name, is read with its type
    // (held-out review 165: @inject IStringLocalizer<SharedResource> Loc in _ViewImports.cshtml), in the templates of its
    // kind in its folder and below, the nearest imports deciding (code review 123: an Admin folder's import named a Home
    // view's Text)
    [Theory]
    [InlineData("/app/Views/Posts/Index.cshtml", "<a href=\"/\">@Loc[\"Home.Link\"]</a>", "Click here")]
    [InlineData("/app/Components/Nav.razor", "<a href=\"/\">@Strings[\"Home.Link\"]</a>", "Click here")]
    [InlineData("/app/Views/Posts/Index.cshtml", "<a href=\"/\">@Text[\"Home.Link\"]</a>", null)]
    [InlineData("/app/Views/Admin/Index.cshtml", "<a href=\"/\">@Loc[\"Home.Link\"]</a> <a href=\"/x\">@Admin[\"Home.Link\"]</a>", "Click here")]
    [InlineData("/app/Views/Posts/Index.cshtml", "<a href=\"/\">@Admin[\"Home.Link\"]</a>", null)]
    [InlineData("/app/Components/Nav.razor", "<a href=\"/\">@Loc[\"Home.Link\"]</a>", null)]
    [InlineData("/app/Views/Posts/Index.cshtml", "<a href=\"/\">@Strings[\"Home.Link\"]</a>", null)]
    // a folder whose name only starts with the imports' folder's, or is it in another case, is another folder; a Windows
    // path's folders are its own (code review 124)
    [InlineData("/app/Views2/Index.cshtml", "<a href=\"/\">@Loc[\"Home.Link\"]</a>", null)]
    [InlineData("/app/views/Home/Index.cshtml", "<a href=\"/\">@Loc[\"Home.Link\"]</a>", null)]
    [InlineData("C:\\site\\Views\\Home\\Index.cshtml", "<a href=\"/\">@Win[\"Home.Link\"]</a>", "Click here")]
    public void ALocalizerTheImportsInjectIsReadWithItsType(string path, string template, string? generic)
    {
        var imports = ProjectContext.LocalizersOf(new[]
        {
            ("/app/Views/_ViewImports.cshtml", (string?)"@using App\n@inject IStringLocalizer<App.SharedResource> Loc\n@inject IViewLocalizer Text\n"),
            ("/app/Views/Admin/_ViewImports.cshtml", "@inject IStringLocalizer<Other> Loc\n@inject IStringLocalizer<SharedResource> Admin\n"),
            ("/app/Components/_Imports.razor", "@inject IStringLocalizer<SharedResource> Strings\n"),
            ("C:\\site\\Views\\_ViewImports.cshtml", "@inject IStringLocalizer<SharedResource> Win\n"),
        });
        var project = new ProjectContext(
            LocalizationCatalog.FromResx(new[]
            {
                ("/app/Resources/SharedResource.resx", (string?)"<root><data name=\"Home.Link\"><value>Click here</value></data></root>"),
                ("/app/Resources/Other.resx", "<root><data name=\"Home.Link\"><value>Our home page</value></data></root>"),
                ("/app/Resources/Views/Posts/Index.resx", "<root><data name=\"Home.Link\"><value>All posts</value></data></root>"),
            }),
            localizers: imports);
        AssertTheGenericTextIs(generic, Findings(path, template, project));
    }

    // The findings say that the text is generic, and which (or none)
    private static void AssertTheGenericTextIs(string? generic, System.Collections.Generic.IEnumerable<string> findings) =>
        Assert.Equal(generic is null ? Array.Empty<string>() : new[] { $"Anchor text '{generic}' does not describe the link's destination; use words that say where it goes" }, findings.Select(f => f.Substring(f.IndexOf("' ", StringComparison.Ordinal) + 2)).ToArray());

    [Theory]
    [InlineData("_ViewImports.cshtml", true)]
    [InlineData("Views/_ViewImports.cshtml", true)]
    [InlineData("Components/_Imports.razor", true)]
    [InlineData("Views/Index.cshtml", false)]
    [InlineData("Components/Imports.razor", false)]
    public void ImportsAreTheViewImportsAndTheComponentImports(string path, bool imports) => Assert.Equal(imports, ProjectContext.IsImports(path));

    [Theory]
    [InlineData("/a/SharedResource.resx", true)]
    [InlineData("/a/Resource.Views.resx", true)]
    [InlineData("/a/SharedResource.de.resx", false)]
    [InlineData("/a/SharedResource.pt-BR.resx", false)]
    [InlineData("/a/SharedResource.zh-Hans.resx", false)]
    [InlineData("/a/page.html", false)]
    public void OnlyNeutralResourceFilesCount(string path, bool neutral) => Assert.Equal(neutral, LocalizationCatalog.IsNeutralResx(path));

    [Fact]
    public void BrokenResxNeverThrows()
    {
        var catalog = LocalizationCatalog.FromResx(new[] { ("/a/R.resx", (string?)"<root><data name=\"a\"><value>A text</value></data><data name=\"b\"><value>"), ("/a/S.resx", null) });
        Assert.Equal("A text", catalog.Resolve("a"));
        Assert.Equal("b", catalog.Resolve("b"));
    }
}
