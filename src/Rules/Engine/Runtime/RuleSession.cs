namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A working memory over a compiled <see cref="RuleSet"/>: insert, update and retract facts, then
/// <see cref="Fire"/> to run activations by priority until nothing matches anew (a fixpoint). A rule
/// fires once per distinct match (refraction); a match whose facts change is a new match. Matching is
/// incremental and eager: each change flows through the network when it is made. Not thread-safe:
/// one session per unit of work.
/// </summary>
public sealed class RuleSession
{
    private readonly TokenMemory?[] _memories;
    private readonly object?[] _nodeStates;
    private readonly PriorityQueue<Activation, Activation> _agenda = new(AgendaOrder.Instance);
    private readonly List<List<FactHandle>?> _factsByRoute = [];
    private readonly List<TypeRoute> _routes = [];
    private readonly List<AggregateNode> _dirtyAggregates = [];
    private readonly bool[] _aggregateDirty;
    private readonly RuleContext _context;
    private Dictionary<object, FactHandle>? _handles;
    private Type? _lastType;
    private TypeRoute? _lastRoute;
    private long _sequence;

    internal RuleSession(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        _memories = new TokenMemory?[ruleSet.MemoryCount];
        _nodeStates = new object?[ruleSet.AggregateCount];
        _aggregateDirty = new bool[ruleSet.AggregateCount];
        _context = new RuleContext(this);
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
        if (_handles is not null && _handles.ContainsKey(fact))
            throw new InvalidOperationException($"This {fact.GetType().Name} is already in the session; use Update.");
        Add(new FactHandle(fact));
        FactInserted?.Invoke(this, new FactEventArgs(fact, _context.Current?.Rule.Info.Id));
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts) Insert(fact);
    }

    /// <summary>Re-evaluates a fact the session holds (after it changed, or to re-fire its matches). False if it is not held.</summary>
    public bool Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var handles = Handles();
        if (!handles.TryGetValue(fact, out var old)) return false;
        RetractInternal(old);
        var renewed = new FactHandle(fact) { LinkedTo = old.LinkedTo };
        renewed.LinkedTo?.Linked?.Add(renewed);
        Add(renewed);
        FactUpdated?.Invoke(this, new FactEventArgs(fact, _context.Current?.Rule.Info.Id));
        return true;
    }

    /// <summary>Removes a fact and every match it was part of. False if the session does not hold it.</summary>
    public bool Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!Handles().TryGetValue(fact, out var handle)) return false;
        RetractInternal(handle);
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
        for (var r = 0; r < _routes.Count; r++)
        {
            // Route numbers are shared by every session of a rule set: this session may hold none of a type.
            var facts = _factsByRoute[r];
            if (facts is null || !typeof(T).IsAssignableFrom(_routes[r].Type)) continue;
            for (var i = 0; i < facts.Count; i++)
                if (!facts[i].Deleted) yield return (T)facts[i].Fact;
        }
    }

    internal void InsertLinked(object fact, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var handle = new FactHandle(fact) { LinkedTo = activation };
        (activation.Linked ??= []).Add(handle);
        Add(handle);
        FactInserted?.Invoke(this, new FactEventArgs(fact, activation.Rule.Info.Id));
    }

    internal TokenMemory Memory(MemoryNode node) => _memories[node.Id] ??= new TokenMemory(node, Recall);

    /// <summary>The live facts that passed an alpha memory's filter, read back from the session's facts in insertion order.</summary>
    private (List<Token> Items, int Scanned) Recall(AlphaNode alpha)
    {
        var items = new List<Token>();
        var scanned = 0;
        for (var r = 0; r < _routes.Count; r++)
        {
            var route = _routes[r];
            var facts = _factsByRoute[r];
            if (route is null || facts is null || !alpha.FactType.IsAssignableFrom(route.Type)) continue;
            var bit = Array.IndexOf(route.Nodes, alpha);
            if (bit < 0) continue;
            var mask = 1UL << bit;
            scanned += facts.Count;
            foreach (var handle in facts)
                if (!handle.Deleted && (handle.AlphaMask & mask) != 0) items.Add(handle);
        }
        return (items, scanned);
    }

    internal TState NodeState<TState>(int id, Func<TState> create) where TState : class =>
        (TState)(_nodeStates[id] ??= create());

    internal long NextSequence() => _sequence++;

    internal void Schedule(Activation activation) => _agenda.Enqueue(activation, activation);

    internal void MarkDirty(AggregateNode aggregate)
    {
        if (_aggregateDirty[aggregate.Id]) return;
        _aggregateDirty[aggregate.Id] = true;
        _dirtyAggregates.Add(aggregate);
    }

    /// <summary>Keeps a token in a node's memory and hands it to the node's successors.</summary>
    internal void Store(MemoryNode node, Token token)
    {
        Memory(node).Add(token);
        var children = node.Children;
        for (var i = 0; i < children.Count; i++) children[i].LeftActivate(this, token);
        var terminals = node.Terminals;
        for (var i = 0; i < terminals.Count; i++) terminals[i].Activate(this, token);
    }

    /// <summary>Puts a fact into one alpha memory (when it passes the filter) and propagates it; true if it passed.</summary>
    internal bool InsertIntoAlpha(AlphaNode alpha, FactHandle handle)
    {
        if (!alpha.Accepts(handle.Fact)) return false;
        Propagate(alpha, handle);
        return true;
    }

    private void Propagate(AlphaNode alpha, FactHandle handle)
    {
        Store(alpha, handle);
        var right = alpha.RightSuccessors;
        for (var i = 0; i < right.Count; i++) right[i].RightActivate(this, handle);
        var aggregates = alpha.Aggregates;
        for (var i = 0; i < aggregates.Count; i++) aggregates[i].Add(this, handle);
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
        var children = token.Children;
        if (children is null) return;
        token.Children = null;
        foreach (var child in children) Delete(child);
    }

    internal void RetractInternal(FactHandle handle)
    {
        if (handle.Deleted) return;
        Delete(handle);
        if (handle.IsGroup) return; // an aggregate's group: only its own rule's chain hangs on it
        if (_handles is not null && _handles.TryGetValue(handle.Fact, out var current) && ReferenceEquals(current, handle))
            _handles.Remove(handle.Fact);
        var mask = handle.AlphaMask;
        if (mask == 0) return;
        var nodes = RuleSet.RouteFor(handle.Fact.GetType()).Nodes;
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

    private void Add(FactHandle handle)
    {
        var type = handle.Fact.GetType();
        TypeRoute route;
        if (ReferenceEquals(type, _lastType)) route = _lastRoute!;
        else
        {
            route = RuleSet.RouteFor(type);
            _lastType = type;
            _lastRoute = route;
        }
        Remember(route, handle);
        var nodes = route.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!nodes[i].Accepts(handle.Fact)) continue;
            // The bit goes on before propagation: a memory made real meanwhile reads it back.
            handle.AlphaMask |= 1UL << i;
            Propagate(nodes[i], handle);
        }
    }

    private void Remember(TypeRoute route, FactHandle handle)
    {
        while (_factsByRoute.Count <= route.Index)
        {
            _factsByRoute.Add(null);
            _routes.Add(null!);
        }
        var list = _factsByRoute[route.Index];
        if (list is null)
        {
            list = [];
            _factsByRoute[route.Index] = list;
            _routes[route.Index] = route;
        }
        list.Add(handle);
        _handles?.Add(handle.Fact, handle);
    }

    private Dictionary<object, FactHandle> Handles()
    {
        if (_handles is not null) return _handles;
        var handles = new Dictionary<object, FactHandle>(ReferenceEqualityComparer.Instance);
        foreach (var list in _factsByRoute)
        {
            if (list is null) continue;
            list.RemoveAll(h => h.Deleted);
            foreach (var handle in list) handles[handle.Fact] = handle;
        }
        _handles = handles;
        return handles;
    }

    private bool TryPop(out Activation activation)
    {
        while (_agenda.TryDequeue(out activation!, out _))
            if (!activation.Deleted) return true;
        return false;
    }

    /// <summary>Publishes aggregate changes that could matter now: those feeding rules at or above the top of the agenda.</summary>
    private void PublishAggregates()
    {
        while (_dirtyAggregates.Count > 0)
        {
            int? top = null;
            while (_agenda.TryPeek(out var head, out _))
            {
                if (!head.Deleted) { top = head.Rule.Info.Priority; break; }
                _agenda.Dequeue();
            }
            var flushed = false;
            for (var i = 0; i < _dirtyAggregates.Count; i++)
            {
                var aggregate = _dirtyAggregates[i];
                if (top is not null && aggregate.Priority < top) continue;
                _dirtyAggregates.RemoveAt(i--);
                _aggregateDirty[aggregate.Id] = false;
                aggregate.Flush(this);
                flushed = true;
            }
            if (!flushed) return;
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

    /// <summary>Higher priority first; equal priority in the order the matches arose.</summary>
    private sealed class AgendaOrder : IComparer<Activation>
    {
        public static readonly AgendaOrder Instance = new();

        public int Compare(Activation? x, Activation? y)
        {
            var byPriority = y!.Rule.Info.Priority.CompareTo(x!.Rule.Info.Priority);
            return byPriority != 0 ? byPriority : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
