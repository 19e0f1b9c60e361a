using Requisition.Rules.Engine.Model;
using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>
/// Declares a rule's when/then. Start with <see cref="Match{T1}"/> (or <see cref="Aggregate{T,TKey}"/>),
/// join further facts on keys, negate with NotExists, filter with Where, and end with Then.
/// </summary>
public sealed class RuleBuilder
{
    private readonly List<ElementSpec> _elements = [];
    private int _level;

    internal RuleBuilder(RuleInfo info)
    {
        Info = info;
    }

    internal RuleInfo Info { get; }

    internal IReadOnlyList<ElementSpec> Elements => _elements;

    internal Action<RuleContext, Token>? Action { get; private set; }

    /// <summary>Matches every fact of type <typeparamref name="T1"/> that passes <paramref name="filter"/>.</summary>
    public Pattern<T1> Match<T1>(Func<T1, bool>? filter = null) where T1 : class
    {
        RequireFirst();
        _elements.Add(new MatchSpec<T1>(filter));
        _level = 1;
        return new Pattern<T1>(this, new Slot<T1>(1));
    }

    /// <summary>
    /// Groups the facts of type <typeparamref name="T"/> that pass <paramref name="filter"/> by a key; the
    /// rule matches each non-empty group, and matches it again when the group changes.
    /// </summary>
    public Pattern<Group<TKey, T>> Aggregate<T, TKey>(Func<T, TKey> groupBy, Func<T, bool>? filter = null)
        where T : class
        where TKey : notnull
    {
        RequireFirst();
        _elements.Add(new AggregateSpec<T, TKey>(groupBy, filter));
        _level = 1;
        return new Pattern<Group<TKey, T>>(this, new Slot<Group<TKey, T>>(1));
    }

    internal int AddJoin<T, TKey>(JoinKind kind, Func<T, bool>? filter, LeftKey<TKey> leftKey, Func<T, TKey> rightKey)
        where T : class
    {
        RequireOpen();
        _elements.Add(new JoinSpec<T, TKey>(kind, filter, leftKey, rightKey));
        return ++_level;
    }

    /// <summary>True when the newest element is a join that brought in the fact at <paramref name="level"/>.</summary>
    internal bool IsJoinedAt(int level) => _elements.Count > 1 && _elements[^1] is JoinSpec { Kind: JoinKind.Join } && _level == level;

    /// <summary>A condition checked while joining, over the partial match and the candidate fact: no token is made for a pair that fails it.</summary>
    internal void AddJoinCondition(JoinCondition condition)
    {
        RequireOpen();
        ((JoinSpec)_elements[^1]).Conditions.Add(condition);
    }

    /// <summary>A condition over facts already matched (after a NotExists, or on the first pattern of an aggregate chain).</summary>
    internal void AddFilter(Func<Token, bool> predicate)
    {
        RequireOpen();
        _elements.Add(new FilterSpec(predicate));
    }

    /// <summary>Adds a condition between the partial match and the candidate of the NotExists/Exists just declared.</summary>
    internal void AddNegationCondition(JoinCondition condition) => ((JoinSpec)_elements[^1]).Conditions.Add(condition);

    /// <summary>Narrows the first pattern's own filter (the cheapest place to test a single fact).</summary>
    internal bool TryNarrowSource<T1>(Func<T1, bool> predicate)
    {
        if (_elements.Count != 1 || _elements[0] is not INarrowable<T1> source) return false;
        source.Narrow(predicate);
        return true;
    }

    internal void SetAction(Action<RuleContext, Token> action)
    {
        RequireOpen();
        if (Action is not null) throw new RuleDefinitionException(Info.Id, "Then is declared more than once");
        Action = action;
    }

    private void RequireFirst()
    {
        if (_elements.Count > 0) throw new RuleDefinitionException(Info.Id, "Match or Aggregate must come first, and only once");
    }

    private void RequireOpen()
    {
        if (_elements.Count == 0) throw new RuleDefinitionException(Info.Id, "start with Match or Aggregate");
        if (Action is not null) throw new RuleDefinitionException(Info.Id, "nothing may follow Then");
    }
}
