namespace Requisition.Rules.Engine.Runtime;

/// <summary>Where a session keeps its facts: one table per runtime type, handles made only on need.</summary>
public sealed partial class RuleSession
{
    private readonly List<FactTable?> _tables = [];
    private readonly FactHandle _scratch = FactHandle.Scratch();
    private bool _scratchInUse;
    private Dictionary<object, (FactTable Table, int Slot)>? _locations;
    private Type? _lastType;
    private FactTable? _lastTable;

    /// <summary>A token a node is about to keep: a scratch stand-in becomes the fact's real handle.</summary>
    internal Token Pin(Token token) => token is FactHandle { IsScratch: true } scratch ? scratch.Table!.Pin(scratch.Slot) : token;

    internal FactHandle Pin(FactHandle fact) => fact.IsScratch ? fact.Table!.Pin(fact.Slot) : fact;

    /// <summary>Adds a fact to its table and sends it through its type's patterns.</summary>
    private void Add(object fact, Activation? linkedTo)
    {
        var table = TableFor(fact.GetType());
        var slot = table.Add(fact);
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
        try
        {
            var nodes = table.Route.Nodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                if (!nodes[i].Accepts(fact)) continue;
                // The bit goes on before propagation: a memory made real meanwhile reads it back.
                table.SetBit(slot, 1UL << i);
                Propagate(nodes[i], probe);
            }
        }
        finally
        {
            if (usesScratch) _scratchInUse = false;
        }
    }

    private FactTable TableFor(Type type)
    {
        if (ReferenceEquals(type, _lastType)) return _lastTable!;
        var route = RuleSet.RouteFor(type);
        while (_tables.Count <= route.Index) _tables.Add(null);
        var table = _tables[route.Index] ??= new FactTable(route);
        _lastType = type;
        _lastTable = table;
        return table;
    }

    /// <summary>The live facts that passed an alpha memory's filter, read back from the fact tables in insertion order.</summary>
    private (List<Token> Items, int Scanned) Recall(AlphaNode alpha)
    {
        var items = new List<Token>();
        var scanned = 0;
        foreach (var table in _tables)
        {
            if (table is null || !alpha.FactType.IsAssignableFrom(table.Route.Type)) continue;
            var bit = Array.IndexOf(table.Route.Nodes, alpha);
            if (bit < 0) continue;
            var mask = 1UL << bit;
            scanned += table.Count;
            for (var slot = 0; slot < table.Count; slot++)
                if (table.FactAt(slot) is not null && (table.MaskAt(slot) & mask) != 0) items.Add(table.Pin(slot));
        }
        return (items, scanned);
    }

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
