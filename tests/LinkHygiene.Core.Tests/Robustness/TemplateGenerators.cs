using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Robustness;

/// <summary>Random and mutated templates: the material of the robustness properties.</summary>
public static class TemplateGenerators
{
    /// <summary>Pieces that matter to the readers: tags, attributes, Razor transitions, C# literals, bindings, odd characters.</summary>
    private static readonly string[] Fragments =
    {
        "<a ", "<a href=\"", "href=", "\"", "'", ">", "</a>", "<", "</", "/>", "=", " ", "\t", "\n", "\r\n", "\r",
        "@", "@@", "@{", "}", "{", "@(", ")", "(", "@*", "*@", "@:", "@if (x) {", "@foreach (var i in l) {", "} else {",
        "@section S {", "@code {", "@page \"/x\"", "<text>", "</text>", "@Model.X", "@Html.Raw(x)", "@Html.ActionLink(\"Read more\", \"A\")",
        "\"str\\\"ing\"", "@\"verb\"\"atim\"", "$\"{x}\"", "'c'", "// c\n", "/* c */", "<!--", "-->", "<script>", "</script>",
        "<style>", "<template>", "<div class=\"comment\">", "<div data-link-zone=\"ugc\">", "</div>", "rel=\"", "nofollow", "ugc,",
        "target=\"_blank\"", "https://x.example", "#", "javascript:", "mailto:", "click here", "Read more", "{{", "}}", ":href=",
        "v-html=", "<NavLink href=\"", "</NavLink>", "<MudLink Href=\"", "</MudLink>", "<RadzenPanelMenuItem Text=\"", " Path=\"", "<img alt=\"", "aria-label=\"", "data-linkhygiene-ignore", "<!-- linkhygiene-disable -->",
        "@Localizer[\"", "@Localizer[@\"", "\"]", "\\", "\\u00e9", "\\m", "@Url.Action(\"", "@Html.ActionLink(@\"",
        "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<title>", "</title>", "<![CDATA[", "]]>", "<foreignObject>", "<mi>", "<path d=\"M0 0\"/>",
        "<select>", "</select>", "<option>", "<pre>", "<textarea>",
        "&amp;", "&#x1F600;", "&", "😀", "\uD800", "\uDC00", "\u2028", "\u0085", "\uFEFF", "\u00A0", "\uE000", "\uE001", "é", "日本",
    };

    private static readonly Gen<string> Fragment = Gen.OneOfConst(Fragments);

    /// <summary>Strings built from fragments and random characters.</summary>
    public static readonly Gen<string> Template = Gen.OneOf(
        Fragment.Array[0, 80].Select(parts => string.Concat(parts)),
        Gen.String[0, 200],
        Gen.Char.Array[0, 200].Select(chars => new string(chars)));

    /// <summary>Real templates (the samples and the documented examples) to mutate.</summary>
    public static IReadOnlyList<(string Path, string Text)> Seeds { get; } = LoadSeeds();

    /// <summary>A real template with random cuts, deletions, duplications and insertions.</summary>
    public static readonly Gen<(string Path, string Text)> Mutated =
        Gen.Int[0, int.MaxValue].SelectMany(seed => Gen.Int[1, 6], (seed, edits) => (seed, edits))
            .SelectMany(p => Gen.Int.Array[p.edits * 3], (p, numbers) => Mutate(Seeds[p.seed % Seeds.Count], numbers));

    private static (string Path, string Text) Mutate((string Path, string Text) seed, int[] numbers)
    {
        var text = seed.Text;
        for (var i = 0; i + 2 < numbers.Length; i += 3)
        {
            var a = Math.Abs(numbers[i] % (text.Length + 1));
            var b = Math.Abs(numbers[i + 1] % (text.Length + 1));
            var (start, end) = (Math.Min(a, b), Math.Max(a, b));
            text = Math.Abs(numbers[i + 2] % 5) switch
            {
                0 => text.Substring(0, start),                                      // truncate
                1 => text.Remove(start, end - start),                               // delete a range
                2 => text.Insert(start, text.Substring(start, end - start)),        // duplicate a range
                3 => text.Insert(start, Fragments[Math.Abs(numbers[i + 2] % Fragments.Length)]), // insert a fragment
                _ => start < text.Length ? text.Remove(start, 1).Insert(start, ((char)(numbers[i] & 0xFFFF)).ToString()) : text, // change one char
            };
        }

        return (seed.Path, text);
    }

    private static IReadOnlyList<(string, string)> LoadSeeds()
    {
        var seeds = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("samples"), "*", SearchOption.AllDirectories).Where(LinkHygiene.Engine.LinkHygieneEngine.IsTemplate))
        {
            seeds.Add((file, File.ReadAllText(file)));
        }

        foreach (var descriptor in LinkHygiene.Rules.RuleCatalog.Descriptors)
        {
            foreach (var example in Docs.DocExample.Read(descriptor.Id))
            {
                seeds.Add((example.File, example.Code));
            }
        }

        return seeds;
    }
}
