using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>The batches of one item at one facility with stock, earliest expiry first (the FEFO order).</summary>
public sealed record BatchQueue(ItemKey Key, IReadOnlyList<BatchStock> Batches);
