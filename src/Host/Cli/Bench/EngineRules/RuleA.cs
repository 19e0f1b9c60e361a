using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>A: a line whose drug has no formulary entry on FORNAS (none at all, or one with OnFornas = false).</summary>
public sealed class RuleA() : BenchRule("A", "Line not on FORNAS")
{
    public override void Define(RuleBuilder rule) => rule
        .Match<RequisitionLine>()
        .NotExists<FormularyEntry>(f => f.OnFornas).On(l => l.DrugCode, f => f.DrugCode)
        .Then((ctx, line) => ctx.Insert(new BenchFlag("A", line.FacilityId, line.DrugCode)));
}
