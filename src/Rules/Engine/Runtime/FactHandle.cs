namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A fact as a partial match of length one. A session makes one only when something must hold on to the
/// fact (a memory, a join's result, an activation, a group); until then the fact lives only in its
/// <see cref="FactTable"/>, and propagation passes a reusable scratch handle. An update retires the
/// handle and gives the fact a new one.
/// </summary>
internal sealed class FactHandle : Token
{
    public FactHandle(object fact, FactTable? table, int slot) : base(null, null, null)
    {
        Fact = fact;
        Table = table;
        Slot = slot;
        Handle = this;
    }

    public object Fact { get; private set; }

    /// <summary>Where the fact lives in its session; null for an aggregate's group.</summary>
    public FactTable? Table { get; private set; }

    public int Slot { get; private set; }

    /// <summary>A stand-in used while a fact is propagated; never kept by a node (nodes pin it first).</summary>
    public bool IsScratch { get; private init; }

    /// <summary>The activation that inserted this fact as linked, so it is retracted when that match ends.</summary>
    public Activation? LinkedTo { get; set; }

    /// <summary>A group published by an aggregate: not routed by type, not visible to Query.</summary>
    public bool IsGroup { get; init; }

    public static FactHandle Scratch() => new(null!, null, -1) { IsScratch = true };

    /// <summary>Points the scratch handle at another fact.</summary>
    public void Aim(object fact, FactTable table, int slot)
    {
        Fact = fact;
        if (!ReferenceEquals(Table, table)) Table = table; // saves a write barrier per fact of a bulk insert
        Slot = slot;
    }
}
