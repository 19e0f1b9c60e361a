using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A partial match of 2 facts.</summary>
public sealed class Pattern<T1, T2>
    where T1 : class
    where T2 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;

    internal Pattern(RuleBuilder rule, Slot<T1> s1, Slot<T2> s2)
    {
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
    }

    public Pattern<T1, T2> Where(Func<T1, T2, bool> predicate)
    {
        var s1 = _s1;
        var s2 = _s2;
        if (_rule.IsJoinedAt(s2.Level))
            _rule.AddJoinCondition(new JoinCondition(s1.Level, Untyped.Of(predicate)));
        else
            _rule.AddFilter(t => predicate(s1.Read(t), s2.Read(t)));
        return this;
    }

    public Join2<T1, T2, T3> Join<T3>(Func<T3, bool>? filter = null) where T3 : class => new(_rule, _s1, _s2, filter);

    public Negation2<T1, T2, T3> NotExists<T3>(Func<T3, bool>? filter = null) where T3 : class => new(this, _rule, _s1, _s2, filter, JoinKind.NotExists);

    public Negation2<T1, T2, T3> Exists<T3>(Func<T3, bool>? filter = null) where T3 : class => new(this, _rule, _s1, _s2, filter, JoinKind.Exists);

    public void Then(Action<RuleContext, T1, T2> action)
    {
        var s1 = _s1;
        var s2 = _s2;
        _rule.SetAction((ctx, t) => action(ctx, s1.Read(t), s2.Read(t)));
    }
}
