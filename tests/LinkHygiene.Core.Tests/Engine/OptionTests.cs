using System.Linq;
using LinkHygiene.Diagnostics;
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
    [InlineData("link_hygiene.ugc_selectors = .comments,", "Option 'link_hygiene.ugc_selectors' has an invalid value '.comments,': the value ends with ','; in .editorconfig '#' and ';' start a comment even inside a value, so anything after them is lost; write an id selector as [id=comments] instead of #comments; the default '.ugc, .user-content, .comment, .comments, .comment-body, .review-body, .forum-post' is used")]
    [InlineData("link_hygiene.ugc_selectors = div[", "Option 'link_hygiene.ugc_selectors' has an invalid value 'div[': it is not a valid CSS selector list; the default '.ugc, .user-content, .comment, .comments, .comment-body, .review-body, .forum-post' is used")]
    [InlineData("link_hygiene.max_file_size_kb = -1", "Option 'link_hygiene.max_file_size_kb' has an invalid value '-1': expected a whole number of KiB from 1 to 1048576; the default '5120' is used")]
    public void InvalidValuesAreReportedAndTheDefaultIsUsed(string option, string message)
    {
        var result = EngineAssert.Analyze("page.html", "<p>no links</p>", option);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.InvalidOption, finding.Id);
        Assert.Equal(message, finding.Message);
        Assert.Equal(0, finding.Span.Start);
    }

    [Fact]
    public void InvalidZoneFallsBackToDefault()
    {
        var result = EngineAssert.Analyze("page.html", "<a href=\"https://x.example\">X shop</a>", "link_hygiene.zone = comments");
        Assert.Equal(new[] { RuleIds.InvalidOption }, result.Findings.Select(f => f.Id));
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
