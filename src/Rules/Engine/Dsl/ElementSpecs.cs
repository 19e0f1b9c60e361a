using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>One element of a rule's left-hand side, as declared; the compiler turns it into nodes.</summary>
internal abstract class ElementSpec
{
}

/// <summary>The first pattern: every fact of a type that passes a filter.</summary>
internal abstract class SourceSpec : ElementSpec
{
    public abstract Type FactType { get; }

    /// <summary>True when the pattern has no filter of its own: its alpha node may be shared.</summary>
    public abstract bool TakesEveryFact { get; }

    public abstract AlphaNode CreateAlpha(int id);
}

/// <summary>A source whose own fact filter can be narrowed by a later Where.</summary>
internal interface INarrowable<T>
{
    void Narrow(Func<T, bool> predicate);
}

internal sealed class MatchSpec<T>(Func<T, bool>? filter) : SourceSpec, INarrowable<T> where T : class
{
    private Func<T, bool>? _filter = filter;

    public void Narrow(Func<T, bool> predicate)
    {
        var previous = _filter;
        _filter = previous is null ? predicate : f => previous(f) && predicate(f);
    }

    public override Type FactType => typeof(T);

    public override bool TakesEveryFact => _filter is null;

    public override AlphaNode CreateAlpha(int id) => new AlphaNode<T>(id, _filter, fedByTypeRouting: true);
}

/// <summary>Groups the facts of a type by key; each group is a fact of type <see cref="Group{TKey,T}"/>.</summary>
internal abstract class AggregateSpecBase : SourceSpec
{
    public abstract Type SourceType { get; }

    public abstract bool SourceTakesEveryFact { get; }

    public abstract AlphaNode CreateSource(int id);

    public abstract AggregateNode CreateAggregate(int id, AlphaNode source, AlphaNode output);
}

internal sealed class AggregateSpec<T, TKey>(Func<T, TKey> groupBy, Func<T, bool>? filter)
    : AggregateSpecBase, INarrowable<Group<TKey, T>>
    where T : class
    where TKey : notnull
{
    private Func<Group<TKey, T>, bool>? _groupFilter;

    public void Narrow(Func<Group<TKey, T>, bool> predicate)
    {
        var previous = _groupFilter;
        _groupFilter = previous is null ? predicate : g => previous(g) && predicate(g);
    }

    public override Type FactType => typeof(Group<TKey, T>);

    public override bool TakesEveryFact => false; // the group output is the aggregate's own

    public override Type SourceType => typeof(T);

    public override bool SourceTakesEveryFact => filter is null;

    public override AlphaNode CreateSource(int id) => new AlphaNode<T>(id, filter, fedByTypeRouting: true);

    public override AlphaNode CreateAlpha(int id) => new AlphaNode<Group<TKey, T>>(id, _groupFilter, fedByTypeRouting: false);

    public override AggregateNode CreateAggregate(int id, AlphaNode source, AlphaNode output) =>
        new AggregateNode<T, TKey>(id, source, output, groupBy);
}

internal enum JoinKind
{
    Join,
    NotExists,
    Exists,
}

/// <summary>A further pattern joined to the partial match on a key, with an optional condition over both.</summary>
internal abstract class JoinSpec(JoinKind kind) : ElementSpec
{
    public JoinKind Kind { get; } = kind;

    public List<JoinCondition> Conditions { get; } = [];

    public abstract Type FactType { get; }

    /// <summary>True when the joined pattern has no filter of its own: its alpha node may be shared.</summary>
    public abstract bool TakesEveryFact { get; }

    public abstract AlphaNode CreateAlpha(int id);

    public abstract BetaNode CreateNode(int id, MemoryNode left, AlphaNode right, JoinCondition? condition);
}

internal sealed class JoinSpec<T, TKey>(JoinKind kind, Func<T, bool>? filter, LeftKey<TKey> leftKey, Func<T, TKey> rightKey)
    : JoinSpec(kind) where T : class
{
    public override Type FactType => typeof(T);

    public override bool TakesEveryFact => filter is null;

    public override AlphaNode CreateAlpha(int id) => new AlphaNode<T>(id, filter, fedByTypeRouting: true);

    public override BetaNode CreateNode(int id, MemoryNode left, AlphaNode right, JoinCondition? condition)
    {
        var leftSlot = left.AddIndex(leftKey.Of);
        var rightSlot = right.AddFactIndex(r => rightKey(Slot<T>.Of(r.Fact)));
        Func<object, TKey> rightOfFact = o => rightKey(Slot<T>.Of(o));
        return Kind switch
        {
            JoinKind.Join => new JoinNode<TKey>(id, left, right, leftKey, rightOfFact, leftSlot, rightSlot, condition),
            JoinKind.NotExists => new NotNode<TKey>(id, left, right, leftKey, rightOfFact, leftSlot, rightSlot, condition, negated: true),
            _ => new NotNode<TKey>(id, left, right, leftKey, rightOfFact, leftSlot, rightSlot, condition, negated: false),
        };
    }
}

/// <summary>A condition over facts already matched (no new fact).</summary>
internal sealed class FilterSpec(Func<Token, bool> predicate) : ElementSpec
{
    public Func<Token, bool> Predicate { get; } = predicate;
}
