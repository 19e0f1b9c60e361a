using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>E: |requested - planned| x 100 above PlanDeviationPct x planned.</summary>
public sealed class RuleE() : BenchRule("E", "Request deviates from plan")
{
    public override void Define(RuleBuilder rule) => rule
        .Match<RequisitionLine>(l => l.Planned > 0)
        .Join<BenchParameters>().All()
        .Where((l, p) => Math.Abs((long)l.Requested - l.Planned) * 100 > (long)p.Thresholds.PlanDeviationPct * l.Planned)
        .Then((ctx, line, _) => ctx.Insert(new BenchFlag("E", line.FacilityId, line.DrugCode)));
}
