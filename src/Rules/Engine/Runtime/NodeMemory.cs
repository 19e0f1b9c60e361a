using System.Runtime.CompilerServices;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A session's store of what reached one memory node, with its lazily built key indexes: partial matches
/// (<see cref="Token"/>) for a rule's chain, fact references (<see cref="FactRef"/>) for a pattern joined
/// on the right. The memory of a pattern over inserted facts starts virtual: it stores nothing, because
/// its contents can be read back from the session's facts (each fact records which patterns it passed).
/// The list and each index are read back the first time a join needs them, and kept up to date from
/// then on. Most memories of a session that inserts reference data first are never looked into, and a
/// memory probed by key never needs its list.
/// </summary>
internal sealed class NodeMemory<TItem>
{
    private static readonly List<TItem> Nothing = [];
    private readonly IReadOnlyList<IndexSlot<TItem>> _slots;
    private readonly Predicate<TItem> _isGone;
    private readonly AlphaNode? _alpha;
    private readonly IRecall<TItem>? _facts;
    private readonly KeyIndex<TItem>?[] _indexes;
    private List<TItem>? _items;

    /// <summary>A memory that is virtual until read, over the facts <paramref name="facts"/> holds for <paramref name="alpha"/>; without them, a memory that stores from the start.</summary>
    public NodeMemory(IReadOnlyList<IndexSlot<TItem>> slots, Predicate<TItem> isGone, AlphaNode? alpha = null, IRecall<TItem>? facts = null)
    {
        _slots = slots;
        _isGone = isGone;
        _alpha = alpha;
        _facts = facts;
        _indexes = new KeyIndex<TItem>?[slots.Count];
        if (facts is not null) return;
        _items = [];
        IsReal = true;
    }

    public List<TItem> Items => _items ?? Recall();

    // Cold paths stay out of line (here and below): inlined into the joins, they would widen every probe's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private List<TItem> Recall()
    {
        // Stay virtual while the session has never held a fact of the type: there is nothing to read
        // back, and facts inserted later need not be stored until someone looks.
        var count = _facts!.Count(_alpha!);
        if (count < 0) return Nothing;
        var items = new List<TItem>(count);
        _facts.Recall(_alpha!, items.Add);
        IsReal = true;
        return _items = items;
    }

    /// <summary>True once the memory stores what reaches it (its list, or an index; see the class summary).</summary>
    public bool IsReal { get; private set; }

    public void Add(TItem item)
    {
        _items?.Add(item);
        var indexes = _indexes;
        for (var i = 0; i < indexes.Length; i++) indexes[i]?.Add(item);
    }

    /// <summary>
    /// The index in <paramref name="slot"/>, built on first use; null while there is nothing to find, so a
    /// memory filled after its partner never pays for an index nobody probes.
    /// </summary>
    public KeyIndex<TKey, TItem>? Index<TKey>(int slot)
    {
        // The slot was declared with this key type (see IndexSlot): no need to test it on every probe.
        if (_indexes[slot] is { } built) return Unsafe.As<KeyIndex<TKey, TItem>>(built);
        return Unsafe.As<KeyIndex<TKey, TItem>>(Build(slot));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private KeyIndex<TItem>? Build(int slot)
    {
        KeyIndex<TItem> index;
        if (_items is not null)
        {
            if (_items.Count == 0) return null;
            Compact();
            index = _slots[slot].Create(_items.Count, _isGone);
            foreach (var item in _items) index.Add(item);
        }
        else
        {
            var count = _facts!.Count(_alpha!);
            if (count < 0) return null;
            index = _slots[slot].Create(count, _isGone);
            _facts.Recall(_alpha!, index.Add);
            IsReal = true;
        }
        _indexes[slot] = index;
        return index;
    }

    /// <summary>Drops the items that are gone (deleted matches, retracted facts).</summary>
    public void Compact() => _items?.RemoveAll(_isGone);
}
