using System.Linq;
using System.Threading.Tasks;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>
/// The compiler server keeps the analyzer loaded across builds, and a rebuild reuses what it found in a template
/// unless the template's text, an option the engine read for it, or the project's .resx strings changed. Each test
/// runs one analyzer (with its own cache) over successive compilations, as successive builds do, and checks both
/// that the cache was used exactly where allowed and that the diagnostics are those of a fresh analysis.
/// </summary>
public class TemplateResultCacheTests
{
    private const string Post = "<a href=\"/blog\">click here</a>\n<a href=\"https://example.com\" target=\"_blank\">Example</a>\n";
    private const string About = "<p>Read about <a href=\"/about\">the people</a> and <a href=\"#\">our team</a>.</p>\n";
    private const string Home = "<a href=\"/\">Home</a>\n";

    private static readonly (string Path, string Text)[] Site =
    {
        ("/site/Pages/Post.cshtml", Post),
        ("/site/Pages/About.cshtml", About),
        ("/site/Pages/Index.cshtml", Home),
    };

    [Fact]
    public async Task AnUnchangedRebuildIsServedFromTheCacheWithTheSameDiagnostics()
    {
        var cache = new TemplateResultCache();
        var first = await Run(cache, Site);
        Assert.Equal((0, 3), (cache.Hits, cache.Stores));

        var second = await Run(cache, Site);
        Assert.Equal((3, 3), (cache.Hits, cache.Stores));
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first, await Run(new TemplateResultCache(), Site));
    }

    [Fact]
    public async Task AnEditedTemplateIsAnalysedAgainAndOnlyIt()
    {
        var cache = new TemplateResultCache();
        await Run(cache, Site);
        var edited = Site.Select(t => t.Path.EndsWith("Index.cshtml") ? (t.Path, "<a href=\"/\">read more</a>\n") : t).ToArray();

        var after = await Run(cache, edited);

        Assert.Equal((2, 4), (cache.Hits, cache.Stores));
        Assert.Contains(after, d => d.StartsWith("LH010 Warning /site/Pages/Index.cshtml: (0,12)-(0,21)"));
        Assert.Equal(await Run(new TemplateResultCache(), edited), after);
    }

    [Fact]
    public async Task AnOptionTheEngineReadsChangingForOneFileAnalysesThatFileAgain()
    {
        var cache = new TemplateResultCache();
        var before = await Run(cache, Site);
        Assert.DoesNotContain(before, d => d.Contains("'the people'"));

        var config = "root = true\n[*/About.cshtml]\nlink_hygiene.LH010.extra_phrases = the people\n";
        var after = await Run(cache, Site, config);

        Assert.Equal((2, 4), (cache.Hits, cache.Stores));
        Assert.Contains(after, d => d.StartsWith("LH010 Warning /site/Pages/About.cshtml") && d.Contains("'the people'"));
        Assert.Equal(await Run(new TemplateResultCache(), Site, config), after);
    }

    [Fact]
    public async Task OptionsTheEngineNeverReadsDoNotDefeatTheCache()
    {
        var cache = new TemplateResultCache();
        var before = await Run(cache, Site);

        var after = await Run(cache, Site, "root = true\n[*.cshtml]\nindent_size = 4\nsome_other_tool.option = on\n");

        Assert.Equal((3, 3), (cache.Hits, cache.Stores));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ChangedResourceStringsAnalyseEveryTemplateAgain()
    {
        var cache = new TemplateResultCache();
        var resx = ("/site/Resources/Shared.resx", Resx("More", "Read more"));
        await Run(cache, Site.Append(resx).ToArray());
        await Run(cache, Site.Append(resx).ToArray());
        Assert.Equal((3, 3), (cache.Hits, cache.Stores));

        await Run(cache, Site.Append((resx.Item1, Resx("More", "Continue reading"))).ToArray());

        Assert.Equal((3, 6), (cache.Hits, cache.Stores));
    }

    [Fact]
    public async Task TheCacheStaysWithinItsBudgetAndStillGivesFreshResults()
    {
        var cache = new TemplateResultCache(budget: Post.Length + About.Length);
        var first = await Run(cache, Site);
        Assert.True(cache.Count < Site.Length, $"{cache.Count} entries kept over a budget for two");

        Assert.Equal(first, await Run(cache, Site));
    }

    private static string Resx(string name, string value) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><root><data name=\"{name}\" xml:space=\"preserve\"><value>{value}</value></data></root>";

    /// <summary>One compilation over the files, as one build runs the analyzer; its diagnostics as sorted lines.</summary>
    private static async Task<string[]> Run(TemplateResultCache cache, (string Path, string Text)[] files, string editorConfig = "root = true\n")
    {
        var diagnostics = await DirectRun.Diagnostics(new TemplateAnalyzer(cache), files, (editorConfig, "/site/.editorconfig"));
        return diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} {d.GetMessage()}").OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }
}
