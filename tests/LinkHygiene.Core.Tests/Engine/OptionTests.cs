using System;
using System.Linq;
using LinkHygiene.Diagnostics;
using LinkHygiene.Engine;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Engine;

public class OptionTests
{
    [Theory]
    [InlineData("link_hygiene.zone = comments", "Option 'link_hygiene.zone' has an invalid value 'comments': expected ugc, sponsored, none; the default 'none' is used")]
    [InlineData("link_hygiene.LH010.strict = yes", "Option 'link_hygiene.LH010.strict' has an invalid value 'yes': expected true or false; the default 'false' is used")]
    [InlineData("link_hygiene.LH001.severity = fatal", "Option 'link_hygiene.LH001.severity' has an invalid value 'fatal': expected error, warning, suggestion, silent or none; the default 'warning' is used")]
    [InlineData("link_hygiene.default_language = english!", "Option 'link_hygiene.default_language' has an invalid value 'english!': expected a language tag such as en, de or pt-BR; the default '(unset: every language)' is used")]
    [InlineData("link_hygiene.site_hosts = https://example.com/", "Option 'link_hygiene.site_hosts' has an invalid value 'https://example.com/': 'https://example.com/' is not a host name (write only the host, e.g. example.com or *.example.com, without scheme or path); the default '(empty)' is used")]
    [InlineData("link_hygiene.ugc_selectors = .comments, #thread", "Option 'link_hygiene.ugc_selectors' has an invalid value '.comments,': the value ends with ','; in .editorconfig '#' and ';' start a comment even inside a value, so anything after them is lost; write an id selector as [id=comments] instead of #comments; the default '.ugc, .user-content, .comment, .comments, .comment-body, .review-body, .forum-post, .post-signature, .user-signature, .message-signature' is used")]
    [InlineData("link_hygiene.ugc_selectors = div[", "Option 'link_hygiene.ugc_selectors' has an invalid value 'div[': it is not a valid CSS selector list; the default '.ugc, .user-content, .comment, .comments, .comment-body, .review-body, .forum-post, .post-signature, .user-signature, .message-signature' is used")]
    [InlineData("link_hygiene.max_file_size_kb = -1", "Option 'link_hygiene.max_file_size_kb' has an invalid value '-1': expected a whole number of KiB from 1 to 1048576; the default '5120' is used")]
    [InlineData("link_hygiene.enabled = no", "Option 'link_hygiene.enabled' has an invalid value 'no': expected true or false; the default 'true' is used")]
    [InlineData("link_hygiene.ugc_selector = .review", "Unknown option 'link_hygiene.ugc_selector'; did you mean 'link_hygiene.ugc_selectors'? It has no effect as written")]
    [InlineData("link_hygiene.lh010.strictt = true", "Unknown option 'link_hygiene.lh010.strictt'; did you mean 'link_hygiene.LH010.strict'? It has no effect as written")]
    [InlineData("link_hygiene.LH01.severity = none", "Unknown rule 'LH01' in 'link_hygiene.LH01.severity'; did you mean 'LH001'? It has no effect as written")]
    [InlineData("link_hygiene.LH999.severity = none", "Unknown rule 'LH999' in 'link_hygiene.LH999.severity': no LinkHygiene rule has this ID, so it has no effect")]
    [InlineData("link_hygiene.frobnicate = yes", "Unknown option 'link_hygiene.frobnicate': LinkHygiene has no such key (docs/configuration.md lists them); it has no effect")]
    [InlineData("dotnet_diagnostic.LH999.severity = none", "Unknown rule 'LH999' in 'dotnet_diagnostic.LH999.severity': no LinkHygiene rule has this ID, so it has no effect")]
    [InlineData("dotnet_diagnostic.LH010.severity = none", "'dotnet_diagnostic.LH010.severity' in an .editorconfig file has no effect on templates: the compiler applies dotnet_diagnostic severities in .editorconfig sections only to C# files; write 'link_hygiene.LH010.severity = none' here instead, or move the line to a .globalconfig")]
    [InlineData("dotnet_analyzer_diagnostic.category-LinkHygiene.severity = eror", "'dotnet_analyzer_diagnostic.category-LinkHygiene.severity' has an invalid value 'eror': expected error, warning, suggestion, silent, none or default; the compiler and LinkHygiene pass over it")]
    [InlineData("dotnet_analyzer_diagnostic.severity = off", "'dotnet_analyzer_diagnostic.severity' has an invalid value 'off': expected error, warning, suggestion, silent, none or default; the compiler and LinkHygiene pass over it")]
    [InlineData("dotnet_analyzer_diagnostic.category-link_hygiene.severity = none", "No rule has the category 'link_hygiene'; did you mean 'dotnet_analyzer_diagnostic.category-LinkHygiene.severity'? It has no effect as written")]
    [InlineData("dotnet_analyzer_diagnostic.category-LinkHygene.severity = none", "No rule has the category 'LinkHygene'; did you mean 'dotnet_analyzer_diagnostic.category-LinkHygiene.severity'? It has no effect as written")]
    // (held-out review 170) a '#' or ';' that cuts a value which looks as if it went on; a line that is no 'key = value';
    // the prefix misspelt
    [InlineData("link_hygiene.site_hosts = example.com; www.example.com", "The value of 'link_hygiene.site_hosts' ends at ';': '; www.example.com  # a comment' is read as a comment ('#' and ';' start one in .editorconfig, even inside a value), so 'example.com' is used; write an id selector as [id=...], and separate list items with ','")]
    [InlineData("link_hygiene.ugc_selectors = .comments #disqus_thread", "The value of 'link_hygiene.ugc_selectors' ends at '#': '#disqus_thread  # a comment' is read as a comment ('#' and ';' start one in .editorconfig, even inside a value), so '.comments' is used; write an id selector as [id=...], and separate list items with ','")]
    [InlineData("link_hygiene.zone ugc", "'link_hygiene.zone ugc' is not read: a line sets a key as 'key = value' (a key holds letters, digits, '.', '-' and '_'); it has no effect as written")]
    [InlineData("link_hygiene . LH011 . severity = none", "'link_hygiene . LH011 . severity = none' is not read: a line sets a key as 'key = value' (a key holds letters, digits, '.', '-' and '_'); it has no effect as written")]
    [InlineData("link-hygiene.LH010.strict = true", "Unknown key 'link-hygiene.LH010.strict'; did you mean 'link_hygiene.LH010.strict'? It has no effect as written")]
    public void ConfigurationLinesThatHaveNoEffectAreReportedWhereTheyAre(string line, string message)
    {
        var text = "root = true\n\n# LinkHygiene\n[*.cshtml]\n" + line + "  # a comment\n";
        var result = LinkHygieneEngine.AnalyzeConfiguration("/site/.editorconfig", text, EngineAssert.Options());
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.InvalidOption, finding.Id);
        Assert.Equal(message, finding.Message);
        Assert.Equal(4, finding.Start.Line);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("is_global = true\ndotnet_diagnostic.LH010.severity = none\n", "/site/x.config")]
    [InlineData("dotnet_diagnostic.LH010.severity = error\n", "/site/.globalconfig")]
    [InlineData("[*]\nlink_hygiene.zone = ugc\nlink_hygiene.LH010.strict = TRUE\nLINK_HYGIENE.LH001.SEVERITY = Error\nlink_hygiene.enabled = false\ndotnet_diagnostic.CA1000.severity = none\nindent_size = 4\n", "/site/.editorconfig")]
    [InlineData("# link_hygiene.zone = nonsense\n; link_hygiene.frobnicate = 1\n", "/site/.editorconfig")]
    // (a comment after a one-word value, however written, cuts nothing: code review 128)
    [InlineData("[*]\nlink_hygiene.LH001.severity = warning #legacy pages\nlink_hygiene.LH010.severity = suggestion ;see wiki\nlink_hygiene.LH011.severity = none#off\nlink_hygiene.zone = ugc;why\nlink_hygiene.site_hosts = a.example, b.example  # ours\n", "/site/.editorconfig")]
    [InlineData("[*]\ndotnet_analyzer_diagnostic.category-LinkHygiene.severity = none\ndotnet_analyzer_diagnostic.severity = default\ndotnet_analyzer_diagnostic.category-Style.severity = error\ndotnet_analyzer_diagnostic.category-Security.severity = eror\n", "/site/.editorconfig")]
    public void ValidLinesAndOtherToolsKeysAreLeftAlone(string text, string path) =>
        Assert.Empty(LinkHygieneEngine.AnalyzeConfiguration(path, text, EngineAssert.Options()).Findings);

    // EditorConfig's "unset" removes a key's effect: the default applies, and it is no invalid value (held-out review 170:
    // extra_phrases = unset made "unset" a generic phrase, ugc_selectors = unset lost every comment section, zone = unset
    // was "invalid")
    [Fact]
    public void UnsetGivesTheDefault()
    {
        Assert.Empty(LinkHygieneEngine.AnalyzeConfiguration("/site/.editorconfig", "[*]\nlink_hygiene.zone = unset\nlink_hygiene.LH010.severity = UNSET\nlink_hygiene.ugc_selectors = unset\nlink_hygiene.LH010.extra_phrases = unset\n", EngineAssert.Options()).Findings);
        const string page = "<section class=\"comments\"><a href=\"https://x.example\">X shop</a></section> <a href=\"/p\">Unset</a> <a href=\"/q\">Click here</a>";
        var result = EngineAssert.Analyze("page.html", page, "link_hygiene.ugc_selectors = unset", "link_hygiene.lh010.extra_phrases = unset", "link_hygiene.lh010.severity = unset", "link_hygiene.site_hosts = unset");
        Assert.Equal(new[] { "LH001", "LH010" }, result.Findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(RuleSeverity.Warning, result.Findings.Single(f => f.Id == "LH010").Severity);
    }

    // ... and our keys before any section of an .editorconfig, which reads only root there, or under a line that looks like
    // a section header and is none (held-out review 170); in a .globalconfig the preamble is where they go
    [Fact]
    public void KeysThatNoSectionHoldsAreReported()
    {
        var text = "root = true\nlink_hygiene.zone = ugc\n\n[*.html\nlink_hygiene.LH010.strict = true\nindent_size = 2\n\n[*.cshtml]\nlink_hygiene.LH010.strict = true\n";
        var findings = LinkHygieneEngine.AnalyzeConfiguration("/site/.editorconfig", text, EngineAssert.Options()).Findings;
        Assert.Equal(
            new[]
            {
                "1: 'link_hygiene.zone' comes before any section: an .editorconfig reads only 'root' there, so it has no effect; put it under a section such as [*.{cshtml,razor,html}], or in a .globalconfig",
                "3: '[*.html' is no section header (a header is '[glob]', with no '#' or ';' unless escaped): it is passed over, and the keys after it belong to the section before it",
            },
            findings.Select(f => $"{f.Start.Line}: {f.Message}"));
        Assert.Empty(LinkHygieneEngine.AnalyzeConfiguration("/site/.globalconfig", "is_global = true\nlink_hygiene.zone = ugc\n", EngineAssert.Options()).Findings);
        Assert.Empty(LinkHygieneEngine.AnalyzeConfiguration("/site/x.editorconfig", "is_global = true\nlink_hygiene.zone = ugc\n", EngineAssert.Options()).Findings);
    }

    [Fact]
    public void InvalidValuesFallBackToTheDefaultSilentlyInTemplates()
    {
        // The configuration check reports the line once; the templates it applies to just use the default.
        var result = EngineAssert.Analyze("page.html", "<a href=\"https://x.example\">X shop</a>", "link_hygiene.zone = comments");
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("link_hygiene.enabled = false")]
    [InlineData("generated_code = true")]
    public void SwitchedOffFilesReportNothing(string option)
    {
        Assert.Empty(EngineAssert.Analyze("page.html", "<a href=\"/x\">Click here</a>", option).Findings);
        Assert.Empty(LinkHygieneEngine.Unreadable("page.html", "binary", EngineAssert.Options(option)).Findings);
    }

    [Fact]
    public void UnknownRuleIdsInSuppressionsAreReportedAtTheId()
    {
        var findings = EngineAssert.Findings(
            "page.html",
            "<!-- linkhygiene-disable-next-line {|LH900:LH01|} -->\n<a href=\"/x\">{|LH010:Click here|}</a>\n<div data-linkhygiene-ignore=\"LH020 {|LH900:LH2O|}\"><a href=\"/y\">About us</a></div>");
        Assert.Equal("Unknown rule 'LH01' in 'linkhygiene-disable-next-line LH01'; did you mean 'LH001'? It has no effect as written", findings[0].Message);
        Assert.Equal("Unknown rule 'LH2O' in 'data-linkhygiene-ignore=\"LH020 LH2O\"'; did you mean 'LH020'? It has no effect as written", findings[2].Message);
    }

    // A comment written as a directive that is none suppresses nothing, and says so at its name (held-out review 154)
    [Fact]
    public void ADirectiveThatIsNoneIsReportedAtItsName()
    {
        var findings = EngineAssert.Findings(
            "page.html",
            "<!-- {|LH900:linkhygiene-disable-next-line|}: LH010 -->\n<a href=\"/x\">{|LH010:Click here|}</a>\n"
            + "<p><a href=\"/y\">{|LH010:Read more|}</a><!-- {|LH900:linkhygiene-disable-line|} LH010 --></p>\n"
            + "<!-- {|LH900:linkhygiene-disabel|} LH010 -->\n<a href=\"/z\">{|LH010:Click here|}</a>\n<!-- {|LH900:linkhygiene-ignore|} -->\n<!-- linkhygiene is great -->\n<!-- linkhygiene-report.html is written by the CI job -->\n<!-- linkhygiene-Disable-Next-Line LH010 -->\n<a href=\"/w\">Click here</a>");
        var messages = findings.Where(f => f.Id == "LH900").Select(f => f.Message).ToArray();
        Assert.Equal(
            new[]
            {
                "'linkhygiene-disable-next-line' is followed by ':', so it suppresses nothing: write a space between the directive and its rule IDs (linkhygiene-disable-next-line LH010)",
                "'linkhygiene-disable-line' is no LinkHygiene directive, so it suppresses nothing; did you mean 'linkhygiene-disable-next-line' (on the line before the link)? The directives are linkhygiene-disable-next-line, linkhygiene-disable and linkhygiene-enable",
                "'linkhygiene-disabel' is no LinkHygiene directive, so it suppresses nothing; did you mean 'linkhygiene-disable'? The directives are linkhygiene-disable-next-line, linkhygiene-disable and linkhygiene-enable",
                "'linkhygiene-ignore' is no LinkHygiene directive, so it suppresses nothing. The directives are linkhygiene-disable-next-line, linkhygiene-disable and linkhygiene-enable",
            },
            messages);
    }

    [Fact]
    public void EachUnknownRuleIdOfASuppressionIsReportedAtItself()
    {
        // Each ID is looked for after the one before it: not inside an earlier ID, and a repeated one at each place.
        EngineAssert.Findings(
            "page.html",
            "<!-- linkhygiene-disable LH010 {|LH900:LH01|}, {|LH900:LH01|} -- twice -->\n<a href=\"/x\">Click here</a>");
    }

    [Fact]
    public void EachUnknownRuleIdOfAnIgnoreAttributeIsReportedAtItself()
    {
        EngineAssert.Findings(
            "page.html",
            "<div data-linkhygiene-ignore=\"LH010 {|LH900:LH01|} {|LH900:LH01|}\"><a href=\"/x\">Click here</a></div>");
    }

    [Fact]
    public void ALongIgnoreAttributeIsNotRepeatedInTheMessageOfEachUnknownId()
    {
        // 20,000 unknown IDs: each message held the whole value (2.6 GB for 8,000 of them), and each was looked for from
        // the start of the value.
        var ids = Enumerable.Range(0, 20_000).Select(i => "Z" + i).ToArray();
        var text = "<div data-linkhygiene-ignore=\"" + string.Join(" ", ids) + "\"><a href=\"/x\">Docs</a></div>";
        var findings = EngineAssert.Analyze("page.html", text).Findings;

        Assert.Equal(ids.Length, findings.Count);
        Assert.Equal("Unknown rule 'Z19999' in 'data-linkhygiene-ignore=\"… Z19999 …\"': no LinkHygiene rule has this ID, so it has no effect", findings[^1].Message);
        Assert.Equal(text.LastIndexOf("Z19999", StringComparison.Ordinal), findings[^1].Span.Start);
        Assert.Equal(text.IndexOf("Z1 ", StringComparison.Ordinal), findings[1].Span.Start);
    }

    [Theory]
    [InlineData("link_hygiene.LH010.severity = error", RuleSeverity.Error)]
    [InlineData("link_hygiene.lh010.severity = suggestion", RuleSeverity.Suggestion)]
    [InlineData("LINK_HYGIENE.LH010.SEVERITY = Silent", RuleSeverity.Silent)]
    [InlineData("link_hygiene.LH010.severity = info", RuleSeverity.Suggestion)]
    [InlineData("link_hygiene.LH010.severity = default", RuleSeverity.Warning)]
    [InlineData("link_hygiene.LH001.severity = error", RuleSeverity.Warning)]
    public void SeverityIsConfigurablePerRule(string option, RuleSeverity expected)
    {
        var result = EngineAssert.Analyze("page.html", "<a href=\"/x\">Click here</a>", option);
        Assert.Equal(expected, Assert.Single(result.Findings).Severity);
    }

    [Theory]
    [InlineData("Error", "dotnet_analyzer_diagnostic.category-LinkHygiene.severity = error")]
    [InlineData("Error", "DOTNET_ANALYZER_DIAGNOSTIC.CATEGORY-linkhygiene.SEVERITY = Error")]
    [InlineData("Suggestion", "dotnet_analyzer_diagnostic.severity = suggestion")]
    [InlineData("none", "dotnet_analyzer_diagnostic.category-LinkHygiene.severity = none", "dotnet_analyzer_diagnostic.severity = error")]
    [InlineData("Error", "dotnet_analyzer_diagnostic.category-LinkHygiene.severity = eror", "dotnet_analyzer_diagnostic.severity = error")]
    [InlineData("Warning", "dotnet_analyzer_diagnostic.category-LinkHygiene.severity = default", "dotnet_analyzer_diagnostic.severity = error")]
    [InlineData("Warning", "link_hygiene.LH010.severity = warning", "dotnet_analyzer_diagnostic.category-LinkHygiene.severity = error")]
    [InlineData("Warning", "link_hygiene.LH010.severity = default", "dotnet_analyzer_diagnostic.severity = none")]
    [InlineData("Warning", "link_hygiene.LH010.severity = fatal", "dotnet_analyzer_diagnostic.severity = none")]
    [InlineData("Warning", "dotnet_analyzer_diagnostic.category-Style.severity = error")]
    public void RoslynsBulkSeverityKeysApplyInTheCompilersOrder(string expected, params string[] options)
    {
        // The compiler reads dotnet_analyzer_diagnostic.* only for C# files; LinkHygiene reads them for templates, after
        // the rule's own key (which a .globalconfig's dotnet_diagnostic entry reaches in every front end).
        var findings = EngineAssert.Analyze("page.html", "<a href=\"/x\">Click here</a>", options).Findings;
        if (expected == "none")
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(Enum.Parse<RuleSeverity>(expected), Assert.Single(findings).Severity);
        }
    }

    [Fact]
    public void EachTemplateGetsItsOwnSeveritiesWhereTemplatesAlternate()
    {
        // The engine shares one table per set of severities between templates: each must still get its own set.
        var options = new[]
        {
            new[] { "link_hygiene.LH010.severity = error" },
            new[] { "link_hygiene.LH010.severity = none" },
            System.Array.Empty<string>(),
            new[] { "link_hygiene.LH010.severity = suggestion", "link_hygiene.LH001.severity = none" },
            new[] { "link_hygiene.LH010.severity = error" },
        };
        var seen = options.Select(option => EngineAssert.Analyze("page.html", "<a href=\"/x\">Click here</a>", option).Findings.SingleOrDefault()?.Severity);
        Assert.Equal(new RuleSeverity?[] { RuleSeverity.Error, null, RuleSeverity.Warning, RuleSeverity.Suggestion, RuleSeverity.Error }, seen);
    }

    [Fact]
    public void SeverityNoneSwitchesARuleOff()
    {
        var result = EngineAssert.Analyze("page.html", "<a href=\"/x\">Click here</a>", "link_hygiene.LH010.severity = none");
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void SelectorNoneClearsTheList()
    {
        var result = EngineAssert.Analyze("page.html", "<div class=\"comment\"><a href=\"https://x.example\">X shop</a></div>", "link_hygiene.ugc_selectors = none");
        Assert.Empty(result.Findings);
    }
}
