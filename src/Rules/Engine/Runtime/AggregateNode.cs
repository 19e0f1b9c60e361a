using Requisition.Rules.Engine.Dsl;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// Keeps the facts of a source memory in groups and publishes each non-empty group as a fact of its
/// output memory. Changes are collected and published when the session next needs them (before an
/// activation of equal or lower priority than the aggregate's rule could fire), so a thousand inserts
/// into one group republish it once, not a thousand times.
/// </summary>
internal abstract class AggregateNode(int id, AlphaNode source, AlphaNode output)
{
    public int Id { get; } = id;

    public AlphaNode Source { get; } = source;

    public AlphaNode Output { get; } = output;

    /// <summary>The priority of the rule the aggregate feeds.</summary>
    public int Priority { get; set; }

    public abstract void Add(RuleSession session, FactHandle fact);

    public abstract void Remove(RuleSession session, FactHandle fact);

    public abstract void Flush(RuleSession session);
}

internal sealed class AggregateNode<T, TKey>(int id, AlphaNode source, AlphaNode output, Func<T, TKey> groupBy)
    : AggregateNode(id, source, output)
    where T : class
    where TKey : notnull
{
    public override void Add(RuleSession session, FactHandle fact)
    {
        var state = State(session);
        var member = Slot<T>.Of(fact.Fact);
        var key = groupBy(member);
        if (!state.Groups.TryGetValue(key, out var group))
        {
            group = new GroupState(key);
            state.Groups.Add(key, group);
        }
        group.Members.Add(member);
        MarkDirty(session, state, group);
    }

    public override void Remove(RuleSession session, FactHandle fact)
    {
        var state = State(session);
        var member = Slot<T>.Of(fact.Fact);
        if (!state.Groups.TryGetValue(groupBy(member), out var group)) return;
        // By reference, not Equals: two equal records are two facts. From the end: the newest copy goes first.
        var members = group.Members;
        for (var i = members.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(members[i], member)) continue;
            members.RemoveAt(i);
            MarkDirty(session, state, group);
            return;
        }
    }

    public override void Flush(RuleSession session)
    {
        var state = State(session);
        var dirty = state.Dirty.ToArray();
        state.Dirty.Clear();
        foreach (var group in dirty)
        {
            group.IsDirty = false;
            if (group.Published is not null)
            {
                session.RetractInternal(group.Published);
                group.Published = null;
            }
            if (group.Members.Count == 0) continue;
            var items = group.Members.ToArray();
            var handle = new FactHandle(new Group<TKey, T>(group.Key, items), null, -1) { IsGroup = true };
            group.Published = handle;
            session.InsertIntoAlpha(Output, handle);
        }
    }

    private AggregateState State(RuleSession session) => session.NodeState(Id, static () => new AggregateState());

    private void MarkDirty(RuleSession session, AggregateState state, GroupState group)
    {
        if (group.IsDirty) return;
        group.IsDirty = true;
        state.Dirty.Add(group);
        session.MarkDirty(this);
    }

    private sealed class AggregateState
    {
        public Dictionary<TKey, GroupState> Groups { get; } = new();

        public List<GroupState> Dirty { get; } = [];
    }

    private sealed class GroupState(TKey key)
    {
        public TKey Key { get; } = key;

        public List<T> Members { get; } = [];

        public FactHandle? Published { get; set; }

        public bool IsDirty { get; set; }
    }
}
