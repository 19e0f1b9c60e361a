using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>C: stock on hand above ExcessMonths x average monthly use.</summary>
public sealed class RuleC() : BenchRule("C", "Excess stock")
{
    public override void Define(RuleBuilder rule) => rule
        .Match<RequisitionLine>(l => l.AvgMonthlyUse > 0)
        .Join<BenchParameters>().All()
        .Where((l, p) => l.StockOnHand > (long)p.Thresholds.ExcessMonths * l.AvgMonthlyUse)
        .Then((ctx, line, _) => ctx.Insert(new BenchFlag("C", line.FacilityId, line.DrugCode)));
}
