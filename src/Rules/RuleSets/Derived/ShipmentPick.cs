using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Every batch one issue note (SBBK) takes of one item from one facility.</summary>
public sealed record ShipmentPick(string Document, ItemKey Source, IReadOnlyList<Shipment> Lines);
