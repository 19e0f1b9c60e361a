using Requisition.Rules.Engine.Model;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>A rule of the benchmark workload (WORKLOAD.md, rules A..F).</summary>
public abstract class BenchRule(string id, string description, int priority = 0) : Rule
{
    public override RuleInfo Info { get; } = new(id, id, description, Severity.Warning, priority, []);
}
