using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Tests.Engine;

/// <summary>A rule defined by a lambda, for engine tests.</summary>
internal sealed class InlineRule(string id, Action<RuleBuilder> define, int priority = 0) : Rule
{
    public override RuleInfo Info { get; } = new(id, id, "test rule", Severity.Info, priority, []);

    public override void Define(RuleBuilder rule) => define(rule);
}
