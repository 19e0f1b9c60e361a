using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Gathers the batches one issue note takes of one item.</summary>
public sealed class DeriveShipmentPick : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_SHIPMENT_PICK", "SBBK lines of one item, together.", Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Aggregate<Shipment, (string Document, ItemKey Source)>(s => (s.Document, s.SourceKey))
        .Then((ctx, lines) => ctx.InsertLinked(new ShipmentPick(lines.Key.Document, lines.Key.Source, lines.Items)));
}
