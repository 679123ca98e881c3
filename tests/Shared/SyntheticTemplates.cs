using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LinkHygiene.Testing;

/// <summary>
/// Generated templates of any size: a realistic link-dense page, and the pathological shapes the robustness tests
/// and the growth benchmark feed to the engine. Shared by both (linked into each project).
/// </summary>
public static class SyntheticTemplates
{
    /// <summary>Every shape by name, each a function from a size in bytes to (path, text).</summary>
    public static IReadOnlyList<(string Name, Func<int, (string Path, string Text)> Make)> Shapes { get; } = new (string, Func<int, (string, string)>)[]
    {
        ("realistic Razor page", size => ("Pages/Big.cshtml", Page(size))),
        ("single line", size => ("page.html", Page(size).Replace('\n', ' '))),
        ("100k-style nesting", size => ("page.html", Repeat("<div>", size))),
        ("unclosed Razor block", size => ("Pages/Big.cshtml", "@{\n" + Page(size))),
        ("unclosed HTML comment", size => ("page.html", "<!--\n" + Page(size))),
        ("unclosed attribute", size => ("page.html", "<a href='" + Page(size))),
        ("tag soup", size => ("Pages/Soup.cshtml", Repeat("<a href=\"/x\" <b>@ }{ <i>click here</a></p></div>@(x</a>)<p>@@ @* c *@ ", size))),
        ("unclosed links", size => ("page.html", Repeat("<p><a href=\"/x\">Read more ", size))),
        ("misnested formatting", size => ("page.html", Repeat("<li><i>x</a><b>y</p></div>", size))),
        ("links around expressions", size => ("Pages/List.cshtml", Repeat("<li><a href=\"/items/1\">@item.Name</a> @item.Note</li>\n", size))),
        ("one link repeated", size => ("page.html", Repeat("<p><a href=\"/items/edit\">Edit the item</a></p>\n", size))),
        ("if/else statements with links", size => ("Pages/Branches.cshtml", Repeat("@if (a) { <a href=\"/a\">Same</a> } else { <a href=\"/b\">Same</a> }\n", size))),
        ("links labelled by a missing id", size => ("page.html", Repeat("<p><a href=\"/items/edit\" aria-labelledby=\"elsewhere\">Edit</a></p>\n", size))),
        ("links labelled by one long heading", size => ("page.html", "<h2 id=\"t\">" + Repeat("<span>Words of a long heading</span> ", 20_000) + "</h2>\n" + Repeat("<p><a href=\"/items/edit\" aria-labelledby=\"t\"></a></p>\n", size))),
        ("a suppression comment of spaces", size => ("page.html", "<!-- linkhygiene-disable LH010" + new string(' ', size) + "LH020 -->\n<a href=\"/x\">Click here</a>\n")),
        ("suppressions of unknown rules", size => ("page.html", "<!-- linkhygiene-disable" + Repeat(" LH9999", size) + " -->\n<a href=\"/x\">Click here</a>\n")),
        ("an ignore attribute of unknown rules", size => ("page.html", "<div data-linkhygiene-ignore=\"" + Repeat("LH9999 ", size) + "\"><a href=\"/x\">Click here</a></div>\n")),
        ("C# closers without openers", size => ("Pages/Code.cshtml", "@{\n" + Repeat("(", size / 2) + Repeat("]", size / 2) + "}\n<a href=\"/x\">Click here</a>\n")),
        ("client interpolations never closed", size => ("page.html", "<a href=\"/search?q=" + Repeat("{{", size) + "\">Search</a>\n")),
        ("'{%' of text before one far '%}'", size => ("page.html", Repeat("x{%. ", size) + "%}<a href=\"/x\">Click here</a>\n")),
        ("a rel of one word repeated", size => ("page.html", "<a href=\"https://example.com/\" rel=\"" + Repeat("nofollow ", size) + "\">Example</a>\n")),
        ("client templates never closed", size => ("page.html", "<script type=\"text/x-template\">" + Repeat("{{ ${ <% ", size) + "<a href=\"/x\">y</a></script>\n")),
        ("Razor helpers one after another", size => ("Views/Home/Index.cshtml", Repeat("<br>@Html.Raw(Model.Note) <span>x</span>@Html.ActionLink(\"Edit\", \"Edit\") <p>@Html.Raw(Model.Text)</p>\n", size))),
        ("one text in both branches of an if/else", size => ("Pages/Branches.cshtml", "@if (signedIn) {\n" + Repeat("<li><a href=\"/account/products\">Products</a></li>\n", size / 2) + "} else {\n" + Repeat("<li><a href=\"/products\">Products</a></li>\n", size / 2) + "}\n")),
        ("empty hrefs", size => ("page.html", Repeat("<p><a href=\"\">Item</a></p>\n", size))),
        ("components never closed", size => ("Pages/Nav.razor", Repeat("<NavLink href=\"/x\">Item ", 12_000) + Repeat("<i>x</i> ", size))),
        ("an else-if chain, each branch linking one text elsewhere", size => ("Pages/Invoice.cshtml", ElseIfChain(size))),
        ("a code block of '#'", size => ("Pages/Hashes.cshtml", "@{\n" + new string('#', size) + "\n}\n<a href=\"/x\">Click here</a>\n")),
        ("if statements nested in a code block, each linking one text", size => ("Pages/Nested.cshtml", "@{\n" + Repeat("if (a) { <a href=\"/x\">Set up</a>\n", size / 2) + Repeat("} else { <a href=\"/y\">Set up</a> }\n", size / 2) + "}\n")),
        ("template if/else chains, each linking one text elsewhere", size => ("_layouts/branches.html", Repeat("{% if a %}<a href=\"/a\">Same</a>{% elsif b %}<a href=\"/b\">Same</a>{% else %}<a href=\"/c\">Same</a>{% endif %}\n", size))),
        ("template ifs never closed, then closers of another kind", size => ("_includes/open.html", Repeat("{% if x %}<a href=\"/x\">Same</a>", size / 2) + Repeat("{% endfor %}{{ else }}", size / 2))),
        ("Angular @if/@else chains, each linking one text elsewhere", size => ("src/app/branches.html", Repeat("@if (a) {<a href=\"/a\">Same</a>} @else if (b) {<a href=\"/b\">Same</a>} @else {<a href=\"/c\">Same</a>}\n", size))),
        ("Angular blocks never closed, and parameters never closed", size => ("src/app/open.html", Repeat("@if (x) {<a href=\"/x\">Same</a>", size / 2) + Repeat("@for ((((\"", size / 2))),
        ("a Thymeleaf view's raw-text tags sharing one '>', in a comment and in a value", size => ("templates/view.html", "<html xmlns:th=\"http://www.thymeleaf.org\"><body>\n<!-- " + Repeat("<script ", size / 2) + " -->\n<div title=\"" + Repeat("<textarea ", size / 2) + "\"><a href=\"#\">Item</a></div>\n")),
        // a generator meta's and the self-linking generators' markers sharing one '>' (code review 116: reading each tag to it
        // was quadratic)
        ("meta and script tags sharing one '>' in a comment, with a generator's name", size => ("docs/page.html", "<p>generator scribble-common.js rdoc_rel_prefix Yay! A Ruby Documentation Tool</p><!-- " + Repeat("<meta <script <a ", size / 17) + " -->\n<a href=\"\">Item</a>\n")),
        // tags sharing one '>' outside a comment, with a character that could not be decoded: the DocFX meta's, the
        // declared charset's, the <html> tag's and a Blazor host's <component> reads each went to that '>' (99 s for
        // 200 KB through the command line)
        ("tags sharing one '>' outside a comment", size => ("docs/page.html", "<html><body>\n" + Repeat("<meta <script <a <html \uFFFD", size) + ">\n<a href=\"\">Item</a>\n")),
        ("a view's tags sharing one '>'", size => ("Pages/_Host.cshtml", "@page \"/\"\n<html><body>\n" + Repeat("<component <html <meta ", size) + ">\n<a href=\"\">Item</a>\n")),
        // empty links classed as permalinks under one heading never closed (code review 117: each looked through all of
        // the heading's links, 37 s for 700 KB)
        ("classed permalinks under one heading never closed", size => ("docs/page.html", "<h1>Title\n" + Repeat("<p id=\"c\">Text <a class=\"permalink\" href=\"#d\"></a></p>\n", size))),
        ("'th:' everywhere outside tags", size => ("templates/prose.html", "<p>" + Repeat(" th:text th:hover", size) + "</p><a href=\"#\">Item</a>\n")),
        ("one href of server-template placeholders", size => ("page.html", "<a href=\"/x" + Repeat("%s/$a[%{$b", size) + "\">Item</a>\n")),
        ("suppressions never ended", size => ("page.html", Repeat("<!-- linkhygiene-disable LH010 -->\n<p><a href=\"/x\">Click here</a></p>\n<!-- linkhygiene-enable LH020 -->\n", size))),
        // the quick scan's check of each link component's destination parameter (code review: once for every tag made 2 MB of these take 27 s)
        ("link components without a destination", size => ("Components/Pages/Buttons.razor", Repeat("<MudFab Color=\"Color.Primary\" StartIcon=\"@Icons.Material.Filled.Add\" />\n", size))),
    };

    /// <summary>A realistic Razor page of about <paramref name="size"/> characters: cards, a comment thread, a sponsored block.</summary>
    public static string Page(int size)
    {
        var builder = new StringBuilder("@page\n@model BlogModel\n@{ ViewData[\"Title\"] = \"Archive\"; }\n<html lang=\"en\"><body>\n", size + 1024);
        var i = 0;
        while (builder.Length < size)
        {
            builder.Append("<article class=\"card\">\n  <h2><a href=\"/posts/").Append(i).Append("\">Post number ").Append(i).Append("</a></h2>\n")
                .Append("  <p>Lorem ipsum dolor sit amet, <strong>consectetur</strong> adipiscing elit. @Model.Summaries[").Append(i).Append("]</p>\n")
                .Append("  <a href=\"/posts/").Append(i).Append("\">Read more</a>\n")
                .Append("  <div class=\"comments\">@foreach (var c in Model.Comments[").Append(i).Append("]) { <p class=\"comment\"><a href=\"@c.Url\" rel=\"ugc\">@c.Name</a> @c.Text</p> }</div>\n")
                .Append("  <aside class=\"sponsored\"><a href=\"https://partner.example/?p=").Append(i).Append("\" rel=\"sponsored\">Partner offer</a></aside>\n")
                .Append("</article>\n");
            i++;
        }

        return builder.Append("</body></html>\n").ToString();
    }

    /// <summary>
    /// <c>@if (n == 0) { … } else if (n == 1) { … } …</c> of about <paramref name="size"/> characters, each branch linking
    /// "Open the invoice" to a page of its own: none of them render together, so none is ambiguous (LH013).
    /// </summary>
    public static string ElseIfChain(int size)
    {
        var builder = new StringBuilder("@if (n == 0) {\n<a href=\"/invoices/0\">Open the invoice</a>\n}", size + 128);
        for (var i = 1; builder.Length < size; i++)
        {
            builder.Append(" else if (n == ").Append(i).Append(") {\n<a href=\"/invoices/").Append(i).Append("\">Open the invoice</a>\n}");
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>A piece repeated until the text is about <paramref name="size"/> characters.</summary>
    public static string Repeat(string piece, int size) => string.Concat(Enumerable.Repeat(piece, Math.Max(1, size / piece.Length)));
}
