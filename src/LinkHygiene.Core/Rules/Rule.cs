using System;
using System.Collections.Generic;
using LinkHygiene.Diagnostics;
using LinkHygiene.Options;

namespace LinkHygiene.Rules;

/// <summary>
/// A rule: a pure function of (document, links, options) to findings. One rule per file, named after its ID and
/// concept; the catalogue (<see cref="RuleCatalog"/>) lists them.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's descriptor.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Options the rule reads (besides its severity key), for validation and docs.</summary>
    public virtual IReadOnlyList<OptionDefinition> Options => Array.Empty<OptionDefinition>();

    /// <summary>Analyses one template.</summary>
    public abstract void Analyze(RuleContext context);

    /// <summary>
    /// Whether the rule reads what links say (their accessible names): an edit of a link's text is carried by running
    /// these rules again over the analysed document (<see cref="Engine.EditedAnalysis"/>), and no others.
    /// </summary>
    internal virtual bool ReadsLinkText => false;
}
