namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A session's store of the tokens that reached one memory node, with its lazily built indexes.
/// The memory of a pattern over inserted facts starts virtual: it stores nothing, because its contents
/// can be read back from the session's facts (each fact records which patterns it passed). It becomes
/// real the first time a join needs to look into it, and is kept up to date from then on. Most
/// memories of a session that inserts reference data first are never looked into.
/// </summary>
internal sealed class TokenMemory
{
    private readonly MemoryNode _node;
    private readonly Func<AlphaNode, (List<Token> Items, int Scanned)>? _recall;
    private readonly KeyIndex?[] _indexes;
    private List<Token>? _items;
    private int _deletedSeen;

    public TokenMemory(MemoryNode node, Func<AlphaNode, (List<Token> Items, int Scanned)>? recall)
    {
        _node = node;
        _indexes = new KeyIndex?[node.IndexSlots.Count];
        _recall = node is AlphaNode { FedByTypeRouting: true } ? recall : null;
        if (_recall is null) _items = [];
    }

    public List<Token> Items
    {
        get
        {
            if (_items is not null) return _items;
            var (recalled, scanned) = _recall!((AlphaNode)_node);
            // Stay virtual only while the session holds no fact of the type at all: then there was nothing
            // to scan, and facts inserted later need not be stored until someone looks.
            if (scanned == 0) return recalled;
            _items = recalled;
            return recalled;
        }
    }

    /// <summary>True once the memory stores its tokens (see the class summary).</summary>
    public bool IsReal => _items is not null;

    public void Add(Token token)
    {
        _items!.Add(token);
        var indexes = _indexes;
        for (var i = 0; i < indexes.Length; i++) indexes[i]?.Add(token);
    }

    /// <summary>
    /// The index in <paramref name="slot"/>, built on first use; null while the memory is empty (nothing to
    /// find), so a memory filled after its partner never pays for an index nobody probes.
    /// </summary>
    public KeyIndex<TKey>? Index<TKey>(int slot)
    {
        if (_indexes[slot] is KeyIndex<TKey> built) return built;
        var items = Items;
        if (items.Count == 0) return null;
        Compact();
        var index = (KeyIndex<TKey>)_node.IndexSlots[slot].Create(_items!.Count);
        foreach (var token in _items!) index.Add(token);
        _indexes[slot] = index;
        return index;
    }

    /// <summary>Notes deleted tokens met while scanning; drops them all once they are a good share of the list.</summary>
    public void NoteDeleted(int count)
    {
        _deletedSeen += count;
        if (_items is not null && _deletedSeen > 64 && _deletedSeen > _items.Count / 2) Compact();
    }

    public void Compact()
    {
        _items?.RemoveAll(t => t.Deleted);
        _deletedSeen = 0;
    }
}
