using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>D: a batch expiring on or before Today + NearExpiryMonths.</summary>
public sealed class RuleD() : BenchRule("D", "Near-expiry batch")
{
    public override void Define(RuleBuilder rule) => rule
        .Match<Batch>()
        .Join<BenchParameters>().All()
        .Where((b, p) => b.ExpiryDate <= p.NearExpiryCutoff)
        .Then((ctx, batch, _) => ctx.Insert(new BenchFlag("D", batch.FacilityId, batch.DrugCode)));
}
