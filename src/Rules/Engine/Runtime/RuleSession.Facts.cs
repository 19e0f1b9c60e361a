namespace Requisition.Rules.Engine.Runtime;

/// <summary>Where a session keeps its facts: one table per runtime type, handles made only on need.</summary>
public sealed partial class RuleSession : IRecall<Token>, IRecall<FactRef>
{
    private readonly List<FactTable?> _tables = [];
    private readonly bool[] _routed; // per alpha node: some table of this session feeds it
    private readonly FactHandle _scratch = FactHandle.Scratch();
    private bool _scratchInUse;
    private Dictionary<object, (FactTable Table, int Slot)>? _locations;
    private Type? _lastType;
    private FactTable? _lastTable;

    /// <summary>A token a node is about to keep: a scratch stand-in becomes the fact's real handle.</summary>
    internal Token Pin(Token token) => token is FactHandle { IsScratch: true } scratch ? scratch.Table!.Pin(scratch.Slot) : token;

    internal FactHandle Pin(FactHandle fact) => fact.IsScratch ? fact.Table!.Pin(fact.Slot) : fact;

    /// <summary>Adds a fact to its type's table and sends it through its type's patterns.</summary>
    private void Add(FactTable table, object fact, Activation? linkedTo)
    {
        ref var mask = ref table.Add(fact, out var slot);
        _locations?.Add(fact, (table, slot));
        FactHandle probe;
        var usesScratch = false;
        if (linkedTo is not null)
        {
            probe = table.Pin(slot);
            probe.LinkedTo = linkedTo;
            (linkedTo.Linked ??= []).Add(probe);
        }
        else if (!_scratchInUse)
        {
            probe = _scratch;
            probe.Aim(fact, table, slot);
            _scratchInUse = usesScratch = true;
        }
        else
        {
            probe = table.Pin(slot);
        }
        var nodes = table.Route.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node.Filter is { } filter && !filter(fact)) continue;
            // The bit goes on before propagation: a memory made real meanwhile reads it back.
            mask |= 1UL << i;
            Propagate(node, probe);
        }
        // No finally: should a rule's lambda throw, later facts simply get real handles instead of the scratch one.
        if (usesScratch) _scratchInUse = false;
    }

    private FactTable TableFor(Type type)
    {
        if (ReferenceEquals(type, _lastType)) return _lastTable!;
        var route = RuleSet.RouteFor(type);
        while (_tables.Count <= route.Index) _tables.Add(null);
        var table = _tables[route.Index];
        if (table is null)
        {
            table = _tables[route.Index] = new FactTable(route);
            foreach (var node in route.Nodes) _routed[node.Id] = true;
        }
        _lastType = type;
        _lastTable = table;
        return table;
    }

    /// <summary>False while the memory of <paramref name="node"/> cannot hold a token (no fact ever reached it): a join need not look.</summary>
    internal bool MayHoldTokens(MemoryNode node) => node.FedByTypeRouting
        ? _routed[node.Id]
        : _memories[node.Id] is { } memory && memory.Items.Count > 0;

    int IRecall<Token>.Count(AlphaNode alpha) => CountIn(alpha);

    int IRecall<FactRef>.Count(AlphaNode alpha) => CountIn(alpha);

    void IRecall<Token>.Recall(AlphaNode alpha, Action<Token> add)
    {
        foreach (var table in _tables)
        {
            var mask = MaskOf(alpha, table);
            if (mask == 0) continue;
            foreach (var (slot, _) in table!.SlotsWith(mask)) add(table.Pin(slot));
        }
    }

    void IRecall<FactRef>.Recall(AlphaNode alpha, Action<FactRef> add)
    {
        foreach (var table in _tables)
        {
            var mask = MaskOf(alpha, table);
            if (mask == 0) continue;
            foreach (var (slot, fact) in table!.SlotsWith(mask)) add(new FactRef(fact, slot, table.Route.Index));
        }
    }

    private int CountIn(AlphaNode alpha)
    {
        if (!_routed[alpha.Id]) return -1; // no table of the session feeds it: the common case, answered without a scan
        var count = 0;
        foreach (var table in _tables)
        {
            var mask = MaskOf(alpha, table);
            if (mask == 0) continue;
            count += table!.CountWith(mask);
        }
        return count;
    }

    /// <summary>The bit of <paramref name="alpha"/> in the masks of <paramref name="table"/>; 0 if the table's facts never reach it.</summary>
    private static ulong MaskOf(AlphaNode alpha, FactTable? table) => table is null ? 0 : table.Route.MaskOf(alpha);

    private Dictionary<object, (FactTable Table, int Slot)> Locations()
    {
        if (_locations is not null) return _locations;
        var locations = new Dictionary<object, (FactTable, int)>(ReferenceEqualityComparer.Instance);
        foreach (var table in _tables)
        {
            if (table is null) continue;
            for (var slot = 0; slot < table.Count; slot++)
                if (table.FactAt(slot) is { } fact) locations[fact] = (table, slot);
        }
        _locations = locations;
        return locations;
    }
}
