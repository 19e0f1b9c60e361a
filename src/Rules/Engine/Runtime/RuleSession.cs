using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A working memory over a compiled <see cref="RuleSet"/>: insert, update and retract facts, then
/// <see cref="Fire"/> to run activations by priority until nothing matches anew (a fixpoint). A rule
/// fires once per distinct match (refraction); a match whose facts change is a new match. Matching is
/// incremental and eager: each change flows through the network when it is made. Not thread-safe:
/// one session per unit of work.
/// </summary>
public sealed partial class RuleSession
{
    private readonly NodeMemory<Token>?[] _memories;
    private readonly NodeMemory<FactRef>?[] _factMemories;
    private readonly object?[] _nodeStates;
    private readonly RuleContext _context;
    private readonly Predicate<FactRef> _factIsGone;
    private int _retractions;

    internal RuleSession(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        _memories = new NodeMemory<Token>?[ruleSet.MemoryCount];
        _factMemories = new NodeMemory<FactRef>?[ruleSet.MemoryCount];
        _routed = new bool[ruleSet.MemoryCount];
        _agenda = new Queue<Activation>?[ruleSet.Priorities.Length];
        _nodeStates = new object?[ruleSet.AggregateCount];
        _aggregateDirty = new bool[ruleSet.AggregateCount];
        _context = new RuleContext(this);
        _factIsGone = fact => !IsLive(fact);
    }

    public RuleSet RuleSet { get; }

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<RuleFiredEventArgs>? RuleFired;

    /// <summary>Inserts a new fact. Inserting an object the session already holds is refused: update it instead.</summary>
    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        InsertInto(TableFor(fact.GetType()), fact);
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts) Insert(fact);
    }

    /// <summary>
    /// Inserts many facts, making room for them at once (a district's lines, a warehouse's batches): the
    /// same as inserting each, without growing the session's storage step by step.
    /// </summary>
    public void InsertRange<T>(IReadOnlyList<T> facts) where T : class
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0) return;
        // The facts of a sealed type all go to one table: found once, not per fact.
        var table = typeof(T).IsSealed ? TableFor(typeof(T)) : null;
        (table ?? TableFor(facts[0].GetType())).Reserve(facts.Count);
        var span = facts switch
        {
            T[] array => array,
            List<T> list => CollectionsMarshal.AsSpan(list),
            _ => default(ReadOnlySpan<T>),
        };
        if (span.Length == facts.Count)
        {
            foreach (var fact in span)
            {
                ArgumentNullException.ThrowIfNull(fact);
                InsertInto(table ?? TableFor(fact.GetType()), fact);
            }
            return;
        }
        for (var i = 0; i < facts.Count; i++) Insert(facts[i]);
    }

    /// <summary>Re-evaluates a fact the session holds (after it changed, or to re-fire its matches). False if it is not held.</summary>
    public bool Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!Locations().TryGetValue(fact, out var at)) return false;
        var old = at.Table.Pin(at.Slot);
        var linkedTo = old.LinkedTo;
        RetractInternal(old);
        Add(TableFor(fact.GetType()), fact, linkedTo);
        FactUpdated?.Invoke(this, new FactEventArgs(fact, _context.Current?.Rule.Info.Id));
        return true;
    }

    /// <summary>Removes a fact and every match it was part of. False if the session does not hold it.</summary>
    public bool Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!Locations().TryGetValue(fact, out var at)) return false;
        RetractInternal(at.Table.Pin(at.Slot));
        FactRetracted?.Invoke(this, new FactEventArgs(fact, _context.Current?.Rule.Info.Id));
        return true;
    }

    /// <summary>
    /// Fires activations, highest priority first (then in match order), until the agenda is empty or
    /// <paramref name="maxRules"/> have fired. Returns how many fired.
    /// </summary>
    public int Fire(int maxRules = int.MaxValue)
    {
        var fired = 0;
        while (fired < maxRules)
        {
            PublishAggregates();
            if (!TryPop(out var activation)) break;
            activation.Fired = true;
            fired++;
            _context.Current = activation;
            try
            {
                activation.Rule.Action(_context, activation.Match);
            }
            finally
            {
                _context.Current = null;
            }
            RuleFired?.Invoke(this, new RuleFiredEventArgs(activation.Rule.Info, FactsOf(activation.Match)));
        }
        return fired;
    }

    /// <summary>The facts of type <typeparamref name="T"/> (or derived from it) in the session, in insertion order per type.</summary>
    public IEnumerable<T> Query<T>()
    {
        for (var r = 0; r < _tables.Count; r++)
        {
            // Route numbers are shared by every session of a rule set: this session may hold none of a type.
            var table = _tables[r];
            if (table is null || !typeof(T).IsAssignableFrom(table.Route.Type)) continue;
            for (var slot = 0; slot < table.Count; slot++)
                if (table.FactAt(slot) is { } fact) yield return (T)fact;
        }
    }

    internal void InsertLinked(object fact, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Add(TableFor(fact.GetType()), fact, activation);
        FactInserted?.Invoke(this, new FactEventArgs(fact, activation.Rule.Info.Id));
    }

    /// <summary>Inserts a fact into the table of its type (see <see cref="Insert"/>).</summary>
    private void InsertInto(FactTable table, object fact)
    {
        if (_locations is not null && _locations.ContainsKey(fact))
            throw new InvalidOperationException($"This {fact.GetType().Name} is already in the session; use Update.");
        Add(table, fact, linkedTo: null);
        FactInserted?.Invoke(this, new FactEventArgs(fact, _context.Current?.Rule.Info.Id));
    }

    /// <summary>The tokens of a node (for an alpha node, the facts as handles), as a join's left input reads them.</summary>
    internal NodeMemory<Token> Memory(MemoryNode node) => _memories[node.Id] ?? NewMemory(node);

    /// <summary>The facts of an alpha node, as a join's right input reads them.</summary>
    internal NodeMemory<FactRef> Facts(AlphaNode alpha) => _factMemories[alpha.Id] ?? NewFacts(alpha);

    /// <summary>True while the session holds the fact. Most sessions never retract: then there is nothing to look up.</summary>
    internal bool IsLive(FactRef fact) => _retractions == 0 || _tables[fact.Table]!.IsLive(fact.Slot);

    internal FactHandle Pin(FactRef fact) => _tables[fact.Table]!.Pin(fact.Slot);

    internal TState NodeState<TState>(int id, Func<TState> create) where TState : class =>
        (TState)(_nodeStates[id] ??= create());

    /// <summary>Keeps a token in a node's memory (when the memory is real) and hands it to the node's successors.</summary>
    internal void Store(MemoryNode node, Token token)
    {
        if (node.KeepsTokens)
        {
            var memory = Memory(node);
            if (memory.IsReal) memory.Add(Pin(token));
        }
        foreach (var child in node.ChildArray) child.LeftActivate(this, token);
        foreach (var terminal in node.TerminalArray) terminal.Activate(this, token);
    }

    /// <summary>Puts an aggregate's group into its output memory when it passes the filter, and propagates it.</summary>
    internal void InsertIntoAlpha(AlphaNode alpha, FactHandle handle)
    {
        if (alpha.Accepts(handle.Fact)) Propagate(alpha, handle);
    }

    /// <summary>Deletes a partial match and everything built on it; a fired activation takes its linked facts along.</summary>
    internal void Delete(Token token)
    {
        if (token.Deleted) return;
        token.Deleted = true;
        if (token is Activation { Fired: true, Linked: { } linked } activation)
        {
            foreach (var fact in linked.ToArray())
            {
                if (fact.Deleted) continue;
                RetractInternal(fact);
                FactRetracted?.Invoke(this, new FactEventArgs(fact.Fact, activation.Rule.Info.Id));
            }
        }
        switch (token.TakeChildren())
        {
            case Token child:
                Delete(child);
                break;
            case List<Token> children:
                foreach (var child in children) Delete(child);
                break;
        }
    }

    internal void RetractInternal(FactHandle handle)
    {
        if (handle.Deleted) return;
        Delete(handle);
        var table = handle.Table;
        if (handle.IsGroup || table is null) return; // an aggregate's group: only its own rule's chain hangs on it
        _locations?.Remove(handle.Fact);
        var mask = table.MaskAt(handle.Slot);
        table.Remove(handle.Slot);
        _retractions++;
        var nodes = table.Route.Nodes;
        for (var i = 0; mask != 0; i++, mask >>= 1)
        {
            if ((mask & 1) == 0) continue;
            var alpha = nodes[i];
            var right = alpha.RightSuccessors;
            for (var r = 0; r < right.Count; r++) right[r].RightRetract(this, handle);
            var aggregates = alpha.Aggregates;
            for (var a = 0; a < aggregates.Count; a++) aggregates[a].Remove(this, handle);
        }
    }

    // Once per node and session: out of line, so that the accessors above stay small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private NodeMemory<Token> NewMemory(MemoryNode node) => _memories[node.Id] = node is AlphaNode { FedByTypeRouting: true } alpha
        ? new NodeMemory<Token>(node.IndexSlots, MemoryNode.IsGone, alpha, this)
        : new NodeMemory<Token>(node.IndexSlots, MemoryNode.IsGone);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private NodeMemory<FactRef> NewFacts(AlphaNode alpha) =>
        _factMemories[alpha.Id] = new NodeMemory<FactRef>(alpha.FactIndexSlots, _factIsGone, alpha, this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per fact and pattern: worth no call of its own
    private void Propagate(AlphaNode alpha, FactHandle handle)
    {
        switch (alpha.Role)
        {
            case AlphaRole.Source:
                Store(alpha, handle);
                break;
            case AlphaRole.RightInput:
                if (_factMemories[alpha.Id] is { IsReal: true } facts) facts.Add(new FactRef(handle.Fact, handle.Slot, handle.Table!.Route.Index));
                foreach (var right in alpha.RightArray)
                    if (MayHoldTokens(right.Left)) right.RightActivate(this, handle);
                break;
            default:
                foreach (var aggregate in alpha.AggregateArray) aggregate.Add(this, handle);
                break;
        }
    }

    private static List<object> FactsOf(Token match)
    {
        var facts = new List<object>(match.Level);
        for (var token = match; token is not null; token = token.Parent)
            if (token.Handle is not null) facts.Add(token.Handle.Fact);
        facts.Reverse();
        return facts;
    }
}
