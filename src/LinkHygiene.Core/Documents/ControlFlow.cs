using System.Collections.Generic;
using LinkHygiene.Text;

namespace LinkHygiene.Documents;

/// <summary>What a template language's control flow says about where an HTML file's markup renders.</summary>
internal sealed class ControlFlow
{
    /// <summary>Groups of branches of which at most one renders (<see cref="TemplateDocument.ExclusiveBranches"/>).</summary>
    public List<IReadOnlyList<SourceSpan>> Exclusive { get; } = new();

    /// <summary>Where markup may render many times: the outermost bodies of loops.</summary>
    public List<SourceSpan> Repeated { get; } = new();

    /// <summary>
    /// The bodies of translation blocks, in source order: Django's <c>{% blocktranslate %}</c> (<c>{% blocktrans %}</c>),
    /// Jinja's and Twig's <c>{% trans %}...{% endtrans %}</c>. Their markup is a message catalogue's key and renders as
    /// its translation: an edit there changes the key, and the translations no longer match it.
    /// </summary>
    public List<SourceSpan> Translated { get; } = new();

    /// <summary>
    /// The template tags that write nothing where they stand in text or a value (an if, an else, an end, a for, a load),
    /// in source order: a link whose content has only these and markup without text has no name, whichever branch renders.
    /// </summary>
    public List<SourceSpan> Silent { get; } = new();
}
