using System.Linq;
using LinkHygiene.Rules;
using Microsoft.CodeAnalysis;

namespace LinkHygiene.Analyzers.Tests;

/// <summary>The Roslyn descriptors must say exactly what the engine's catalogue says.</summary>
public class DescriptorTests
{
    [Fact]
    public void EveryCatalogueRuleHasARoslynDescriptor() =>
        Assert.Equal(
            RuleCatalog.Descriptors.Select(d => d.Id),
            new TemplateAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    [Fact]
    public void RoslynDescriptorsMatchTheCatalogue()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var roslyn = DiagnosticDescriptors.ById[rule.Id];
            Assert.Equal(rule.Title, roslyn.Title.ToString());
            Assert.Equal(rule.MessageFormat, roslyn.MessageFormat.ToString());
            Assert.Equal(rule.Description, roslyn.Description.ToString());
            Assert.Equal(rule.HelpLink, roslyn.HelpLinkUri);
            Assert.Equal("LinkHygiene", roslyn.Category);
            Assert.Equal(DiagnosticDescriptors.ToRoslyn(rule.DefaultSeverity), roslyn.DefaultSeverity);
            Assert.True(roslyn.IsEnabledByDefault);
        }
    }
}
