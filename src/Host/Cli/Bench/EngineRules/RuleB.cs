using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>B: a line whose drug has a formulary entry with OnDoen = false.</summary>
public sealed class RuleB() : BenchRule("B", "Line not on DOEN")
{
    public override void Define(RuleBuilder rule) => rule
        .Match<RequisitionLine>()
        .Join<FormularyEntry>(f => !f.OnDoen).On(l => l.DrugCode, f => f.DrugCode)
        .Then((ctx, line, _) => ctx.Insert(new BenchFlag("B", line.FacilityId, line.DrugCode)));
}
