using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A partial match of one fact.</summary>
public sealed class Pattern<T1> where T1 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;

    internal Pattern(RuleBuilder rule, Slot<T1> s1)
    {
        _rule = rule;
        _s1 = s1;
    }

    public Pattern<T1> Where(Func<T1, bool> predicate)
    {
        if (!_rule.TryNarrowSource(predicate))
        {
            var s1 = _s1;
            _rule.AddFilter(t => predicate(s1.Read(t)));
        }
        return this;
    }

    /// <summary>Joins facts of type <typeparamref name="T2"/> (that pass <paramref name="filter"/>); say on what with On or All.</summary>
    public Join1<T1, T2> Join<T2>(Func<T2, bool>? filter = null) where T2 : class => new(_rule, _s1, filter);

    /// <summary>Matches only while no fact of type <typeparamref name="T2"/> pairs with this one.</summary>
    public Negation1<T1, T2> NotExists<T2>(Func<T2, bool>? filter = null) where T2 : class => new(this, _rule, _s1, filter, JoinKind.NotExists);

    /// <summary>Matches once while at least one fact of type <typeparamref name="T2"/> pairs with this one.</summary>
    public Negation1<T1, T2> Exists<T2>(Func<T2, bool>? filter = null) where T2 : class => new(this, _rule, _s1, filter, JoinKind.Exists);

    public void Then(Action<RuleContext, T1> action)
    {
        var s1 = _s1;
        _rule.SetAction((ctx, t) => action(ctx, s1.Read(t)));
    }
}
