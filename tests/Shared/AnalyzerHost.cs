using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LinkHygiene.Testing;

/// <summary>An AdditionalFile whose text is given, as the tests and benchmarks that run the analyzer directly hand it over.</summary>
internal sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The compiler's options for each file, from an <see cref="AnalyzerConfigSet"/> (.editorconfig and .globalconfig files), as a build gives them.</summary>
internal sealed class ConfigSetOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;

    public ConfigSetOptionsProvider(AnalyzerConfigSet set) => _set = set;

    public override AnalyzerConfigOptions GlobalOptions => new Options(_set.GlobalConfigOptions.AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
