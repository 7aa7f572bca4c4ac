using System;
using System.Collections.Generic;
using NRules.Extensibility;
using NRules.RuleModel;
using PhoneRules.Analysis.Findings;

namespace PhoneRules.Analysis;

/// <summary>
/// Where a session's rules put their findings. A rule's action hands its finding over with
/// <see cref="RuleSupport.Found(IContext, Finding)"/>; the session's dependency resolver (this sink) gives the action the
/// sink. Findings used to be inserted into the session as facts only to be queried back: no rule matches a finding,
/// and at 100,000 models the 675,111 inserts (a fact, a place in the working memory, a pass through the network
/// each) were a fifth of the analysis. A derived fact another rule matches (<see cref="Facts.ReleaseDrought"/>,
/// <see cref="Facts.ReleaseCount"/>, <see cref="Facts.AnalysisYear"/>) is still inserted: that is how rules chain.
/// </summary>
internal sealed class FindingSink : IDependencyResolver
{
    /// <summary>The findings handed over, in the order the actions ran.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Gives the session this sink to collect its findings in.</summary>
    public static FindingSink AttachTo(NRules.ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sink = new FindingSink();
        session.DependencyResolver = sink;
        return sink;
    }

    /// <summary>
    /// The sink of the session whose rule action is running; a session <see cref="RuleRunner"/> did not open has none,
    /// and NRules' resolver then fails the action, naming this type.
    /// </summary>
    public static FindingSink Of(IContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (FindingSink)context.Resolve(typeof(FindingSink));
    }

    /// <inheritdoc />
    public object Resolve(IResolutionContext context, Type serviceType) => serviceType == typeof(FindingSink)
        ? this
        : throw new InvalidOperationException($"The rules' sessions resolve only {nameof(FindingSink)}, not {serviceType}.");
}
