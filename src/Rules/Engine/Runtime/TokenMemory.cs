namespace Requisition.Rules.Engine.Runtime;

/// <summary>A session's store of the tokens that reached one memory node, with its lazily built indexes.</summary>
internal sealed class TokenMemory(MemoryNode node)
{
    private readonly KeyIndex?[] _indexes = new KeyIndex?[node.IndexSlots.Count];
    private int _deletedSeen;

    public List<Token> Items { get; } = [];

    public void Add(Token token)
    {
        Items.Add(token);
        var indexes = _indexes;
        for (var i = 0; i < indexes.Length; i++) indexes[i]?.Add(token);
    }

    public KeyIndex<TKey> Index<TKey>(int slot)
    {
        if (_indexes[slot] is KeyIndex<TKey> built) return built;
        Compact();
        var index = (KeyIndex<TKey>)node.IndexSlots[slot].Create();
        foreach (var token in Items) index.Add(token);
        _indexes[slot] = index;
        return index;
    }

    /// <summary>Notes deleted tokens met while scanning; drops them all once they are a good share of the list.</summary>
    public void NoteDeleted(int count)
    {
        _deletedSeen += count;
        if (_deletedSeen > 64 && _deletedSeen > Items.Count / 2) Compact();
    }

    private void Compact()
    {
        Items.RemoveAll(t => t.Deleted);
        _deletedSeen = 0;
    }
}
