namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A fact and where it lives in its session (the slot of its type's table): what the memory of a pattern
/// joined on the right keeps, so that a handle is made only for a fact that takes part in a match. Slots
/// are never reused, so a retracted or updated fact's old reference finds its slot empty (see
/// <see cref="RuleSession.IsLive"/>). Kept small: an index holds one per fact.
/// </summary>
/// <param name="Table">The table's position among the session's tables (its type route's index).</param>
internal readonly record struct FactRef(object Fact, int Slot, int Table);
