using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A partial match of 3 facts.</summary>
public sealed class Pattern<T1, T2, T3>
    where T1 : class
    where T2 : class
    where T3 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Slot<T3> _s3;

    internal Pattern(RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Slot<T3> s3)
    {
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
    }

    public Pattern<T1, T2, T3> Where(Func<T1, T2, T3, bool> predicate)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        if (_rule.IsJoinedAt(s3.Level))
            _rule.AddJoinCondition(new JoinCondition((t, c) => predicate(s1.Read(t), s2.Read(t), Slot<T3>.Of(c))));
        else
            _rule.AddFilter(t => predicate(s1.Read(t), s2.Read(t), s3.Read(t)));
        return this;
    }

    public Join3<T1, T2, T3, T4> Join<T4>(Func<T4, bool>? filter = null) where T4 : class => new(_rule, _s1, _s2, _s3, filter);

    public Negation3<T1, T2, T3, T4> NotExists<T4>(Func<T4, bool>? filter = null) where T4 : class => new(this, _rule, _s1, _s2, _s3, filter, JoinKind.NotExists);

    public Negation3<T1, T2, T3, T4> Exists<T4>(Func<T4, bool>? filter = null) where T4 : class => new(this, _rule, _s1, _s2, _s3, filter, JoinKind.Exists);

    public void Then(Action<RuleContext, T1, T2, T3> action)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        _rule.SetAction((ctx, t) => action(ctx, s1.Read(t), s2.Read(t), s3.Read(t)));
    }
}
