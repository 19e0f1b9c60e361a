namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A session's facts of one runtime type, in insertion order: each fact, which of its type's patterns it
/// passed (one bit each), and its handle once one was needed. A retracted fact leaves an empty slot.
/// </summary>
internal sealed class FactTable(TypeRoute route)
{
    private object?[] _facts = new object?[16];
    private ulong[] _masks = new ulong[16];
    private FactHandle?[] _handles = new FactHandle?[16];

    public TypeRoute Route { get; } = route;

    /// <summary>Slots used, live or retracted.</summary>
    public int Count { get; private set; }

    public int Add(object fact)
    {
        if (Count == _facts.Length) Grow(_facts.Length * 2);
        _facts[Count] = fact;
        return Count++;
    }

    /// <summary>Makes room for <paramref name="more"/> facts beyond those held.</summary>
    public void Reserve(int more)
    {
        if (Count + more > _facts.Length) Grow(Count + more);
    }

    private void Grow(int size)
    {
        Array.Resize(ref _facts, size);
        Array.Resize(ref _masks, size);
        Array.Resize(ref _handles, size);
    }

    /// <summary>The fact in a slot, or null once retracted.</summary>
    public object? FactAt(int slot) => _facts[slot];

    public ulong MaskAt(int slot) => _masks[slot];

    public void SetBit(int slot, ulong bit) => _masks[slot] |= bit;

    /// <summary>The fact's handle, made on first need.</summary>
    public FactHandle Pin(int slot) => _handles[slot] ??= new FactHandle(_facts[slot]!, this, slot);

    public void Remove(int slot)
    {
        _facts[slot] = null;
        _masks[slot] = 0;
        _handles[slot] = null;
    }
}
