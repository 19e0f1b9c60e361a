using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>F: forward chaining on the flags: a facility with more than 10 flags gets one alert with the count.</summary>
public sealed class RuleF() : BenchRule("F", "Facility alert", priority: -1)
{
    public override void Define(RuleBuilder rule) => rule
        .Aggregate<BenchFlag, string>(f => f.FacilityId)
        .Join<BenchParameters>().All()
        .Where((flags, p) => flags.Count > p.Thresholds.AlertFlagCount)
        .Then((ctx, flags, _) => ctx.Insert(new FacilityAlert(flags.Key, flags.Count)));
}
